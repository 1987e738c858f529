/** What the enrichment stage (issue 6) found in a post: its full analysis, every finding with its rule and evidence. */
import { z } from 'zod';
import { AppError } from '../../app-error.js';
import { type ApiModule, defineRoute } from '../route.js';
import { PostParams } from '../schemas.js';

export const enrichmentModule: ApiModule = {
  name: 'enrichment',
  capability: 'enrichment',
  routes: [
    defineRoute({
      method: 'get', path: '/api/posts/:platform/:id/analysis', tag: 'posts', access: { permission: 'data:read' },
      summary: 'The enrichment of a post (entities, sentiment, areas, adverse-event, PHI, endorsement and misinformation findings, with evidence); 404 when the post is not visible or not enriched yet.',
      params: PostParams,
      response: z.object({ version: z.string(), analysis: z.record(z.string(), z.unknown()) }),
      handler: async ({ params, store }) => {
        // Visibility first: a deleted post or a hidden account's post has no analysis to show either (R4.1, R4.3).
        const post = await store.getPost(params.platform, params.id);
        const found = post && await store.enrichment.analysisOf(params.platform, params.id);
        if (!found) throw new AppError('not_found', `no enrichment for ${params.platform}/${params.id}`, 'id');
        return { version: found.version, analysis: JSON.parse(found.analysis) as Record<string, unknown> };
      },
    }),
  ],
};
