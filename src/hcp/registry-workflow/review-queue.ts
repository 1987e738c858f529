/**
 * The verification queue: undecided accounts whose HCP probability reaches a floor, ordered by value =
 * reach (followers, else interactions received) × likelihood, so reviewers spend their time where it matters most.
 * Pages by an opaque keyset cursor, stable while decisions remove accounts from earlier pages.
 */
import { AppError } from '../../app-error.js';
import type { HcpStore, QueueRow } from '../hcp-store.js';
import { HCP_TYPES } from '../hcp-types.js';
import { type AnalysisView, type AccountSummary, analysisView, accountSummary } from './views.js';

export const DEFAULT_MIN_PROBABILITY = 0.5;

export interface QueueRequest {
  type?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  minProbability?: number;
  limit?: number;
  cursor?: string;
}

export interface QueueItem {
  account: AccountSummary;
  analysis: AnalysisView;
  reach: number;
  reachSource: 'followers' | 'interactions';
  value: number;
}

export async function reviewQueue(hcp: HcpStore, request: QueueRequest = {}): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  if (request.type !== undefined && !(HCP_TYPES as readonly string[]).includes(request.type)) {
    throw new AppError('invalid_request', `type "${request.type}": expected one of ${HCP_TYPES.join(', ')}`, 'type');
  }
  if (request.country !== undefined && !/^[A-Za-z]{2}$/.test(request.country)) {
    throw new AppError('invalid_request', `country "${request.country}": expected an ISO 3166-1 alpha-2 code such as US or GB`, 'country');
  }
  const minProbability = request.minProbability ?? DEFAULT_MIN_PROBABILITY;
  if (!(minProbability >= 0 && minProbability <= 1)) {
    throw new AppError('invalid_request', `min probability ${minProbability}: expected a number from 0 to 1`, 'minProbability');
  }
  const limit = request.limit ?? 50;
  const after = decodeQueueCursor(request.cursor);
  const rows = await hcp.queue({ minProbability, limit: limit + 1, ...(request.type ? { type: request.type } : {}),
    ...(request.country ? { country: request.country } : {}), ...(after ? { after } : {}) });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toItem), nextCursor: rows.length > limit && last ? encodeQueueCursor(last) : null };
}

function toItem(row: QueueRow): QueueItem {
  return { account: accountSummary(row.account), analysis: analysisView(row.analysis), reach: row.reach, reachSource: row.reachSource,
    value: Math.round(row.value * 1000) / 1000 };
}

function encodeQueueCursor(row: QueueRow): string {
  return Buffer.from(JSON.stringify({ v: row.value, r: row.account.ref })).toString('base64url');
}

function decodeQueueCursor(cursor: string | undefined): { value: number; ref: number } | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; r?: unknown };
    if (typeof c.v === 'number' && Number.isFinite(c.v) && typeof c.r === 'number' && Number.isInteger(c.r)) return { value: c.v, ref: c.r };
  } catch {
    // fall through
  }
  throw new AppError('invalid_request', 'cursor is not one the queue returned', 'cursor');
}
