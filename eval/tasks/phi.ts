/**
 * PHI evaluation: the Presidio synthetic PII set (generic identifiers; its types mapped onto ours), posts from our
 * planted-identifier generator, and the independent gold sets eval/gold/phi-hcp-posts-<n>.jsonl when present (set 1 was
 * retired into development data, eval/dev/phi-retired-gold-1.jsonl, and is reported with the development sets).
 * Per category: precision, recall, F1, F2 under strict (exact offsets) and relaxed (IoU ≥ 0.5) matching; micro and macro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../src/nlp/analyze.js';
import { PHI_TYPES } from '../../src/nlp/phi.js';
import { generatePhiPosts } from '../generators/phi-posts.js';
import { addCounts, fmt, macro, micro, scores, spanCounts, type Counts, type MatchMode, type Span } from '../metrics.js';
import { table, type Gate, type Section } from '../report.js';
import { PHI_GOLD_PATTERN, phiGoldSets } from '../gold/check-gold.js';

export const PHI_RECALL_TARGET = 0.95;
/** The independent PHI gold set that gates R1.2 (set 2; set 1 was retired into eval/dev/ after 8 looks). */
export const PHI_GOLD_FILE = 'phi-hcp-posts-2.jsonl';
/** Every independent PHI gold set in eval/gold/ gates R1.2 on its own (the files are listed by eval/gold/check-gold.ts). */
export { PHI_GOLD_PATTERN };

/** The PHI gold sets present in a directory, in order (set 2, set 3…). */
export function phiGoldFiles(goldDir: string): string[] {
  return phiGoldSets(goldDir).map((set) => set.file);
}
/** Development sets: ours (phi-dev-<n>) and retired gold sets (phi-retired-gold-<n>); training figures, never gated. */
export const DEV_SET_PATTERN = /^phi-(?:dev|retired-gold)-\d+\.jsonl$/;
/** A category is gated only with at least this many gold spans (fewer is too noisy to fail a build on). */
const MIN_SUPPORT_FOR_GATE = 10;

export interface PhiDoc { id: string; text: string; gold: Span[]; ignore?: Array<{ start: number; end: number }> }

/** Presidio entity types → our Safe Harbor type ids (undefined = not an identifier in our taxonomy: ignored). */
export function mapPresidioType(type: string, value: string): string | undefined {
  switch (type) {
    case 'PERSON': return 'name';
    case 'STREET_ADDRESS': case 'ZIP_CODE': return 'address';
    // Countries and US states are not "geographic subdivisions smaller than a state".
    case 'GPE': return COUNTRIES_AND_STATES.has(value.trim().toLowerCase()) ? undefined : 'address';
    // Safe Harbor keeps the year; weekdays and clock times are not dates of an individual.
    case 'DATE_TIME': return /^(?:\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)$/i.test(value.trim()) ? undefined : 'date';
    case 'PHONE_NUMBER': return 'phone';
    case 'EMAIL_ADDRESS': return 'email';
    case 'US_SSN': return 'ssn';
    case 'IP_ADDRESS': return 'ip';
    case 'DOMAIN_NAME': return 'url';
    case 'CREDIT_CARD': case 'IBAN_CODE': return 'account';
    case 'US_DRIVER_LICENSE': return 'license';
    case 'AGE': { const n = Number(/\d+/.exec(value)?.[0]); return n >= 90 ? 'age_over_89' : undefined; }
    default: return undefined; // ORGANIZATION, TITLE, NRP
  }
}

/** Country and US state names (facts, written here) — Safe Harbor does not require removing them. */
const COUNTRIES_AND_STATES = new Set(`afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia
congo croatia cuba cyprus czechia czech republic denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon
gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati korea south korea north korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nauru nepal netherlands new zealand nicaragua niger nigeria norway oman pakistan palau panama paraguay peru
philippines poland portugal qatar romania russia rwanda samoa san marino saudi arabia senegal serbia seychelles singapore slovakia slovenia somalia
south africa spain sri lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
tuvalu uganda ukraine united arab emirates uae united kingdom uk england scotland wales united states usa us america uruguay uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new hampshire new jersey
new mexico new york north carolina north dakota ohio oklahoma oregon pennsylvania rhode island south carolina south dakota tennessee texas utah vermont
virginia washington west virginia wisconsin wyoming`.split(/\s+/).concat(['czech republic', 'new zealand', 'south korea', 'north korea', 'san marino',
  'saudi arabia', 'south africa', 'sri lanka', 'united arab emirates', 'united kingdom', 'united states', 'new hampshire', 'new jersey', 'new mexico',
  'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia']));

export function readPresidio(dir: string): PhiDoc[] {
  const raw = JSON.parse(readFileSync(join(dir, 'presidio-synthetic-pii', 'synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string;
    spans: Array<{ entity_type: string; entity_value: string; start_position: number; end_position: number }> }>;
  return raw.map((d, i) => {
    const gold: Span[] = [];
    const ignore: Array<{ start: number; end: number }> = [];
    for (const s of d.spans) {
      const type = mapPresidioType(s.entity_type, s.entity_value);
      if (type) gold.push({ type, start: s.start_position, end: s.end_position });
      else ignore.push({ start: s.start_position, end: s.end_position });
    }
    return { id: `presidio-${i}`, text: d.full_text, gold, ignore };
  });
}

export function readGoldPhi(path: string): PhiDoc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    const d = JSON.parse(line) as { id: string; text: string; phi: Array<{ type: string; start: number; end: number }> };
    if (typeof d.text !== 'string' || !Array.isArray(d.phi)) throw new Error(`${path} line ${i + 1}: expected {"id","text","phi":[…]}`);
    return { id: d.id, text: d.text, gold: d.phi.map((p) => ({ type: p.type, start: p.start, end: p.end })) };
  });
}

export interface PhiEvaluation { strict: Map<string, Counts>; relaxed: Map<string, Counts>; anyRelaxed: Map<string, Counts>; docs: number }

export function evaluatePhi(analyzer: Analyzer, docs: PhiDoc[]): PhiEvaluation {
  const result: PhiEvaluation = { strict: new Map(), relaxed: new Map(), anyRelaxed: new Map(), docs: docs.length };
  for (const d of docs) {
    const predicted = analyzer.detectPhi(d.text).map((p) => ({ type: p.type as string, start: p.start, end: p.end }));
    for (const mode of ['strict', 'relaxed'] as MatchMode[]) addCounts(result[mode], spanCounts(predicted, d.gold, mode, d.ignore));
    addCounts(result.anyRelaxed, spanCounts(predicted, d.gold, 'relaxed', d.ignore, false));
  }
  return result;
}

export function categoryTable(ev: PhiEvaluation): string {
  const types = PHI_TYPES.filter((t) => (ev.relaxed.get(t)?.tp ?? 0) + (ev.relaxed.get(t)?.fn ?? 0) + (ev.relaxed.get(t)?.fp ?? 0) > 0);
  const rows = types.map((t) => {
    const s = scores(ev.strict.get(t) ?? { tp: 0, fp: 0, fn: 0 });
    const r = scores(ev.relaxed.get(t) ?? { tp: 0, fp: 0, fn: 0 });
    return [t, r.support, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(r.precision), fmt(r.recall), fmt(r.f1), fmt(r.f2)];
  });
  const ms = micro(ev.strict); const mr = micro(ev.relaxed); const ar = micro(ev.anyRelaxed);
  const Ms = macro(ev.strict); const Mr = macro(ev.relaxed);
  rows.push(['**micro**', mr.support, fmt(ms.precision), fmt(ms.recall), fmt(ms.f1), fmt(mr.precision), fmt(mr.recall), fmt(mr.f1), fmt(mr.f2)]);
  rows.push(['**macro**', '', fmt(Ms.precision), fmt(Ms.recall), fmt(Ms.f1), fmt(Mr.precision), fmt(Mr.recall), fmt(Mr.f1), fmt(Mr.f2)]);
  rows.push(['PHI vs not (any type)', ar.support, '', '', '', fmt(ar.precision), fmt(ar.recall), fmt(ar.f1), fmt(ar.f2)]);
  return table(['category', 'gold spans', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'relaxed F2'], rows);
}

function gates(name: string, ev: PhiEvaluation): Gate[] {
  const out: Gate[] = [];
  for (const [type, c] of ev.relaxed) {
    const s = scores(c);
    if (s.support < MIN_SUPPORT_FOR_GATE) continue;
    out.push({ name: `${name}: ${type} recall`, ok: s.recall >= PHI_RECALL_TARGET,
      message: `${name}: PHI recall for "${type}" is ${fmt(s.recall)} (relaxed, ${s.support} gold spans); target ≥ ${PHI_RECALL_TARGET}` });
  }
  return out;
}

export interface PhiSectionOptions {
  generated?: number;
  presidioLimit?: number;
  /** eval/dev: the hand-written PHI development sets (phi-dev-<n>.jsonl), reported as training figures, never gated. */
  devDir?: string;
  /** eval/holdout: PHI sets written independently and never used for tuning (`npm run eval -- --holdout`); undefined = not run. */
  holdoutDir?: string;
}

/** The JSONL files of a directory whose names match, sorted (phi-dev-5.jsonl, phi-holdout-1.jsonl…). */
function jsonlFiles(dir: string, pattern: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })) : [];
}

export function phiSection(analyzer: Analyzer, datasets: string | undefined, goldDir: string, options: PhiSectionOptions = {}): Section {
  const parts: string[] = [];
  const numbers: Record<string, number | string> = {};
  const allGates: Gate[] = [];
  const generated = generatePhiPosts(options.generated ?? 2000);
  const gen = evaluatePhi(analyzer, generated.map((p) => ({ id: p.id, text: p.text, gold: p.phi })));
  parts.push(`### Planted identifiers in generated social posts (\`eval/generators/phi-posts.ts\`, ${generated.length} posts, seed 20261124)\n`,
    'Posts in the voice of patients, caregivers and nurses with identifiers planted at known offsets (dates with emoji, "92yo",',
    'room and bed numbers, facilities, MRNs, member ids, shortened URLs, handles, ZIP+4…). Names, places and facilities come from',
    "lists written for the generator, not from the detector's lexicon. **Caveat:** the same team wrote the generator and the",
    'detector, so this measures the forms we anticipated; it is the gate for R1.2 until the independent gold set arrives.\n', categoryTable(gen), '');
  numbers['phi.generated.recall'] = micro(gen.relaxed).recall;
  numbers['phi.generated.f2'] = micro(gen.relaxed).f2;
  allGates.push(...gates('generated posts', gen));
  const goldFiles = phiGoldFiles(goldDir);
  for (const file of goldFiles) {
    const n = PHI_GOLD_PATTERN.exec(file)![1]!;
    const docs = readGoldPhi(join(goldDir, file));
    const ev = evaluatePhi(analyzer, docs);
    parts.push(`### Gold set ${n} \`eval/gold/${file}\` (${docs.length} posts, written independently; gated)\n`, categoryTable(ev), '');
    // The first gold set keeps its historical key (phi.gold.recall); later sets are keyed by number.
    numbers[file === PHI_GOLD_FILE ? 'phi.gold.recall' : `phi.gold${n}.recall`] = micro(ev.relaxed).recall;
    numbers[file === PHI_GOLD_FILE ? 'phi.gold.precision' : `phi.gold${n}.precision`] = micro(ev.relaxed).precision;
    allGates.push(...gates(`gold ${file.replace(/\.jsonl$/, '')}`, ev));
  }
  if (goldFiles.length === 0) {
    parts.push(`### Gold set \`eval/gold/${PHI_GOLD_FILE}\`\n`,
      `**not present** — the independent PHI gate did not run: in this run only the generated posts gate R1.2. Gold set 1 was`,
      'retired into development data (`eval/dev/phi-retired-gold-1.jsonl`, reported below as training figures); set 2 is',
      'being written separately and the harness reads it when it lands.\n');
    numbers['phi.gold'] = 'not present';
  }
  if (options.holdoutDir !== undefined) {
    const files = jsonlFiles(options.holdoutDir, /\.jsonl$/);
    parts.push('### Held-out PHI sets (`eval/holdout/`, run with `--holdout`)\n',
      'Written by hand in the same independent manner as the development sets and evaluated once, after the rules it measures were',
      'fixed. Reported, not gated. A set whose misses were later read is a development set in all but place: `eval/holdout/README.md`',
      'says which (phi-holdout-1: read in the fourth PHI round, so its figures since nlp-1.4.0 are training figures).\n');
    if (files.length === 0) parts.push('**none present** (`eval/holdout/*.jsonl`).\n');
    for (const file of files) {
      const docs = readGoldPhi(join(options.holdoutDir, file));
      const ev = evaluatePhi(analyzer, docs);
      parts.push(`\`${file}\` (${docs.length} posts):\n`, categoryTable(ev), '');
      numbers[`phi.holdout.${file.replace(/\.jsonl$/, '')}.recall`] = micro(ev.relaxed).recall;
      numbers[`phi.holdout.${file.replace(/\.jsonl$/, '')}.precision`] = micro(ev.relaxed).precision;
    }
  }
  const devFiles = options.devDir ? jsonlFiles(options.devDir, DEV_SET_PATTERN) : [];
  if (options.devDir && devFiles.length > 0) {
    parts.push('### PHI development sets (`eval/dev/phi-dev-*.jsonl`, `eval/dev/phi-retired-gold-*.jsonl`; tuned on: training figures, not a measurement)\n',
      'Hand-written posts for the categories the gold set found weak (facilities, other identifiers, ages ≥ 90, dates,',
      'addresses) plus near misses that must not be flagged, and gold set 1, retired into development data on 2026-11-25 after',
      '8 looks (its posts and misses have been read since). The rules were developed against them, so these figures say what the',
      'rules cover, not how they generalise; the first-seen figures, before any tuning, are in `eval/dev/README.md`. Never gated.\n');
    for (const file of devFiles) {
      const docs = readGoldPhi(join(options.devDir, file));
      const ev = evaluatePhi(analyzer, docs);
      parts.push(`\`${file}\` (${docs.length} posts):\n`, categoryTable(ev), '');
      numbers[`phi.dev.${file.replace(/\.jsonl$/, '')}.recall`] = micro(ev.relaxed).recall;
      numbers[`phi.dev.${file.replace(/\.jsonl$/, '')}.precision`] = micro(ev.relaxed).precision;
    }
  }
  if (datasets && existsSync(join(datasets, 'presidio-synthetic-pii'))) {
    let docs = readPresidio(datasets);
    if (options.presidioLimit) docs = docs.slice(0, options.presidioLimit);
    const ev = evaluatePhi(analyzer, docs);
    const heldOut = evaluatePhi(analyzer, docs.filter((_, i) => i % 2 === 1));
    parts.push(`### Presidio synthetic PII set (${docs.length} sentences, MIT)\n`,
      'Customer-service and banking sentences with fake identities; no clinical identifiers. Types mapped onto ours: PERSON→name;',
      'STREET_ADDRESS, GPE, ZIP_CODE→address; DATE_TIME→date; PHONE_NUMBER→phone; EMAIL_ADDRESS→email; US_SSN→ssn; IP_ADDRESS→ip;',
      'DOMAIN_NAME→url; CREDIT_CARD, IBAN_CODE→account; US_DRIVER_LICENSE→license; AGE→age_over_89 only when ≥ 90 (younger ages are',
      'not Safe Harbor identifiers). ORGANIZATION, TITLE and NRP are outside the taxonomy: a prediction overlapping one is neither',
      'a true nor a false positive; so are GPE spans naming a country or US state (Safe Harbor keeps them) and DATE_TIME spans that',
      'are only a year, a weekday or a clock time (Safe Harbor keeps the year; the others are not dates of an individual).',
      'The set is international (Finnish, Hungarian, Brazilian addresses and names, non-US phone formats), where our US-centred',
      'name list and address patterns are weakest.',
      'Reported, not gated (the gate is on social posts, R1.2).',
      '**Development use:** in the second round of PHI work (nlp2) we read the misses and false positives of the *even-numbered*',
      'sentences (`eval/dev/presidio-misses.ts`) to find missing rule families; the *odd-numbered* half was never inspected, so its',
      'table below is the held-out figure. All sentences:\n', categoryTable(ev), '',
      `Held-out half only (odd-numbered sentences, ${heldOut.docs}, never inspected):\n`, categoryTable(heldOut), '');
    numbers['phi.presidio.recall'] = micro(ev.relaxed).recall;
    numbers['phi.presidio.precision'] = micro(ev.relaxed).precision;
    numbers['phi.presidio.heldOut.recall'] = micro(heldOut.relaxed).recall;
    numbers['phi.presidio.heldOut.precision'] = micro(heldOut.relaxed).precision;
  } else {
    parts.push('### Presidio synthetic PII set\n', '**not present** (`../shared/datasets/presidio-synthetic-pii` missing).\n');
  }
  parts.push(`Anchor: Philter (Norgeot et al., npj Digit Med 2020) reports recall 0.99 on clinical notes; clinical-note figures do not carry over to social posts (CEGS N-GRID: F1 0.914 → 0.799 on unseen note types).`);
  return { title: 'PHI detection (HIPAA Safe Harbor categories)', markdown: parts.join('\n'), numbers, gates: allGates };
}
