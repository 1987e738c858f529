/** The enrichment port on SQLite: results beside the posts, written in one transaction per call. */
import { type EnrichmentInput, type EnrichmentRecord, storedAnalysis } from '../../enrich/enrichment.js';
import { type EnrichmentStore, type EnrichmentSummary, type PendingOptions, toRanges } from '../../enrich/enrichment-store.js';
import { decodeAnalysis } from '../../nlp/analysis-codec.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { MultiRowStatement } from './sqlite-multi-row.js';

const PENDING = `FROM posts p LEFT JOIN post_enrichment e ON e.post_id = p.id
  WHERE (e.post_id IS NULL OR e.version <> @version)`;

export class SqliteEnrichmentStore implements EnrichmentStore {
  constructor(private readonly db: SqliteDatabase) {}

  async pending(options: PendingOptions): Promise<EnrichmentInput[]> {
    const rows = this.db.prepare(`SELECT p.id AS row_id, p.platform, p.native_id, p.content_hash, p.text, p.title, p.hashtags,
        (SELECT handle FROM accounts a WHERE a.id = p.author_id) AS handle
      ${PENDING} AND p.id > @after AND p.id < @before ORDER BY p.id LIMIT @limit`)
      .all({ version: options.version, after: options.afterRowId ?? 0, before: options.beforeRowId ?? Number.MAX_SAFE_INTEGER,
        limit: options.limit }) as Array<{ row_id: number; platform: string; native_id: string; content_hash: string; text: string;
        title: string | null; hashtags: string; handle: string }>;
    return rows.map((r) => ({
      platform: r.platform, nativeId: r.native_id, rowId: r.row_id, contentHash: r.content_hash, text: r.text,
      hashtags: JSON.parse(r.hashtags) as string[], author: r.handle, ...(r.title !== null ? { title: r.title } : {}),
    }));
  }

  async write(records: readonly EnrichmentRecord[]): Promise<{ written: number; stale: number }> {
    if (records.length === 0) return { written: 0, stale: 0 };
    const s = this.statements ??= this.prepareWrites();
    const at = Date.now();
    return this.db.transaction(() => {
      // The posts as they are now, one statement per chunk: id, text version, and whether an analysis is already stored.
      const keys: unknown[] = new Array(records.length * 3);
      for (let i = 0; i < records.length; i++) {
        keys[i * 3] = i;
        keys[i * 3 + 1] = records[i]!.platform;
        keys[i * 3 + 2] = records[i]!.nativeId;
      }
      const found = new Array<{ id: number; hash: string; enriched: number } | undefined>(records.length);
      s.current.forEach(keys, (row) => {
        const r = row as { i: number; id: number; content_hash: string; enriched: number };
        found[r.i] = { id: r.id, hash: r.content_hash, enriched: r.enriched };
      });
      // The last result for a post wins, as if the records were written one after another.
      const last = new Map<number, number>();
      let stale = 0;
      for (let i = 0; i < records.length; i++) {
        const post = found[i];
        // The text changed (or the post went) since it was read: that version's results must not be kept.
        if (!post || post.hash !== records[i]!.contentHash) {
          stale++;
          found[i] = undefined;
        } else {
          last.set(post.id, i);
        }
      }
      const rows: unknown[] = [];
      const entities: unknown[] = [];
      const areas: unknown[] = [];
      const replaced: number[] = [];
      for (const [id, i] of last) {
        const r = records[i]!;
        rows.push(id, r.contentHash, r.version, r.lang, r.sentiment, r.sentimentScore, r.flags, storedAnalysis(r), at);
        if (found[i]!.enriched) replaced.push(id);
        for (const e of r.entities) entities.push(id, e.type, e.id, e.name, e.surface);
        for (const a of r.areas) areas.push(a, id);
      }
      // A first analysis (the common case) has no earlier rows to clear.
      if (replaced.length > 0) {
        const ids = JSON.stringify(replaced);
        s.clearEntities.run(ids);
        s.clearAreas.run(ids);
      }
      s.upsert.run(rows);
      s.entity.run(entities);
      s.area.run(areas);
      return { written: records.length - stale, stale };
    })();
  }

  private statements?: ReturnType<SqliteEnrichmentStore['prepareWrites']>;

  private prepareWrites() {
    return {
      current: new MultiRowStatement(this.db, 'SELECT v.column1 AS i, p.id, p.content_hash, EXISTS (SELECT 1 FROM post_enrichment e WHERE e.post_id = p.id) AS enriched FROM (', '(?, ?, ?)',
        ') v JOIN posts p ON p.platform = v.column2 AND p.native_id = v.column3', 3),
      upsert: new MultiRowStatement(this.db, `INSERT INTO post_enrichment (post_id, content_hash, version, lang, sentiment, sentiment_score,
          flags, analysis, enriched_at)`, '(?, ?, ?, ?, ?, ?, ?, ?, ?)', `ON CONFLICT (post_id) DO UPDATE SET content_hash = excluded.content_hash,
          version = excluded.version, lang = excluded.lang, sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score,
          flags = excluded.flags, analysis = excluded.analysis, enriched_at = excluded.enriched_at`, 9),
      entity: new MultiRowStatement(this.db, 'INSERT INTO post_entities (post_id, type, entity_id, name, surface)', '(?, ?, ?, ?, ?)', '', 5),
      area: new MultiRowStatement(this.db, 'INSERT OR IGNORE INTO post_areas (area, post_id)', '(?, ?)', '', 2),
      clearEntities: this.db.prepare('DELETE FROM post_entities WHERE post_id IN (SELECT value FROM json_each(?))'),
      clearAreas: this.db.prepare('DELETE FROM post_areas WHERE post_id IN (SELECT value FROM json_each(?))'),
    };
  }

  async summary(version: string): Promise<EnrichmentSummary> {
    const row = this.db.prepare(`SELECT (SELECT count(*) FROM posts) AS posts,
        (SELECT count(*) FROM post_enrichment WHERE version = @version) AS current,
        (SELECT count(*) FROM post_enrichment WHERE version <> @version) AS outdated`).get({ version }) as
      { posts: number; current: number; outdated: number };
    return { ...row, missing: row.posts - row.current - row.outdated };
  }

  async pendingRanges(version: string, size: number): Promise<Array<{ afterRowId: number; beforeRowId: number }>> {
    const cuts = (this.db.prepare(`SELECT id FROM (SELECT p.id, row_number() OVER (ORDER BY p.id) AS n ${PENDING})
      WHERE n % @size = 0 ORDER BY id`).all({ version, size }) as Array<{ id: number }>).map((r) => r.id);
    return toRanges(cuts);
  }

  async analysisOf(platform: string, nativeId: string): Promise<{ version: string; analysis: string } | undefined> {
    const row = this.db.prepare(`SELECT e.version, e.analysis FROM post_enrichment e JOIN posts p ON p.id = e.post_id
      WHERE p.platform = ? AND p.native_id = ?`).get(platform, nativeId) as { version: string; analysis: Buffer } | undefined;
    return row && { version: row.version, analysis: decodeAnalysis(row.analysis) };
  }
}
