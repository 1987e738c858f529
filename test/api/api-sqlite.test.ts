import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { runApiSuite } from './api-suite.js';

runApiSuite({ name: 'sqlite', create: () => openSqliteStore({ path: ':memory:' }) });
