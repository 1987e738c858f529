import type { Platform } from './account.js';

export type Visibility = 'public' | 'private';

/** Counts as the source reported them. Observed reposts and likes are counted apart (see Store). */
export interface EngagementMetrics {
  likes?: number;
  reposts?: number;
  replies?: number;
  quotes?: number;
  views?: number;
  /** Reddit score, review "useful" votes and the like. */
  score?: number;
}

/**
 * A piece of authored content: a post, reply, comment or review. Reposts and likes are
 * not posts; they are Interactions that raise the original's counts.
 */
export interface Post {
  platform: Platform;
  nativeId: string;
  /** The author's Account.nativeId on the same platform. */
  authorId: string;
  /** The author's handle when the source gives it (lets a stub account be named). */
  authorHandle?: string;
  text: string;
  /** Reddit submission titles, review headlines. */
  title?: string;
  /** BCP-47 language tag when the source states it. */
  lang?: string;
  /** Unix epoch milliseconds. */
  createdAt: number;
  /** When this version was written (ms); an edit carries a later time than the original. */
  editedAt?: number;
  url?: string;
  /** Native ids on the same platform. */
  replyToId?: string;
  /** Native id of the account replied to, when the source says. */
  replyToAuthorId?: string;
  rootId?: string;
  quoteOfId?: string;
  /** Lower-case, without '#'. */
  hashtags: string[];
  /** Handles without '@', lower-case. */
  mentions: string[];
  links: string[];
  hasMedia?: boolean;
  metrics: EngagementMetrics;
  visibility: Visibility;
  /** Review score on the source's scale, normalised to 0–10 when the scale is known. */
  rating?: number;
  /** Free-form source facts kept for later stages (drug, condition of a review; subreddit…). */
  extra?: Record<string, string | number>;
}
