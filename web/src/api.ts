/** The dashboard's one door to the API: JSON in and out, errors as ApiError with the API's stable code, field and column. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string, readonly column?: number) {
    super(message);
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: init.body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const e = (data as { error?: { code: string; message: string; field?: string; column?: number } } | undefined)?.error;
    throw new ApiError(response.status, e?.code ?? 'http_error', e?.message ?? `HTTP ${response.status}`, e?.field, e?.column);
  }
  return data as T;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface Post {
  platform: string; id: string; text: string; title?: string; author: string; authorId: string; authorName?: string; authorKind?: string;
  lang?: string; createdAt: string; url?: string; replyToId?: string; rootId?: string; hashtags: string[]; mentions: string[];
  metrics: { likes: number; reposts: number; replies: number; quotes: number; views?: number; score?: number }; rating?: number;
}
export interface Me { user: { id: number; username: string; role: string; via: string; mfaEnabled: boolean }; permissions: string[] }
export interface Capabilities { store: string; enrichment: boolean; hcp: boolean; influence: boolean }
export interface VolumePoint { bucket: string; key: string; posts: number }
export interface BreakdownRow { key: string; posts: number }
export interface RankedAccount { platform: string; handle: string; displayName?: string; interactions: number; posts: number }
export interface SavedQuery { id: number; ownerId: number; ownerName: string; name: string; query: string; shared: boolean; updatedAt: string; canEdit: boolean }
export interface Stats { posts: number; accounts: number; interactions: number; quarantined: number; tombstones: number; platforms: Record<string, number>;
  firstPostAt?: string; lastPostAt?: string }
export interface AuditEntry { seq: number; at: string; actor: string; action: string; target?: string; outcome: string; reason?: string;
  details?: Record<string, unknown>; hash: string }
export interface User { id: number; username: string; role: string; disabled: boolean; createdAt: string; mfaEnabled: boolean }
export interface Token { id: number; username: string; name: string; scope: string; prefix: string; createdAt: string; lastUsedAt: string | null;
  revokedAt: string | null; expiresAt: string | null }

/** Digital Opinion Leaders (src/server/routes/influence.ts). */
export const COMPONENT_NAMES = ['topical_authority', 'peer_endorsement', 'engagement', 'reach', 'consistency', 'growth'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
export interface DolScore {
  rank: number; percentile: number; score: number; area: string; country: string; windowDays: number; platform: string; accountId: string;
  handle: string; displayName?: string; followers?: number; hcpStatus: number; segment: 'creator' | 'engager' | 'consumer'; why: string;
  components: Record<ComponentName, { raw: number; normalized: number; weight: number }>;
}
/** Another account of the same person: joined by an identity link a reviewer confirmed, or one the person declared. */
export interface LinkedAccount { platform: string; accountId: string; handle: string; displayName?: string }
/** A leaderboard entry: the person under their first account, and their other accounts. */
export interface LeaderboardEntry extends DolScore { alsoOn: LinkedAccount[] }
export interface InfluenceRun { id: number; mode: string; windowDays: number; asOf: number; accounts: number; posts: number; interactions: number }
export interface Leaderboard { area: string; country: string | null; windowDays: number; run: InfluenceRun | null; total: number; items: LeaderboardEntry[]; nextCursor: string | null }
export interface InfluenceAreas { windowDays: number; run: InfluenceRun | null; windows: number[];
  areas: Array<{ area: string; accounts: number; hcps: number; countries: Array<{ country: string; accounts: number }> }> }
