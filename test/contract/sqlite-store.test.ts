import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { runStoreContract } from './store-contract.js';

runStoreContract({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
