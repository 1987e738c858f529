/**
 * A seeded synthetic interaction graph for the influence benchmark and tests: heavy-tailed in-degree (a few accounts
 * receive most engagement), milder skew for who acts, accounts with a home therapy area, posts and interactions
 * spread over the year before `asOf`.
 */
import { xoroshiro128plus } from 'pure-rand';
import { AREA_IDS } from '../src/graph/areas.js';
import { DAY_MS } from '../src/graph/interaction-weights.js';
import type { InfluenceAccounts, InfluenceEdges, InfluenceInput, InfluencePosts } from '../src/graph/influence-input.js';

export interface SyntheticInfluenceOptions { accounts: number; edges: number; posts: number; seed: number; asOf: number; days?: number }

const KIND_CUMULATIVE = [0.2, 0.3, 0.5, 0.55, 0.6, 1]; // reply, mention, repost, quote, follow, like
const COUNTRIES = ['', 'US', 'GB', 'DE', 'FR', 'ES', 'IN', 'CA', 'AU', 'BR', 'NG'];

export function syntheticInfluence(options: SyntheticInfluenceOptions): InfluenceInput {
  const g = xoroshiro128plus(options.seed);
  const rand = () => (g.unsafeNext() >>> 0) / 4294967296;
  const n = options.accounts;
  const days = options.days ?? 365;
  const accounts: InfluenceAccounts = {
    count: n, followers: new Float64Array(n), country: new Uint16Array(n), countryCodes: COUNTRIES, hcpStatus: new Uint8Array(n),
  };
  for (let v = 0; v < n; v++) {
    accounts.followers[v] = Math.floor(20 / Math.pow(1 - rand(), 1 / 1.2));
    accounts.country[v] = 1 + Math.floor(rand() * (COUNTRIES.length - 1));
    const r = rand();
    accounts.hcpStatus[v] = r < 0.15 ? 2 : r < 0.3 ? 1 : 0;
  }
  return { accounts, edges: syntheticEdges(rand, n, options.edges, options.asOf, days), posts: syntheticPosts(rand, n, options.posts, options.asOf, days) };
}


function areaOf(v: number): number {
  return (Math.imul(v ^ 0x9e3779b9, 2654435761) >>> 0) % AREA_IDS.length;
}

/**
 * Draws are skewed towards low indexes; a fixed bijection scatters them over the id space, as real account ids are
 * (otherwise the busiest accounts would sit together in memory and flatter the engine's cache behaviour).
 */
function scatter(v: number, n: number): number {
  return (v * 2_147_483_647 + 12_345) % n;
}

export function syntheticEdges(rand: () => number, n: number, count: number, asOf: number, days: number): InfluenceEdges {
  const edges: InfluenceEdges = { count, from: new Int32Array(count), to: new Int32Array(count), kind: new Uint8Array(count),
    at: new Float64Array(count), areaMask: new Uint16Array(count) };
  for (let e = 0; e < count; e++) {
    const from = scatter(Math.floor(n * Math.pow(rand(), 1.5)), n);
    let to = scatter(Math.floor(n * Math.pow(rand(), 3)), n);
    if (to === from) to = (to + 1) % n;
    edges.from[e] = from;
    edges.to[e] = to;
    const k = rand();
    edges.kind[e] = KIND_CUMULATIVE.findIndex((c) => k < c);
    edges.at[e] = asOf - rand() * days * DAY_MS;
    edges.areaMask[e] = 1 << (rand() < 0.8 ? areaOf(to) : Math.floor(rand() * AREA_IDS.length));
  }
  return edges;
}

export function syntheticPosts(rand: () => number, n: number, count: number, asOf: number, days: number): InfluencePosts {
  const posts: InfluencePosts = { count, author: new Int32Array(count), at: new Float64Array(count), areaMask: new Uint16Array(count),
    isReply: new Uint8Array(count) };
  for (let i = 0; i < count; i++) {
    const author = scatter(Math.floor(n * Math.pow(rand(), 2)), n);
    posts.author[i] = author;
    posts.at[i] = asOf - rand() * days * DAY_MS;
    posts.areaMask[i] = (1 << areaOf(author)) | (rand() < 0.1 ? 1 << Math.floor(rand() * AREA_IDS.length) : 0);
    posts.isReply[i] = rand() < 0.3 ? 1 : 0;
  }
  return posts;
}

/** Splits an input into a base and a later batch of `edges` interactions and `posts` posts (the last ones). */
export function splitLast(input: InfluenceInput, edges: number, posts: number): { base: InfluenceInput; batch: { edges: InfluenceEdges; posts: InfluencePosts } } {
  const e = input.edges;
  const p = input.posts;
  const sliceEdges = (from: number, to: number): InfluenceEdges => ({ count: to - from, from: e.from.slice(from, to), to: e.to.slice(from, to),
    kind: e.kind.slice(from, to), at: e.at.slice(from, to), areaMask: e.areaMask.slice(from, to) });
  const slicePosts = (from: number, to: number): InfluencePosts => ({ count: to - from, author: p.author.slice(from, to), at: p.at.slice(from, to),
    areaMask: p.areaMask.slice(from, to), isReply: p.isReply.slice(from, to) });
  return {
    base: { accounts: input.accounts, edges: sliceEdges(0, e.count - edges), posts: slicePosts(0, p.count - posts) },
    batch: { edges: sliceEdges(e.count - edges, e.count), posts: slicePosts(p.count - posts, p.count) },
  };
}
