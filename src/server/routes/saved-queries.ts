/** Saved queries: each user's own, and those shared with everyone in the instance. */
import { z } from 'zod';
import { AppError } from '../../app-error.js';
import type { AuthenticatedUser } from '../../auth/auth-service.js';
import type { SavedQuery as SavedQueryRecord } from '../../store/saved-queries.js';
import type { Store } from '../../store/store.js';
import { ownsOrManages } from '../access.js';
import { encodeCursor, decodeCursor } from '../cursor.js';
import { parseQueryParam } from '../query-param.js';
import { type ApiModule, defineRoute } from '../route.js';
import { IdParam, PageQuery, SavedQuery, page } from '../schemas.js';

/** A saved query the user may see (own or shared); otherwise not found — whether it exists is not revealed. */
export async function visibleSavedQuery(store: Store, user: AuthenticatedUser, id: number): Promise<SavedQueryRecord> {
  const saved = await store.savedQueries.get(id);
  if (!saved || (!saved.shared && saved.ownerId !== user.id)) throw new AppError('not_found', `no saved query ${id}`, 'id');
  return saved;
}

function view(saved: SavedQueryRecord, user: AuthenticatedUser) {
  return { ...saved, canEdit: ownsOrManages(user, saved.ownerId) && user.role !== 'viewer' };
}

const Input = z.object({
  name: z.string().trim().min(1).max(100),
  query: z.string().min(1).max(2000),
  shared: z.boolean().default(false),
});

export const savedQueriesModule: ApiModule = {
  name: 'saved-queries',
  routes: [
    defineRoute({
      method: 'get', path: '/api/saved-queries', tag: 'saved queries', access: { permission: 'data:read' },
      summary: 'Your saved queries and the shared ones, most recently changed first.',
      query: PageQuery, response: page(SavedQuery),
      handler: async ({ query, store, user }) => {
        const all = await store.savedQueries.listVisibleTo(user!.id);
        const offset = decodeCursor(query.cursor, 'o') ?? 0;
        return { items: all.slice(offset, offset + query.limit).map((s) => view(s, user!)),
          nextCursor: all.length > offset + query.limit ? encodeCursor({ o: offset + query.limit }) : null };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/saved-queries', tag: 'saved queries', access: { permission: 'queries:write' },
      summary: 'Save a query (checked against the query language first).',
      body: Input, response: SavedQuery,
      handler: async ({ body, store, user, auth, actor }) => {
        parseQueryParam(body.query, 'query');
        const saved = await store.savedQueries.create({ ownerId: user!.id, name: body.name, query: body.query, shared: body.shared, now: Date.now() });
        await auth.audit(actor, { action: 'savedquery.create', target: `savedquery:${saved.id}`, outcome: 'ok', details: { shared: saved.shared } });
        return view(saved, user!);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/saved-queries/:id', tag: 'saved queries', access: { permission: 'data:read' },
      summary: 'One saved query (yours or shared).',
      params: IdParam, response: SavedQuery,
      handler: async ({ params, store, user }) => view(await visibleSavedQuery(store, user!, params.id), user!),
    }),
    defineRoute({
      method: 'patch', path: '/api/saved-queries/:id', tag: 'saved queries', access: { permission: 'queries:write' },
      summary: 'Rename, change or (un)share a saved query: its owner, or an admin.',
      params: IdParam, body: Input.partial(), response: SavedQuery,
      handler: async ({ params, body, store, user, auth, actor }) => {
        const saved = await visibleSavedQuery(store, user!, params.id);
        if (!ownsOrManages(user!, saved.ownerId)) throw new AppError('forbidden', 'only its owner or an admin may change this saved query');
        if (body.query !== undefined) parseQueryParam(body.query, 'query');
        const updated = (await store.savedQueries.update(saved.id, { ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.query !== undefined ? { query: body.query } : {}), ...(body.shared !== undefined ? { shared: body.shared } : {}), now: Date.now() }))!;
        await auth.audit(actor, { action: 'savedquery.update', target: `savedquery:${saved.id}`, outcome: 'ok', details: { shared: updated.shared } });
        return view(updated, user!);
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/saved-queries/:id', tag: 'saved queries', access: { permission: 'queries:write' },
      summary: 'Delete a saved query: its owner, or an admin.',
      params: IdParam, response: z.object({ deleted: z.literal(true) }),
      handler: async ({ params, store, user, auth, actor }) => {
        const saved = await visibleSavedQuery(store, user!, params.id);
        if (!ownsOrManages(user!, saved.ownerId)) throw new AppError('forbidden', 'only its owner or an admin may delete this saved query');
        await store.savedQueries.delete(saved.id);
        await auth.audit(actor, { action: 'savedquery.delete', target: `savedquery:${saved.id}`, outcome: 'ok', details: { owner: saved.ownerName } });
        return { deleted: true };
      },
    }),
  ],
};
