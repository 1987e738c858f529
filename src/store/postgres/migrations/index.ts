import { up as core } from './001-core.js';
import { up as jobs } from './003-jobs.js';
import { up as authAudit } from './004-auth-audit.js';
import { up as enrichment } from './005-enrichment.js';
import { up as influence } from './007-influence.js';

export interface PostgresMigration {
  version: number;
  name: string;
  up: string;
}

/** In order, numbered like SQLite's so that one version names the same schema on both. Never edit a released one. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  { version: 1, name: 'core', up: core },
  // PostgreSQL support began at version 2: its 001 already holds 002's indexes.
  { version: 2, name: 'interaction-handles', up: 'SELECT 1' },
  { version: 3, name: 'jobs', up: jobs },
  { version: 4, name: 'auth-audit', up: authAudit },
  { version: 5, name: 'enrichment', up: enrichment },
  // 006 is reserved for the HCP registry (another branch). Versions are applied by "missing from schema_migrations",
  // not by order, so a database that has 7 gets 6 when it lands; keep this list sorted when adding it.
  { version: 7, name: 'influence', up: influence },
];
