import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { runAnalyticsContract } from './analytics-contract.js';
import { runAuditLogContract } from './audit-log-contract.js';
import { runAuthStoreContract } from './auth-store-contract.js';
import { runHcpStoreContract } from './hcp-store-contract.js';
import { runSavedQueriesContract } from './saved-queries-contract.js';

const create = () => openSqliteStore({ path: ':memory:' });
const exec = async (store: Store, sql: string) => { (store as SqliteStore).database.exec(sql); };

runAuthStoreContract({ name: 'sqlite', create });
runSavedQueriesContract({ name: 'sqlite', create });
runAuditLogContract({ name: 'sqlite', create, exec, dropTriggers: ['DROP TRIGGER audit_log_no_update', 'DROP TRIGGER audit_log_no_delete'] });
runAnalyticsContract({ name: 'sqlite', create, exec });
runHcpStoreContract({ name: 'sqlite', create, raw: exec });
