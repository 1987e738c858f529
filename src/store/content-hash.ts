import { createHash } from 'node:crypto';
import type { Post } from '../domain/post.js';

/**
 * What makes two copies of a post the same version: its words. Counts change all the time
 * and are not part of a version (R5.7).
 */
export function postContentHash(post: Pick<Post, 'text' | 'title'>): string {
  return createHash('sha1').update(post.title ?? '').update('\u0000').update(post.text).digest('base64url');
}

/**
 * Which of two versions is served. Later wins; equal times are broken by hash so that the
 * outcome does not depend on the order files are ingested in.
 */
export function isNewerVersion(
  incoming: { versionAt: number; hash: string },
  current: { versionAt: number; hash: string },
): boolean {
  if (incoming.versionAt !== current.versionAt) return incoming.versionAt > current.versionAt;
  return incoming.hash > current.hash;
}
