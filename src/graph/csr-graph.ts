/**
 * A weighted directed graph in compressed sparse row form, by source: row u lists the accounts u engaged with.
 * Parallel interactions between the same pair are merged (weights summed, area masks OR-ed), so PageRank and the
 * "distinct endorsers" counts see each pair once.
 *
 * @NOTE why not graphology: STACK-NOTES measured 14.7 s and 749 MB heap to build 200k nodes / 2M edges with it (and
 * 5.9 s for its PageRank). Typed arrays build 10M edges in a couple of seconds in ~100 MB (docs/benchmarks.md).
 */
export interface CsrGraph {
  nodeCount: number;
  /** Row u is [offsets[u], offsets[u+1]). */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float32Array;
  masks: Uint16Array;
}

export interface WeightedEdgeList {
  count: number;
  from: Int32Array;
  to: Int32Array;
  weight: Float32Array | Float64Array;
  mask: Uint16Array;
}

/** Counting sort by source, then a linear pass per row to merge duplicate targets. O(nodes + edges). */
export function buildCsr(nodeCount: number, edges: WeightedEdgeList): CsrGraph {
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges.count; e++) offsets[edges.from[e]! + 1]!++;
  for (let u = 0; u < nodeCount; u++) offsets[u + 1]! += offsets[u]!;
  const cursor = offsets.slice(0, nodeCount);
  const targets = new Int32Array(edges.count);
  const weights = new Float32Array(edges.count);
  const masks = new Uint16Array(edges.count);
  for (let e = 0; e < edges.count; e++) {
    const slot = cursor[edges.from[e]!]!++;
    targets[slot] = edges.to[e]!;
    weights[slot] = edges.weight[e]!;
    masks[slot] = edges.mask[e]!;
  }
  // Merge duplicates in place: where[v] is the slot of v in the current row (valid when seen[v] === row + 1).
  const seen = new Int32Array(nodeCount);
  const where = new Int32Array(nodeCount);
  let write = 0;
  let rowStart = 0;
  for (let u = 0; u < nodeCount; u++) {
    const end = offsets[u + 1]!;
    const newStart = write;
    for (let e = rowStart; e < end; e++) {
      const v = targets[e]!;
      if (seen[v] === u + 1) {
        const s = where[v]!;
        weights[s]! += weights[e]!;
        masks[s]! |= masks[e]!;
      } else {
        seen[v] = u + 1;
        where[v] = write;
        targets[write] = v;
        weights[write] = weights[e]!;
        masks[write] = masks[e]!;
        write++;
      }
    }
    rowStart = end;
    offsets[u] = newStart;
  }
  offsets[nodeCount] = write;
  return { nodeCount, offsets, targets: targets.slice(0, write), weights: weights.slice(0, write), masks: masks.slice(0, write) };
}

/** Total out-weight of each node. */
export function outWeights(graph: CsrGraph): Float64Array {
  const out = new Float64Array(graph.nodeCount);
  for (let u = 0; u < graph.nodeCount; u++) {
    let s = 0;
    for (let e = graph.offsets[u]!; e < graph.offsets[u + 1]!; e++) s += graph.weights[e]!;
    out[u] = s;
  }
  return out;
}
