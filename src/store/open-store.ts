import type { Store } from './store.js';
import { openPostgresStore } from './postgres/open-postgres-store.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';

/** A location names a PostgreSQL server when it is a postgres:// (or postgresql://) URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store a location names: a postgres:// URL is PostgreSQL (`?schema=name` keeps the
 * tables in that schema), anything else an SQLite file (or ':memory:').
 */
export async function openStore(location: string, options: { migrate?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { url, schema } = splitSchema(location);
    return openPostgresStore({ url, ...(schema ? { schema } : {}), ...options });
  }
  return openSqliteStore({ path: location, ...options });
}

/** Takes our own `schema` parameter off the URL; node-postgres gets the rest as it is. */
function splitSchema(location: string): { url: string; schema?: string } {
  const url = new URL(location);
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  return { url: url.toString(), ...(schema ? { schema } : {}) };
}
