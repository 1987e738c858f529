import type { Platform } from './account.js';

export type InteractionKind = 'reply' | 'mention' | 'repost' | 'quote' | 'follow' | 'like';

/** One account acting on another: the edges of the influence graph. */
export interface Interaction {
  platform: Platform;
  kind: InteractionKind;
  /**
   * What makes this interaction unique on its platform: the repost or like record's id,
   * the replying post's id, "postId:handle" for a mention, "from:to" for a follow.
   * Re-ingesting the same interaction is a no-op because of this key.
   */
  key: string;
  fromAccountId: string;
  /** Native id of the target account when known. */
  toAccountId?: string;
  /** Handle of the target when only that is known (mentions). */
  toHandle?: string;
  /** The post acted on (reposted, liked, quoted, replied to) or the post carrying a mention. */
  postId?: string;
  /** Unix epoch milliseconds. */
  at: number;
}
