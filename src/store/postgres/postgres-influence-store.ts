/** The influence port on PostgreSQL: keyset pages over accounts, posts and interactions; runs and boards written set-wise in one transaction. */
import type {
  InfluenceAccountRow, InfluenceInteractionRow, InfluencePostRow, InfluenceRun, InfluenceRunInput, InfluenceStore, InteractionPartner,
  KolInput, LinkedAccount, LeaderboardQuery, Population, RowPage, ScoreInput, StoredKol, StoredLeaderboard, StoredScore,
} from '../../influence/influence-store.js';
import {
  ACCOUNT_COLUMNS, type AccountRow, type AreaSourceRow, type KolRow, LINKED_SELECT, type LinkedRow, type PartnerRow, type RunRow, SCORE_COLUMNS, SCORE_SELECT, type ScoreRow, areaSourceOf, scoreValues,
  toAccountRow, toKol, toLinkedAccounts, toPartners, toRun, toStoredScore,
} from '../../influence/influence-rows.js';
import { withoutNul } from './postgres-copy.js';
import type { PgPool } from './postgres-database.js';

const MAX_ROW = Number.MAX_SAFE_INTEGER;
const AREA_COLUMNS = `e.post_id IS NOT NULL AS enriched,
  (SELECT string_agg(pa.area, ',') FROM post_areas pa WHERE pa.post_id = p.id) AS areas,
  CASE WHEN e.post_id IS NULL THEN p.text END AS text, CASE WHEN e.post_id IS NULL THEN p.hashtags END AS hashtags`;
const SCORE_TYPES = ['bigint', 'text', 'text', 'text', 'int', 'bigint', 'int', 'float8', 'float8', 'float8', 'float8', 'float8', 'float8',
  'float8', 'float8', 'text', 'text', 'text'];

export class PostgresInfluenceStore implements InfluenceStore {
  constructor(private readonly pool: PgPool) {}

  async accounts(page: RowPage): Promise<InfluenceAccountRow[]> {
    const r = await this.pool.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE status = 'active' AND id > $1 AND id <= $2
      ORDER BY id LIMIT $3`, [page.afterRowId, page.upToRowId ?? MAX_ROW, page.limit]);
    return r.rows.map(toAccountRow);
  }

  async findAccounts(idOrHandle: string, platform?: string): Promise<InfluenceAccountRow[]> {
    const r = await this.pool.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE status = 'active'
      AND ($1::text IS NULL OR platform = $1) AND (native_id = $2 OR lower(handle) = lower($2)) ORDER BY id LIMIT 20`, [platform ?? null, idOrHandle]);
    return r.rows.map(toAccountRow);
  }

  async posts(page: RowPage): Promise<InfluencePostRow[]> {
    const r = await this.pool.query<AreaSourceRow & { id: number; author_id: number; created_at: number; is_reply: boolean }>(`SELECT p.id,
        p.author_id, p.created_at, p.reply_to_id IS NOT NULL AS is_reply, ${AREA_COLUMNS}
      FROM posts p JOIN accounts a ON a.id = p.author_id AND a.status = 'active' LEFT JOIN post_enrichment e ON e.post_id = p.id
      WHERE p.id > $1 AND p.id <= $2 AND p.created_at >= $3 ORDER BY p.id LIMIT $4`,
    [page.afterRowId, page.upToRowId ?? MAX_ROW, page.since ?? 0, page.limit]);
    return r.rows.map((row) => ({ rowId: row.id, authorRowId: row.author_id, at: row.created_at, isReply: row.is_reply, ...areaSourceOf(row) }));
  }

  async interactions(page: RowPage): Promise<InfluenceInteractionRow[]> {
    const r = await this.pool.query<AreaSourceRow & { id: number; from_account_id: number; to_account_id: number;
      kind: InfluenceInteractionRow['kind']; at: number; post_id: number | null }>(`SELECT i.id, i.from_account_id, i.to_account_id, i.kind,
        i.at, p.id AS post_id, ${AREA_COLUMNS}
      FROM interactions i JOIN accounts f ON f.id = i.from_account_id AND f.status = 'active'
        JOIN accounts t ON t.id = i.to_account_id AND t.status = 'active'
        LEFT JOIN post_keys pk ON pk.platform = i.platform AND pk.native_id = i.post_native_id
        LEFT JOIN posts p ON p.created_at = pk.created_at AND p.id = pk.id LEFT JOIN post_enrichment e ON e.post_id = p.id
      WHERE i.id > $1 AND i.id <= $2 AND i.at >= $3 ORDER BY i.id LIMIT $4`,
    [page.afterRowId, page.upToRowId ?? MAX_ROW, page.since ?? 0, page.limit]);
    return r.rows.map((row) => ({
      rowId: row.id, fromRowId: row.from_account_id, toRowId: row.to_account_id, kind: row.kind, at: row.at,
      ...(row.post_id !== null ? { post: areaSourceOf(row) } : {}),
    }));
  }

  async watermarks(): Promise<{ posts: number; interactions: number }> {
    const r = await this.pool.query<{ posts: number; interactions: number }>(`SELECT coalesce((SELECT max(id) FROM posts), 0)::bigint AS posts,
      coalesce((SELECT max(id) FROM interactions), 0)::bigint AS interactions`);
    return r.rows[0]!;
  }

  async writeRun(run: InfluenceRunInput, scores: readonly ScoreInput[]): Promise<number> {
    const conn = await this.pool.connect();
    try {
      await conn.query('BEGIN');
      const inserted = await conn.query<{ id: number }>(`INSERT INTO influence_runs (mode, window_days, as_of, options, accounts, posts,
          interactions, scores, post_watermark, interaction_watermark, started_at, finished_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [run.mode, run.windowDays, run.asOf, JSON.stringify(run.options), run.accounts, run.posts, run.interactions, scores.length,
        run.postWatermark, run.interactionWatermark, run.startedAt, run.finishedAt]);
      const runId = inserted.rows[0]!.id;
      // Set-wise in chunks: one statement per 5,000 rows keeps the parameter arrays modest.
      for (let start = 0; start < scores.length; start += 5000) {
        const rows = scores.slice(start, start + 5000).map((s) => scoreValues(runId, s));
        const columns = SCORE_COLUMNS.map((_, c) => rows.map((row) => (typeof row[c] === 'string' ? withoutNul(row[c] as string) : row[c])));
        await conn.query(`INSERT INTO influence_scores (${SCORE_COLUMNS.join(', ')})
          SELECT * FROM unnest(${SCORE_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`, columns);
      }
      await conn.query('COMMIT');
      return runId;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.release();
    }
  }

  async runs(options: { windowDays?: number; limit?: number } = {}): Promise<InfluenceRun[]> {
    const r = await this.pool.query<RunRow>(`SELECT * FROM influence_runs WHERE ($1::int IS NULL OR window_days = $1) ORDER BY id DESC LIMIT $2`,
      [options.windowDays ?? null, options.limit ?? 20]);
    return r.rows.map(toRun);
  }

  async leaderboard(q: LeaderboardQuery): Promise<StoredLeaderboard | undefined> {
    const [run] = await this.runs({ windowDays: q.windowDays, limit: 1 });
    if (!run) return undefined;
    const key = [run.id, q.area, q.country ?? '', q.hcpOnly ? 'hcp' : 'all'];
    const rows = await this.pool.query<ScoreRow>(`SELECT ${SCORE_SELECT} FROM influence_scores s JOIN influence_runs r ON r.id = s.run_id
        JOIN accounts a ON a.id = s.account_id
      WHERE s.run_id = $1 AND s.area = $2 AND s.country = $3 AND s.population = $4 AND s.rank > $5 ORDER BY s.rank LIMIT $6`,
    [...key, q.afterRank ?? 0, q.limit]);
    const total = await this.pool.query<{ total: number }>(`SELECT count(*)::bigint AS total FROM influence_scores
      WHERE run_id = $1 AND area = $2 AND country = $3 AND population = $4`, key);
    return { run, entries: rows.rows.map(toStoredScore), total: total.rows[0]!.total };
  }

  async accountScores(accountRowId: number, options: { windowDays?: number; population?: Population } = {}): Promise<StoredScore[]> {
    const r = await this.pool.query<ScoreRow>(`SELECT ${SCORE_SELECT} FROM influence_scores s JOIN influence_runs r ON r.id = s.run_id
        JOIN accounts a ON a.id = s.account_id
      WHERE s.account_id = $1 AND s.country = '' AND s.population = $2
        AND s.run_id IN (SELECT max(id) FROM influence_runs WHERE $3::int IS NULL OR window_days = $3 GROUP BY window_days)
      ORDER BY r.window_days, s.rank, s.area`, [accountRowId, options.population ?? 'all', options.windowDays ?? null]);
    return r.rows.map(toStoredScore);
  }

  async boards(windowDays: number): Promise<Array<{ area: string; country: string; population: Population; accounts: number }>> {
    const [run] = await this.runs({ windowDays, limit: 1 });
    if (!run) return [];
    const r = await this.pool.query<{ area: string; country: string; population: Population; accounts: number }>(`SELECT area, country,
        population, count(*)::bigint AS accounts FROM influence_scores WHERE run_id = $1
      GROUP BY area, country, population ORDER BY area, country, population`, [run.id]);
    return r.rows;
  }

  async linkedAccounts(accountRowIds: readonly number[]): Promise<Map<number, LinkedAccount[]>> {
    if (accountRowIds.length === 0) return new Map();
    // Every account has a profile once analysed (alone, its own id): only a linked one shares it with another.
    const r = await this.pool.query<LinkedRow>(`SELECT ${LINKED_SELECT} FROM accounts q
        JOIN accounts o ON o.profile_id = q.profile_id AND o.id <> q.id AND o.status = 'active'
      WHERE q.id = ANY($1::bigint[]) AND q.profile_id IS NOT NULL`, [accountRowIds]);
    return toLinkedAccounts(r.rows);
  }

  async topInteractions(accountRowId: number, options: { since: number; limit: number }): Promise<InteractionPartner[]> {
    const r = await this.pool.query<PartnerRow>(`SELECT x.other, x.direction, x.kind, x.n, a.platform, a.native_id, a.handle, a.display_name
      FROM (
        SELECT to_account_id AS other, 'out' AS direction, kind, count(*)::bigint AS n FROM interactions
          WHERE from_account_id = $1 AND to_account_id IS NOT NULL AND to_account_id <> $1 AND at >= $2 GROUP BY to_account_id, kind
        UNION ALL
        SELECT from_account_id, 'in', kind, count(*)::bigint FROM interactions
          WHERE to_account_id = $1 AND from_account_id <> $1 AND at >= $2 GROUP BY from_account_id, kind
      ) x JOIN accounts a ON a.id = x.other AND a.status = 'active'`, [accountRowId, options.since]);
    return toPartners(r.rows, options.limit);
  }

  async importKols(list: string, kols: readonly KolInput[]): Promise<number> {
    const conn = await this.pool.connect();
    try {
      await conn.query('BEGIN');
      await conn.query('DELETE FROM kols WHERE list = $1', [list]);
      if (kols.length > 0) {
        const t = (s: string | undefined) => (s === undefined ? null : withoutNul(s));
        await conn.query(`INSERT INTO kols (list, line, name, publications, trials, guideline_roles, country, area, external_id, specialty,
            imported_at)
          SELECT $1, * , $11::bigint FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[],
            $10::text[])`,
        [list, kols.map((k) => k.line), kols.map((k) => withoutNul(k.name)), kols.map((k) => k.publications), kols.map((k) => k.trials),
          kols.map((k) => k.guidelineRoles), kols.map((k) => t(k.country)), kols.map((k) => t(k.area)), kols.map((k) => t(k.id)),
          kols.map((k) => t(k.specialty)), Date.now()]);
      }
      await conn.query('COMMIT');
      return kols.length;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.release();
    }
  }

  async kols(list?: string): Promise<StoredKol[]> {
    const r = await this.pool.query<KolRow>(`SELECT list, line, name, publications, trials, guideline_roles, country, area, external_id,
        specialty FROM kols WHERE $1::text IS NULL OR list = $1 ORDER BY list, line`, [list ?? null]);
    return r.rows.map(toKol);
  }
}
