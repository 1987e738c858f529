/** Small builders for domain objects and events, so tests say only what matters to them. */
import type { Account } from '../../src/domain/account.js';
import type { Interaction } from '../../src/domain/interaction.js';
import type { Post } from '../../src/domain/post.js';
import type { IngestEvent } from '../../src/ingest/events.js';

export const T0 = Date.parse('2024-03-01T12:00:00Z');

export function newPost(overrides: Partial<Post> = {}): Post {
  return {
    platform: 'x', nativeId: '100', authorId: 'u1', authorHandle: 'drjane', text: 'Semaglutide and nausea: what I tell patients',
    createdAt: T0, hashtags: [], mentions: [], links: [], metrics: {}, visibility: 'public', ...overrides,
  };
}

export function newAccount(overrides: Partial<Account> = {}): Account {
  return { platform: 'x', nativeId: 'u1', handle: 'drjane', displayName: 'Jane Doe, MD', snapshotAt: T0, ...overrides };
}

export function newInteraction(overrides: Partial<Interaction> = {}): Interaction {
  return { platform: 'x', kind: 'repost', key: 'rt1', fromAccountId: 'u2', postId: '100', at: T0, ...overrides };
}

export const postEvent = (overrides: Partial<Post> = {}): IngestEvent => ({ kind: 'post', post: newPost(overrides) });
export const accountEvent = (overrides: Partial<Account> = {}): IngestEvent => ({ kind: 'account', account: newAccount(overrides) });
export const interactionEvent = (overrides: Partial<Interaction> = {}): IngestEvent =>
  ({ kind: 'interaction', interaction: newInteraction(overrides) });
