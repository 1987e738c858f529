/**
 * Profile analysis: from an account's name, bio, handle, location (and optionally a sample of its posts) to an HCP
 * probability, type, specialties with NUCC codes, credentials, country and kind — each with the evidence behind it.
 * This is the function behind `auscult analyze-profiles` and the one the HCP registry calls per account.
 */
import { countryOf } from './country.js';
import { type Evidence } from './evidence.js';
import { scoreHcp } from './hcp-model.js';
import type { HcpType, OrganizationType, ProfileKindLabel } from './hcp-types.js';
import { type AreaId, areasOfPost } from '../graph/areas.js';
import { SPECIALTIES, type SpecialtyEntry } from './lexicon/specialties.js';
import { nuccName } from './nucc/nucc-lookup.js';
import { type ProfileInput, type Signal, extractSignals } from './profile-signals.js';

export type { ProfileInput } from './profile-signals.js';

export interface NuccSpecialty { code: string; name: string }

export interface ProfileAnalysis {
  id?: string;
  kind: ProfileKindLabel;
  organizationType?: OrganizationType;
  hcp: {
    probability: number;
    type: HcpType | null;
    /** Canonical labels (src/hcp/lexicon/specialties.ts), most supported first. */
    specialties: string[];
    credentials: string[];
    /** NUCC taxonomy codes for the type and specialties. */
    nucc: NuccSpecialty[];
  };
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** Therapy areas of the specialties (graph/areas.ts ids). */
  areas: string[];
  evidence: Evidence[];
}

export interface AnalyzeOptions {
  /** Probability at or above which an account is an HCP (default 0.5). */
  threshold?: number;
}

const BASE_CODES: Partial<Record<HcpType | 'nurse_practitioner' | 'physician_assistant', string>> = {
  nurse: '163W00000X', nurse_practitioner: '363L00000X', pharmacist: '183500000X', dentist: '122300000X',
  physician_assistant: '363A00000X', trainee: '390200000X',
};

export function analyzeProfile(input: ProfileInput, options: AnalyzeOptions = {}): ProfileAnalysis {
  const threshold = options.threshold ?? 0.5;
  const signals = extractSignals(input);
  const score = scoreHcp(signals);
  const isHcp = score.probability >= threshold;
  const type = decideType(signals, isHcp);
  const specialties = isHcp ? decideSpecialties(signals, type, input.bio) : [];
  const np = signals.some((s) => s.nursePractitioner);
  const country = countryOf(input.location, input.bio);
  const { kind, organizationType } = decideKind(signals, isHcp);
  const evidence: Evidence[] = [
    ...score.evidence,
    ...typeEvidence(signals, type),
    ...specialties.flatMap((s) => s.evidence),
    ...country.evidence,
    ...kindEvidence(signals, kind),
  ];
  return {
    ...(input.id !== undefined ? { id: input.id } : {}),
    kind,
    ...(organizationType ? { organizationType } : {}),
    hcp: {
      probability: Math.round(score.probability * 10_000) / 10_000,
      type,
      specialties: specialties.map((s) => s.entry.label),
      credentials: credentialsOf(signals),
      nucc: nuccCodes(specialties.map((s) => s.entry), type, np, signals, isHcp),
    },
    country: country.country ?? null,
    areas: [...new Set(specialties.map((s) => s.entry.area).filter((a): a is NonNullable<typeof a> => a !== undefined))],
    evidence,
  };
}

function decideType(signals: readonly Signal[], isHcp: boolean): HcpType | null {
  const totals = new Map<HcpType, number>();
  for (const s of signals) if (s.type && s.typeWeight) totals.set(s.type, (totals.get(s.type) ?? 0) + s.typeWeight);
  // A clinical degree outweighs a research degree; trainee cues outweigh the degree the trainee is working towards.
  const best = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best && (best[1] >= 1 || isHcp)) return best[0];
  return isHcp ? 'physician' : null;
}

interface ChosenSpecialty { entry: SpecialtyEntry; score: number; evidence: Evidence[] }

/** The specialty of each therapy area, for bios that name a condition rather than a specialty. */
const AREA_SPECIALTY: Record<AreaId, string> = {
  oncology: 'oncology', cardiology: 'cardiology', diabetes_endocrinology: 'endocrinology', neurology: 'neurology',
  psychiatry: 'psychiatry', infectious_disease: 'infectious disease', respiratory: 'pulmonology',
  immunology_rheumatology: 'rheumatology', dermatology: 'dermatology', rare_disease: 'medical genetics',
};

function decideSpecialties(signals: readonly Signal[], type: HcpType | null, bio: string | undefined): ChosenSpecialty[] {
  const byLabel = new Map<string, ChosenSpecialty>();
  for (const s of signals) {
    if (!s.specialty) continue;
    if (s.specialty.label === 'dentistry' && type !== 'dentist') continue;
    const weight = s.rule.startsWith('specialist:') ? 2 : s.rule.startsWith('specialty-word:') ? 1.5 : 1;
    const chosen = byLabel.get(s.specialty.label) ?? { entry: s.specialty, score: 0, evidence: [] };
    chosen.score += weight;
    chosen.evidence.push({ rule: s.rule, supports: `specialty:${s.specialty.label}`, field: s.field, text: s.text,
      ...(s.span ? { span: s.span } : {}), weight });
    byLabel.set(s.specialty.label, chosen);
  }
  if (type === 'dentist' && !byLabel.has('dentistry')) {
    const dentistry = signals.find((s) => s.type === 'dentist');
    if (dentistry) {
      byLabel.set('dentistry', { entry: DENTISTRY, score: 1, evidence: [{ rule: 'type-default:dentist', supports: 'specialty:dentistry',
        field: dentistry.field, text: dentistry.text, weight: 1 }] });
    }
  }
  // "Researcher in atrial fibrillation", "nurse, breast cancer unit": the condition's area names the field, weakly,
  // when nothing else does (or for researchers, whose field is often only the condition).
  if (bio && (byLabel.size === 0 || type === 'researcher')) {
    for (const area of areasOfPost(bio, [])) {
      const entry = SPECIALTIES.find((e) => e.label === AREA_SPECIALTY[area]);
      if (!entry || byLabel.has(entry.label)) continue;
      byLabel.set(entry.label, { entry, score: 0.5, evidence: [{ rule: `condition-area:${area}`, supports: `specialty:${entry.label}`,
        field: 'bio', weight: 0.5, note: 'a condition or drug of the area is named in the bio' }] });
    }
  }
  return [...byLabel.values()].sort((a, b) => b.score - a.score).slice(0, 3);
}

const DENTISTRY: SpecialtyEntry = { label: 'dentistry', nucc: { dentist: '122300000X' }, words: [], specialists: [], hashtags: [] };

function nuccCodes(entries: SpecialtyEntry[], type: HcpType | null, np: boolean, signals: readonly Signal[], isHcp: boolean): NuccSpecialty[] {
  if (!isHcp || !type) return [];
  const codes = new Set<string>();
  for (const e of entries) {
    const code = (np ? e.nucc.nurse_practitioner : undefined) ?? e.nucc[type]
      ?? (type === 'trainee' || type === 'researcher' ? e.nucc.physician : undefined);
    if (code) codes.add(code);
  }
  if (codes.size === 0) {
    const pa = signals.some((s) => s.credential === 'PA-C' || s.credential === 'PA' || s.rule === 'role:physician assistant');
    const base = type === 'nurse' && np ? BASE_CODES.nurse_practitioner : type === 'allied_health' && pa ? BASE_CODES.physician_assistant : BASE_CODES[type];
    if (base) codes.add(base);
  }
  return [...codes].map((code) => ({ code, name: nuccName(code) ?? code }));
}

function credentialsOf(signals: readonly Signal[]): string[] {
  const out: string[] = [];
  for (const s of signals) {
    const label = s.credential ?? (s.rule === 'title:dr' ? s.text.trim() : undefined);
    if (label && !out.includes(label) && s.feature !== 'non_health_degree') out.push(label);
  }
  return out;
}

function decideKind(signals: readonly Signal[], isHcp: boolean): { kind: ProfileKindLabel; organizationType?: OrganizationType } {
  const count = (kind: Signal['kind']) => signals.filter((s) => s.kind === kind).length;
  const personalClinical = signals.some((s) => ['clinical_degree', 'nursing_credential', 'pharmacy_credential', 'dental_credential',
    'allied_credential', 'trainee_cue'].includes(s.feature ?? '') || (s.feature === 'role_word' && s.field === 'bio' && /^role:/.test(s.rule)));
  const orgName = signals.some((s) => s.feature === 'organization_name');
  const orgTypeCues = signals.filter((s) => s.organizationType).length;
  const orgScore = count('organization') + (orgName ? 2 : 0) + Math.min(orgTypeCues, 2) * 0.5;
  if (count('bot') >= 1 && !isHcp && (count('bot') >= 2 || !orgName)) return { kind: 'bot' };
  if (orgScore >= 2 && !personalClinical) return { kind: 'organization', organizationType: organizationTypeOf(signals) };
  if (isHcp) return { kind: 'hcp' };
  if (count('media') >= 1 && count('patient') === 0) return { kind: 'media' };
  if (count('patient_advocate') >= 1) return { kind: 'patient_advocate' };
  if (count('caregiver') >= 1) return { kind: 'caregiver' };
  if (count('patient') >= 1) return { kind: 'patient' };
  if (orgScore >= 1.5) return { kind: 'organization', organizationType: organizationTypeOf(signals) };
  return { kind: 'other' };
}

function organizationTypeOf(signals: readonly Signal[]): OrganizationType {
  const counts = new Map<OrganizationType, number>();
  for (const s of signals) {
    if (!s.organizationType) continue;
    // The display name says most about what an organisation is ("… Pharma", "Journal of …").
    counts.set(s.organizationType, (counts.get(s.organizationType) ?? 0) + (s.field === 'name' ? 3 : 1));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'society';
}

function typeEvidence(signals: readonly Signal[], type: HcpType | null): Evidence[] {
  if (!type) return [];
  return signals.filter((s) => s.type === type && s.typeWeight).map((s) => ({
    rule: s.rule, supports: `type:${type}`, field: s.field, text: s.text, ...(s.span ? { span: s.span } : {}), weight: s.typeWeight!,
  }));
}

function kindEvidence(signals: readonly Signal[], kind: ProfileKindLabel): Evidence[] {
  if (kind === 'hcp' || kind === 'other') return [];
  return signals.filter((s) => s.kind === kind || (kind === 'organization' && s.organizationType)).map((s) => ({
    rule: s.rule, supports: s.organizationType ? `organization:${s.organizationType}` : `kind:${kind}`, field: s.field, text: s.text,
    ...(s.span ? { span: s.span } : {}),
  }));
}
