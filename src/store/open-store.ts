import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';

/**
 * Opens the store a location names. A file path (or ':memory:') is SQLite; a
 * postgres:// URL will select the PostgreSQL adapter once it exists.
 */
export async function openStore(location: string, options: { migrate?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error(`PostgreSQL stores are not available in this build (asked for ${redact(location)}); use an SQLite file path`);
  }
  return openSqliteStore({ path: location, ...options });
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
