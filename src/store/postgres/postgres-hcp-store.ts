/** The HCP registry port on PostgreSQL: the shared SQL (../sql-hcp-store.ts) over node-postgres. */
import { SqlHcpStore, type SqlSession, type SqlTransaction } from '../sql-hcp-store.js';
import { appendAuditOn } from './postgres-audit-log.js';
import type { PgPool } from './postgres-database.js';

export function postgresHcpStore(pool: PgPool): SqlHcpStore {
  const session: SqlSession = {
    dialect: 'postgres',
    all: async <R>(sql: string, params: readonly unknown[] = []) => (await pool.query<R>(sql, params)).rows,
    run: async (sql: string, params: readonly unknown[] = []) => { await pool.query(sql, params); },
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
      const conn = await pool.connect();
      let broken = false;
      try {
        await conn.query('BEGIN');
        const result = await fn({
          all: async <R>(sql: string, params: readonly unknown[] = []) => (await conn.query<R>(sql, params)).rows,
          run: async (sql: string, params: readonly unknown[] = []) => { await conn.query(sql, params); },
          appendAudit: (entry) => appendAuditOn(conn, entry),
        });
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => { broken = true; });
        throw error;
      } finally {
        conn.release(broken);
      }
    },
  };
  return new SqlHcpStore(session);
}
