/**
 * The audit log port (the store's `audit`, R5.4): an append-only, hash-chained record of who
 * did what. Every write the product makes on a person's behalf (logins ok and failed, access
 * denials, user and token changes, saved-query changes, exports, deletions, and — from the HCP
 * work — verification decisions) is appended here.
 *
 * Entries never hold passwords, tokens or post text: only identifiers (usernames, ids,
 * platform/native ids) and short reasons.
 */
export type AuditOutcome = 'ok' | 'denied' | 'failed';

export interface AuditEntryInput {
  /** Who acted: a username, `cli:<os user>` for the command line, or `system`. */
  actor: string;
  actorId?: number;
  /** Dotted verb, e.g. `auth.login`, `user.create`, `token.revoke`, `export.csv`, `hcp.verify`. */
  action: string;
  /** What it acted on, e.g. `user:3`, `token:12`, `post:x/123`, `profile:42`. */
  target?: string;
  outcome: AuditOutcome;
  /** Why (a reviewer's reason, a denial's cause). */
  reason?: string;
  requestId?: string;
  ip?: string;
  /** Small structured facts (counts, roles, scopes); never credentials or post text. */
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditEntry extends AuditEntryInput {
  /** 1, 2, 3…: contiguous, so a removed row leaves a gap. */
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  /** The hash of the entry before (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 over prevHash and this entry's canonical form. */
  hash: string;
}

export interface AuditFilter {
  action?: string;
  /** Actions starting with this, e.g. `hcp.` */
  actionPrefix?: string;
  actor?: string;
  target?: string;
  /** Only entries with seq below this (newest first paging). */
  beforeSeq?: number;
  /** Default 50, at most 1000. */
  limit?: number;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The last entry's seq and hash: record them elsewhere to detect removal of the newest entries later. */
  head?: { seq: number; hash: string };
  /** The first entry that fails, and why. */
  firstBad?: { seq: number; problem: string };
}

export interface AuditLog {
  /** Appends one entry at the end of the chain (serialised across processes). */
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Newest first. */
  list(filter?: AuditFilter): Promise<AuditEntry[]>;
  /** Recomputes the whole chain: an edited, inserted or removed row makes it fail. */
  verify(): Promise<AuditVerification>;
}
