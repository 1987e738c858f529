import { useMemo } from 'react';
import { Link } from 'wouter';
import type { BreakdownRow, RankedAccount, Stats, VolumePoint } from '../api';
import { SeriesChart, pivot } from '../components/chart';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { useSession } from '../session';

interface Overview {
  window: { from: string; to: string }; stats: Stats; volume: VolumePoint[]; topHashtags: BreakdownRow[]; topAccounts: RankedAccount[];
  spikes: Array<{ day: string; posts: number; baseline: number; zScore: number }>;
}

export function OverviewPage() {
  const loaded = useApi<Overview>('/api/overview');
  const { capabilities } = useSession();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overview</h1>
      <Guard loaded={loaded} what="Loading the overview">{(o) => o.stats.posts === 0 ? (
        <Empty title="No posts yet">
          Load some: <code>auscult ingest exports/</code>, or try the demo corpus with <code>auscult demo</code>. Then come back here.
        </Empty>
      ) : <OverviewBody o={o} enrichment={capabilities.enrichment} />}</Guard>
    </section>
  );
}

function OverviewBody({ o, enrichment }: { o: Overview; enrichment: boolean }) {
  const volume = useMemo(() => pivot(o.volume), [o.volume]);
  const tags = useMemo(() => ({ labels: o.topHashtags.map((h) => `#${h.key}`), series: [{ label: 'posts', values: o.topHashtags.map((h) => h.posts) }] }), [o.topHashtags]);
  return (
    <>
      <p className="muted">{o.window.from.slice(0, 10)} → {o.window.to.slice(0, 10)} · {o.stats.posts.toLocaleString()} posts in the database,
        {' '}{o.stats.accounts.toLocaleString()} accounts, {Object.keys(o.stats.platforms).length} platforms</p>
      <div className="grid">
        <div className="card wide">
          <h2>Volume over time, by author kind</h2>
          {volume.labels.length === 0 ? <Empty title="No posts in this window">Widen the window in Explore.</Empty>
            : <SeriesChart kind="bar" stacked labels={volume.labels} series={volume.series} label="posts per day by author kind" />}
        </div>
        <div className="card">
          <h2>Top hashtags</h2>
          {tags.labels.length === 0 ? <Empty title="No hashtags">Posts in this window carry no hashtags.</Empty>
            : <SeriesChart kind="bar" horizontal labels={tags.labels} series={tags.series} label="top hashtags by posts" height={280} />}
        </div>
        <div className="card">
          <h2>Top voices</h2>
          <ol className="ranked">
            {o.topAccounts.map((a) => (
              <li key={`${a.platform}/${a.handle}`}>
                <Link href={`/accounts/${a.platform}/${encodeURIComponent(a.handle)}`}>{a.displayName ?? a.handle}</Link>
                <span className="muted"> @{a.handle} · {a.platform}</span> <span className="num">{a.interactions.toLocaleString()}</span>
              </li>
            ))}
          </ol>
        </div>
        <div className="card">
          <h2>Recent spikes</h2>
          {o.spikes.length === 0 ? <Empty title="No spikes">No day in this window stands 3 standard deviations above the two weeks before it.</Empty> : (
            <ul className="ranked">
              {o.spikes.map((s) => (
                <li key={s.day}><Link href={`/explore?from=${s.day}&to=${s.day}`}>{s.day}</Link>
                  <span className="muted"> {s.posts} posts vs {s.baseline} usual (z = {s.zScore})</span></li>
              ))}
            </ul>
          )}
        </div>
        <div className="card">
          <h2>Top drugs and conditions</h2>
          {enrichment ? <p>See Explore breakdowns.</p> : (
            <Empty title="Arrives with NLP enrichment">Drugs, conditions and sentiment per post land with the enrichment work (issue 6);
              this card fills in then. Meanwhile, search drug names in Explore.</Empty>
          )}
        </div>
      </div>
    </>
  );
}
