/** Health and capabilities. */
import { z } from 'zod';
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

