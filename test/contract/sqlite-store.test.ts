import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { dumpSqlite } from '../support/dump-database.js';
import { runEnrichmentContract } from './enrichment-contract.js';
import { runInfluenceContract } from './influence-contract.js';
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
