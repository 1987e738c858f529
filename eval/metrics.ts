/**
 * Metrics of the evaluation harness: binary classification, span matching per category (strict = exact offsets,
 * relaxed = IoU ≥ 0.5, one-to-one greedy matching), F-beta, micro/macro averages, Pearson correlation.
 */

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number; f2: number; support: number }

export function fBeta(precision: number, recall: number, beta: number): number {
  const b2 = beta * beta;
  return precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { ...c, precision, recall, f1: fBeta(precision, recall, 1), f2: fBeta(precision, recall, 2), support: c.tp + c.fn };
}

/** Binary classification counts from (predicted, gold) pairs. */
export function binary(pairs: Iterable<[predicted: boolean, gold: boolean]>): Scores & { tn: number; accuracy: number } {
  let tp = 0; let fp = 0; let fn = 0; let tn = 0;
  for (const [p, g] of pairs) {
    if (p && g) tp++; else if (p && !g) fp++; else if (!p && g) fn++; else tn++;
  }
  return { ...scores({ tp, fp, fn }), tn, accuracy: (tp + tn) / Math.max(1, tp + fp + fn + tn) };
}

export interface Span { start: number; end: number; type: string }

export function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

export type MatchMode = 'strict' | 'relaxed';

function matches(p: Span, g: Span, mode: MatchMode): boolean {
  return mode === 'strict' ? p.start === g.start && p.end === g.end : iou(p, g) >= 0.5;
}

/**
 * Per-type counts for one document. A prediction matches a gold span of the same type (one-to-one). `ignore` holds gold
 * spans of types outside the taxonomy: a prediction overlapping one is neither a true nor a false positive.
 */
export function spanCounts(predicted: Span[], gold: Span[], mode: MatchMode, ignore: Array<{ start: number; end: number }> = [],
  typed = true): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const get = (t: string) => { let c = out.get(t); if (!c) { c = { tp: 0, fp: 0, fn: 0 }; out.set(t, c); } return c; };
  const used = new Set<number>();
  for (const p of predicted) {
    let hit = -1;
    for (let i = 0; i < gold.length; i++) {
      if (used.has(i)) continue;
      if ((!typed || gold[i]!.type === p.type) && matches(p, gold[i]!, mode)) { hit = i; break; }
    }
    const type = typed ? p.type : 'any';
    if (hit >= 0) { used.add(hit); get(type).tp++; }
    else if (!ignore.some((g) => iou(p, g) > 0 || (p.start < g.end && g.start < p.end))) get(type).fp++;
  }
  gold.forEach((g, i) => { if (!used.has(i)) get(typed ? g.type : 'any').fn++; });
  return out;
}

export function addCounts(into: Map<string, Counts>, from: Map<string, Counts>): void {
  for (const [t, c] of from) {
    const x = into.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    x.tp += c.tp; x.fp += c.fp; x.fn += c.fn;
    into.set(t, x);
  }
}

export function micro(all: Map<string, Counts>): Scores {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const x of all.values()) { c.tp += x.tp; c.fp += x.fp; c.fn += x.fn; }
  return scores(c);
}

/** Macro average over categories that have gold support. */
export function macro(all: Map<string, Counts>): { precision: number; recall: number; f1: number; f2: number } {
  const s = [...all.values()].filter((c) => c.tp + c.fn > 0).map(scores);
  const avg = (k: 'precision' | 'recall' | 'f1' | 'f2') => (s.length === 0 ? 0 : s.reduce((a, x) => a + x[k], 0) / s.length);
  return { precision: avg('precision'), recall: avg('recall'), f1: avg('f1'), f2: avg('f2') };
}

export function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0; let sxx = 0; let syy = 0;
  for (let i = 0; i < n; i++) { const dx = xs[i]! - mx; const dy = ys[i]! - my; sxy += dx * dy; sxx += dx * dx; syy += dy * dy; }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export function fmt(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '–';
}
