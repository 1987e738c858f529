import Database from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite-database.js';
import { SqliteStore, type SqliteStoreTuning } from './sqlite-store.js';

export interface SqliteStoreOptions extends SqliteStoreTuning {
  /** File path, or ':memory:'. */
  path: string;
  /** Wrap the driver (fault-injection tests use this). */
  wrap?: (db: SqliteDatabase) => SqliteDatabase;
  /** Leave the schema as it is (the caller migrates and reports, as `auscult init` does). */
  migrate?: boolean;
}

/** Opens (creating if needed) and migrates an SQLite store. The only place that imports the driver. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  const raw = new Database(options.path) as unknown as SqliteDatabase;
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('cache_size = -65536');
  raw.pragma('temp_store = MEMORY');
  // Checkpoint less often: index pages dirtied by many batches are then written back once.
  raw.pragma('wal_autocheckpoint = 20000');
  raw.pragma('journal_size_limit = 67108864');
  const store = new SqliteStore(options.wrap ? options.wrap(raw) : raw, options);
  if (options.migrate !== false) await store.migrate();
  return store;
}
