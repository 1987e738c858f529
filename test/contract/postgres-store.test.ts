import { expect, it } from 'vitest';
import type { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { dumpPostgres } from '../support/dump-postgres.js';
import { describePostgres, openTestPostgresStore } from '../support/postgres.js';
import { runEnrichmentContract } from './enrichment-contract.js';
import { runInfluenceContract, runMigrationGapContract } from './influence-contract.js';
import { runJobQueueContract } from './job-queue-contract.js';
import { runQueryContract } from './query-contract.js';
import { runStoreContract } from './store-contract.js';

describePostgres('PostgreSQL', () => {
  runStoreContract({
    name: 'postgres',
    create: () => openTestPostgresStore({ poolSize: 2 }),
    dump: async (store) => dumpPostgres((store as PostgresStore).database),
    orderRuns: 40,
  });
  runQueryContract({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 2 }) });
  runJobQueueContract({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 4 }) });
  runEnrichmentContract({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 2 }) });
  runInfluenceContract({ name: 'postgres', create: () => openTestPostgresStore({ poolSize: 2 }) });
  runMigrationGapContract({
    name: 'postgres',
    migrate: async (extra) => {
      const { migratePostgres } = await import('../../src/store/postgres/postgres-migrator.js');
      const { POSTGRES_MIGRATIONS } = await import('../../src/store/postgres/migrations/index.js');
      const store = await openTestPostgresStore({ poolSize: 1 });
      try {
        const results = await migratePostgres(store.database, [...POSTGRES_MIGRATIONS, extra].sort((a, b) => a.version - b.version));
        const has6 = await store.database.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'hcp_stand_in' AND table_schema = current_schema()");
        return { results, has6: has6.rows[0]!.n === 1 };
      } finally {
        await store.close();
      }
    },
  });
});

/** Where PostgreSQL's full-text search differs from SQLite's (docs/query-language.md), shown rather than hidden. */
describePostgres('PostgreSQL full-text limits', () => {
  it('finds words past position 16,383 as terms but not in phrases, and does not index words over 255 characters', async () => {
    const { parseQuery } = await import('../../src/query/parser.js');
    const store = await openTestPostgresStore({ poolSize: 1 });
    try {
      const runId = await store.startRun(['long']);
      const words = Array.from({ length: 17_000 }, (_, i) => `w${i}`);
      const text = `${words.join(' ')} ${'z'.repeat(300)}`;
      await store.writeBatch({ runId, quarantine: [], events: [{ kind: 'post', post: {
        platform: 'reddit', nativeId: 'long', authorId: 'a', text, createdAt: Date.UTC(2024, 0, 1), hashtags: [], mentions: [],
        links: [], metrics: {}, visibility: 'public' } }] });
      const hits = async (q: string) => (await store.search(parseQuery(q))).length;
      expect(await hits('w16999')).toBe(1);
      expect(await hits('"w100 w101"')).toBe(1);
      // Past the cap every word shares position 16,383, so a phrase of two such words is not found (SQLite finds it).
      expect(await hits('"w16998 w16999"')).toBe(0);
      expect(await hits('z*')).toBe(0);
    } finally {
      await store.close();
    }
  });
});
