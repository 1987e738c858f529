/**
 * A platform identity: one handle on one network. The same person may own several
 * accounts; a Profile ties them together.
 */

/** Networks we know by name. Listening-tool exports may bring others (facebook, youtube…). */
export const KNOWN_PLATFORMS = ['x', 'bluesky', 'mastodon', 'reddit', 'reviews'] as const;
export type Platform = (typeof KNOWN_PLATFORMS)[number] | (string & {});

/** Visibility states that hide an account's content from every read path (R4.3). */
export type AccountStatus = 'active' | 'deleted' | 'deactivated' | 'suspended' | 'takendown';

/** What an account's public profile says about its owner, as the read ports show it (followers as the store keeps them). */
export interface ProfileText {
  displayName?: string;
  bio?: string;
  location?: string;
  url?: string;
  followers?: number;
}

export interface Account {
  platform: Platform;
  /** The network's stable id (X user id, atproto DID, Mastodon account URI or id, Reddit username). */
  nativeId: string;
  handle: string;
  displayName?: string;
  bio?: string;
  location?: string;
  url?: string;
  followersCount?: number;
  followingCount?: number;
  postsCount?: number;
  /** Unix epoch milliseconds. */
  createdAt?: number;
  /**
   * When this picture of the account was taken (ms). A newer snapshot replaces an older one;
   * 0 marks a stub known only from a post's author field, which any real snapshot replaces.
   */
  snapshotAt: number;
  status?: AccountStatus;
}
