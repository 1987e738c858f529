import { describePostgres, openTestPostgresStore } from '../support/postgres.js';
import { runApiSuite } from './api-suite.js';
import { runHcpApiSuite } from './hcp-api-suite.js';

describePostgres('PostgreSQL', () => {
  runApiSuite({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 4 }) });
  runHcpApiSuite({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 4 }) });
});
