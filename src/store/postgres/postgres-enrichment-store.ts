/**
 * The enrichment port on PostgreSQL. Results are written set-wise; the posts they belong to
 * are locked FOR SHARE while the results are checked against the text that was analysed, so an
 * edit or deletion committed meanwhile (which takes those rows FOR UPDATE) either happens
 * first and makes the result stale, or waits and then removes it (R4.1, R4.4).
 */
import { type EnrichmentInput, type EnrichmentRecord, storedAnalysis } from '../../enrich/enrichment.js';
import { type EnrichmentStore, type EnrichmentSummary, type PendingOptions, toRanges } from '../../enrich/enrichment-store.js';
import { decodeAnalysis } from '../../nlp/analysis-codec.js';
import { withoutNul } from './postgres-copy.js';
import type { PgPool } from './postgres-database.js';

const PENDING = `FROM posts p LEFT JOIN post_enrichment e ON e.post_id = p.id
  WHERE (e.post_id IS NULL OR e.version <> $1)`;

export class PostgresEnrichmentStore implements EnrichmentStore {
  constructor(private readonly pool: PgPool) {}

  async pending(options: PendingOptions): Promise<EnrichmentInput[]> {
    const r = await this.pool.query<{ row_id: number; platform: string; native_id: string; content_hash: string; text: string;
      title: string | null; hashtags: string[]; handle: string }>(`SELECT p.id AS row_id, p.platform, p.native_id, p.content_hash,
        p.text, p.title, p.hashtags, (SELECT handle FROM accounts a WHERE a.id = p.author_id) AS handle
      ${PENDING} AND p.id > $2 AND p.id < $3 ORDER BY p.id LIMIT $4`,
    [options.version, options.afterRowId ?? 0, options.beforeRowId ?? Number.MAX_SAFE_INTEGER, options.limit]);
    return r.rows.map((row) => ({
      platform: row.platform, nativeId: row.native_id, rowId: row.row_id, contentHash: row.content_hash, text: row.text,
      hashtags: row.hashtags, author: row.handle, ...(row.title !== null ? { title: row.title } : {}),
    }));
  }

  async write(records: readonly EnrichmentRecord[]): Promise<{ written: number; stale: number }> {
    if (records.length === 0) return { written: 0, stale: 0 };
    const conn = await this.pool.connect();
    try {
      await conn.query('BEGIN');
      // With each live post, whether it has an analysis already: a first one (the common case) has no rows to clear.
      const found = await conn.query<{ platform: string; native_id: string; id: number; enriched: boolean }>(`SELECT p.platform,
          p.native_id, p.id, EXISTS (SELECT 1 FROM post_enrichment e WHERE e.post_id = p.id) AS enriched
        FROM unnest($1::text[], $2::text[], $3::text[]) AS w(platform, native_id, content_hash)
          JOIN post_keys pk ON pk.platform = w.platform AND pk.native_id = w.native_id
          JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id AND p.content_hash = w.content_hash
        ORDER BY p.id FOR SHARE OF p`,
      [records.map((x) => x.platform), records.map((x) => x.nativeId), records.map((x) => x.contentHash)]);
      const posts = new Map(found.rows.map((row) => [`${row.platform}\u0000${row.native_id}`, row]));
      // The last result for a post wins, as if the records were written one after another.
      const last = new Map<number, { x: EnrichmentRecord; enriched: boolean }>();
      let written = 0;
      for (const x of records) {
        const post = posts.get(`${x.platform}\u0000${x.nativeId}`);
        if (post === undefined) continue;
        last.set(post.id, { x, enriched: post.enriched });
        written++;
      }
      const live = [...last].map(([id, l]) => ({ id, ...l }));
      if (live.length > 0) {
        const postIds = live.map((l) => l.id);
        // The stored analyses go as one binary parameter cut by offsets: a bytea[] travels as text, hex digits that the
        // server parses at about twice the cost of the whole insert otherwise.
        const analyses = live.map((l) => storedAnalysis(l.x));
        const ends = new Array<number>(analyses.length);
        let end = 0;
        for (let i = 0; i < analyses.length; i++) ends[i] = end += analyses[i]!.length;
        await conn.query(`INSERT INTO post_enrichment (post_id, content_hash, version, lang, sentiment, sentiment_score, flags,
            analysis, enriched_at)
          SELECT w.id, w.hash, w.version, w.lang, w.sentiment, w.score, w.flags, substring($8::bytea FROM w.stop - w.size + 1 FOR w.size),
            $11::bigint
          FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::int[], $9::int[], $10::int[])
            AS w(id, hash, version, lang, sentiment, score, flags, stop, size)
          ON CONFLICT (post_id) DO UPDATE SET content_hash = excluded.content_hash, version = excluded.version, lang = excluded.lang,
            sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score, flags = excluded.flags,
            analysis = excluded.analysis, enriched_at = excluded.enriched_at`,
        [postIds, live.map((l) => l.x.contentHash), live.map((l) => l.x.version), live.map((l) => l.x.lang),
          live.map((l) => l.x.sentiment), live.map((l) => l.x.sentimentScore), live.map((l) => l.x.flags),
          Buffer.concat(analyses, end), ends, analyses.map((a) => a.length), Date.now()]);
        const replaced = live.filter((l) => l.enriched).map((l) => l.id);
        if (replaced.length > 0) {
          await conn.query('DELETE FROM post_entities WHERE post_id = ANY($1::bigint[])', [replaced]);
          await conn.query('DELETE FROM post_areas WHERE post_id = ANY($1::bigint[])', [replaced]);
        }
        const entities = live.flatMap((l) => l.x.entities.map((e) => [l.id, e.type, e.id, e.name, e.surface] as const));
        if (entities.length > 0) {
          await conn.query(`INSERT INTO post_entities (post_id, type, entity_id, name, surface)
            SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[])`,
          [0, 1, 2, 3, 4].map((i) => entities.map((e) => (typeof e[i] === 'string' ? withoutNul(e[i] as string) : e[i]))));
        }
        const areas = live.flatMap((l) => l.x.areas.map((a) => [a, l.id] as const));
        if (areas.length > 0) {
          await conn.query(`INSERT INTO post_areas (area, post_id) SELECT * FROM unnest($1::text[], $2::bigint[])
            ON CONFLICT DO NOTHING`, [areas.map((a) => a[0]), areas.map((a) => a[1])]);
        }
      }
      await conn.query('COMMIT');
      return { written, stale: records.length - written };
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.release();
    }
  }

  async summary(version: string): Promise<EnrichmentSummary> {
    const r = await this.pool.query<{ posts: number; current: number; outdated: number }>(`SELECT
        (SELECT count(*) FROM posts)::bigint AS posts,
        (SELECT count(*) FROM post_enrichment WHERE version = $1)::bigint AS current,
        (SELECT count(*) FROM post_enrichment WHERE version <> $1)::bigint AS outdated`, [version]);
    const row = r.rows[0]!;
    return { ...row, missing: row.posts - row.current - row.outdated };
  }

  async pendingRanges(version: string, size: number): Promise<Array<{ afterRowId: number; beforeRowId: number }>> {
    const r = await this.pool.query<{ id: number }>(`SELECT id FROM (SELECT p.id, row_number() OVER (ORDER BY p.id) AS n ${PENDING}) x
      WHERE n % $2 = 0 ORDER BY id`, [version, size]);
    return toRanges(r.rows.map((row) => row.id));
  }

  async analysisOf(platform: string, nativeId: string): Promise<{ version: string; analysis: string } | undefined> {
    const r = await this.pool.query<{ version: string; analysis: Buffer }>(`SELECT e.version, e.analysis FROM post_keys pk
      JOIN post_enrichment e ON e.post_id = pk.id WHERE pk.platform = $1 AND pk.native_id = $2`, [platform, nativeId]);
    const row = r.rows[0];
    return row && { version: row.version, analysis: decodeAnalysis(row.analysis) };
  }
}
