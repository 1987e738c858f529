import { describePostgres, openTestPostgresStore } from '../support/postgres.js';
import { runApiSuite } from './api-suite.js';

describePostgres('PostgreSQL', () => {
  runApiSuite({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 4 }) });
});
