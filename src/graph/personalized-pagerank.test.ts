import { describe, expect, it } from 'vitest';
import { buildCsr, outWeights } from './csr-graph.js';
import { personalizedPageRank } from './personalized-pagerank.js';

/** Textbook PPR by dense power iteration: dangling nodes jump to the normalised personalisation. */
function densePpr(n: number, edges: Array<[number, number, number]>, p: number[], alpha: number): number[] {
  const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [u, v, weight] of edges) w[u]![v]! += weight;
  const pSum = p.reduce((a, b) => a + b, 0);
  const pn = p.map((x) => x / pSum);
  let x = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 2000; it++) {
    const next = pn.map((q) => (1 - alpha) * q);
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const out = w[u]!.reduce((a, b) => a + b, 0);
      if (out === 0) { dangling += x[u]!; continue; }
      for (let v = 0; v < n; v++) next[v]! += (alpha * x[u]! * w[u]![v]!) / out;
    }
    for (let v = 0; v < n; v++) next[v]! += alpha * dangling * pn[v]!;
    x = next;
  }
  return x;
}

function csrPpr(n: number, edges: Array<[number, number, number]>, p: number[], alpha: number): number[] {
  const graph = buildCsr(n, {
    count: edges.length, from: Int32Array.from(edges.map((e) => e[0])), to: Int32Array.from(edges.map((e) => e[1])),
    weight: Float64Array.from(edges.map((e) => e[2])), mask: new Uint16Array(edges.length),
  });
  const result = personalizedPageRank(graph, outWeights(graph), Float64Array.from(p), 1, { alpha, tolerance: 1e-12, maxIterations: 5000 });
  const scores = Array.from(result.x, (x, i) => x + result.r[i]!);
  const sum = scores.reduce((a, b) => a + b, 0);
  return scores.map((s) => s / sum);
}

describe('personalised PageRank on a CSR graph', () => {
  it('matches a dense reference on a hand-checked 4-node graph with a dangling node', () => {
    // 0→1, 0→2, 1→2, 2→0, 3→2; node 3 has no in-links, nothing is dangling except none; add 4 as a sink.
    const edges: Array<[number, number, number]> = [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 0, 1], [3, 2, 1], [2, 4, 1]];
    const p = [1, 1, 1, 1, 1];
    const ours = csrPpr(5, edges, p, 0.85);
    const reference = densePpr(5, edges, p, 0.85);
    ours.forEach((s, i) => expect(s).toBeCloseTo(reference[i]!, 9));
    // Node 2 receives from three nodes: it must lead.
    expect(ours.indexOf(Math.max(...ours))).toBe(2);
  });

  it('follows the personalisation: the same graph ranks differently for different areas', () => {
    const edges: Array<[number, number, number]> = [[0, 2, 1], [1, 3, 1], [2, 0, 1], [3, 1, 1]];
    const a = csrPpr(4, edges, [1, 0, 0, 0], 0.85);
    const b = csrPpr(4, edges, [0, 1, 0, 0], 0.85);
    expect(a[2]!).toBeGreaterThan(a[3]!);
    expect(b[3]!).toBeGreaterThan(b[2]!);
    expect(a).toEqual(densePpr(4, edges, [1, 0, 0, 0], 0.85).map((x) => expect.closeTo(x, 9)));
  });

  it('matches the dense reference on random weighted graphs with parallel edges merged', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let trial = 0; trial < 5; trial++) {
      const n = 30;
      const edges: Array<[number, number, number]> = [];
      for (let e = 0; e < 120; e++) {
        const u = Math.floor(rand() * n);
        const v = Math.floor(rand() * n);
        if (u !== v) edges.push([u, v, 0.25 + rand() * 2]);
      }
      const p = Array.from({ length: n }, () => (rand() < 0.4 ? Math.floor(rand() * 5) : 0));
      p[0] = 1;
      const ours = csrPpr(n, edges, p, 0.85);
      const reference = densePpr(n, edges, p, 0.85);
      ours.forEach((s, i) => expect(s).toBeCloseTo(reference[i]!, 8));
    }
  });

  it('computes several personalisations in one pass, each equal to its own single run', () => {
    const edges: Array<[number, number, number]> = [[0, 1, 1], [1, 2, 2], [2, 0, 1], [2, 3, 1], [3, 1, 1]];
    const graph = buildCsr(4, { count: 5, from: Int32Array.from(edges.map((e) => e[0])), to: Int32Array.from(edges.map((e) => e[1])),
      weight: Float64Array.from(edges.map((e) => e[2])), mask: new Uint16Array(5) });
    const personal = Float64Array.from([1, 0, 0, 2, 0, 3, 1, 0]);
    const both = personalizedPageRank(graph, outWeights(graph), personal, 2, { alpha: 0.85, tolerance: 1e-12, maxIterations: 5000 });
    for (let k = 0; k < 2; k++) {
      const single = csrPpr(4, edges, [0, 1, 2, 3].map((v) => personal[v * 2 + k]!), 0.85);
      const scores = [0, 1, 2, 3].map((v) => both.x[v * 2 + k]! + both.r[v * 2 + k]!);
      const sum = scores.reduce((a, b) => a + b, 0);
      scores.forEach((s, v) => expect(s / sum).toBeCloseTo(single[v]!, 9));
    }
  });
});
