/**
 * Every API module, in order. To add a feature's endpoints: write an ApiModule (routes with
 * their zod schemas and access) and list it here; give it a `capability` so the dashboard can
 * tell it is present (/api/capabilities).
 */
import { adminModule } from './routes/admin.js';
import { analyticsModule } from './routes/analytics.js';
import { authModule } from './routes/auth.js';
import { enrichmentModule } from './routes/enrichment.js';
import { ingestModule } from './routes/ingest.js';
import { hcpModule } from './routes/hcp.js';
import { influenceModule } from './routes/influence.js';
import { metaModule } from './routes/meta.js';
import { postsModule } from './routes/posts.js';
import { savedQueriesModule } from './routes/saved-queries.js';
import type { ApiModule } from './route.js';

export const API_MODULES: readonly ApiModule[] = [
  metaModule, authModule, postsModule, analyticsModule, enrichmentModule, savedQueriesModule, ingestModule, adminModule,
  influenceModule, hcpModule,
];
