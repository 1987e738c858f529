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
 * Until the HCP registry (issue 4) lands, its routes answer 501 not_available with a sentence
 * that says so; the dashboard shows an explained empty state. The module that lands replaces
 * the placeholder in API_MODULES (src/server/modules.ts).
 */
export const hcpPlaceholder: ApiModule = {
  name: 'hcp-placeholder',
  routes: [
    defineRoute({
      method: 'get', path: '/api/hcp/queue', tag: 'hcp', access: { permission: 'hcp:review' },
      summary: 'HCP verification queue with evidence (lands with the HCP registry, issue 4).',
      query: z.object({ cursor: z.string().optional() }),
      response: z.object({ items: z.array(z.object({ profileId: z.number() }).passthrough()), nextCursor: z.string().nullable() }),
      handler: async () => { throw new AppError('not_available', 'the HCP registry is not part of this build yet (issue 4)'); },
    }),
  ],
};
