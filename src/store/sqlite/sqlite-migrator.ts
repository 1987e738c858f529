import type { MigrationResult } from '../store.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { SQLITE_MIGRATIONS, type SqliteMigration } from './migrations/index.js';

/**
 * Applies pending migrations, each in its own transaction, and reports a status per migration. Pending means "not in
 * schema_migrations", not "above the highest applied": a version added below others later (006 after 007) still runs.
 */
export function migrateSqlite(db: SqliteDatabase, migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS): MigrationResult[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  return migrations.map((migration) => {
    if (applied.has(migration.version)) return { version: migration.version, name: migration.name, status: 'already-applied' };
    db.transaction(() => {
      db.exec(migration.up);
      record.run(migration.version, migration.name, Date.now());
    })();
    return { version: migration.version, name: migration.name, status: 'applied' };
  });
}
