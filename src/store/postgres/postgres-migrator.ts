import type { MigrationResult } from '../store.js';
import type { PgPool } from './postgres-database.js';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations/index.js';

/**
 * Applies pending migrations, each in its own transaction (PostgreSQL DDL is transactional),
 * under an advisory lock so that workers starting together migrate once. Pending means "not in schema_migrations",
 * so a version added below others later (006 after 007) still runs.
 */
export async function migratePostgres(pool: PgPool, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): Promise<MigrationResult[]> {
  const conn = await pool.connect();
  try {
    await conn.query(`SELECT pg_advisory_lock(hashtext('auscult:migrate:' || current_schema()))`);
    await conn.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`);
    const applied = new Set((await conn.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const results: MigrationResult[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) {
        results.push({ version: migration.version, name: migration.name, status: 'already-applied' });
        continue;
      }
      try {
        await conn.query('BEGIN');
        await conn.query(migration.up);
        await conn.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [migration.version, migration.name, Date.now()]);
        await conn.query('COMMIT');
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      results.push({ version: migration.version, name: migration.name, status: 'applied' });
    }
    return results;
  } finally {
    await conn.query(`SELECT pg_advisory_unlock(hashtext('auscult:migrate:' || current_schema()))`).catch(() => undefined);
    conn.release();
  }
}
