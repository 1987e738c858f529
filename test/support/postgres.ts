/**
 * PostgreSQL for tests: a real server (127.0.0.1:5432, user postgres, trust auth on our
 * machines; AUSCULT_TEST_POSTGRES overrides). Every store lives in its own schema of the
 * `auscult_test` database, dropped when the store closes.
 *
 * When no server answers, suites skip and say why; with AUSCULT_REQUIRE_POSTGRES=1 (as
 * .ci/run sets) they fail instead, so CI never passes by skipping.
 */
import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import type { PostgresStore } from '../../src/store/postgres/postgres-store.js';

export const PG_ADMIN_URL = process.env.AUSCULT_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const PG_TEST_URL = withDatabase(PG_ADMIN_URL, 'auscult_test');
const REQUIRED = process.env.AUSCULT_REQUIRE_POSTGRES === '1';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

let availability: Promise<string | undefined> | undefined;

/** undefined when the server is usable, else the reason it is not. */
export function postgresUnavailable(): Promise<string | undefined> {
  availability ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'auscult_test'`);
      if (exists.rowCount === 0) await client.query('CREATE DATABASE auscult_test').catch((e: { code?: string }) => {
        if (e.code !== '42P04') throw e; // created meanwhile by another test file
      });
      return undefined;
    } catch (error) {
      return `no PostgreSQL at ${PG_ADMIN_URL} (${(error as Error).message})`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return availability;
}

const reason = await postgresUnavailable();
if (reason && REQUIRED) throw new Error(`AUSCULT_REQUIRE_POSTGRES=1 but ${reason}`);
if (reason) process.stderr.write(`\n[auscult tests] PostgreSQL suites SKIPPED: ${reason}. Start PostgreSQL (see README) to run them.\n\n`);

/** describe() that runs only when PostgreSQL is available, and says so when it is not. */
export const describePostgres: typeof describe = (reason ? describe.skip : describe) as typeof describe;
export const postgresSkipReason = reason;

let counter = 0;

/** A migrated store in a schema of its own, dropped on close. */
export async function openTestPostgresStore(options: { poolSize?: number } = {}): Promise<PostgresStore> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const store = await openPostgresStore({ url: PG_TEST_URL, schema, ...options });
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await dropSchema(schema);
  };
  return store;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
