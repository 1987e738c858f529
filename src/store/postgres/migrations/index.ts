import { up as core } from './001-core.js';

export interface PostgresMigration {
  version: number;
  name: string;
  up: string;
}

/** In order, numbered like SQLite's so that one version names the same schema on both. Never edit a released one. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  { version: 1, name: 'core', up: core },
  { version: 2, name: 'interaction-handles', up: '-- folded into 001 on PostgreSQL, which was released with both' },
];
