/**
 * Local PageRank updates: Gauss–Southwell "push" on the residual of the linear system x = (1-α)p + αPᵀx.
 * Pushing node v moves its residual into x[v] and spreads α·r[v] over its out-edges. Each push removes at least a
 * (1-α) share of the residual it moves, so the work is proportional to the change, not to the graph (Andersen,
 * Chung & Lang 2006; Zhang, Lofgren & Goel 2016 for updates on changing graphs).
 */
import { AREA_IDS } from './areas.js';
import type { InfluenceState } from './influence-state.js';

const K = AREA_IDS.length;

/** Pushes area k's residuals from the seed nodes until every |r| ≤ epsilon. Returns the number of pushes. */
export function pushResiduals(state: InfluenceState, k: number, seeds: Iterable<number>, epsilon: number): number {
  const { x, r, outWeight } = state;
  const alpha = state.options.alpha;
  const { nodeCount, offsets, targets, weights } = state.graph;
  const queue: number[] = [];
  const queued = new Uint8Array(state.capacity);
  for (const v of seeds) {
    if (!queued[v] && Math.abs(r[v * K + k]!) > epsilon) { queued[v] = 1; queue.push(v); }
  }
  let pushes = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued[v] = 0;
    const i = v * K + k;
    const residual = r[i]!;
    if (Math.abs(residual) <= epsilon) continue;
    x[i]! += residual;
    r[i] = 0;
    pushes++;
    const ow = outWeight[v]!;
    if (ow === 0) continue;
    const share = (alpha * residual) / ow;
    // The compacted rows inline (this loop is the hot path), then the delta rows.
    if (v < nodeCount) {
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const j = w * K + k;
        r[j]! += share * weights[e]!;
        if (queued[w] === 0 && Math.abs(r[j]!) > epsilon) { queued[w] = 1; queue.push(w); }
      }
    }
    const row = state.delta.get(v);
    if (row) {
      for (const [w, cell] of row) {
        const j = w * K + k;
        r[j]! += share * cell[0];
        if (queued[w] === 0 && Math.abs(r[j]!) > epsilon) { queued[w] = 1; queue.push(w); }
      }
    }
    // Keep the queue array from growing without bound on long runs.
    if (head > 65_536 && head * 2 > queue.length) { queue.splice(0, head + 1); head = -1; }
  }
  return pushes;
}
