/**
 * SQLite and PostgreSQL are two adapters of one store: the same batches leave the same data
 * in both, row for row (natural keys, canonical dump).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dataOf } from '../support/canonical-dump.js';
import { dumpSqlite } from '../support/dump-database.js';
import { dumpPostgres } from '../support/dump-postgres.js';
import { describePostgres, openTestPostgresStore } from '../support/postgres.js';
import { history } from './order-independence.js';

describePostgres('SQLite and PostgreSQL', () => {
  it('end with the same data after the same batches', async () => {
    await fc.assert(fc.asyncProperty(history, async ({ batches, order }) => {
      const sqlite = await openSqliteStore({ path: ':memory:' });
      const postgres: PostgresStore = await openTestPostgresStore({ poolSize: 2 });
      try {
        const runs = [await sqlite.startRun(['p']), await postgres.startRun(['p'])] as const;
        for (const i of order) {
          await sqlite.writeBatch({ runId: runs[0], events: batches[i]!, quarantine: [] });
          await postgres.writeBatch({ runId: runs[1], events: batches[i]!, quarantine: [] });
        }
        const { fts: _fts, ...sqliteDump } = dumpSqlite(sqlite.database);
        expect(dataOf(await dumpPostgres(postgres.database))).toEqual(dataOf(sqliteDump));
      } finally {
        await sqlite.close();
        await postgres.close();
      }
    }), { numRuns: 40 });
  });
});
