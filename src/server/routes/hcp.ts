/**
 * The HCP registry's review API: the verification queue, one account's evidence, registry matches, links and
 * decision history, and the decisions themselves. Every handler calls the same workflow functions as `auscult hcp`
 * (src/hcp/registry-workflow/); decisions are logged and audited there, in one transaction.
 */
import { z } from 'zod';
import { REVIEW_DECISIONS } from '../../hcp/hcp-store.js';
import { HCP_TYPES } from '../../hcp/hcp-types.js';
import { hcpAccountDetail } from '../../hcp/registry-workflow/account-detail.js';
import { ACCOUNT_REF_FORMS, resolveAccount } from '../../hcp/registry-workflow/account-ref.js';
import { linkHcpAccounts } from '../../hcp/registry-workflow/link-accounts.js';
import { reviewQueue } from '../../hcp/registry-workflow/review-queue.js';
import { decideHcp } from '../../hcp/registry-workflow/review-decision.js';
import type { Store } from '../../store/store.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { type ApiModule, defineRoute } from '../route.js';
import { PageQuery, PostParams, page } from '../schemas.js';

const REVIEW = { permission: 'hcp:review' } as const;

const Evidence = z.object({
  rule: z.string(), supports: z.string(), field: z.string(), text: z.string().optional(),
  span: z.tuple([z.number(), z.number()]).optional().meta({ description: '[start, end) of text in the field, for highlighting' }),
  weight: z.number().optional(), note: z.string().optional(),
}).meta({ id: 'HcpEvidence' });

const AccountSummary = z.object({
  platform: z.string(), id: z.string(), handle: z.string(), displayName: z.string().optional(), bio: z.string().optional(),
  location: z.string().optional(), url: z.string().optional(), followers: z.number().optional(),
}).meta({ id: 'HcpAccount' });

const AccountKey = z.object({ platform: z.string(), accountId: z.string(), handle: z.string(), displayName: z.string().optional() });

const Analysis = z.object({
  probability: z.number(), kind: z.string(), type: z.string().nullable(), specialties: z.array(z.string()), credentials: z.array(z.string()),
  country: z.string().nullable(), analyzerVersion: z.string(), analysedAt: z.string(), evidence: z.array(Evidence),
}).meta({ id: 'HcpAnalysis' });

const QueueItem = z.object({
  account: AccountSummary, analysis: Analysis, reach: z.number(), reachSource: z.enum(['followers', 'interactions']),
  value: z.number().meta({ description: 'reach × probability: the order of the queue' }),
}).meta({ id: 'HcpQueueItem' });

const Verification = z.object({
  status: z.enum(['unreviewed', 'verified', 'rejected', 'needs_evidence']), type: z.string().optional(), specialty: z.string().optional(),
  country: z.string().optional(), note: z.string().optional(), by: z.string(), at: z.string(),
}).meta({ id: 'HcpVerification' });

const Decision = z.object({
  id: z.number(), account: AccountKey, other: AccountKey.optional(), decision: z.enum([...REVIEW_DECISIONS, 'link', 'unlink']),
  actor: z.string(), at: z.string(), before: z.record(z.string(), z.unknown()).nullable(), after: z.record(z.string(), z.unknown()).nullable(),
  evidence: z.array(Evidence), note: z.string().optional(), auditSeq: z.number().meta({ description: 'the audit-log entry written with it' }),
}).meta({ id: 'HcpDecision' });

const Match = z.object({
  source: z.string(), recordId: z.string(), score: z.number(), evidence: z.array(Evidence),
  record: z.object({ source: z.string(), id: z.string(), entity: z.string(), firstName: z.string().optional(), middleName: z.string().optional(),
    lastName: z.string().optional(), fullName: z.string().optional(), credential: z.string().optional(),
    taxonomies: z.array(z.object({ code: z.string(), primary: z.boolean() })), specialty: z.string().optional(), city: z.string().optional(),
    state: z.string().optional(), postalCode: z.string().optional(), country: z.string().optional() }),
}).meta({ id: 'HcpRegistryMatch' });

const Link = z.object({
  a: AccountKey, b: AccountKey, status: z.enum(['candidate', 'auto', 'confirmed', 'rejected']), confidence: z.number(), evidence: z.array(Evidence),
  decidedBy: z.string().optional(), decidedAt: z.string().optional(),
}).meta({ id: 'HcpIdentityLink' });

const Detail = z.object({
  account: AccountSummary, analysis: Analysis.nullable(), verification: Verification.nullable(), matches: z.array(Match), links: z.array(Link),
  decisions: z.array(Decision),
}).meta({ id: 'HcpAccountDetail' });

const Note = z.string().trim().max(1000).optional();
const DecisionBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.enum(REVIEW_DECISIONS),
    type: z.enum(HCP_TYPES).optional(),
    specialty: z.string().trim().min(1).max(200).optional().meta({ description: 'a specialty of the lexicon or a NUCC taxonomy name or code' }),
    country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code such as US').optional(),
    note: Note.meta({ description: 'why; required for reject and needs_evidence' }),
  }),
  z.object({
    decision: z.enum(['link', 'unlink']),
    other: z.string().min(3).max(400).meta({ description: `the other account: ${ACCOUNT_REF_FORMS}` }),
    note: Note,
  }),
]).meta({ id: 'HcpDecisionInput' });

const account = (store: Store, params: { platform: string; id: string }) => resolveAccount(store.hcp, `${params.platform}:${params.id}`);

export const hcpModule: ApiModule = {
  name: 'hcp',
  capability: 'hcp',
  routes: [
    defineRoute({
      method: 'get', path: '/api/hcp/queue', tag: 'hcp', access: REVIEW,
      summary: 'Undecided likely HCPs with their evidence, most valuable first (reach × likelihood), paged by cursor.',
      query: PageQuery.extend({
        type: z.enum(HCP_TYPES).optional(),
        country: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code such as US').optional(),
        minProbability: z.coerce.number().min(0).max(1).default(0.5),
      }),
      response: page(QueueItem),
      handler: async ({ query, store }) => reviewQueue(store.hcp, { limit: query.limit, minProbability: query.minProbability,
        ...(query.type ? { type: query.type } : {}), ...(query.country ? { country: query.country } : {}), ...(query.cursor ? { cursor: query.cursor } : {}) }),
    }),
    defineRoute({
      method: 'get', path: '/api/hcp/links', tag: 'hcp', access: REVIEW,
      summary: 'Proposed identity links (candidates, and self-declared ones linked automatically), by confidence; all=true adds decided ones.',
      query: PageQuery.extend({ all: z.enum(['true', 'false']).optional() }),
      response: page(Link),
      handler: async ({ query, store }) => {
        const offset = decodeCursor(query.cursor, 'o') ?? 0;
        const rows = await store.hcp.links({ limit: query.limit + 1, offset, ...(query.all === 'true' ? {} : { statuses: ['candidate', 'auto'] }) });
        return { items: rows.slice(0, query.limit), nextCursor: rows.length > query.limit ? encodeCursor({ o: offset + query.limit }) : null };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/hcp/accounts/:platform/:id', tag: 'hcp', access: REVIEW,
      summary: 'One account (by native id or handle): profile, analysis with evidence, registry matches, identity links, decision history.',
      params: PostParams, response: Detail,
      handler: async ({ params, store }) => hcpAccountDetail(store.hcp, await account(store, params)),
    }),
    defineRoute({
      method: 'get', path: '/api/hcp/accounts/:platform/:id/history', tag: 'hcp', access: REVIEW,
      summary: 'Every decision about the account, oldest first, each with the audit-log entry written with it.',
      params: PostParams, response: z.object({ items: z.array(Decision) }),
      handler: async ({ params, store }) => ({ items: await store.hcp.decisions((await account(store, params)).ref) }),
    }),
    defineRoute({
      method: 'get', path: '/api/hcp/accounts/:platform/:id/matches', tag: 'hcp', access: REVIEW,
      summary: 'Registry records (NPPES, imported CSV registries) that match the account, best first, with score and evidence.',
      params: PostParams, response: z.object({ items: z.array(Match) }),
      handler: async ({ params, store }) => ({ items: await store.hcp.matches((await account(store, params)).ref) }),
    }),
    defineRoute({
      method: 'post', path: '/api/hcp/accounts/:platform/:id/decisions', tag: 'hcp', access: REVIEW,
      summary: 'Decide: verify, reject or needs_evidence (type, specialty, country, note), or link/unlink with another account. ' +
        'Appended to the decision log and the audit log; a reversal is a new decision.',
      params: PostParams, body: DecisionBody, response: Decision,
      handler: async ({ params, body, store, actor }) => {
        const subject = await account(store, params);
        if ('other' in body) {
          const other = await resolveAccount(store.hcp, body.other, 'other');
          return linkHcpAccounts(store.hcp, actor, subject, other, body.decision === 'link', body.note);
        }
        return decideHcp(store.hcp, actor, subject, { decision: body.decision, ...(body.type ? { type: body.type } : {}),
          ...(body.specialty ? { specialty: body.specialty } : {}), ...(body.country ? { country: body.country } : {}),
          ...(body.note ? { note: body.note } : {}) });
      },
    }),
  ],
};
