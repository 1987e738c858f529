/**
 * Key Opinion Leaders (offline influence: publications, trials, guideline roles) side by side with Digital Opinion
 * Leaders: a KOL list parser and the overlap / gap report between a KOL list and a DOL leaderboard.
 *
 * KOL CSV: a header row with at least a name column; recognised headers (case and spacing ignored):
 *   name | full name | kol            publications | pubs | papers
 *   trials | clinical trials          guideline roles | guidelines | guideline_roles
 *   country, area | therapy area, id, specialty (optional)
 * Matching KOLs to DOLs is by name (person-name.ts compareNames: family name exact or one edit apart for long
 * names, then given name, initial or prefix), optionally within the same country; the best DOL per KOL above
 * `minNameScore` (default 0.8) wins, each DOL matched at most once.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Evidence } from '../hcp/evidence.js';
import { compareNames, parsePersonName } from '../hcp/person-name.js';
import type { DolEntry } from './dol-score.js';

export interface KolRecord {
  name: string;
  publications: number;
  trials: number;
  guidelineRoles: number;
  country?: string;
  area?: string;
  id?: string;
  specialty?: string;
  line: number;
}

export class KolCsvError extends Error {
  override name = 'KolCsvError';
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
  }
}

const HEADER_ALIASES: Record<string, keyof Omit<KolRecord, 'line'>> = {
  name: 'name', fullname: 'name', kol: 'name', kolname: 'name',
  publications: 'publications', pubs: 'publications', papers: 'publications',
  trials: 'trials', clinicaltrials: 'trials',
  guidelineroles: 'guidelineRoles', guidelines: 'guidelineRoles', guidelinerole: 'guidelineRoles',
  country: 'country', area: 'area', therapyarea: 'area', id: 'id', specialty: 'specialty',
};

export interface KolParseResult { kols: KolRecord[]; errors: KolCsvError[] }

/** Reads a KOL CSV. Rows with a missing name or a non-numeric count are reported with their line and skipped. */
export async function parseKolCsv(input: Readable): Promise<KolParseResult> {
  const kols: KolRecord[] = [];
  const errors: KolCsvError[] = [];
  const parser = input.pipe(parse({ bom: true, skip_empty_lines: true, info: true, relax_column_count: true, trim: true }));
  let fields: Array<keyof Omit<KolRecord, 'line'> | undefined> | undefined;
  for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = row.info.lines;
    if (!fields) {
      fields = row.record.map((h) => HEADER_ALIASES[h.toLowerCase().replace(/[^a-z]/g, '')]);
      if (!fields.includes('name')) throw new KolCsvError(`no name column in the header (${row.record.join(', ')})`, line);
      continue;
    }
    const values: Partial<Record<keyof Omit<KolRecord, 'line'>, string>> = {};
    row.record.forEach((cell, i) => { const f = fields![i]; if (f) values[f] = cell; });
    if (!values.name) { errors.push(new KolCsvError('empty name', line)); continue; }
    const counts: Array<'publications' | 'trials' | 'guidelineRoles'> = ['publications', 'trials', 'guidelineRoles'];
    const bad = counts.find((c) => values[c] !== undefined && values[c] !== '' && !/^\d+$/.test(values[c]!.replace(/,/g, '')));
    if (bad) { errors.push(new KolCsvError(`${bad} "${values[bad]}" is not a whole number`, line)); continue; }
    const n = (c: (typeof counts)[number]) => Number((values[c] ?? '0').replace(/,/g, '') || 0);
    kols.push({
      name: values.name, publications: n('publications'), trials: n('trials'), guidelineRoles: n('guidelineRoles'), line,
      ...(values.country ? { country: values.country.toUpperCase() } : {}), ...(values.area ? { area: values.area } : {}),
      ...(values.id ? { id: values.id } : {}), ...(values.specialty ? { specialty: values.specialty } : {}),
    });
  }
  return { kols, errors };
}

export interface KolDolCandidate extends Pick<DolEntry, 'account' | 'rank' | 'score'> {
  name: string;
  country?: string;
}

export interface KolDolMatch { kol: KolRecord; dol: KolDolCandidate; nameScore: number; evidence: Evidence[] }

export interface KolDolReport {
  /** KOLs who are also DOLs. */
  both: KolDolMatch[];
  /** KOLs with no online presence among the DOLs (offline-only influence). */
  kolOnly: KolRecord[];
  /** DOLs who are not on the KOL list (the digital-only voices). */
  dolOnly: KolDolCandidate[];
  /** Share of KOLs found among the DOLs. */
  overlap: number;
}

export function kolDolOverlap(kols: readonly KolRecord[], dols: readonly KolDolCandidate[], options: { minNameScore?: number; sameCountry?: boolean } = {}): KolDolReport {
  const min = options.minNameScore ?? 0.8;
  const parsedDols = dols.map((d) => ({ d, name: parsePersonName(d.name) }));
  const candidates: Array<{ k: number; d: number; score: number; reason: string }> = [];
  kols.forEach((kol, k) => {
    const name = parsePersonName(kol.name);
    parsedDols.forEach(({ d, name: dn }, i) => {
      if (options.sameCountry && kol.country && d.country && kol.country !== d.country) return;
      const cmp = compareNames(name, dn);
      if (cmp.score >= min) candidates.push({ k, d: i, score: cmp.score, reason: cmp.reason });
    });
  });
  // Greedy by score: each KOL and each DOL matched at most once.
  candidates.sort((a, b) => b.score - a.score || dols[a.d]!.rank - dols[b.d]!.rank);
  const usedK = new Set<number>();
  const usedD = new Set<number>();
  const both: KolDolMatch[] = [];
  for (const c of candidates) {
    if (usedK.has(c.k) || usedD.has(c.d)) continue;
    usedK.add(c.k);
    usedD.add(c.d);
    const kol = kols[c.k]!;
    const dol = dols[c.d]!;
    both.push({ kol, dol, nameScore: c.score, evidence: [{
      rule: 'kol:name-match', supports: `kol-dol:${kol.line}|${dol.account}`, field: 'name', text: `${kol.name} / ${dol.name}`,
      weight: c.score, note: `${c.reason}; KOL: ${kol.publications} publications, ${kol.trials} trials, ${kol.guidelineRoles} guideline roles; DOL rank ${dol.rank}`,
    }] });
  }
  return {
    both: both.sort((a, b) => a.dol.rank - b.dol.rank),
    kolOnly: kols.filter((_, k) => !usedK.has(k)),
    dolOnly: dols.filter((_, d) => !usedD.has(d)),
    overlap: kols.length === 0 ? 0 : both.length / kols.length,
  };
}
