import { up as core } from './001-core.js';
import { up as jobs } from './003-jobs.js';
import { up as authAudit } from './004-auth-audit.js';
import { up as enrichment } from './005-enrichment.js';
import { up as hcpRegistry } from './006-hcp-registry.js';
import { up as influence } from './007-influence.js';
import { up as mfa } from './008-mfa.js';
import { up as profileAttributes } from './009-profile-attributes.js';

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
  { version: 6, name: 'hcp-registry', up: hcpRegistry },
  { version: 7, name: 'influence', up: influence },
  { version: 8, name: 'mfa', up: mfa },
  { version: 9, name: 'profile-attributes', up: profileAttributes },
];
