/** The saved-queries port on SQLite (src/store/saved-queries.ts). */
import type { SavedQuery, SavedQueryStore } from '../saved-queries.js';
import type { SqliteDatabase } from './sqlite-database.js';

export interface SavedQueryRow { id: number; owner_id: number; username: string; name: string; query: string; shared: number | boolean;
  created_at: number; updated_at: number }

export function toSavedQuery(r: SavedQueryRow): SavedQuery {
  return { id: Number(r.id), ownerId: Number(r.owner_id), ownerName: r.username, name: r.name, query: r.query, shared: Boolean(r.shared),
    createdAt: new Date(Number(r.created_at)).toISOString(), updatedAt: new Date(Number(r.updated_at)).toISOString() };
}

export const SAVED_QUERY_SELECT = 'SELECT s.*, u.username FROM saved_queries s JOIN users u ON u.id = s.owner_id';

export class SqliteSavedQueries implements SavedQueryStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(input: { ownerId: number; name: string; query: string; shared: boolean; now: number }): Promise<SavedQuery> {
    const r = this.db.prepare('INSERT INTO saved_queries (owner_id, name, query, shared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(input.ownerId, input.name, input.query, Number(input.shared), input.now, input.now);
    return (await this.get(Number(r.lastInsertRowid)))!;
  }

  async get(id: number): Promise<SavedQuery | undefined> {
    const r = this.db.prepare(`${SAVED_QUERY_SELECT} WHERE s.id = ?`).get(id) as SavedQueryRow | undefined;
    return r && toSavedQuery(r);
  }

  async listVisibleTo(userId: number): Promise<SavedQuery[]> {
    return (this.db.prepare(`${SAVED_QUERY_SELECT} WHERE s.owner_id = ? OR s.shared = 1 ORDER BY s.updated_at DESC, s.id DESC`)
      .all(userId) as SavedQueryRow[]).map(toSavedQuery);
  }

  async update(id: number, patch: { name?: string; query?: string; shared?: boolean; now: number }): Promise<SavedQuery | undefined> {
    this.db.prepare(`UPDATE saved_queries SET name = coalesce(?, name), query = coalesce(?, query), shared = coalesce(?, shared),
      updated_at = ? WHERE id = ?`).run(patch.name ?? null, patch.query ?? null, patch.shared === undefined ? null : Number(patch.shared), patch.now, id);
    return this.get(id);
  }

  async delete(id: number): Promise<boolean> {
    return this.db.prepare('DELETE FROM saved_queries WHERE id = ?').run(id).changes === 1;
  }
}
