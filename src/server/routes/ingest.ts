/** Ingest runs, quarantined records and the job queue, read-only. */
import { z } from 'zod';
import { offsetPage } from '../cursor.js';
import { type ApiModule, defineRoute } from '../route.js';
import { PageQuery, page } from '../schemas.js';

const Run = z.object({ id: z.number(), startedAt: z.string(), finishedAt: z.string().optional(), status: z.string(), paths: z.array(z.string()),
  counts: z.record(z.string(), z.number()) });
const Quarantined = z.object({ runId: z.number(), file: z.string(), line: z.number(), item: z.number(), field: z.string().optional(),
  reason: z.string(), raw: z.string(), at: z.string() });
const Job = z.object({ id: z.number(), kind: z.string(), status: z.string(), attempts: z.number() }).passthrough();

export const ingestModule: ApiModule = {
  name: 'ingest',
  routes: [
    defineRoute({
      method: 'get', path: '/api/ingest/runs', tag: 'ingest', access: { permission: 'ingest:read' },
      summary: 'Ingest runs, newest first, with their paths, status and counts.',
      query: PageQuery, response: page(Run),
      handler: async ({ query, store }) => offsetPage(query.cursor, query.limit, async (limit, offset) =>
        (await store.listRuns(limit + offset)).slice(offset)),
    }),
    defineRoute({
      method: 'get', path: '/api/ingest/quarantine', tag: 'ingest', access: { permission: 'ingest:read' },
      summary: 'Records that could not be ingested, with file, line, field and reason.',
      query: PageQuery.extend({ runId: z.coerce.number().int().positive().optional() }), response: page(Quarantined),
      handler: async ({ query, store }) => offsetPage(query.cursor, query.limit, async (limit, offset) =>
        (await store.listQuarantine({ limit: limit + offset, ...(query.runId !== undefined ? { runId: query.runId } : {}) })).slice(offset)),
    }),
    defineRoute({
      method: 'get', path: '/api/jobs', tag: 'ingest', access: { permission: 'ingest:read' },
      summary: 'Jobs in the queue (ingest work shared by workers), with a count per status.',
      query: PageQuery.extend({ status: z.enum(['queued', 'running', 'done', 'dead']).optional() }),
      response: page(Job).extend({ summary: z.record(z.string(), z.number()) }),
      handler: async ({ query, store }) => ({
        ...(await offsetPage(query.cursor, query.limit, async (limit, offset) =>
          (await store.jobs.list({ limit: limit + offset, ...(query.status ? { status: query.status } : {}) })).slice(offset))),
        summary: await store.jobs.summary(),
      }),
    }),
  ],
};
