/**
 * Turns a batch of ingest events into set-shaped work for PostgreSQL: one row per account,
 * post and edge, so that each kind is written by a few statements instead of one per event.
 *
 * @NOTE the reduction follows the store rules (docs/architecture.md), which do not depend on
 * the order of events; that is what lets a whole batch be applied kind by kind.
 */
import type { Account, AccountStatus } from '../../domain/account.js';
import type { Interaction } from '../../domain/interaction.js';
import type { Post } from '../../domain/post.js';
import type { IngestEvent } from '../../ingest/events.js';
import { isNewerVersion, postContentHash } from '../content-hash.js';
import { ACCOUNT_DELETED } from '../tombstone-reasons.js';
import { withoutNul } from './postgres-copy.js';

export interface AccountKey { platform: string; nativeId: string }

export interface PostCopy {
  post: Post;
  hash: string;
  versionAt: number;
}

/** All copies of one post in the batch: the one served, the other texts, and the largest counts. */
export interface PostPlan {
  winner: PostCopy;
  /** Other texts, each with the latest time it was seen; never the winner's text. */
  others: Map<string, PostCopy>;
  metrics: Post['metrics'];
  /** How many copies the batch held (a page repeats quoted and replied-to posts). */
  copies: number;
}

export interface DeletePlan { platform: string; nativeId: string; at: number; reason: string }

export interface BatchPlan {
  /** One merged snapshot per account. */
  snapshots: Account[];
  /** Accounts known only by reference, with a handle when some event named one. */
  stubs: Array<AccountKey & { handle: string }>;
  statuses: Array<{ platform: string; accountId: string; status: AccountStatus; at: number }>;
  deletes: DeletePlan[];
  edgeDeletes: Array<{ platform: string; kind: Interaction['kind']; key: string; at: number }>;
  posts: PostPlan[];
  edges: Interaction[];
}

const key = (platform: string, id: string) => `${platform}\u0000${id}`;

export function planBatch(events: readonly IngestEvent[]): BatchPlan {
  const snapshots = new Map<string, Account>();
  const stubs = new Map<string, AccountKey & { handle: string }>();
  const statuses: BatchPlan['statuses'] = [];
  const deletes = new Map<string, DeletePlan>();
  const edgeDeletes = new Map<string, BatchPlan['edgeDeletes'][number]>();
  const posts = new Map<string, PostPlan>();
  const edges = new Map<string, Interaction>();

  const stub = (platform: string, nativeId: string, handle?: string) => {
    const k = key(platform, nativeId);
    const named = handle !== undefined && handle !== nativeId ? withoutNul(handle) : undefined;
    const known = stubs.get(k);
    if (!known) stubs.set(k, { platform, nativeId, handle: named ?? nativeId });
    else if (named && known.handle === nativeId) known.handle = named;
  };

  for (const event of events) {
    switch (event.kind) {
      case 'account': {
        const a = clean(event.account);
        const k = key(a.platform, a.nativeId);
        const known = snapshots.get(k);
        snapshots.set(k, known ? mergeSnapshots(known, a) : a);
        if (a.status) statuses.push({ platform: a.platform, accountId: a.nativeId, status: a.status, at: a.snapshotAt });
        break;
      }
      case 'account-status':
        stub(event.platform, event.accountId);
        statuses.push({ platform: event.platform, accountId: event.accountId, status: event.status, at: event.at });
        break;
      case 'post': {
        const post = cleanPost(event.post);
        stub(post.platform, post.authorId, post.authorHandle);
        addCopy(posts, post);
        break;
      }
      case 'delete': {
        const d = { platform: event.platform, nativeId: event.nativeId, at: event.at, reason: event.reason };
        const k = key(d.platform, d.nativeId);
        const known = deletes.get(k);
        if (!known || outranks(d, known)) deletes.set(k, d);
        break;
      }
      case 'interaction': {
        const i = event.interaction;
        stub(i.platform, i.fromAccountId);
        if (i.toAccountId) stub(i.platform, i.toAccountId);
        const k = `${key(i.platform, i.kind)}\u0000${i.key}`;
        if (!edges.has(k)) edges.set(k, i);
        break;
      }
      case 'interaction-delete': {
        const k = `${key(event.platform, event.interactionKind)}\u0000${event.key}`;
        const at = event.at ?? 0;
        const known = edgeDeletes.get(k);
        if (!known || at < known.at) edgeDeletes.set(k, { platform: event.platform, kind: event.interactionKind, key: event.key, at });
        break;
      }
    }
  }
  return {
    snapshots: [...snapshots.values()], stubs: [...stubs.values()], statuses, deletes: [...deletes.values()],
    edgeDeletes: [...edgeDeletes.values()], posts: [...posts.values()], edges: [...edges.values()],
  };
}

/** Tombstone precedence, as in the store rules: a post's own deletion, then the earliest, then by reason. */
export function outranks(a: { at: number; reason: string }, b: { at: number; reason: string }): boolean {
  const ra = a.reason === ACCOUNT_DELETED ? 1 : 0;
  const rb = b.reason === ACCOUNT_DELETED ? 1 : 0;
  if (ra !== rb) return ra < rb;
  if (a.at !== b.at) return a.at < b.at;
  return a.reason < b.reason;
}

const PROFILE_FIELDS = ['displayName', 'bio', 'location', 'url', 'followersCount', 'followingCount', 'postsCount', 'createdAt'] as const;

/**
 * Two snapshots of one account as one: the newer replaces the fields it carries, the older
 * only fills empty ones (the same rule the store applies to what is already stored).
 */
export function mergeSnapshots(a: Account, b: Account): Account {
  const [older, newer] = b.snapshotAt > a.snapshotAt ? [a, b] : [b, a];
  const strictlyNewer = newer.snapshotAt > older.snapshotAt;
  const base = strictlyNewer ? newer : a;
  const fill = strictlyNewer ? older : b;
  const merged: Account = { ...base };
  for (const f of PROFILE_FIELDS) if (merged[f] === undefined && fill[f] !== undefined) (merged as unknown as Record<string, unknown>)[f] = fill[f];
  return merged;
}

function addCopy(posts: Map<string, PostPlan>, post: Post): void {
  const copy: PostCopy = { post, hash: postContentHash(post), versionAt: post.editedAt ?? post.createdAt };
  const k = key(post.platform, post.nativeId);
  const plan = posts.get(k);
  if (!plan) {
    posts.set(k, { winner: copy, others: new Map(), metrics: { ...post.metrics }, copies: 1 });
    return;
  }
  plan.copies++;
  plan.metrics = largest(plan.metrics, post.metrics);
  if (copy.hash === plan.winner.hash) {
    if (copy.versionAt > plan.winner.versionAt) plan.winner = { ...plan.winner, versionAt: copy.versionAt };
    return;
  }
  if (isNewerVersion(copy, plan.winner)) {
    keepOther(plan.others, plan.winner);
    plan.others.delete(copy.hash);
    plan.winner = copy;
  } else {
    keepOther(plan.others, copy);
  }
}

function keepOther(others: Map<string, PostCopy>, copy: PostCopy): void {
  const known = others.get(copy.hash);
  if (!known || copy.versionAt > known.versionAt) others.set(copy.hash, copy);
}

function largest(a: Post['metrics'], b: Post['metrics']): Post['metrics'] {
  const out: Post['metrics'] = { ...a };
  for (const m of ['likes', 'reposts', 'replies', 'quotes', 'views', 'score'] as const) {
    const x = a[m];
    const y = b[m];
    if (y !== undefined && (x === undefined || y > x)) out[m] = y;
  }
  return out;
}

/** PostgreSQL text and jsonb cannot hold NUL: drop it from every string a post carries. */
function cleanPost(post: Post): Post {
  const strings = (list: string[]) => list.map(withoutNul);
  const out: Post = {
    ...post, text: withoutNul(post.text), hashtags: strings(post.hashtags), mentions: strings(post.mentions),
    links: strings(post.links),
  };
  if (post.title !== undefined) out.title = withoutNul(post.title);
  if (post.authorHandle !== undefined) out.authorHandle = withoutNul(post.authorHandle);
  if (post.url !== undefined) out.url = withoutNul(post.url);
  if (post.extra !== undefined) {
    out.extra = Object.fromEntries(Object.entries(post.extra)
      .map(([k, v]) => [withoutNul(k), typeof v === 'string' ? withoutNul(v) : v]));
  }
  return out;
}

function clean(account: Account): Account {
  const out: Account = { ...account, handle: withoutNul(account.handle) };
  for (const f of ['displayName', 'bio', 'location', 'url'] as const) {
    const v = account[f];
    if (v !== undefined) out[f] = withoutNul(v);
  }
  return out;
}
