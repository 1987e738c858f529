/** Health, capabilities, and the placeholders of features that land with other issues. */
import { z } from 'zod';
import { AppError } from '../../app-error.js';
import { type ApiModule, defineRoute } from '../route.js';

export const metaModule: ApiModule = {
  name: 'meta',
  routes: [
    defineRoute({
      method: 'get', path: '/api/health', tag: 'meta', access: 'public',
      summary: 'Liveness: the server answers and the store can be read.',
      response: z.object({ ok: z.literal(true) }),
      handler: async ({ store }) => { await store.auth.countUsers(); return { ok: true }; },
    }),
    defineRoute({
      method: 'get', path: '/api/capabilities', tag: 'meta', access: 'public',
      summary: 'Which optional parts this build has (enrichment, HCP registry, influence), so clients show their pages. Holds no data.',
      response: z.object({ store: z.enum(['sqlite', 'postgres']), enrichment: z.boolean(), hcp: z.boolean(), influence: z.boolean() }).catchall(z.boolean()),
      handler: async ({ settings, capabilities }) => ({ store: settings.storeKind, enrichment: false, hcp: false, influence: false, ...capabilities }),
    }),
  ],
};

/**
 * Until the influence engine (issue 4) lands, its routes answer 501 not_available with a sentence that says so; the dashboard shows an explained empty state.
 * The module that lands replaces its placeholder in API_MODULES (src/server/modules.ts).
 */
export const influencePlaceholder: ApiModule = {
  name: 'influence-placeholder',
  routes: [
    defineRoute({
      method: 'get', path: '/api/influence/leaderboard', tag: 'influence', access: { permission: 'data:read' },
      summary: 'Digital Opinion Leader leaderboard by therapy area, country and window, with score components (lands with issue 4).',
      query: z.object({ area: z.string().max(100).optional(), country: z.string().max(10).optional(), window: z.string().max(10).optional() }),
      response: z.object({ items: z.array(z.object({ profileId: z.number(), name: z.string(), score: z.number(),
        components: z.record(z.string(), z.number()) })), nextCursor: z.string().nullable() }),
      handler: async () => { throw new AppError('not_available', 'influence scoring is not part of this build yet (issue 4); /api/analytics/top-accounts ranks accounts by interactions received'); },
    }),
  ],
};
