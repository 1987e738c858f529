/**
 * What the rest of the product knows about the person behind a post's author: the profile (one person, one or
 * more linked accounts) with its kind, country, specialty and whether a human verified it. Search (`kind:hcp`,
 * `country:`, `specialty:`, `verified:`), the volume-by-author-kind chart and the breakdowns read these columns
 * of `profiles`; the HCP registry keeps them current as analyses, decisions and identity links change.
 *
 * Pure: the store adapters gather the accounts of a profile and write what `profileAttributes` returns.
 */
import type { ProfileKind } from '../domain/profile.js';
import { SPECIALTIES } from './lexicon/specialties.js';
import { fold } from './text-folding.js';

export interface ProfileMember {
  ref: number;
  name: string;
  probability?: number;
  /** The analysis's kind label (src/hcp/hcp-types.ts PROFILE_KINDS). */
  kind?: string;
  type?: string | null;
  specialties?: readonly string[];
  country?: string | null;
  verification?: { status: string; type?: string; specialty?: string; country?: string };
}

export interface ProfileAttributes {
  kind: ProfileKind;
  name: string;
  country: string | null;
  specialty: string | null;
  hcpType: string | null;
  verified: boolean;
}

/** The analysis's finer kinds folded into the store's profile kinds. */
const KIND: Record<string, ProfileKind> = {
  hcp: 'hcp', patient: 'patient', patient_advocate: 'patient', caregiver: 'caregiver', organization: 'organization', media: 'media',
};

/**
 * The profile's attributes from its accounts. A human decision outranks the analysis: a verified account makes the
 * profile an HCP with the reviewer's facts; a rejected one keeps the analysis's other kind, never `hcp`. Among
 * several accounts the verified one speaks first, then the most likely HCP.
 */
export function profileAttributes(members: readonly ProfileMember[]): ProfileAttributes {
  const ranked = [...members].sort((a, b) => rank(b) - rank(a) || a.ref - b.ref);
  const lead = ranked[0]!;
  const v = lead.verification;
  const verified = v?.status === 'verified';
  const rejected = v?.status === 'rejected';
  const analysed = lead.kind === undefined ? 'unknown' : KIND[lead.kind] ?? 'unknown';
  const kind: ProfileKind = verified ? 'hcp' : rejected && analysed === 'hcp' ? 'unknown' : analysed;
  const isHcp = kind === 'hcp';
  const specialty = (verified ? v?.specialty : undefined) ?? (isHcp ? lead.specialties?.[0] : undefined);
  return {
    kind, name: lead.name, verified,
    country: (verified ? v?.country : undefined) ?? ranked.map((m) => m.country).find((c) => c) ?? null,
    specialty: specialty === undefined ? null : canonicalSpecialty(specialty) ?? specialty.toLowerCase(),
    hcpType: isHcp ? (verified ? v?.type : undefined) ?? lead.type ?? null : null,
  };
}

function rank(m: ProfileMember): number {
  if (m.verification?.status === 'verified') return 3;
  if (m.verification?.status === 'rejected') return -1;
  return m.probability ?? 0;
}

let labels: Map<string, string> | undefined;

/**
 * The canonical specialty label (`oncology`) for any word, specialist or label of the specialty lexicon
 * ("medical oncology", "Onkologin", "oncologist"), and for a NUCC name ending in "Physician"; undefined otherwise.
 */
export function canonicalSpecialty(text: string): string | undefined {
  if (!labels) {
    labels = new Map();
    for (const s of SPECIALTIES) for (const phrase of [s.label, ...s.words, ...s.specialists]) if (!labels.has(fold(phrase))) labels.set(fold(phrase), s.label);
  }
  const trimmed = text.trim();
  return labels.get(fold(trimmed)) ?? labels.get(fold(trimmed.replace(/ Physician$/i, '')));
}

/**
 * Groups accounts into profiles: accounts joined by the given links (confirmed by a human, or self-declared
 * above the auto-link threshold) are one person. Each group's profile id is its smallest account ref, so the
 * same links always give the same ids, whatever order they arrive in.
 */
export function profileGroups(refs: Iterable<number>, links: ReadonlyArray<readonly [number, number]>): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; parent.get(y) !== root;) { const next = parent.get(y)!; parent.set(y, root); y = next; }
    return root;
  };
  const add = (x: number) => { if (!parent.has(x)) parent.set(x, x); };
  for (const r of refs) add(r);
  for (const [a, b] of links) {
    add(a); add(b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const out = new Map<number, number>();
  for (const x of parent.keys()) out.set(x, find(x));
  return out;
}
