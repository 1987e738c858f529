import type { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { describePostgres, openTestPostgresStore } from '../support/postgres.js';
import { runAnalyticsContract } from './analytics-contract.js';
import { runAuditLogContract } from './audit-log-contract.js';
import { runAuthStoreContract } from './auth-store-contract.js';
import { runHcpStoreContract } from './hcp-store-contract.js';
import { runSavedQueriesContract } from './saved-queries-contract.js';

const create = () => openTestPostgresStore({ poolSize: 3 });
const exec = async (store: Store, sql: string) => { await (store as PostgresStore).database.query(sql); };

describePostgres('PostgreSQL (auth, audit, saved queries, analytics, HCP registry)', () => {
  runAuthStoreContract({ name: 'postgres', create });
  runSavedQueriesContract({ name: 'postgres', create });
  runAuditLogContract({ name: 'postgres', create, exec, dropTriggers: ['DROP TRIGGER audit_log_no_change ON audit_log'] });
  runAnalyticsContract({ name: 'postgres', create, exec });
  runHcpStoreContract({ name: 'postgres', create, raw: exec });
});
