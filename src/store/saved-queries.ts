/**
 * The saved-queries port (the store's `savedQueries`): named queries in the query language,
 * owned by a user and optionally shared with everyone in the instance. Who may read or change
 * which query is decided by the API (src/server/routes/saved-queries.ts), not here.
 */
export interface SavedQuery {
  id: number;
  ownerId: number;
  ownerName: string;
  name: string;
  query: string;
  shared: boolean;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

export interface SavedQueryStore {
  create(input: { ownerId: number; name: string; query: string; shared: boolean; now: number }): Promise<SavedQuery>;
  get(id: number): Promise<SavedQuery | undefined>;
  /** The viewer's own queries and every shared one, newest first. */
  listVisibleTo(userId: number): Promise<SavedQuery[]>;
  update(id: number, patch: { name?: string; query?: string; shared?: boolean; now: number }): Promise<SavedQuery | undefined>;
  delete(id: number): Promise<boolean>;
}
