import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { dumpSqlite } from '../support/dump-database.js';
import { runEnrichmentContract } from './enrichment-contract.js';
import { runInfluenceContract, runMigrationGapContract } from './influence-contract.js';
import { runJobQueueContract } from './job-queue-contract.js';
import { runQueryContract } from './query-contract.js';
import { runStoreContract } from './store-contract.js';

runStoreContract({
  name: 'sqlite',
  create: () => openSqliteStore({ path: ':memory:' }),
  dump: async (store) => dumpSqlite((store as SqliteStore).database),
  orderRuns: 300,
});
runQueryContract({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
runJobQueueContract({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
runEnrichmentContract({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
runInfluenceContract({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
runMigrationGapContract({
  name: 'sqlite',
  migrate: async (extra) => {
    const { migrateSqlite } = await import('../../src/store/sqlite/sqlite-migrator.js');
    const { SQLITE_MIGRATIONS } = await import('../../src/store/sqlite/migrations/index.js');
    const store = await openSqliteStore({ path: ':memory:' });
    try {
      const db = (store as SqliteStore).database;
      const results = migrateSqlite(db, [...SQLITE_MIGRATIONS, extra].sort((a, b) => a.version - b.version));
      const has6 = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'hcp_stand_in'").get() as { n: number };
      return { results, has6: has6.n === 1 };
    } finally {
      await store.close();
    }
  },
});
