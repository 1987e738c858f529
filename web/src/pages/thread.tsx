import { Link } from 'wouter';
import type { Post } from '../api';
import { PostCard } from '../components/posts';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';

interface Thread { root: Post | null; posts: Post[]; truncated: boolean }

/** Depth of each post under the root, following reply_to links. */
function depths(posts: Post[], rootId: string | undefined): Map<string, number> {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const of = (p: Post, seen = 0): number => {
    if (depth.has(p.id)) return depth.get(p.id)!;
    const parent = p.replyToId ? byId.get(p.replyToId) : undefined;
    const d = p.id === rootId || !parent || seen > 50 ? (p.id === rootId ? 0 : 1) : of(parent, seen + 1) + 1;
    depth.set(p.id, d);
    return d;
  };
  for (const p of posts) of(p);
  return depth;
}

export function ThreadPage({ platform, id }: { platform: string; id: string }) {
  const loaded = useApi<Thread>(`/api/posts/${encodeURIComponent(platform)}/${encodeURIComponent(id)}/thread`);
  return (
    <section aria-labelledby="thread-title">
      <p><Link href="/explore">← Explore</Link></p>
      <h1 id="thread-title">Thread</h1>
      <Guard loaded={loaded} what="Loading the thread">{(t) => {
        if (t.posts.length === 0) return <Empty title="Nothing to show">This thread's posts were deleted or hidden.</Empty>;
        const d = depths(t.posts, t.root?.id);
        return (
          <div className="thread" data-testid="thread">
            {!t.root && <p className="muted">The first post of this thread is not in the database (deleted at source, hidden, or never ingested).</p>}
            {t.posts.map((p) => (
              <div key={p.id} style={{ marginLeft: `${Math.min(d.get(p.id) ?? 0, 8) * 1.5}rem` }} className={p.id === id ? 'focus' : ''}>
                <PostCard post={p} />
              </div>
            ))}
            {t.truncated && <p className="muted">Only the first 500 posts of this thread are shown.</p>}
          </div>
        );
      }}</Guard>
    </section>
  );
}
