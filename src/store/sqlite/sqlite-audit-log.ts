/** The audit log port on SQLite (src/audit/audit-log.ts). */
import { ChainVerifier, GENESIS_HASH, chainHash } from '../../audit/audit-chain.js';
import type { AuditEntry, AuditEntryInput, AuditFilter, AuditLog, AuditVerification } from '../../audit/audit-log.js';
import type { SqliteDatabase } from './sqlite-database.js';

export interface AuditRow {
  seq: number; at: number; actor: string; actor_id: number | null; action: string; target: string | null; outcome: string;
  reason: string | null; request_id: string | null; ip: string | null; details: string | Record<string, unknown> | null;
  prev_hash: string; hash: string;
}

export function toAuditEntry(r: AuditRow): AuditEntry {
  const details = typeof r.details === 'string' ? JSON.parse(r.details) as AuditEntry['details'] : r.details as AuditEntry['details'] | null;
  return {
    seq: Number(r.seq), at: new Date(Number(r.at)).toISOString(), actor: r.actor, action: r.action, outcome: r.outcome as AuditEntry['outcome'],
    prevHash: r.prev_hash, hash: r.hash,
    ...(r.actor_id !== null ? { actorId: Number(r.actor_id) } : {}),
    ...(r.target !== null ? { target: r.target } : {}),
    ...(r.reason !== null ? { reason: r.reason } : {}),
    ...(r.request_id !== null ? { requestId: r.request_id } : {}),
    ...(r.ip !== null ? { ip: r.ip } : {}),
    ...(details !== null && details !== undefined ? { details } : {}),
  };
}

/** WHERE clause and parameters of a filter; `?` placeholders, numbered by the caller for PostgreSQL. */
export function auditWhere(filter: AuditFilter, placeholder: (value: unknown) => string): string {
  const clauses = ['1 = 1'];
  if (filter.action !== undefined) clauses.push(`action = ${placeholder(filter.action)}`);
  if (filter.actionPrefix !== undefined) clauses.push(`substr(action, 1, ${placeholder(filter.actionPrefix.length)}) = ${placeholder(filter.actionPrefix)}`);
  if (filter.actor !== undefined) clauses.push(`actor = ${placeholder(filter.actor)}`);
  if (filter.target !== undefined) clauses.push(`target = ${placeholder(filter.target)}`);
  if (filter.beforeSeq !== undefined) clauses.push(`seq < ${placeholder(filter.beforeSeq)}`);
  return clauses.join(' AND ');
}

export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: SqliteDatabase) {}

  async append(entry: AuditEntryInput): Promise<AuditEntry> {
    // IMMEDIATE takes the write lock before reading the head, so two processes cannot both extend the same head.
    const run = this.db.transaction(() => {
      const head = this.db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
      const seq = (head?.seq ?? 0) + 1;
      const prevHash = head?.hash ?? GENESIS_HASH;
      const at = Date.now();
      const hash = chainHash(prevHash, seq, at, entry);
      this.db.prepare(`INSERT INTO audit_log (seq, at, actor, actor_id, action, target, outcome, reason, request_id, ip, details, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(seq, at, entry.actor, entry.actorId ?? null, entry.action, entry.target ?? null,
        entry.outcome, entry.reason ?? null, entry.requestId ?? null, entry.ip ?? null, entry.details ? JSON.stringify(entry.details) : null,
        prevHash, hash);
      return seq;
    }) as unknown as { immediate: () => number };
    const seq = run.immediate();
    return toAuditEntry(this.db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as AuditRow);
  }

  async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const params: unknown[] = [];
    const where = auditWhere(filter, (v) => { params.push(v); return '?'; });
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 1000);
    return (this.db.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY seq DESC LIMIT ?`).all(...params, limit) as AuditRow[])
      .map(toAuditEntry);
  }

  async verify(): Promise<AuditVerification> {
    const verifier = new ChainVerifier();
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
      verifier.push({ entry: toAuditEntry(row), atMs: Number(row.at) });
    }
    return verifier.result();
  }
}
