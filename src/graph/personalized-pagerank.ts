/**
 * Personalised PageRank for several personalisation vectors at once (one per therapy area), by power iteration.
 * Vectors are stored interleaved (x[node*K + k]) so each edge is read once per iteration for all areas.
 *
 * We solve the "leaky" system x = (1-α)·p + α·Pᵀx with p the *unnormalised* personalisation (area post counts) and
 * P row-normalised out-weights; dangling nodes keep their mass. Normalised, this equals the textbook PPR whose
 * dangling nodes jump back to p (the two differ by a scalar factor), and it stays linear in p, which lets an
 * incremental update add posts as local residuals (residual-push.ts) instead of rescaling everything.
 *
 * @NOTE speed (measured on this machine, docs/benchmarks.md): iterations *pull* over the transposed graph (rows by
 * target, weights pre-divided by the source's out-weight) so each edge is one random read and writes are sequential;
 * the loop over the 10 areas is unrolled (2.5–4× faster than a loop over k in a micro-benchmark); sweeps are
 * Gauss–Seidel, which needs about half the iterations of Jacobi.
 */
import type { CsrGraph } from './csr-graph.js';

export interface PprOptions {
  /** Probability of following an edge (default 0.85). */
  alpha: number;
  /** Stop when ‖x_{t+1} − x_t‖₁ ≤ tolerance · Σp for every vector. */
  tolerance: number;
  maxIterations: number;
}

export interface PprResult {
  /** The estimate x_t. */
  x: Float64Array;
  /** Its exact residual: (1-α)p + αPᵀx_t − x_t (= x_{t+1} − x_t). Scores are x + r. */
  r: Float64Array;
  iterations: number;
}

/** Rows by target: sources[e] → target, with weight / outWeight[source]. */
export interface TransposedGraph {
  nodeCount: number;
  offsets: Int32Array;
  sources: Int32Array;
  shares: Float32Array;
}

export function transpose(graph: CsrGraph, outWeight: Float64Array): TransposedGraph {
  const n = graph.nodeCount;
  const m = graph.targets.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[graph.targets[e]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const sources = new Int32Array(m);
  const shares = new Float32Array(m);
  for (let u = 0; u < n; u++) {
    const ow = outWeight[u]!;
    for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++) {
      const slot = cursor[graph.targets[e]!]!++;
      sources[slot] = u;
      shares[slot] = graph.weights[e]! / ow;
    }
  }
  return { nodeCount: n, offsets, sources, shares };
}

export function personalizedPageRank(
  graph: CsrGraph, outWeight: Float64Array, personal: Float32Array | Float64Array, K: number, options: PprOptions, warm?: Float64Array,
): PprResult {
  const t = transpose(graph, outWeight);
  const n = graph.nodeCount;
  const { alpha, tolerance, maxIterations } = options;
  const size = n * K;
  const pSum = new Float64Array(K);
  for (let v = 0; v < n; v++) for (let k = 0; k < K; k++) pSum[k]! += personal[v * K + k]!;
  const x = warm ? Float64Array.from(warm) : new Float64Array(size);
  if (!warm) for (let i = 0; i < size; i++) x[i] = (1 - alpha) * personal[i]!;
  const change = new Float64Array(K);
  let iterations = 0;
  // Gauss–Seidel sweeps (each node reads the values already updated in this sweep): about half the iterations of
  // Jacobi for the same tolerance. A last Jacobi pass gives the exact residual the incremental update needs.
  for (;;) {
    iterations++;
    change.fill(0);
    if (K === 10) pull10(t, x, x, personal, alpha, change);
    else pullAny(t, x, x, personal, alpha, K, change);
    let converged = true;
    for (let k = 0; k < K; k++) if (change[k]! > tolerance * Math.max(pSum[k]!, 1e-300)) converged = false;
    if (converged || iterations >= maxIterations) break;
  }
  const r = new Float64Array(size);
  if (K === 10) pull10(t, x, r, personal, alpha, change);
  else pullAny(t, x, r, personal, alpha, K, change);
  for (let i = 0; i < size; i++) r[i] = r[i]! - x[i]!;
  return { x, r, iterations };
}

/** next[v] = (1-α)p[v] + α·Σ share·x[u]; next may be x itself (Gauss–Seidel). Adds |next − old| per area to change. */
function pullAny(t: TransposedGraph, x: Float64Array, next: Float64Array, p: Float32Array | Float64Array, alpha: number, K: number,
  change: Float64Array): void {
  const acc = new Float64Array(K);
  for (let v = 0; v < t.nodeCount; v++) {
    acc.fill(0);
    for (let e = t.offsets[v]!, end = t.offsets[v + 1]!; e < end; e++) {
      const ub = t.sources[e]! * K;
      const s = t.shares[e]!;
      for (let k = 0; k < K; k++) acc[k]! += s * x[ub + k]!;
    }
    const vb = v * K;
    for (let k = 0; k < K; k++) {
      const value = (1 - alpha) * p[vb + k]! + alpha * acc[k]!;
      change[k]! += Math.abs(value - x[vb + k]!);
      next[vb + k] = value;
    }
  }
}

/** The same for exactly 10 vectors, unrolled (the number of therapy areas). */
function pull10(t: TransposedGraph, x: Float64Array, next: Float64Array, p: Float32Array | Float64Array, alpha: number,
  change: Float64Array): void {
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
  const { offsets, sources, shares } = t;
  const q = 1 - alpha;
  for (let v = 0; v < t.nodeCount; v++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const ub = sources[e]! * 10;
      const s = shares[e]!;
      a0 += s * x[ub]!; a1 += s * x[ub + 1]!; a2 += s * x[ub + 2]!; a3 += s * x[ub + 3]!; a4 += s * x[ub + 4]!;
      a5 += s * x[ub + 5]!; a6 += s * x[ub + 6]!; a7 += s * x[ub + 7]!; a8 += s * x[ub + 8]!; a9 += s * x[ub + 9]!;
    }
    const vb = v * 10;
    a0 = q * p[vb]! + alpha * a0; a1 = q * p[vb + 1]! + alpha * a1; a2 = q * p[vb + 2]! + alpha * a2;
    a3 = q * p[vb + 3]! + alpha * a3; a4 = q * p[vb + 4]! + alpha * a4; a5 = q * p[vb + 5]! + alpha * a5;
    a6 = q * p[vb + 6]! + alpha * a6; a7 = q * p[vb + 7]! + alpha * a7; a8 = q * p[vb + 8]! + alpha * a8;
    a9 = q * p[vb + 9]! + alpha * a9;
    c0 += Math.abs(a0 - x[vb]!); c1 += Math.abs(a1 - x[vb + 1]!); c2 += Math.abs(a2 - x[vb + 2]!); c3 += Math.abs(a3 - x[vb + 3]!);
    c4 += Math.abs(a4 - x[vb + 4]!); c5 += Math.abs(a5 - x[vb + 5]!); c6 += Math.abs(a6 - x[vb + 6]!); c7 += Math.abs(a7 - x[vb + 7]!);
    c8 += Math.abs(a8 - x[vb + 8]!); c9 += Math.abs(a9 - x[vb + 9]!);
    next[vb] = a0; next[vb + 1] = a1; next[vb + 2] = a2; next[vb + 3] = a3; next[vb + 4] = a4;
    next[vb + 5] = a5; next[vb + 6] = a6; next[vb + 7] = a7; next[vb + 8] = a8; next[vb + 9] = a9;
  }
  change[0]! += c0; change[1]! += c1; change[2]! += c2; change[3]! += c3; change[4]! += c4;
  change[5]! += c5; change[6]! += c6; change[7]! += c7; change[8]! += c8; change[9]! += c9;
}
