/**
 * The HCP probability: a logistic combination of named profile features, so each feature's contribution (its
 * weight, in log-odds) is the evidence shown beside the probability.
 *
 * Profile-feature weights are fitted by scripts/fit-hcp-model.ts on a synthetic training set of bios that we
 * generate from our own templates (scripts/hcp-training/) — never on the hand-labelled gold file, and not on the demo
 * corpus. Behaviour weights (posts) are set by hand: the training set has no posts. See docs/hcp.md.
 */
import type { Evidence } from './evidence.js';
import { HCP_MODEL_WEIGHTS } from './hcp-model-weights.js';
import { BEHAVIOUR_FEATURES, type BehaviourFeature, MODEL_FEATURES, type ModelFeature, type Signal, behaviourShare } from './profile-signals.js';

/** Log-odds per unit of behaviour share (a share of 1 = every sampled post). Hand-set, documented in docs/hcp.md. */
export const BEHAVIOUR_WEIGHTS: Readonly<Record<BehaviourFeature, number>> = {
  posts_hcp_hashtags: 2.0,
  posts_clinical_voice: 2.5,
  posts_patient_voice: -2.5,
};

export type FeatureVector = Float64Array;

/** Binary presence of each profile feature, in MODEL_FEATURES order. */
export function featureVector(signals: readonly Signal[]): FeatureVector {
  const x = new Float64Array(MODEL_FEATURES.length);
  for (const s of signals) {
    const i = s.feature ? MODEL_FEATURES.indexOf(s.feature as ModelFeature) : -1;
    if (i >= 0) x[i] = 1;
  }
  return x;
}

export interface HcpScore {
  probability: number;
  logOdds: number;
  evidence: Evidence[];
}

export function scoreHcp(signals: readonly Signal[], weights = HCP_MODEL_WEIGHTS): HcpScore {
  const x = featureVector(signals);
  let z = weights.bias;
  const evidence: Evidence[] = [];
  MODEL_FEATURES.forEach((feature, i) => {
    if (x[i] === 0) return;
    const w = weights.features[feature];
    z += w;
    // One evidence entry per signal behind the feature, each carrying the feature's weight.
    for (const s of signals.filter((sig) => sig.feature === feature)) {
      evidence.push({ rule: s.rule, supports: w >= 0 ? 'hcp' : 'not-hcp', field: s.field, text: s.text,
        ...(s.span ? { span: s.span } : {}), weight: round(w), note: `feature ${feature}` });
    }
  });
  for (const s of signals) {
    if (!s.feature || !(BEHAVIOUR_FEATURES as readonly string[]).includes(s.feature)) continue;
    const w = BEHAVIOUR_WEIGHTS[s.feature as BehaviourFeature] * behaviourShare(s);
    z += w;
    evidence.push({ rule: s.rule, supports: w >= 0 ? 'hcp' : 'not-hcp', field: 'posts', text: s.text, weight: round(w), note: `feature ${s.feature}` });
  }
  evidence.push({ rule: 'model:bias', supports: weights.bias >= 0 ? 'hcp' : 'not-hcp', field: 'model', weight: round(weights.bias),
    note: `logistic model fitted ${weights.fittedOn}` });
  return { probability: sigmoid(z), logOdds: z, evidence };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
