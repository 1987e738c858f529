/**
 * Everything a source can tell us, as one discriminated union. Every format parser turns
 * its records into these; one processor applies them to the store.
 */
import type { Account, AccountStatus } from '../domain/account.js';
import type { Interaction } from '../domain/interaction.js';
import type { Post } from '../domain/post.js';

/** Where a record came from, for error messages and quarantine. */
export interface RecordOrigin {
  file: string;
  /** 1-based line where the record starts. */
  line: number;
}

/** An account snapshot (profile data). */
export interface AccountEvent {
  kind: 'account';
  account: Account;
}

/** A post created or edited. Upserted by (platform, nativeId). */
export interface PostEvent {
  kind: 'post';
  post: Post;
}

/** A post deleted at its source: the store removes its content and keeps a tombstone (R4.1, R4.2). */
export interface DeleteEvent {
  kind: 'delete';
  platform: string;
  nativeId: string;
  /** Unix epoch ms. */
  at: number;
  reason: string;
}

/** A repost, like, follow… Idempotent by its key; a new repost or like raises the subject's count. */
export interface InteractionEvent {
  kind: 'interaction';
  interaction: Interaction;
}

/** A repost or like record removed at its source: its count is taken back. */
export interface InteractionDeleteEvent {
  kind: 'interaction-delete';
  platform: string;
  interactionKind: Interaction['kind'];
  key: string;
  /** Unix epoch ms, when the source says. */
  at?: number;
}

/** An account's state changed (deleted, suspended…, or back to active). */
export interface AccountStatusEvent {
  kind: 'account-status';
  platform: string;
  accountId: string;
  status: AccountStatus;
  at: number;
}

export type IngestEvent =
  | AccountEvent
  | PostEvent
  | DeleteEvent
  | InteractionEvent
  | InteractionDeleteEvent
  | AccountStatusEvent;
