/**
 * Validates the hand-labelled gold sets in eval/gold/ against the rules in eval/gold/README.md:
 * schema, unique ids, UTF-16 offsets that slice back to the span text, closed label vocabularies
 * and the cross-field rules (an AE has pairs, a non-HCP has no HCP type…). Prints counts per label.
 *
 * Run: node --import tsx eval/gold/check-gold.ts [dir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { parseMarkedPosts, toJsonl } from './build-phi-gold.js';

/** PHI set 1 was retired into development data (eval/dev/phi-retired-gold-1.*) on 2026-11-25; set 2 replaces it. */
export const GOLD_FILES = { ade: 'ade-social.jsonl', phi: 'phi-hcp-posts-2.jsonl', bios: 'hcp-bios.jsonl' } as const;
/** The hand-marked source the PHI set is built from (build-phi-gold.ts). */
export const PHI_SOURCES = { phi: 'phi-hcp-posts-2.marked.txt' } as const;
/** Every PHI gold set file (phi-hcp-posts-<n>.jsonl, n ≥ 2); set 1 was retired into eval/dev/. */
export const PHI_GOLD_PATTERN = /^phi-hcp-posts-(\d+)\.jsonl$/;

/** The PHI gold sets present in a directory, by set number, each with the marked source it is built from. */
export function phiGoldSets(dir: string): Array<{ n: number; file: string; source: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((file) => {
    const m = PHI_GOLD_PATTERN.exec(file);
    return m ? [{ n: Number(m[1]), file, source: file.replace(/\.jsonl$/, '.marked.txt') }] : [];
  }).sort((a, b) => a.n - b.n);
}

/** Later PHI gold sets (n ≥ 3, README sections 2c and after), validated like set 2 and gated beside it. */
export function laterPhiGoldSets(dir: string): Array<{ file: string; source: string }> {
  return phiGoldSets(dir).filter((set) => set.n >= 3);
}

export const EXPERIENCERS = ['self', 'other', 'general', 'none'] as const;
/** HIPAA Safe Harbor categories (45 CFR 164.514(b)(2)(i)) plus facility and handle. */
export const PHI_TYPES = [
  'name', 'address', 'date', 'age_over_89', 'phone', 'fax', 'email', 'ssn', 'mrn', 'health_plan', 'account', 'license',
  'vehicle', 'device', 'url', 'ip', 'biometric', 'photo', 'other_id', 'facility', 'handle',
] as const;
export const PROFILE_KINDS = ['hcp', 'patient', 'caregiver', 'patient_advocate', 'organization', 'media', 'bot', 'other'] as const;
export const HCP_TYPES = ['physician', 'nurse', 'pharmacist', 'dentist', 'allied_health', 'trainee', 'researcher'] as const;

const id = z.string().regex(/^[a-z]\d{3}$/, 'id must look like a001');
/** Lowercase, trimmed, single-spaced: the normalised form the guidelines ask for. */
const term = z.string().min(1).refine((s) => s === s.trim().toLowerCase().replace(/\s+/g, ' '), 'must be lowercase, trimmed, single-spaced');

const adeRecord = z.strictObject({
  id,
  text: z.string().min(1),
  ae: z.boolean(),
  pairs: z.array(z.strictObject({ drug: term, reaction: term, serious: z.boolean() })),
  experiencer: z.enum(EXPERIENCERS),
});

const phiRecord = z.strictObject({
  id,
  text: z.string().min(1),
  phi: z.array(z.strictObject({
    type: z.enum(PHI_TYPES),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
  })),
});

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** ISO 3166-1 alpha-2: ICU knows a name for every assigned code and echoes unknown ones back. */
const country = z.string().regex(/^[A-Z]{2}$/).refine((c) => regionNames.of(c) !== c, 'not an assigned ISO 3166-1 alpha-2 code');

const bioRecord = z.strictObject({
  id,
  name: z.string().min(1),
  bio: z.string(),
  location: z.string().min(1).nullable(),
  url: z.url().nullable(),
  kind: z.enum(PROFILE_KINDS),
  hcp: z.strictObject({
    is_hcp: z.boolean(),
    type: z.enum(HCP_TYPES).nullable(),
    specialties: z.array(term),
    credentials: z.array(z.string().min(1).refine((s) => s === s.trim(), 'must be trimmed')),
  }),
  country: country.nullable(),
});

export type AdeRecord = z.infer<typeof adeRecord>;
export type PhiRecord = z.infer<typeof phiRecord>;
export type BioRecord = z.infer<typeof bioRecord>;

type Counts = Record<string, number>;
interface PhiCounts { posts: number; postsWithPhi: number; spans: number; types: Counts; postsPerType: Counts }

export interface GoldReport {
  /** Each problem as "file:line: id: message". Empty when every file is valid. */
  errors: string[];
  ade: { posts: number; ae: Counts; experiencer: Counts; pairs: number; seriousPairs: number; drugs: Counts; reactions: Counts };
  phi: PhiCounts;
  /** Set 2: written later by a second annotator, blind to the detector (README "Set 2"). */
  bios: { profiles: number; kind: Counts; isHcp: Counts; hcpType: Counts; specialties: Counts; credentials: Counts; country: Counts };
}

/** Reads and checks the three gold files in `dir`; never throws on bad data, reports it instead. */
export function validateGoldSets(dir: string): GoldReport {
  const errors: string[] = [];
  return {
    errors,
    ade: checkAde(readJsonl(dir, GOLD_FILES.ade, adeRecord, errors), errors),
    phi: checkPhi(dir, GOLD_FILES.phi, PHI_SOURCES.phi, readJsonl(dir, GOLD_FILES.phi, phiRecord, errors), errors),
    bios: checkBios(readJsonl(dir, GOLD_FILES.bios, bioRecord, errors), errors),
  };
}

interface Row<T> { line: number; value: T; where: string }

function readJsonl<T>(dir: string, file: string, schema: z.ZodType<T>, errors: string[]): Array<Row<T>> {
  const path = join(dir, file);
  if (!existsSync(path)) {
    errors.push(`${file}: missing`);
    return [];
  }
  const rows: Array<Row<T>> = [];
  const seen = new Map<string, number>();
  readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      errors.push(`${file}:${line}: invalid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = schema.safeParse(json);
    const recordId = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : '?';
    const where = `${file}:${line}: ${recordId}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${where}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
      return;
    }
    const first = seen.get(recordId);
    if (first !== undefined) errors.push(`${where}: duplicate id (first on line ${first})`);
    else seen.set(recordId, line);
    rows.push({ line, value: parsed.data, where });
  });
  return rows;
}

function checkAde(rows: Array<Row<AdeRecord>>, errors: string[]): GoldReport['ade'] {
  const ae: Counts = {}, experiencer: Counts = {}, drugs: Counts = {}, reactions: Counts = {};
  let pairs = 0, seriousPairs = 0;
  for (const { value: r, where } of rows) {
    if (r.ae !== r.pairs.length > 0) errors.push(`${where}: ae is ${r.ae} but pairs has ${r.pairs.length} entries`);
    if (r.ae && r.experiencer !== 'self' && r.experiencer !== 'other') {
      errors.push(`${where}: an AE needs a specific experiencer (self or other), got ${r.experiencer}`);
    }
    const keys = r.pairs.map((p) => `${p.drug}|${p.reaction}`);
    if (new Set(keys).size !== keys.length) errors.push(`${where}: duplicate drug/reaction pair`);
    bump(ae, String(r.ae));
    bump(experiencer, r.experiencer);
    for (const p of r.pairs) {
      pairs++;
      if (p.serious) seriousPairs++;
      bump(drugs, p.drug);
      bump(reactions, p.reaction);
    }
  }
  return { posts: rows.length, ae, experiencer, pairs, seriousPairs, drugs, reactions };
}

/** The same PHI checks for a set outside eval/gold (the retired set 1 in eval/dev keeps its gold format). */
export function validatePhiSet(dir: string, file: string, source: string): { errors: string[]; phi: PhiCounts } {
  const errors: string[] = [];
  return { errors, phi: checkPhi(dir, file, source, readJsonl(dir, file, phiRecord, errors), errors) };
}

function checkPhi(dir: string, file: string, source: string, rows: Array<Row<PhiRecord>>, errors: string[]): PhiCounts {
  const types: Counts = {}, postsPerType: Counts = {};
  let spans = 0, postsWithPhi = 0;
  for (const { value: r, where } of rows) {
    if (r.phi.length > 0) postsWithPhi++;
    for (const type of new Set(r.phi.map((s) => s.type))) bump(postsPerType, type);
    let previousEnd = 0;
    for (const s of r.phi) {
      spans++;
      bump(types, s.type);
      const label = `${s.type} [${s.start},${s.end})`;
      if (s.end <= s.start || s.end > r.text.length) errors.push(`${where}: ${label} is outside the text (length ${r.text.length})`);
      // The invariant consumers rely on: JavaScript's UTF-16 slice gives back the span text exactly.
      else if (r.text.slice(s.start, s.end) !== s.text) {
        errors.push(`${where}: ${label} slices to ${JSON.stringify(r.text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
      }
      if (s.text !== s.text.trim()) errors.push(`${where}: ${label} has leading or trailing whitespace`);
      if (s.start < previousEnd) errors.push(`${where}: ${label} overlaps or precedes the previous span`);
      previousEnd = s.end;
    }
  }
  // The JSONL is built from the hand-marked source; a hand edit to one and not the other is a bug.
  const sourcePath = join(dir, source);
  if (existsSync(sourcePath) && rows.length > 0) {
    let built: string | undefined;
    try {
      built = toJsonl(parseMarkedPosts(readFileSync(sourcePath, 'utf8'), source));
    } catch (error) {
      errors.push((error as Error).message);
    }
    if (built !== undefined && built !== readFileSync(join(dir, file), 'utf8')) {
      errors.push(`${file}: out of date with ${source}; run node --import tsx eval/gold/build-phi-gold.ts ${source}`);
    }
  }
  return { posts: rows.length, postsWithPhi, spans, types, postsPerType };
}

function checkBios(rows: Array<Row<BioRecord>>, errors: string[]): GoldReport['bios'] {
  const kind: Counts = {}, isHcp: Counts = {}, hcpType: Counts = {}, specialties: Counts = {}, credentials: Counts = {}, country: Counts = {};
  for (const { value: r, where } of rows) {
    const h = r.hcp;
    if (h.is_hcp !== (r.kind === 'hcp')) errors.push(`${where}: kind ${r.kind} disagrees with is_hcp ${h.is_hcp}`);
    if (h.is_hcp && h.type === null) errors.push(`${where}: an HCP needs a type`);
    if (!h.is_hcp && h.type !== null) errors.push(`${where}: a non-HCP must have type null, got ${h.type}`);
    if (!h.is_hcp && h.specialties.length > 0) errors.push(`${where}: a non-HCP has no specialties`);
    bump(kind, r.kind);
    bump(isHcp, String(h.is_hcp));
    if (h.type) bump(hcpType, h.type);
    for (const s of h.specialties) bump(specialties, s);
    for (const c of h.credentials) bump(credentials, c);
    bump(country, r.country ?? 'null');
  }
  return { profiles: rows.length, kind, isHcp, hcpType, specialties, credentials, country };
}

function bump(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function formatCounts(counts: Counts, limit = Infinity): string {
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, limit).map(([k, n]) => `${k} ${n}`).join(', ');
  return sorted.length > limit ? `${shown}, … (${sorted.length} distinct)` : shown;
}

export function formatReport(report: GoldReport): string {
  const { ade, bios } = report;
  const phiLines = (file: string, phi: PhiCounts): string[] => [
    `${file}: ${phi.posts} posts, ${phi.postsWithPhi} with PHI, ${phi.spans} spans`,
    `  spans per type: ${formatCounts(phi.types)}`,
    `  posts per type: ${formatCounts(phi.postsPerType)}`,
  ];
  return [
    `${GOLD_FILES.ade}: ${ade.posts} posts; ae: ${formatCounts(ade.ae)}; experiencer: ${formatCounts(ade.experiencer)}`,
    `  pairs ${ade.pairs} (serious ${ade.seriousPairs}); drugs: ${formatCounts(ade.drugs, 12)}`,
    `  reactions: ${formatCounts(ade.reactions, 12)}`,
    ...phiLines(GOLD_FILES.phi, report.phi),
    `${GOLD_FILES.bios}: ${bios.profiles} profiles; kind: ${formatCounts(bios.kind)}`,
    `  is_hcp: ${formatCounts(bios.isHcp)}; type: ${formatCounts(bios.hcpType)}`,
    `  specialties: ${formatCounts(bios.specialties, 12)}`,
    `  credentials: ${formatCounts(bios.credentials, 12)}`,
    `  country: ${formatCounts(bios.country, 12)}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = resolve(process.argv[2] ?? import.meta.dirname);
  const report = validateGoldSets(dir);
  console.log(formatReport(report));
  for (const error of report.errors) console.error(error);
  for (const set of laterPhiGoldSets(dir)) {
    const checked = validatePhiSet(dir, set.file, set.source);
    console.log(`${set.file}: ${checked.phi.posts} posts, ${checked.phi.postsWithPhi} with PHI, ${checked.phi.spans} spans`);
    for (const error of checked.errors) console.error(error);
    if (checked.errors.length > 0) process.exitCode = 1;
  }
  if (report.errors.length > 0) {
    console.error(`${report.errors.length} problem(s) in ${dir}`);
    process.exitCode = 1;
  } else {
    console.error('all gold files valid');
  }
}
