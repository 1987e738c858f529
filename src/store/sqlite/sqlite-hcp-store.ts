/** The HCP registry port on SQLite: the shared SQL (../sql-hcp-store.ts) over better-sqlite3. */
import { SqlHcpStore, type SqlSession, type SqlTransaction } from '../sql-hcp-store.js';
import type { SqliteAuditLog } from './sqlite-audit-log.js';
import type { SqliteDatabase } from './sqlite-database.js';

/** `$n` placeholders → `?` with the parameters in order of appearance, so one statement text serves both engines. */
function positional(sql: string, params: readonly unknown[]): [string, unknown[]] {
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => { ordered.push(params[Number(n) - 1]); return '?'; });
  return [text, ordered];
}

export function sqliteHcpStore(db: SqliteDatabase, audit: SqliteAuditLog): SqlHcpStore {
  const runner = {
    all: async <R>(sql: string, params: readonly unknown[] = []) => {
      const [text, ordered] = positional(sql, params);
      return db.prepare(text).all(...ordered) as R[];
    },
    run: async (sql: string, params: readonly unknown[] = []) => {
      const [text, ordered] = positional(sql, params);
      db.prepare(text).run(...ordered);
    },
  };
  // better-sqlite3 runs every statement synchronously, so the awaits inside a transaction body never yield to I/O:
  // nothing else in this process runs between BEGIN and COMMIT. IMMEDIATE takes the write lock up front.
  let depth = 0;
  const session: SqlSession = {
    dialect: 'sqlite',
    ...runner,
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
      const tx: SqlTransaction = { ...runner, appendAudit: (entry) => audit.append(entry) };
      if (depth > 0) return fn(tx);
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const result = await fn(tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      } finally {
        depth--;
      }
    },
  };
  return new SqlHcpStore(session);
}
