/** The audit log port on PostgreSQL (src/audit/audit-log.ts). */
import { ChainVerifier, GENESIS_HASH, chainHash } from '../../audit/audit-chain.js';
import type { AuditEntry, AuditEntryInput, AuditFilter, AuditLog, AuditVerification } from '../../audit/audit-log.js';
import { type AuditRow, auditWhere, toAuditEntry } from '../sqlite/sqlite-audit-log.js';
import type { PgConnection, PgPool } from './postgres-database.js';

/** Rows read per round trip while verifying, so memory stays flat however long the log is. */
const VERIFY_PAGE = 5000;

export class PostgresAuditLog implements AuditLog {
  constructor(private readonly pool: PgPool) {}

  async append(entry: AuditEntryInput): Promise<AuditEntry> {
    const conn = await this.pool.connect();
    let broken = false;
    try {
      await conn.query('BEGIN');
      const appended = await appendAuditOn(conn, entry);
      await conn.query('COMMIT');
      return appended;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => { broken = true; });
      throw error;
    } finally {
      conn.release(broken);
    }
  }

  async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const params: unknown[] = [];
    const where = auditWhere(filter, (v) => { params.push(v); return `$${params.length}`; });
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 1000);
    params.push(limit);
    const r = await this.pool.query<AuditRow>(`SELECT * FROM audit_log WHERE ${where} ORDER BY seq DESC LIMIT $${params.length}`, params);
    return r.rows.map(toAuditEntry);
  }

  async verify(): Promise<AuditVerification> {
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const r = await this.pool.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [after, VERIFY_PAGE]);
      for (const row of r.rows) verifier.push({ entry: toAuditEntry(row), atMs: Number(row.at) });
      if (r.rows.length < VERIFY_PAGE) break;
      after = Number(r.rows.at(-1)!.seq);
    }
    return verifier.result();
  }
}

/**
 * Appends one entry inside the caller's open transaction on `conn`, so that a write and its audit entry commit
 * together (the HCP decision log does this). Holds the per-schema advisory lock until that transaction ends.
 */
export async function appendAuditOn(conn: Pick<PgConnection, 'query'>, entry: AuditEntryInput): Promise<AuditEntry> {
  // One appender at a time per schema, across every process: each extends the head the last one wrote.
  await conn.query(`SELECT pg_advisory_xact_lock(hashtext('auscult:audit:' || current_schema()))`);
  const head = (await conn.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows[0];
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const at = Date.now();
  const hash = chainHash(prevHash, seq, at, entry);
  const r = await conn.query<AuditRow>(`INSERT INTO audit_log (seq, at, actor, actor_id, action, target, outcome, reason, request_id, ip,
    details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
  [seq, at, entry.actor, entry.actorId ?? null, entry.action, entry.target ?? null, entry.outcome, entry.reason ?? null,
    entry.requestId ?? null, entry.ip ?? null, entry.details ? JSON.stringify(entry.details) : null, prevHash, hash]);
  return toAuditEntry(r.rows[0]!);
}
