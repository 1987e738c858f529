/** The influence port on SQLite: keyset pages over accounts, posts and interactions; runs and boards written in one transaction. */
import type {
  InfluenceAccountRow, InfluenceInteractionRow, InfluencePostRow, InfluenceRun, InfluenceRunInput, InfluenceStore, InteractionPartner,
  KolInput, LinkedAccount, LeaderboardQuery, Population, RowPage, ScoreInput, StoredKol, StoredLeaderboard, StoredScore,
} from '../../influence/influence-store.js';
import {
  ACCOUNT_COLUMNS, type AccountRow, type AreaSourceRow, type KolRow, LINKED_SELECT, type LinkedRow, type PartnerRow, type RunRow, SCORE_COLUMNS, SCORE_SELECT, type ScoreRow, areaSourceOf, scoreValues,
  toAccountRow, toKol, toLinkedAccounts, toPartners, toRun, toStoredScore,
} from '../../influence/influence-rows.js';
import type { SqliteDatabase } from './sqlite-database.js';

const MAX_ROW = Number.MAX_SAFE_INTEGER;
/** The area source of the post `p` (joined with its enrichment `e`). */
const AREA_COLUMNS = `e.post_id IS NOT NULL AS enriched,
  (SELECT group_concat(pa.area, ',') FROM post_areas pa WHERE pa.post_id = p.id) AS areas,
  CASE WHEN e.post_id IS NULL THEN p.text END AS text, CASE WHEN e.post_id IS NULL THEN p.hashtags END AS hashtags`;

export class SqliteInfluenceStore implements InfluenceStore {
  constructor(private readonly db: SqliteDatabase) {}

  async accounts(page: RowPage): Promise<InfluenceAccountRow[]> {
    const rows = this.db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE status = 'active' AND id > ? AND id <= ? ORDER BY id LIMIT ?`)
      .all(page.afterRowId, page.upToRowId ?? MAX_ROW, page.limit) as AccountRow[];
    return rows.map(toAccountRow);
  }

  async findAccounts(idOrHandle: string, platform?: string): Promise<InfluenceAccountRow[]> {
    const rows = this.db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE status = 'active' AND (? IS NULL OR platform = ?)
      AND (native_id = ? OR handle = ? COLLATE NOCASE) ORDER BY id LIMIT 20`).all(platform ?? null, platform ?? null, idOrHandle, idOrHandle) as AccountRow[];
    return rows.map(toAccountRow);
  }

  async posts(page: RowPage): Promise<InfluencePostRow[]> {
    const rows = this.db.prepare(`SELECT p.id, p.author_id, p.created_at, p.reply_to_id IS NOT NULL AS is_reply, ${AREA_COLUMNS}
      FROM posts p JOIN accounts a ON a.id = p.author_id AND a.status = 'active' LEFT JOIN post_enrichment e ON e.post_id = p.id
      WHERE p.id > ? AND p.id <= ? AND p.created_at >= ? ORDER BY p.id LIMIT ?`)
      .all(page.afterRowId, page.upToRowId ?? MAX_ROW, page.since ?? 0, page.limit) as Array<AreaSourceRow & {
        id: number; author_id: number; created_at: number; is_reply: number }>;
    return rows.map((r) => ({ rowId: r.id, authorRowId: r.author_id, at: r.created_at, isReply: r.is_reply === 1, ...areaSourceOf(r) }));
  }

  async interactions(page: RowPage): Promise<InfluenceInteractionRow[]> {
    const rows = this.db.prepare(`SELECT i.id, i.from_account_id, i.to_account_id, i.kind, i.at, p.id AS post_id, ${AREA_COLUMNS}
      FROM interactions i JOIN accounts f ON f.id = i.from_account_id AND f.status = 'active'
        JOIN accounts t ON t.id = i.to_account_id AND t.status = 'active'
        LEFT JOIN posts p ON p.platform = i.platform AND p.native_id = i.post_native_id LEFT JOIN post_enrichment e ON e.post_id = p.id
      WHERE i.id > ? AND i.id <= ? AND i.at >= ? ORDER BY i.id LIMIT ?`)
      .all(page.afterRowId, page.upToRowId ?? MAX_ROW, page.since ?? 0, page.limit) as Array<AreaSourceRow & {
        id: number; from_account_id: number; to_account_id: number; kind: InfluenceInteractionRow['kind']; at: number; post_id: number | null }>;
    return rows.map((r) => ({
      rowId: r.id, fromRowId: r.from_account_id, toRowId: r.to_account_id, kind: r.kind, at: r.at,
      ...(r.post_id !== null ? { post: areaSourceOf(r) } : {}),
    }));
  }

  async watermarks(): Promise<{ posts: number; interactions: number }> {
    return this.db.prepare(`SELECT coalesce((SELECT max(id) FROM posts), 0) AS posts,
      coalesce((SELECT max(id) FROM interactions), 0) AS interactions`).get() as { posts: number; interactions: number };
  }

  async writeRun(run: InfluenceRunInput, scores: readonly ScoreInput[]): Promise<number> {
    const insertRun = this.db.prepare(`INSERT INTO influence_runs (mode, window_days, as_of, options, accounts, posts, interactions, scores,
        post_watermark, interaction_watermark, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertScore = this.db.prepare(`INSERT INTO influence_scores (${SCORE_COLUMNS.join(', ')})
      VALUES (${SCORE_COLUMNS.map(() => '?').join(', ')})`);
    return this.db.transaction(() => {
      const runId = Number(insertRun.run(run.mode, run.windowDays, run.asOf, JSON.stringify(run.options), run.accounts, run.posts,
        run.interactions, scores.length, run.postWatermark, run.interactionWatermark, run.startedAt, run.finishedAt).lastInsertRowid);
      for (const s of scores) insertScore.run(...scoreValues(runId, s));
      return runId;
    })();
  }

  async runs(options: { windowDays?: number; limit?: number } = {}): Promise<InfluenceRun[]> {
    const rows = this.db.prepare(`SELECT * FROM influence_runs WHERE (? IS NULL OR window_days = ?) ORDER BY id DESC LIMIT ?`)
      .all(options.windowDays ?? null, options.windowDays ?? null, options.limit ?? 20) as RunRow[];
    return rows.map(toRun);
  }

  async leaderboard(q: LeaderboardQuery): Promise<StoredLeaderboard | undefined> {
    const [run] = await this.runs({ windowDays: q.windowDays, limit: 1 });
    if (!run) return undefined;
    const key = [run.id, q.area, q.country ?? '', q.hcpOnly ? 'hcp' : 'all'];
    const rows = this.db.prepare(`SELECT ${SCORE_SELECT} FROM influence_scores s JOIN influence_runs r ON r.id = s.run_id
        JOIN accounts a ON a.id = s.account_id
      WHERE s.run_id = ? AND s.area = ? AND s.country = ? AND s.population = ? AND s.rank > ? ORDER BY s.rank LIMIT ?`)
      .all(...key, q.afterRank ?? 0, q.limit) as ScoreRow[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM influence_scores
      WHERE run_id = ? AND area = ? AND country = ? AND population = ?`).get(...key) as { total: number };
    return { run, entries: rows.map(toStoredScore), total };
  }

  async accountScores(accountRowId: number, options: { windowDays?: number; population?: Population } = {}): Promise<StoredScore[]> {
    const rows = this.db.prepare(`SELECT ${SCORE_SELECT} FROM influence_scores s JOIN influence_runs r ON r.id = s.run_id
        JOIN accounts a ON a.id = s.account_id
      WHERE s.account_id = ? AND s.country = '' AND s.population = ?
        AND s.run_id IN (SELECT max(id) FROM influence_runs WHERE ? IS NULL OR window_days = ? GROUP BY window_days)
      ORDER BY r.window_days, s.rank, s.area`)
      .all(accountRowId, options.population ?? 'all', options.windowDays ?? null, options.windowDays ?? null) as ScoreRow[];
    return rows.map(toStoredScore);
  }

  async boards(windowDays: number): Promise<Array<{ area: string; country: string; population: Population; accounts: number }>> {
    const [run] = await this.runs({ windowDays, limit: 1 });
    if (!run) return [];
    return this.db.prepare(`SELECT area, country, population, count(*) AS accounts FROM influence_scores WHERE run_id = ?
      GROUP BY area, country, population ORDER BY area, country, population`).all(run.id) as
      Array<{ area: string; country: string; population: Population; accounts: number }>;
  }

  async linkedAccounts(accountRowIds: readonly number[]): Promise<Map<number, LinkedAccount[]>> {
    if (accountRowIds.length === 0) return new Map();
    // Every account has a profile once analysed (alone, its own id): only a linked one shares it with another.
    const rows = this.db.prepare(`SELECT ${LINKED_SELECT} FROM accounts q
        JOIN accounts o ON o.profile_id = q.profile_id AND o.id <> q.id AND o.status = 'active'
      WHERE q.id IN (SELECT value FROM json_each(?)) AND q.profile_id IS NOT NULL`).all(JSON.stringify(accountRowIds)) as LinkedRow[];
    return toLinkedAccounts(rows);
  }

  async topInteractions(accountRowId: number, options: { since: number; limit: number }): Promise<InteractionPartner[]> {
    const rows = this.db.prepare(`SELECT x.other, x.direction, x.kind, x.n, a.platform, a.native_id, a.handle, a.display_name FROM (
        SELECT to_account_id AS other, 'out' AS direction, kind, count(*) AS n FROM interactions
          WHERE from_account_id = @id AND to_account_id IS NOT NULL AND to_account_id <> @id AND at >= @since GROUP BY to_account_id, kind
        UNION ALL
        SELECT from_account_id, 'in', kind, count(*) FROM interactions
          WHERE to_account_id = @id AND from_account_id <> @id AND at >= @since GROUP BY from_account_id, kind
      ) x JOIN accounts a ON a.id = x.other AND a.status = 'active'`).all({ id: accountRowId, since: options.since }) as PartnerRow[];
    return toPartners(rows, options.limit);
  }

  async importKols(list: string, kols: readonly KolInput[]): Promise<number> {
    const insert = this.db.prepare(`INSERT INTO kols (list, line, name, publications, trials, guideline_roles, country, area, external_id,
      specialty, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const at = Date.now();
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM kols WHERE list = ?').run(list);
      for (const k of kols) {
        insert.run(list, k.line, k.name, k.publications, k.trials, k.guidelineRoles, k.country ?? null, k.area ?? null, k.id ?? null,
          k.specialty ?? null, at);
      }
      return kols.length;
    })();
  }

  async kols(list?: string): Promise<StoredKol[]> {
    const rows = this.db.prepare(`SELECT list, line, name, publications, trials, guideline_roles, country, area, external_id, specialty
      FROM kols WHERE ? IS NULL OR list = ? ORDER BY list, line`).all(list ?? null, list ?? null) as KolRow[];
    return rows.map(toKol);
  }
}
