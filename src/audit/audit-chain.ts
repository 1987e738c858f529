/**
 * The hash chain of the audit log, shared by every adapter so that both stores hash the same
 * bytes: SHA-256 over the previous hash and a canonical JSON of the entry (fixed key order,
 * absent fields as null, details with sorted keys).
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEntryInput, AuditVerification } from './audit-log.js';

export const GENESIS_HASH = '0'.repeat(64);

export function canonicalEntry(seq: number, atMs: number, entry: AuditEntryInput): string {
  const details = entry.details
    ? Object.fromEntries(Object.keys(entry.details).sort().map((k) => [k, entry.details![k] ?? null]))
    : null;
  return JSON.stringify([seq, atMs, entry.actor, entry.actorId ?? null, entry.action, entry.target ?? null, entry.outcome,
    entry.reason ?? null, entry.requestId ?? null, entry.ip ?? null, details]);
}

export function chainHash(prevHash: string, seq: number, atMs: number, entry: AuditEntryInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(seq, atMs, entry)).digest('hex');
}

/** A row as adapters read it back: the entry plus its stored time in ms. */
export interface StoredAuditRow { entry: AuditEntry; atMs: number }

/**
 * Checks rows in seq order, streaming: call `push` for each row, then `result`.
 * Finds an edited row (its hash no longer matches), a removed row (a gap in seq, or a prev_hash
 * that is not the previous row's hash) and a re-ordered or inserted row.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private count = 0;
  private bad: { seq: number; problem: string } | undefined;
  private last: { seq: number; hash: string } | undefined;

  push({ entry, atMs }: StoredAuditRow): void {
    this.count++;
    this.last = { seq: entry.seq, hash: entry.hash };
    if (this.bad) return;
    if (entry.seq !== this.expectedSeq) {
      this.bad = { seq: entry.seq, problem: `expected entry ${this.expectedSeq} next but found ${entry.seq}: entries are missing` };
      return;
    }
    if (entry.prevHash !== this.prevHash) {
      this.bad = { seq: entry.seq, problem: 'its previous-hash does not match the entry before it' };
      return;
    }
    if (chainHash(entry.prevHash, entry.seq, atMs, entry) !== entry.hash) {
      this.bad = { seq: entry.seq, problem: 'its content does not match its hash: the entry was changed' };
      return;
    }
    this.expectedSeq++;
    this.prevHash = entry.hash;
  }

  result(): AuditVerification {
    return {
      ok: this.bad === undefined, entries: this.count,
      ...(this.last ? { head: this.last } : {}),
      ...(this.bad ? { firstBad: this.bad } : {}),
    };
  }
}
