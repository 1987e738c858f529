/**
 * A structured averaged perceptron over BIO tags with first-order Viterbi decoding (Collins 2002). Chosen over a CRF
 * because it trains in seconds on a few thousand posts with no numeric library, and its weights are small enough to
 * ship as a JSON file; "I-x" may only follow "B-x" or "I-x", which the decoder enforces.
 */

export interface TaggedSequence {
  /** Features of each token (from features.ts). */
  features: number[][];
  /** Gold tag index of each token. */
  tags: number[];
}

export interface PerceptronModel {
  tags: string[];
  /** Feature → weight per tag. */
  weights: Map<number, Float32Array>;
  /** transitions[prev * tags + next]; row `tags.length` is the start of a sequence. */
  transitions: Float32Array;
}

/** Which transitions are legal: I-x after B-x or I-x only. */
export function legalTransitions(tags: string[]): Uint8Array {
  const n = tags.length;
  const legal = new Uint8Array((n + 1) * n);
  for (let prev = 0; prev <= n; prev++) {
    for (let next = 0; next < n; next++) {
      const t = tags[next]!;
      if (!t.startsWith('I-')) { legal[prev * n + next] = 1; continue; }
      const p = prev < n ? tags[prev]! : 'O';
      legal[prev * n + next] = p.slice(2) === t.slice(2) && p !== 'O' ? 1 : 0;
    }
  }
  return legal;
}

/** Emission scores of one token, summed over its features. */
function emit(weights: Map<number, Float32Array>, feats: readonly number[], count: number, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < count; k++) {
    const w = weights.get(feats[k]!);
    if (w) for (let t = 0; t < out.length; t++) out[t]! += w[t]!;
  }
}

/** The best tag sequence, and per token the score margin of its tag over the best other tag. */
export function viterbi(model: PerceptronModel, legal: Uint8Array, features: readonly (readonly number[])[], counts?: readonly number[]): { tags: number[]; margin: number[] } {
  const n = model.tags.length;
  const len = counts ? counts.length : features.length;
  const score = new Float64Array(len * n);
  const back = new Int32Array(len * n);
  const e = new Float64Array(n);
  for (let i = 0; i < len; i++) {
    emit(model.weights, features[i]!, counts ? counts[i]! : features[i]!.length, e);
    for (let t = 0; t < n; t++) {
      let best = -Infinity;
      let arg = -1;
      if (i === 0) {
        if (legal[n * n + t]) { best = model.transitions[n * n + t]!; arg = n; }
      } else {
        for (let p = 0; p < n; p++) {
          if (!legal[p * n + t]) continue;
          const s = score[(i - 1) * n + p]! + model.transitions[p * n + t]!;
          if (s > best) { best = s; arg = p; }
        }
      }
      score[i * n + t] = best + e[t]!;
      back[i * n + t] = arg;
    }
  }
  const tags = new Array<number>(len);
  const margin = new Array<number>(len).fill(0);
  if (len === 0) return { tags, margin };
  let bestT = 0;
  for (let t = 1; t < n; t++) if (score[(len - 1) * n + t]! > score[(len - 1) * n + bestT]!) bestT = t;
  for (let i = len - 1; i >= 0; i--) {
    tags[i] = bestT;
    // Margin: how far the chosen tag's path score at this token is above the best path through any other tag.
    let other = -Infinity;
    for (let t = 0; t < n; t++) if (t !== bestT && score[i * n + t]! > other) other = score[i * n + t]!;
    margin[i] = score[i * n + bestT]! - other;
    bestT = back[i * n + bestT]!;
  }
  return { tags, margin };
}

/** Averaged structured perceptron; `epochs` passes in a fixed shuffled order (seeded), so training is reproducible. */
export function train(tags: string[], data: readonly TaggedSequence[], epochs: number, seed = 1): PerceptronModel {
  const n = tags.length;
  const legal = legalTransitions(tags);
  const model: PerceptronModel = { tags, weights: new Map(), transitions: new Float32Array((n + 1) * n) };
  // Averaging by the lazy trick: keep Σ c·update beside the weights and subtract at the end.
  const acc = new Map<number, Float64Array>();
  const accTrans = new Float64Array((n + 1) * n);
  let c = 1;
  const update = (f: number, tag: number, delta: number) => {
    let w = model.weights.get(f);
    if (!w) { w = new Float32Array(n); model.weights.set(f, w); acc.set(f, new Float64Array(n)); }
    w[tag]! += delta;
    acc.get(f)![tag]! += c * delta;
  };
  const order = data.map((_, i) => i);
  let state = seed;
  const rand = () => { state = (state * 1_103_515_245 + 12_345) % 2_147_483_648; return state / 2_147_483_648; };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const idx of order) {
      const seq = data[idx]!;
      const guess = viterbi(model, legal, seq.features).tags;
      let prevG = n;
      let prevP = n;
      for (let i = 0; i < seq.tags.length; i++) {
        const g = seq.tags[i]!;
        const p = guess[i]!;
        if (g !== p) for (const f of seq.features[i]!) { update(f, g, 1); update(f, p, -1); }
        if (g !== p || prevG !== prevP) {
          model.transitions[prevG * n + g]! += 1; accTrans[prevG * n + g]! += c;
          model.transitions[prevP * n + p]! -= 1; accTrans[prevP * n + p]! -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
  }
  for (const [f, w] of model.weights) {
    const a = acc.get(f)!;
    for (let t = 0; t < n; t++) w[t] = w[t]! - a[t]! / c;
  }
  for (let k = 0; k < model.transitions.length; k++) model.transitions[k] = model.transitions[k]! - accTrans[k]! / c;
  return model;
}
