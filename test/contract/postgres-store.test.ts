import type { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { dumpPostgres } from '../support/dump-postgres.js';
import { describePostgres, openTestPostgresStore } from '../support/postgres.js';
import { runJobQueueContract } from './job-queue-contract.js';
import { runQueryContract } from './query-contract.js';
import { runStoreContract } from './store-contract.js';

describePostgres('PostgreSQL', () => {
  runStoreContract({
    name: 'postgres',
    create: () => openTestPostgresStore({ poolSize: 2 }),
    dump: async (store) => dumpPostgres((store as PostgresStore).database),
    orderRuns: 40,
  });
  runQueryContract({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 2 }) });
  runJobQueueContract({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 4 }) });
});
