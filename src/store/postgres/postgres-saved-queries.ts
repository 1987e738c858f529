/** The saved-queries port on PostgreSQL (src/store/saved-queries.ts). */
import type { SavedQuery, SavedQueryStore } from '../saved-queries.js';
import { SAVED_QUERY_SELECT, type SavedQueryRow, toSavedQuery } from '../sqlite/sqlite-saved-queries.js';
import type { PgPool } from './postgres-database.js';

export class PostgresSavedQueries implements SavedQueryStore {
  constructor(private readonly pool: PgPool) {}

  async create(input: { ownerId: number; name: string; query: string; shared: boolean; now: number }): Promise<SavedQuery> {
    const r = await this.pool.query<{ id: number }>(`INSERT INTO saved_queries (owner_id, name, query, shared, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`, [input.ownerId, input.name, input.query, input.shared, input.now]);
    return (await this.get(r.rows[0]!.id))!;
  }

  async get(id: number): Promise<SavedQuery | undefined> {
    const r = await this.pool.query<SavedQueryRow>(`${SAVED_QUERY_SELECT} WHERE s.id = $1`, [id]);
    return r.rows[0] && toSavedQuery(r.rows[0]);
  }

  async listVisibleTo(userId: number): Promise<SavedQuery[]> {
    const r = await this.pool.query<SavedQueryRow>(`${SAVED_QUERY_SELECT} WHERE s.owner_id = $1 OR s.shared
      ORDER BY s.updated_at DESC, s.id DESC`, [userId]);
    return r.rows.map(toSavedQuery);
  }

  async update(id: number, patch: { name?: string; query?: string; shared?: boolean; now: number }): Promise<SavedQuery | undefined> {
    await this.pool.query(`UPDATE saved_queries SET name = coalesce($1, name), query = coalesce($2, query), shared = coalesce($3, shared),
      updated_at = $4 WHERE id = $5`, [patch.name ?? null, patch.query ?? null, patch.shared ?? null, patch.now, id]);
    return this.get(id);
  }

  async delete(id: number): Promise<boolean> {
    return (await this.pool.query('DELETE FROM saved_queries WHERE id = $1', [id])).rowCount === 1;
  }
}
