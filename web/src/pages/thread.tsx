import { Link } from 'wouter';
import type { Post } from '../api';
import { PostCard } from '../components/posts';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { useSession } from '../session';

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
  const { capabilities } = useSession();
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
            {capabilities.enrichment && <AnalysisPanel platform={platform} id={id} />}
          </div>
        );
      }}</Guard>
    </section>
  );
}

interface AnalysisView {
  version: string;
  analysis: { lang?: string; sentiment?: { label: string }; entities?: Array<{ type: string; name: string; assertion?: string }>;
    areas?: Array<{ id: string }>; ae?: { present: boolean }; misinformation?: { present: boolean }; phi?: unknown[] };
}

/** What the enrichment stage found in the opened post: the facts, with the analyzer version (the full analysis is in the API). */
function AnalysisPanel({ platform, id }: { platform: string; id: string }) {
  const loaded = useApi<AnalysisView>(`/api/posts/${encodeURIComponent(platform)}/${encodeURIComponent(id)}/analysis`);
  if (loaded.error) return <p className="muted small">Not analysed yet: <code>auscult enrich</code> analyses posts loaded before enrichment existed.</p>;
  if (!loaded.data) return null;
  const a = loaded.data.analysis;
  const entities = (a.entities ?? []).filter((e) => e.assertion !== 'negated');
  return (
    <section className="card" aria-labelledby="analysis-title" data-testid="analysis">
      <h2 id="analysis-title">What the analyzer found in this post</h2>
      <dl className="facts">
        <div><dt>language</dt><dd>{a.lang ?? '—'}</dd></div>
        <div><dt>sentiment</dt><dd>{a.sentiment?.label ?? '—'}</dd></div>
        <div><dt>adverse event</dt><dd>{a.ae?.present ? 'possible' : 'no'}</dd></div>
        <div><dt>misinformation</dt><dd>{a.misinformation?.present ? 'possible' : 'no'}</dd></div>
        <div><dt>PHI findings</dt><dd>{a.phi?.length ?? 0}</dd></div>
      </dl>
      <p>{entities.length === 0 ? 'No drugs, conditions or reactions named.' : entities.map((e) => `${e.type}: ${e.name}`).join(' · ')}</p>
      {(a.areas ?? []).length > 0 && <p className="muted">therapy areas: {(a.areas ?? []).map((x) => x.id).join(', ')}</p>}
      <p className="muted small">analyzer {loaded.data.version}</p>
    </section>
  );
}
