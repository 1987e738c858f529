/**
 * A small logistic-regression model for "this sentence reports an adverse drug event": interpretable features (cue
 * words, entity flags) plus the most frequent training words. Weights live in models/ade-lr.json, trained by
 * scripts/train-ade-model.ts on the PHEE train split only (threshold chosen on dev). Pure arithmetic at run time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity } from './entities.js';
import type { Token } from './tokenize.js';

export const MODEL_DIR = resolve(import.meta.dirname, '..', '..', 'models');

export interface AdeModelFile { id: string; trainedOn: string; threshold: number; bias: number; weights: Record<string, number>; metrics?: unknown }

/** Features of one text: names with value 1 (binary bag of words and flags). */
export function adeFeatures(words: readonly Token[], entities: readonly Entity[]): string[] {
  const f = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    if (/^\d+$/.test(w)) continue;
    f.add(`w:${w}`);
    const next = words[i + 1];
    if (next && !next.breakBefore) f.add(`b:${w}_${next.norm}`);
  }
  let drug = false; let reaction = false; let condition = false;
  for (const e of entities) {
    if (e.type === 'drug') drug = true;
    if (e.type === 'reaction') { reaction = true; f.add(`e:reaction-${e.assertion}`); f.add(`e:reaction-exp-${e.experiencer}`); }
    if (e.type === 'condition') { condition = true; f.add(`e:condition-${e.assertion}`); }
  }
  if (drug) f.add('e:drug');
  if (reaction) f.add('e:reaction');
  if (condition) f.add('e:condition');
  if (drug && reaction) f.add('e:drug+reaction');
  if (drug && condition) f.add('e:drug+condition');
  return [...f];
}

export class AdeModel {
  readonly id: string;
  readonly threshold: number;
  private readonly weights: Map<string, number>;
  private readonly bias: number;

  constructor(file: AdeModelFile) {
    this.id = file.id;
    this.threshold = file.threshold;
    this.bias = file.bias;
    this.weights = new Map(Object.entries(file.weights));
  }

  static load(path = resolve(MODEL_DIR, 'ade-lr.json')): AdeModel {
    return new AdeModel(JSON.parse(readFileSync(path, 'utf8')) as AdeModelFile);
  }

  probability(words: readonly Token[], entities: readonly Entity[]): number {
    let z = this.bias;
    for (const f of adeFeatures(words, entities)) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }

  /** The features that pushed the score most, for explanations. */
  explain(words: readonly Token[], entities: readonly Entity[], top = 5): Array<{ feature: string; weight: number }> {
    return adeFeatures(words, entities).map((feature) => ({ feature, weight: this.weights.get(feature) ?? 0 }))
      .filter((x) => x.weight !== 0).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, top);
  }
}
