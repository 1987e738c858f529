import { useMemo } from 'react';
import { Link } from 'wouter';
import type { BreakdownRow, Stats, VolumePoint } from '../api';
import { SeriesChart, pivot } from '../components/chart';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { useSession } from '../session';

interface TopVoice { platform: string; id: string; handle: string; displayName?: string; interactions: number }
interface Overview {
  window: { from: string; to: string }; stats: Stats; volume: VolumePoint[]; topHashtags: BreakdownRow[]; topVoices: TopVoice[];
  topDrugs: BreakdownRow[]; topConditions: BreakdownRow[]; sentiment: BreakdownRow[];
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
          {o.topVoices.length === 0 ? <Empty title="No interactions in this window">Replies, mentions, reposts and likes rank the voices here.</Empty> : (
            <ol className="ranked">
              {o.topVoices.map((a) => (
                <li key={`${a.platform}/${a.id}`}>
                  <Link href={`/accounts/${a.platform}/${encodeURIComponent(a.id)}`}>{a.displayName ?? a.handle}</Link>
                  <span className="muted"> @{a.handle} · {a.platform}</span> <span className="num">{a.interactions.toLocaleString()}</span>
                </li>
              ))}
            </ol>
          )}
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
          <h2>Top drugs</h2>
          {o.topDrugs.length > 0 ? <Ranked rows={o.topDrugs} field="drug" label="posts mentioning each drug" /> : (
            <Empty title={enrichment ? 'No drugs found in this window' : 'Arrives with NLP enrichment'}>
              {enrichment ? <>Posts are enriched as they are ingested; run <code>auscult enrich</code> for posts loaded before.</>
                : 'Drugs, conditions and sentiment per post come from the enrichment stage.'}</Empty>
          )}
        </div>
        <div className="card">
          <h2>Top conditions</h2>
          {o.topConditions.length > 0 ? <Ranked rows={o.topConditions} field="condition" label="posts mentioning each condition" />
            : <Empty title="No conditions found in this window">Run <code>auscult enrich</code> if posts were loaded before enrichment existed.</Empty>}
          {o.sentiment.length > 0 && <p className="muted small" data-testid="sentiment-summary">Sentiment: {o.sentiment.map((s) => `${s.key} ${s.posts.toLocaleString()}`).join(' · ')}</p>}
        </div>
      </div>
    </>
  );
}

/** A short ranked list as a horizontal bar chart. */
function Ranked({ rows, label }: { rows: BreakdownRow[]; field: string; label: string }) {
  return (
    <SeriesChart kind="bar" horizontal labels={rows.map((r) => r.key)} series={[{ label: 'posts', values: rows.map((r) => r.posts) }]} label={label}
      height={Math.max(120, rows.length * 26)} />
  );
}
