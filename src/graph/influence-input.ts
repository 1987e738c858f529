/**
 * What the influence engine reads: plain typed arrays, so that a store query, a file parser or a benchmark generator
 * can feed it without objects per row (1M accounts and 10M interactions must fit in a few hundred MB).
 * Accounts are dense indexes 0..count-1; InfluenceInputBuilder maps string keys to them.
 */
import { AREA_IDS } from './areas.js';
import { INTERACTION_KINDS, type InteractionKindName } from './interaction-weights.js';

/** HCP status of an account: 0 not an HCP, 1 a detected candidate, 2 verified by a reviewer. */
export const HCP_STATUS = { none: 0, candidate: 1, verified: 2 } as const;

export interface InfluenceAccounts {
  count: number;
  /** Followers; NaN when unknown. */
  followers: Float64Array;
  /** Index into `countryCodes`; 0 = unknown. */
  country: Uint16Array;
  /** countryCodes[0] is '' (unknown). */
  countryCodes: string[];
  hcpStatus: Uint8Array;
  /** Display names (optional): used by KOL overlap and in "why" sentences. */
  names?: string[];
  /** Stable keys ("platform:id"), when the caller has them. */
  keys?: string[];
}

export interface InfluenceEdges {
  count: number;
  /** The account acting (replier, reposter, mentioner…). */
  from: Int32Array;
  /** The account acted on: influence flows from → to. */
  to: Int32Array;
  /** Index into INTERACTION_KINDS. */
  kind: Uint8Array;
  /** Unix epoch ms. */
  at: Float64Array;
  /** Therapy areas of the post involved (graph/areas.ts bits); 0 = unknown. */
  areaMask: Uint16Array;
}

export interface InfluencePosts {
  count: number;
  author: Int32Array;
  at: Float64Array;
  areaMask: Uint16Array;
  /** 1 for replies (they count as activity, not as original content). */
  isReply: Uint8Array;
}

export interface InfluenceInput {
  accounts: InfluenceAccounts;
  edges: InfluenceEdges;
  posts: InfluencePosts;
}

export function emptyEdges(): InfluenceEdges {
  return { count: 0, from: new Int32Array(0), to: new Int32Array(0), kind: new Uint8Array(0), at: new Float64Array(0), areaMask: new Uint16Array(0) };
}

export function emptyPosts(): InfluencePosts {
  return { count: 0, author: new Int32Array(0), at: new Float64Array(0), areaMask: new Uint16Array(0), isReply: new Uint8Array(0) };
}

/** Growable columns → InfluenceInput. For callers that have rows as objects (tests, the eval harness, a store query). */
export class InfluenceInputBuilder {
  private readonly index = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly names: string[] = [];
  private followers: number[] = [];
  private country: number[] = [];
  private hcp: number[] = [];
  private readonly countryCodes = [''];
  private readonly edgeCols = { from: [] as number[], to: [] as number[], kind: [] as number[], at: [] as number[], mask: [] as number[] };
  private readonly postCols = { author: [] as number[], at: [] as number[], mask: [] as number[], reply: [] as number[] };

  /** The account's index, creating it (unknown attributes) the first time a key is seen. */
  account(key: string, attributes: { followers?: number; country?: string; hcpStatus?: number; name?: string } = {}): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.index.set(key, i);
      this.keys.push(key);
      this.names.push('');
      this.followers.push(Number.NaN);
      this.country.push(0);
      this.hcp.push(0);
    }
    if (attributes.followers !== undefined) this.followers[i] = attributes.followers;
    if (attributes.country) this.country[i] = this.countryIndex(attributes.country);
    if (attributes.hcpStatus !== undefined) this.hcp[i] = attributes.hcpStatus;
    if (attributes.name !== undefined) this.names[i] = attributes.name;
    return i;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** The audience and HCP status recorded for an account so far, or undefined when it is not known. */
  attributesOf(key: string): { followers?: number; hcpStatus: number } | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    const followers = this.followers[i]!;
    return { hcpStatus: this.hcp[i]!, ...(Number.isNaN(followers) ? {} : { followers }) };
  }

  interaction(from: string, to: string, kind: InteractionKindName, at: number, areaMask = 0): void {
    if (from === to) return;
    const k = INTERACTION_KINDS.indexOf(kind);
    if (k < 0) throw new Error(`unknown interaction kind "${kind}"`);
    this.edgeCols.from.push(this.account(from));
    this.edgeCols.to.push(this.account(to));
    this.edgeCols.kind.push(k);
    this.edgeCols.at.push(at);
    this.edgeCols.mask.push(areaMask);
  }

  post(author: string, at: number, areaMask: number, isReply = false): void {
    this.postCols.author.push(this.account(author));
    this.postCols.at.push(at);
    this.postCols.mask.push(areaMask);
    this.postCols.reply.push(isReply ? 1 : 0);
  }

  get accountCount(): number {
    return this.keys.length;
  }

  build(): InfluenceInput {
    const e = this.edgeCols;
    const p = this.postCols;
    return {
      accounts: {
        count: this.keys.length, followers: Float64Array.from(this.followers), country: Uint16Array.from(this.country),
        countryCodes: [...this.countryCodes], hcpStatus: Uint8Array.from(this.hcp), names: [...this.names], keys: [...this.keys],
      },
      edges: { count: e.from.length, from: Int32Array.from(e.from), to: Int32Array.from(e.to), kind: Uint8Array.from(e.kind),
        at: Float64Array.from(e.at), areaMask: Uint16Array.from(e.mask) },
      posts: { count: p.author.length, author: Int32Array.from(p.author), at: Float64Array.from(p.at), areaMask: Uint16Array.from(p.mask),
        isReply: Uint8Array.from(p.reply) },
    };
  }

  /** Takes the edges and posts added so far out of the builder (for an incremental batch), keeping accounts. */
  drain(): { edges: InfluenceEdges; posts: InfluencePosts; accounts: InfluenceAccounts } {
    const built = this.build();
    for (const col of Object.values(this.edgeCols)) col.length = 0;
    for (const col of Object.values(this.postCols)) col.length = 0;
    return built;
  }

  private countryIndex(code: string): number {
    let i = this.countryCodes.indexOf(code);
    if (i < 0) {
      if (this.countryCodes.length >= 65_535) throw new Error('more than 65,535 distinct countries');
      i = this.countryCodes.push(code) - 1;
    }
    return i;
  }
}

/** Number of area slots kept per account (one per AREA_IDS entry). */
export const AREA_COUNT = AREA_IDS.length;
