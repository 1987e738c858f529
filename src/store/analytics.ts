/**
 * The analytics port (the store's `analytics`): the reads behind the dashboard — volume over
 * time, breakdowns, threads, an account's posts and the interaction graph of top accounts.
 * Every read leaves out deleted posts (their rows are gone) and posts of hidden accounts (R4.1,
 * R4.3) exactly as search does.
 *
 * @NOTE a new breakdown dimension is added to BREAKDOWN_DIMENSIONS and to each adapter's
 * dimension table (a column expression, or a join for the enrichment tables).
 */
import type { QueryNode } from '../query/ast.js';
import type { PostView } from './store.js';

export interface AnalyticsRange {
  /** A query in the search language, or undefined for every post. */
  query?: QueryNode;
  /** Inclusive lower bound, ms. */
  from?: number;
  /** Exclusive upper bound, ms. */
  to?: number;
}

export const VOLUME_INTERVALS = ['day', 'week'] as const;
export type VolumeInterval = (typeof VOLUME_INTERVALS)[number];
export const VOLUME_SPLITS = ['none', 'authorKind', 'platform'] as const;
export type VolumeSplit = (typeof VOLUME_SPLITS)[number];

export interface VolumePoint {
  /** Start of the bucket, ISO date (weeks start on Monday, UTC). */
  bucket: string;
  /** The split's value (author kind, platform), or 'all'. */
  key: string;
  posts: number;
}

/** Enrichment dimensions (drug, condition, reaction, sentiment, area) count posts the enrichment stage has analysed. */
/** authorCountry and authorSpecialty read the author's profile (kept by the HCP registry); `unknown` when it has none. */
export const BREAKDOWN_DIMENSIONS = ['platform', 'lang', 'authorKind', 'authorCountry', 'authorSpecialty', 'hashtag', 'drug', 'condition',
  'reaction', 'sentiment', 'area'] as const;
export const ENRICHMENT_DIMENSIONS = ['drug', 'condition', 'reaction', 'sentiment', 'area'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export interface BreakdownRow { key: string; posts: number }

export interface Thread {
  /** The root post, when it is stored and visible (a deleted root leaves only the replies). */
  root?: PostView;
  /** Every visible post of the thread (root included), oldest first. */
  posts: PostView[];
}

/** An account ranked by the interactions it received in a window. */
export interface TopVoice { platform: string; id: string; handle: string; displayName?: string; interactions: number }

export interface GraphNode { platform: string; id: string; handle: string; displayName?: string; interactions: number }
export interface GraphEdge { source: string; target: string; weight: number }
/** Node ids are `platform/nativeId`. */
export interface InteractionGraph { nodes: GraphNode[]; edges: GraphEdge[] }

export interface Analytics {
  volume(range: AnalyticsRange, options: { interval: VolumeInterval; split: VolumeSplit }): Promise<VolumePoint[]>;
  breakdown(range: AnalyticsRange, dimension: BreakdownDimension, limit: number): Promise<BreakdownRow[]>;
  /** The thread a post belongs to (by its root), or undefined when the post is not visible. */
  thread(platform: string, nativeId: string, limit?: number): Promise<Thread | undefined>;
  /** An active account's visible posts, newest first. */
  accountPosts(platform: string, accountNativeId: string, options?: { limit?: number; offset?: number }): Promise<PostView[]>;
  /** Active accounts that received the most interactions (replies, mentions, quotes, reposts, likes) dated in the window. */
  topVoices(range: Omit<AnalyticsRange, 'query'>, limit: number): Promise<TopVoice[]>;
  /** The accounts that receive the most interactions, and the interactions among them. */
  interactionGraph(options: { nodes: number }): Promise<InteractionGraph>;
}
