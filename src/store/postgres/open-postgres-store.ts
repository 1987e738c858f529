import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { PgConnection, PgPool } from './postgres-database.js';
import { PostgresStore } from './postgres-store.js';

export interface PostgresStoreOptions {
  /** postgres://user@host:port/database */
  url: string;
  /** Keep every table in this schema (created when missing): one database can hold several stores, and tests do. */
  schema?: string;
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Leave the schema as it is (the caller migrates and reports, as `auscult migrate` does). */
  migrate?: boolean;
}

/** bigint columns hold epoch milliseconds, counts and row ids, all far below 2^53: read them as numbers. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Opens (and by default migrates) a PostgreSQL store. The only place that imports the driver. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema "${schema}": use lower-case letters, digits and _ only`);
  }
  if (schema !== undefined) {
    // Create it through a plain connection first: the pool's connections start inside it.
    const client = new pg.Client({ connectionString: options.url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 4,
    types,
    application_name: 'auscult',
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that drops (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const store = new PostgresStore(wrapPool(pool), { schema: schema ?? 'public' });
  try {
    if (options.migrate !== false) await store.migrate();
  } catch (error) {
    await pool.end();
    throw error;
  }
  return store;
}

function wrapPool(pool: pg.Pool): PgPool {
  return {
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    async connect(): Promise<PgConnection> {
      const client = await pool.connect();
      return {
        query: (sql, params) => client.query(sql, params as unknown[]) as never,
        async copyFrom(sql, chunks) {
          const stream = client.query(copyStreams.from(sql));
          await pipeline(Readable.from(chunks), stream);
          return Number(stream.rowCount ?? 0);
        },
        release: (destroy = false) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}
