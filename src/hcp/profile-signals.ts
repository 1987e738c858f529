/**
 * Reads a profile's fields (display name, bio, handle, and optionally a sample of its posts) into signals: each one
 * a rule that fired, where, on which text, and what it argues for. The HCP model, the type and specialty decisions
 * and the kind decision are all made from these signals, so every output can show the evidence behind it.
 */
import { CREDENTIALS, type CredentialFeature } from './lexicon/credentials.js';
import {
  ADVOCATE_CUES, BOT_CUES, CAREGIVER_CUES, DISCLAIMER_CUES, HEALTH_WORDS, INSTITUTION_WORDS, MEDIA_CUES, MEDIA_NAME_WORDS,
  ORGANIZATION_CUES, ORGANIZATION_NAME_WORDS, ORGANIZATION_TYPE_CUES, PATIENT_CUES,
} from './lexicon/kind-cues.js';
import {
  CLINICIAN_WORDS, NON_HEALTH_FIELDS, NOT_CLINICIAN_DOCTORS, OTHER_PERSON_BEFORE, PATIENT_VOICE_BEFORE, ROLE_WORDS, TITLES,
} from './lexicon/roles.js';
import { HCP_COMMUNITY_HASHTAGS, SPECIALTIES, type SpecialtyEntry } from './lexicon/specialties.js';
import type { EvidenceField } from './evidence.js';
import type { HcpType, OrganizationType } from './hcp-types.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { areaMaskOfPost } from '../graph/areas.js';
import { isKnownCity } from './country.js';
import { foldWithOffsets } from './text-folding.js';

/** What analyze-profile reads. Every field is optional; posts, when given, add behaviour signals. */
export interface ProfileInput {
  id?: string;
  name?: string;
  handle?: string;
  bio?: string;
  location?: string;
  url?: string;
  posts?: ReadonlyArray<{ text: string; hashtags?: readonly string[] }>;
}

export const MODEL_FEATURES = [
  'clinical_degree', 'fellowship', 'nursing_credential', 'pharmacy_credential', 'dental_credential', 'allied_credential',
  'research_degree', 'non_health_degree', 'dr_title', 'role_word', 'trainee_cue', 'researcher_cue', 'clinician_word',
  'specialty_word', 'hcp_hashtag', 'institution', 'disclaimer', 'health_word', 'handle_cue', 'patient_cue', 'caregiver_cue',
  'advocate_cue', 'organization_cue', 'organization_name', 'media_cue', 'bot_cue', 'not_clinician_doctor',
] as const;
export type ModelFeature = (typeof MODEL_FEATURES)[number];

/** Behaviour features exist only when posts are given; their weights are set by hand (see hcp-model.ts). */
export const BEHAVIOUR_FEATURES = ['posts_hcp_hashtags', 'posts_clinical_voice', 'posts_patient_voice'] as const;
export type BehaviourFeature = (typeof BEHAVIOUR_FEATURES)[number];

export interface Signal {
  rule: string;
  field: EvidenceField;
  text: string;
  span?: [number, number];
  feature?: ModelFeature | BehaviourFeature;
  type?: HcpType;
  /** Weight of this signal in the type decision (see hcp-type.ts). */
  typeWeight?: number;
  credential?: string;
  specialty?: SpecialtyEntry;
  kind?: 'patient' | 'caregiver' | 'patient_advocate' | 'organization' | 'media' | 'bot';
  organizationType?: OrganizationType;
  nursePractitioner?: boolean;
}

type Prepared = { text: string; folded: string; offsets: number[] };

// One scan for all credentials: an alternation with one group per rule, longest spellings first so "MD-PhD" wins over
// "MD" (a regex per rule was 60% of the analysis time). A hyphen joins tokens: "FNP" must not match inside "FNP-BC".
const CREDENTIAL_RULES = [...CREDENTIALS].sort((a, b) => b.pattern.length - a.pattern.length);
const CREDENTIAL_REGEX = new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${CREDENTIAL_RULES.map((r) => `(${r.pattern})`).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu');
const NURSE_PRACTITIONER_CREDENTIALS = new Set(['NP', 'FNP', 'FNP-BC', 'FNP-C', 'AGNP', 'AGNP-C', 'AGACNP', 'AGACNP-BC', 'ANP',
  'ANP-BC', 'ACNP', 'PMHNP', 'PMHNP-BC', 'APRN', 'APRN-BC', 'NP-C', 'WHNP', 'CPNP', 'FAANP']);

const ROLE_MATCHER = new PhraseMatcher<{ type?: HcpType; group: 'role' | 'clinician' }>([
  ...ROLE_WORDS.flatMap((g) => g.words.map((w) => [w, { ...(g.type ? { type: g.type } : {}), group: 'role' as const }] as const)),
  ...CLINICIAN_WORDS.map((w) => [w, { group: 'clinician' as const }] as const),
]);
const SPECIALTY_MATCHER = new PhraseMatcher<{ entry: SpecialtyEntry; specialist: boolean }>(
  SPECIALTIES.flatMap((entry) => [
    ...entry.specialists.map((w) => [w, { entry, specialist: true }] as const),
    ...entry.words.map((w) => [w, { entry, specialist: false }] as const),
  ]),
);
const SPECIALTY_HASHTAGS = new Map<string, SpecialtyEntry>(SPECIALTIES.flatMap((e) => e.hashtags.map((h) => [h, e] as const)));
const COMMUNITY_HASHTAGS = new Map(HCP_COMMUNITY_HASHTAGS.map((h) => [h.tag, h.type]));
type Cue = { feature: ModelFeature; kind?: Signal['kind']; organizationType?: OrganizationType; rule: string };
const CUE_MATCHER = new PhraseMatcher<Cue>([
  ...PATIENT_CUES.map((w) => [w, { feature: 'patient_cue', kind: 'patient', rule: 'patient-cue' }] as const),
  ...CAREGIVER_CUES.map((w) => [w, { feature: 'caregiver_cue', kind: 'caregiver', rule: 'caregiver-cue' }] as const),
  ...ADVOCATE_CUES.map((w) => [w, { feature: 'advocate_cue', kind: 'patient_advocate', rule: 'advocate-cue' }] as const),
  ...MEDIA_CUES.map((w) => [w, { feature: 'media_cue', kind: 'media', rule: 'media-cue' }] as const),
  ...BOT_CUES.map((w) => [w, { feature: 'bot_cue', kind: 'bot', rule: 'bot-cue' }] as const),
  ...DISCLAIMER_CUES.map((w) => [w, { feature: 'disclaimer', rule: 'disclaimer' }] as const),
  ...INSTITUTION_WORDS.map((w) => [w, { feature: 'institution', rule: 'institution' }] as const),
  ...HEALTH_WORDS.map((w) => [w, { feature: 'health_word', rule: 'health-word' }] as const),
  ...ORGANIZATION_CUES.map((w) => [w, { feature: 'organization_cue', kind: 'organization', rule: 'organization-cue' }] as const),
] as Array<readonly [string, Cue]>);
const ORG_TYPE_MATCHER = new PhraseMatcher<OrganizationType>(
  (Object.entries(ORGANIZATION_TYPE_CUES) as Array<[OrganizationType, string[]]>).flatMap(([t, words]) => words.map((w) => [w, t] as const)),
);
const ORG_NAME_MATCHER = new PhraseMatcher<true>(ORGANIZATION_NAME_WORDS.map((w) => [w, true] as const));
const MEDIA_NAME_MATCHER = new PhraseMatcher<true>(MEDIA_NAME_WORDS.map((w) => [w, true] as const));
const HASHTAG = /(?<![\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu;
const TRAINEE_AFTER_SPECIALTY = /^[\s-]+(?:fellow|resident|registrar|trainee|intern|residente|interne)(?![\p{L}])/u;
const GENERIC_TRAINEE = /(?<![\p{L}])(?:im|em|fm|peds|surgery|surgical|medicine|gen surg|id|gi|heme\/onc|onc|cards|neuro|psych|pulm)\s+(?:fellow|resident|intern|registrar)(?![\p{L}])/u;
const CLINICAL_VOICE = /(?<![\p{L}])(?:my patients?|our patients|in my clinic|in clinic today|on call|on service|rounds|attending|my residents|discharged|admitted (?:a|my)|consult(?:ed)? on|prescribe|titrat|guideline|trial data|in our (?:clinic|unit|icu|practice))(?![\p{L}])/u;
const PATIENT_VOICE = /(?<![\p{L}])(?:my (?:doctor|oncologist|cardiologist|neurologist|endo|psychiatrist|rheumatologist|dermatologist|nurse|gp)|i was diagnosed|my diagnosis|i started|i'm on|im on|side effects? (?:i|i've)|my (?:meds|medication|treatment)|insurance denied)(?![\p{L}])/u;

export function extractSignals(input: ProfileInput): Signal[] {
  const signals: Signal[] = [];
  const name = prepare(input.name);
  const bio = prepare(input.bio);
  for (const [field, p] of [['name', name], ['bio', bio]] as const) {
    if (!p) continue;
    credentialSignals(field, p, signals);
    titleSignals(field, p, signals);
    roleSignals(field, p, signals);
    specialtySignals(field, p, signals);
    hashtagSignals(field, p, signals);
    cueSignals(field, p, signals);
    nonClinicianSignals(field, p, signals);
  }
  if (name) organizationNameSignals(name, signals);
  if (input.handle) handleSignals(input.handle, signals);
  researcherContext(signals, `${input.name ?? ''} ${input.bio ?? ''}`);
  if (input.posts && input.posts.length > 0) behaviourSignals(input.posts, signals);
  return signals;
}

function prepare(text: string | undefined): Prepared | undefined {
  if (!text || !text.trim()) return undefined;
  return { text, ...foldWithOffsets(text) };
}

function credentialSignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  const found: Array<{ label: string; feature: CredentialFeature; type?: HcpType; span: [number, number]; ambiguous: boolean }> = [];
  for (const m of p.text.matchAll(CREDENTIAL_REGEX)) {
    const rule = CREDENTIAL_RULES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (!rule) continue;
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (rule.alsoStateCode && field === 'bio' && afterCity(p.text, m.index)) continue;
    found.push({ label: rule.label, feature: rule.feature, ...(rule.type ? { type: rule.type } : {}), span, ambiguous: rule.ambiguous ?? false });
  }
  const firm = found.filter((f) => !f.ambiguous);
  for (const f of found) {
    if (f.ambiguous && !inCredentialList(p.text, f.span, firm, field)) continue;
    out.push({
      rule: `credential:${f.label}`, field, text: p.text.slice(f.span[0], f.span[1]), span: f.span, feature: f.feature,
      ...(f.type ? { type: f.type, typeWeight: f.feature === 'research_degree' ? 1 : f.feature === 'fellowship' ? 2 : 3 } : {}),
      credential: f.label,
      ...(NURSE_PRACTITIONER_CREDENTIALS.has(f.label) ? { nursePractitioner: true } : {}),
    });
  }
}

/** "Baltimore, MD": the token follows a known city and a comma. */
function afterCity(text: string, index: number): boolean {
  const before = /([\p{L}.' -]+),\s*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return before !== null && isKnownCity(before[1]!.trim());
}

/** An ambiguous token counts beside another credential ("MD, PA"), or after a comma in the name ("Jane Doe, DO"). */
function inCredentialList(text: string, span: [number, number], firm: Array<{ span: [number, number] }>, field: EvidenceField): boolean {
  const gapOk = (gap: string) => /^[\s,/|&·]*$/.test(gap) && gap.length <= 4;
  if (firm.some((f) => (f.span[1] <= span[0] && gapOk(text.slice(f.span[1], span[0])))
    || (span[1] <= f.span[0] && gapOk(text.slice(span[1], f.span[0]))))) return true;
  return field === 'name' && /,\s*$/.test(text.slice(0, span[0])) && span[0] > 2;
}

function titleSignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  const taken: Array<[number, number]> = [];
  for (const title of TITLES) {
    for (const m of p.text.matchAll(title.pattern)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some((t) => t[0] < span[1] && span[0] < t[1])) continue;
      taken.push(span);
      out.push({
        rule: title.id, field, text: m[0], span, feature: title.feature,
        ...(title.type ? { type: title.type, typeWeight: title.feature === 'clinical_degree' ? 3 : 0.5 } : { type: 'physician' as const, typeWeight: title.feature === 'dr_title' ? 1 : 0 }),
        ...(title.feature === 'clinical_degree' ? { credential: title.label } : {}),
      });
    }
  }
}

function roleSignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  for (const m of ROLE_MATCHER.find(p.text, p)) {
    const before = p.folded.slice(Math.max(0, m.foldedStart - 24), m.foldedStart);
    if (OTHER_PERSON_BEFORE.test(before)) {
      if (PATIENT_VOICE_BEFORE.test(before)) out.push({ rule: 'patient-cue:my-clinician', field, text: m.text, span: m.span, feature: 'patient_cue', kind: 'patient' });
      continue;
    }
    if (m.value.group === 'clinician') {
      out.push({ rule: 'clinician-word', field, text: m.text, span: m.span, feature: 'clinician_word' });
      continue;
    }
    const type = m.value.type;
    const feature: ModelFeature = type === 'trainee' ? 'trainee_cue' : type === 'researcher' ? 'researcher_cue' : 'role_word';
    out.push({
      rule: `role:${m.phrase}`, field, text: m.text, span: m.span, feature,
      ...(type ? { type, typeWeight: type === 'trainee' ? 4 : type === 'researcher' ? 2 : m.phrase === 'doctor' ? 1.5 : 2.5 } : {}),
      ...(m.phrase === 'nurse practitioner' ? { nursePractitioner: true } : {}),
    });
  }
  const generic = GENERIC_TRAINEE.exec(p.folded);
  if (generic) out.push({ rule: 'role:specialty-trainee', field, text: generic[0], feature: 'trainee_cue', type: 'trainee', typeWeight: 4 });
}

/** "GP" is a general practitioner only in capitals ("gp" is too many other things). */
const GP = /(?<![\p{L}\p{N}])GPs?(?![\p{L}\p{N}])/gu;
const FAMILY_MEDICINE = SPECIALTIES.find((e) => e.label === 'family medicine')!;

function specialtySignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  for (const m of p.text.matchAll(GP)) {
    out.push({ rule: 'specialist:family medicine', field, text: m[0], span: [m.index, m.index + m[0].length], feature: 'role_word',
      specialty: FAMILY_MEDICINE, type: 'physician', typeWeight: 2 });
  }
  for (const m of SPECIALTY_MATCHER.find(p.text, p)) {
    const before = p.folded.slice(Math.max(0, m.foldedStart - 24), m.foldedStart);
    if (m.value.specialist && OTHER_PERSON_BEFORE.test(before)) {
      if (PATIENT_VOICE_BEFORE.test(before)) out.push({ rule: 'patient-cue:my-clinician', field, text: m.text, span: m.span, feature: 'patient_cue', kind: 'patient' });
      continue;
    }
    const entry = m.value.entry;
    const specialistType: HcpType = entry.label === 'dentistry' ? 'dentist' : entry.label === 'public health' ? 'researcher' : 'physician';
    out.push({
      rule: `${m.value.specialist ? 'specialist' : 'specialty-word'}:${entry.label}`, field, text: m.text, span: m.span,
      feature: m.value.specialist ? 'role_word' : 'specialty_word', specialty: entry,
      ...(m.value.specialist ? { type: specialistType, typeWeight: 2 } : {}),
    });
    const after = p.folded.slice(m.foldedStart + m.phrase.length);
    if (TRAINEE_AFTER_SPECIALTY.test(after)) {
      out.push({ rule: 'role:specialty-trainee', field, text: m.text, span: m.span, feature: 'trainee_cue', type: 'trainee', typeWeight: 4 });
    }
  }
}

function hashtagSignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  for (const m of p.text.matchAll(HASHTAG)) {
    const tag = m[1]!.toLowerCase();
    const span: [number, number] = [m.index, m.index + m[0].length];
    const entry = SPECIALTY_HASHTAGS.get(tag);
    if (entry) out.push({ rule: `hashtag:${tag}`, field, text: m[0], span, feature: 'hcp_hashtag', specialty: entry });
    else if (COMMUNITY_HASHTAGS.has(tag)) {
      const type = COMMUNITY_HASHTAGS.get(tag);
      out.push({ rule: `hashtag:${tag}`, field, text: m[0], span, feature: 'hcp_hashtag', ...(type ? { type, typeWeight: 0.75 } : {}) });
    }
  }
}

function cueSignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  for (const m of CUE_MATCHER.find(p.text, p)) {
    out.push({ rule: `${m.value.rule}:${m.phrase}`, field, text: m.text, span: m.span, feature: m.value.feature,
      ...(m.value.kind ? { kind: m.value.kind } : {}) });
  }
  for (const m of ORG_TYPE_MATCHER.find(p.text, p)) {
    out.push({ rule: `organization-type:${m.value}`, field, text: m.text, span: m.span, organizationType: m.value });
  }
}

function nonClinicianSignals(field: EvidenceField, p: Prepared, out: Signal[]): void {
  for (const regex of [NOT_CLINICIAN_DOCTORS, NON_HEALTH_FIELDS]) {
    const m = regex.exec(p.folded);
    if (!m) continue;
    // A non-clinical "doctor" cancels the clinical reading of the same words.
    const start = m.index;
    const end = start + m[0].length;
    for (let i = out.length - 1; i >= 0; i--) {
      const s = out[i]!;
      if (s.field === field && s.span && s.span[0] < end + 2 && start < s.span[1] + 2 && (s.feature === 'role_word' || s.feature === 'dr_title' || s.feature === 'research_degree')) out.splice(i, 1);
    }
    out.push({ rule: regex === NOT_CLINICIAN_DOCTORS ? 'not-clinician-doctor' : 'non-health-field', field, text: p.text.slice(start, end),
      feature: 'not_clinician_doctor' });
  }
}

function organizationNameSignals(name: Prepared, out: Signal[]): void {
  const orgWord = ORG_NAME_MATCHER.find(name.text, name)[0];
  if (orgWord) out.push({ rule: `organization-name:${orgWord.phrase}`, field: 'name', text: orgWord.text, span: orgWord.span, feature: 'organization_name', kind: 'organization' });
  const mediaWord = MEDIA_NAME_MATCHER.find(name.text, name)[0];
  if (mediaWord && !orgWord) out.push({ rule: `media-name:${mediaWord.phrase}`, field: 'name', text: mediaWord.text, span: mediaWord.span, feature: 'media_cue', kind: 'media' });
  if (/\p{L}\s+\d{1,4}$/u.test(name.text.trim())) out.push({ rule: 'bot-name:trailing-number', field: 'name', text: name.text, kind: 'bot' });
}

function handleSignals(handle: string, out: Signal[]): void {
  const h = handle.replace(/^@/, '').split(/[.@]/)[0] ?? '';
  if (/^(?:Dr|DR)(?=[A-Z_])|^dr(?=[_.])|^dr(?![aeiouyrw])[a-z]/.test(h)) {
    out.push({ rule: 'handle:dr-prefix', field: 'handle', text: h.slice(0, 2), span: [0, 2], feature: 'handle_cue', type: 'physician', typeWeight: 0.5 });
  }
  const suffix = /(?:md|mbbs|rn|np|pharmd|dds|dmd|phd)$/i.exec(h);
  if (suffix && h.length > suffix[0].length + 2 && /[a-z]/i.test(h[h.length - suffix[0].length - 1]!)) {
    const type: HcpType = /md|mbbs/i.test(suffix[0]) ? 'physician' : /rn|np/i.test(suffix[0]) ? 'nurse' : /pharmd/i.test(suffix[0]) ? 'pharmacist' : /phd/i.test(suffix[0]) ? 'researcher' : 'dentist';
    out.push({ rule: `handle:${suffix[0].toLowerCase()}-suffix`, field: 'handle', text: suffix[0], feature: 'handle_cue', type, typeWeight: 0.5 });
  }
}

/**
 * "Scientist", "researcher" and a PhD count only beside a health context (a health word, a specialty, an institution,
 * a clinical credential, or a condition or drug of a therapy area): a data scientist or a PhD in physics is not an
 * HCP. (MPH, DrPH and the clinical degrees are health degrees and need no context.)
 */
function researcherContext(signals: Signal[], text: string): void {
  const health = areaMaskOfPost(text, []) !== 0 || signals.some((s) => s.feature === 'specialty_word' || s.feature === 'health_word' || s.feature === 'institution'
    || s.feature === 'hcp_hashtag' || s.feature === 'clinical_degree' || s.feature === 'nursing_credential'
    || s.feature === 'pharmacy_credential' || s.feature === 'dental_credential' || s.feature === 'allied_credential'
    || s.feature === 'trainee_cue' || s.feature === 'clinician_word' || s.specialty
    || (s.feature === 'role_word' && s.type !== 'researcher')
    || (s.feature === 'research_degree' && !CONTEXT_DEPENDENT_DEGREES.has(s.credential ?? '')));
  if (health) return;
  for (const s of signals) {
    if (s.feature === 'researcher_cue' || (s.feature === 'research_degree' && CONTEXT_DEPENDENT_DEGREES.has(s.credential ?? ''))) {
      s.rule = `${s.rule} (no health context)`;
      delete s.feature;
      s.typeWeight = 0.5;
    }
  }
}

const CONTEXT_DEPENDENT_DEGREES = new Set(['PhD', 'ScD']);

function behaviourSignals(posts: NonNullable<ProfileInput['posts']>, out: Signal[]): void {
  let hcpTags = 0;
  let clinical = 0;
  let patient = 0;
  for (const post of posts) {
    const tags = post.hashtags ?? [...post.text.matchAll(HASHTAG)].map((m) => m[1]!.toLowerCase());
    if (tags.some((t) => COMMUNITY_HASHTAGS.has(t.toLowerCase()) || SPECIALTY_HASHTAGS.has(t.toLowerCase()))) hcpTags++;
    const folded = foldWithOffsets(post.text).folded;
    if (CLINICAL_VOICE.test(folded)) clinical++;
    if (PATIENT_VOICE.test(folded)) patient++;
  }
  const n = posts.length;
  const add = (feature: BehaviourFeature, count: number, rule: string) => {
    if (count > 0) out.push({ rule, field: 'posts', text: `${count} of ${n} posts`, feature });
  };
  add('posts_hcp_hashtags', hcpTags, 'behaviour:hcp-community-hashtags');
  add('posts_clinical_voice', clinical, 'behaviour:clinical-voice');
  add('posts_patient_voice', patient, 'behaviour:patient-voice');
}

/** Share of posts behind a behaviour signal ("3 of 10 posts" → 0.3), for the model. */
export function behaviourShare(signal: Signal): number {
  const m = /^(\d+) of (\d+) posts$/.exec(signal.text);
  return m ? Number(m[1]) / Math.max(1, Number(m[2])) : 0;
}
