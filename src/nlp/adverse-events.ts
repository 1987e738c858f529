/**
 * Adverse events: does the text describe someone experiencing a reaction to a drug? Rules over the recognised entities
 * (a drug, a reaction that happened to a person, in the same or the next sentence) plus causal and temporal cues, and a
 * logistic-regression probability (models/ade-lr.json, trained on PHEE train by scripts/train-ade-model.ts) as one
 * more piece of evidence. Seriousness cues and the four ICSR minimum criteria (GVP VI.B.2) are returned as evidenced
 * fields; `valid` is computed from them, never set by hand (R2.1).
 */
import { CueMatcher, type CueHit } from './cue-matcher.js';
import type { Entity } from './entities.js';
import type { AdeModel } from './ade-model.js';
import type { Token } from './tokenize.js';

export type CriterionState = 'present' | 'absent' | 'unknown';

export interface Evidence { text: string; start: number; end: number }

export interface Criterion { state: CriterionState; ruleId: string; evidence?: Evidence; source?: string; detail?: string }

export interface IcsrCriteria {
  reporter: Criterion & { qualification?: 'physician' | 'pharmacist' | 'other-hcp' | 'consumer' };
  patient: Criterion;
  product: Criterion;
  reaction: Criterion;
  /** All four present: computed from the fields above. */
  valid: boolean;
}

export type SeriousnessCriterion = 'death' | 'life-threatening' | 'hospitalisation' | 'disability' | 'congenital-anomaly';

export interface AePair {
  drug: string; drugId: string; reaction: string; reactionId: string; serious: boolean;
  drugSpan: Evidence; reactionSpan: Evidence; experiencer: Entity['experiencer'];
}

export interface AdverseEventResult {
  present: boolean;
  confidence: number;
  ruleId: string;
  modelId?: string;
  modelProbability?: number;
  pairs: AePair[];
  seriousness: Array<{ criterion: SeriousnessCriterion; ruleId: string; evidence: Evidence }>;
  causalCues: Evidence[];
  criteria: IcsrCriteria;
}

const SERIOUS = new CueMatcher<SeriousnessCriterion>({
  death: ['died', 'passed away', 'death', 'dead', 'killed him', 'killed her', 'killed my', 'fatal', 'passed on'],
  'life-threatening': ['almost died', 'nearly died', 'could have died', 'life threatening', 'life-threatening', 'anaphylaxis', 'anaphylactic',
    'called 911', 'coded', 'intubated', 'resuscitated', 'near death'],
  hospitalisation: ['hospitalized', 'hospitalised', 'hospitalization', 'hospitalisation', 'admitted', 'the er', 'an er', 'emergency room', 'a&e', 'icu',
    'intensive care', 'ambulance', 'in hospital', 'in the hospital', 'to the hospital', 'urgent care', 'emergency department'],
  disability: ['disabled', 'disability', 'cant walk', 'can no longer walk', 'paralyzed', 'paralysed', 'permanent damage', 'permanently', 'went blind',
    'lost my vision', 'lost my hearing', 'bedridden', 'wheelchair'],
  'congenital-anomaly': ['birth defect', 'birth defects', 'born with', 'congenital', 'malformation', 'malformations'],
});
const CAUSAL = new CueMatcher({
  causal: ['gave me', 'gives me', 'giving me', 'caused', 'causes', 'causing', 'side effect', 'side effects', 'because of', 'due to', 'from the',
    'made me', 'makes me', 'making me', 'since starting', 'since i started', 'after starting', 'after taking', 'after my', 'after the', 'since',
    'started', 'on', 'while on', 'while taking', 'reaction to', 'allergic to', 'induced', 'triggered', 'developed', 'week', 'weeks', 'day', 'days',
    'month', 'dose', 'switched', 'increased', 'upped', 'stopped', 'withdrawal', 'coming off', 'tapering', 'kicked in', 'so far'],
});
const HCP_REPORTER = new CueMatcher<'physician' | 'pharmacist' | 'other-hcp'>({
  physician: ['as a doctor', 'as a physician', 'im a doctor', 'i am a doctor', 'my patient', 'my patients', 'in my clinic', 'i prescribed', 'we prescribed',
    'as an oncologist', 'as a cardiologist', 'as a psychiatrist', 'saw a', 'on call'],
  pharmacist: ['as a pharmacist', 'im a pharmacist', 'i am a pharmacist', 'at my pharmacy', 'i dispensed'],
  'other-hcp': ['as a nurse', 'im a nurse', 'i am a nurse', 'my shift', 'tough shift', 'on my unit', 'as an rn', 'as a np', 'as a pa'],
});

const CONDITION_AS_REACTION = new Set(['gave', 'caused', 'developed', 'induced', 'triggered', 'got']);

export interface AeOptions { author?: string }

export function detectAdverseEvents(text: string, words: readonly Token[], entities: readonly Entity[], model?: AdeModel,
  options: AeOptions = {}): AdverseEventResult {
  const drugs = entities.filter((e) => e.type === 'drug' && e.assertion !== 'negated');
  const reactions = entities.filter((e) => {
    if (e.type === 'reaction') return (e.assertion === 'asserted' || e.assertion === 'ended') && e.experiencer !== 'general';
    // "Lipitor gave me diabetes": a condition in a causal frame is a reaction.
    if (e.type === 'condition') {
      return e.assertion === 'asserted' && e.experiencer !== 'general'
        && (CONDITION_AS_REACTION.has(words[e.from - 1]?.norm ?? '') || CONDITION_AS_REACTION.has(words[e.from - 2]?.norm ?? ''));
    }
    return false;
  });
  const seriousness = SERIOUS.find(words, text).map((h) => ({ criterion: h.rule, ruleId: `ae.serious.${h.rule}`, evidence: span(h) }));
  const causal = CAUSAL.find(words, text).map(span);
  const pairs: AePair[] = [];
  const seen = new Set<string>();
  for (const d of drugs) {
    for (const r of reactions) {
      const sd = words[d.from]!.sentence;
      const sr = words[r.from]!.sentence;
      if (Math.abs(sd - sr) > 1) continue;
      const key = `${d.id}|${r.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({ drug: d.name, drugId: d.id, reaction: r.type === 'reaction' ? r.name : r.name, reactionId: r.id,
        serious: Boolean(r.serious) || seriousness.length > 0, drugSpan: span(d), reactionSpan: span(r), experiencer: r.experiencer });
    }
  }
  // The model only refines the confidence of a candidate: it is not run when there is no (drug, reaction) pair.
  const modelProbability = model && pairs.length > 0 ? model.probability(words, entities) : undefined;
  let confidence = 0;
  if (pairs.length > 0) {
    const sameSentence = pairs.some((p) => Math.abs(p.drugSpan.start - p.reactionSpan.start) < 200);
    confidence = 0.55 + (causal.length > 0 ? 0.2 : 0) + (sameSentence ? 0.1 : 0) + (seriousness.length > 0 ? 0.05 : 0);
    if (modelProbability !== undefined) confidence = 0.75 * confidence + 0.25 * modelProbability;
  }
  confidence = Math.round(Math.min(0.99, confidence) * 100) / 100;
  const criteria = icsrCriteria(text, words, drugs, reactions, pairs, options);
  return {
    present: pairs.length > 0 && confidence >= 0.5, confidence, ruleId: 'ae.drug-reaction-experienced.v1',
    ...(model && modelProbability !== undefined ? { modelId: model.id, modelProbability: Math.round(modelProbability * 1000) / 1000 } : {}),
    pairs, seriousness, causalCues: causal.slice(0, 5), criteria,
  };
}

function span(x: { text: string; start: number; end: number }): Evidence {
  return { text: x.text, start: x.start, end: x.end };
}

function icsrCriteria(text: string, words: readonly Token[], drugs: Entity[], reactions: Entity[], pairs: AePair[], options: AeOptions): IcsrCriteria {
  const hcp = HCP_REPORTER.find(words, text)[0];
  const reporter: IcsrCriteria['reporter'] = options.author
    ? { state: 'present', ruleId: 'icsr.reporter.author-handle', source: 'post author', detail: options.author,
      qualification: hcp?.rule ?? 'consumer', ...(hcp ? { evidence: span(hcp) } : {}) }
    : hcp ? { state: 'unknown', ruleId: 'icsr.reporter.hcp-cue-no-author', evidence: span(hcp), qualification: hcp.rule,
      detail: 'an HCP wrote this, but the author is not known to the analyzer' }
    : { state: 'unknown', ruleId: 'icsr.reporter.no-author', detail: 'pass the post author to record the reporter' };
  const experienced = pairs[0] ? reactions.find((r) => r.start === pairs[0]!.reactionSpan.start) : reactions[0];
  let patient: Criterion;
  if (!experienced) {
    patient = { state: reactions.length === 0 && drugs.length === 0 ? 'unknown' : 'absent', ruleId: 'icsr.patient.no-experiencer' };
  } else if (experienced.experiencer === 'self') {
    patient = { state: 'present', ruleId: `icsr.patient.${experienced.experiencerRule}`, source: 'the author', evidence: span(experienced) };
  } else {
    patient = { state: 'present', ruleId: `icsr.patient.${experienced.experiencerRule}`, source: 'a person named by the author', evidence: span(experienced) };
  }
  const drug = pairs[0] ? drugs.find((d) => d.start === pairs[0]!.drugSpan.start) : drugs[0];
  const product: Criterion = drug ? { state: 'present', ruleId: drug.ruleId, evidence: span(drug), detail: drug.id } : { state: 'absent', ruleId: 'icsr.product.none' };
  const reaction: Criterion = experienced ? { state: 'present', ruleId: experienced.ruleId, evidence: span(experienced), detail: experienced.id }
    : { state: 'absent', ruleId: 'icsr.reaction.none' };
  const valid = [reporter, patient, product, reaction].every((c) => c.state === 'present');
  return { reporter, patient, product, reaction, valid };
}

export type { CueHit };
