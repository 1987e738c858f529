import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { runApiSuite } from './api-suite.js';
import { runHcpApiSuite } from './hcp-api-suite.js';

runApiSuite({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
runHcpApiSuite({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
