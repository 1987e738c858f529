import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { COMPONENT_NAMES, type DolScore, type Page, type Post } from '../api';
import { SeriesChart } from '../components/chart';
import { PostCard } from '../components/posts';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { can, useSession } from '../session';
import { COMPONENT_LABELS, areaLabel } from './influencers';

interface Account { platform: string; id: string; handle: string; displayName?: string; bio?: string; location?: string; url?: string;
  followers?: number; following?: number; createdAt?: string; posts: number }

interface Evidence { rule: string; supports: string; field: string; text?: string; weight?: number }
interface AccountInfluence {
  analysis: { kind: string; country: string | null; areas: string[]; evidence: Evidence[];
    hcp: { probability: number; type: string | null; specialties: string[]; credentials: string[] } };
  windowDays: number; scores: DolScore[]; topPosts: Post[];
  verification: { status: string; type?: string; specialty?: string; country?: string; at: string } | null;
  linkedAccounts: Array<{ platform: string; id: string; handle: string; status: 'auto' | 'confirmed' }>;
  interactions: Array<{ platform: string; accountId: string; handle: string; displayName?: string; weight: number;
    incoming: Record<string, number>; outgoing: Record<string, number> }>;
}

export function ProfilePage({ platform, id }: { platform: string; id: string }) {
  const base = `/api/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(id)}`;
  const account = useApi<Account>(base);
  const [cursor, setCursor] = useState<string>();
  const [windowDays, setWindowDays] = useState(90);
  const posts = useApi<Page<Post>>(`${base}/posts?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
  const session = useSession();
  const { capabilities } = session;
  const influence = useApi<AccountInfluence>(capabilities.influence
    ? `/api/influence/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(id)}?window=${windowDays}d` : null);
  return (
    <section aria-labelledby="profile-title">
      <Guard loaded={account} what="Loading the profile">{(a) => (
        <>
          <h1 id="profile-title" data-testid="profile-name">{a.displayName ?? a.handle}</h1>
          <p className="muted">@{a.handle} on {a.platform}{a.location ? ` · ${a.location}` : ''}</p>
          {a.bio && <p className="bio">{a.bio}</p>}
          <dl className="facts">
            <div><dt>posts here</dt><dd>{a.posts.toLocaleString()}</dd></div>
            {a.followers !== undefined && <div><dt>followers</dt><dd>{a.followers.toLocaleString()}</dd></div>}
            {a.following !== undefined && <div><dt>following</dt><dd>{a.following.toLocaleString()}</dd></div>}
            {a.createdAt && <div><dt>joined</dt><dd>{a.createdAt.slice(0, 10)}</dd></div>}
          </dl>
          {a.url && <p><a href={a.url} rel="noreferrer noopener" target="_blank">{a.url}</a></p>}
        </>
      )}</Guard>
      {capabilities.influence && (
        <Guard loaded={influence} what="Loading the influence profile">{(p) => (
          <>
            <Verification profile={p} platform={platform} id={id} reviewer={capabilities.hcp && can(session, 'hcp:review')} />
            <InfluenceSections profile={p} windowDays={windowDays} onWindow={setWindowDays} />
          </>
        )}</Guard>
      )}
      <h2>Recent posts</h2>
      <Guard loaded={posts}>{(p) => p.items.length === 0 ? <Empty title="No posts">This account has no visible posts in the database.</Empty> : (
        <>
          {p.items.map((post) => <PostCard key={post.id} post={post} />)}
          {p.nextCursor && <button type="button" onClick={() => setCursor(p.nextCursor!)}>Older posts</button>}
        </>
      )}</Guard>
    </section>
  );
}

interface Decision { id: number; decision: string; actor: string; at: string; note?: string; auditSeq: number;
  other?: { platform: string; handle: string } }

/** The reviewers' decision for everyone; the decision trail for those who may review (it names reviewers and their notes). */
function Verification({ profile: p, platform, id, reviewer }: { profile: AccountInfluence; platform: string; id: string; reviewer: boolean }) {
  const history = useApi<{ items: Decision[] }>(reviewer ? `/api/hcp/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(id)}/history` : null);
  const v = p.verification;
  return (
    <div className="card" data-testid="verification">
      <h2>Verification</h2>
      <p data-testid="verification-status">{v
        ? <><strong>{v.status.replace('_', ' ')}</strong>{[v.type, v.specialty, v.country].filter(Boolean).length > 0 && ` · ${[v.type, v.specialty, v.country].filter(Boolean).join(' · ')}`}
          <span className="muted"> (since {v.at.slice(0, 10)})</span></>
        : <span className="muted">Not reviewed yet{reviewer ? ' — it may be in the HCP review queue.' : '.'}</span>}</p>
      {p.linkedAccounts.length > 0 && (
        <p>Same person on: {p.linkedAccounts.map((l, i) => (
          <span key={`${l.platform}/${l.id}`}>{i > 0 && ', '}<Link href={`/accounts/${l.platform}/${encodeURIComponent(l.id)}`}>@{l.handle} ({l.platform})</Link>
            <span className="muted small"> {l.status === 'auto' ? 'self-declared' : 'confirmed'}</span></span>))}</p>
      )}
      {reviewer && (
        <Guard loaded={history}>{(h) => h.items.length === 0 ? <p className="muted small">No decisions yet.</p> : (
          <ol className="trail" data-testid="verification-history">{h.items.map((d) => (
            <li key={d.id}>{d.at.slice(0, 16).replace('T', ' ')} · <strong>{d.decision.replace('_', ' ')}</strong>
              {d.other && ` @${d.other.handle} (${d.other.platform})`} by {d.actor}{d.note && ` — ${d.note}`}{' '}
              <Link href="/audit?action=hcp.">audit #{d.auditSeq}</Link></li>))}</ol>
        )}</Guard>
      )}
    </div>
  );
}

function InfluenceSections({ profile: p, windowDays, onWindow }: { profile: AccountInfluence; windowDays: number; onWindow: (w: number) => void }) {
  const chart = useMemo(() => ({
    labels: COMPONENT_NAMES.map((c) => COMPONENT_LABELS[c]!),
    series: p.scores.slice(0, 4).map((s) => ({ label: areaLabel(s.area), values: COMPONENT_NAMES.map((c) => s.components[c].normalized) })),
  }), [p.scores]);
  const a = p.analysis;
  return (
    <>
      <div className="grid two">
        <div className="card">
          <h2>Profile analysis</h2>
          <p>{a.kind}{a.hcp.type ? ` · ${a.hcp.type}` : ''} · HCP probability {a.hcp.probability.toFixed(2)}{a.country ? ` · ${a.country}` : ''}</p>
          {a.hcp.specialties.length > 0 && <p className="muted small">specialties: {a.hcp.specialties.join(', ')}</p>}
          {a.hcp.credentials.length > 0 && <p className="muted small">credentials: {a.hcp.credentials.join(', ')}</p>}
          <ul className="small" data-testid="evidence">{a.evidence.slice(0, 10).map((e, i) => (
            <li key={i}><code>{e.rule}</code> → {e.supports} <span className="muted">({e.field}{e.text ? `: “${e.text}”` : ''})</span></li>
          ))}</ul>
        </div>
        <div className="card">
          <h2>DOL scores <select aria-label="score window" value={windowDays} onChange={(e) => onWindow(Number(e.target.value))}>
            {[30, 90, 365].map((w) => <option key={w} value={w}>{w} days</option>)}</select></h2>
          {p.scores.length === 0 ? <Empty title="Not ranked">This account is not on any area's leaderboard in this window.</Empty> : (
            <>
              <table className="table" data-testid="area-scores">
                <thead><tr><th>area</th><th className="num">rank</th><th className="num">percentile</th><th className="num">score</th><th>segment</th></tr></thead>
                <tbody>{p.scores.map((s) => (
                  <tr key={s.area} title={s.why}><td>{areaLabel(s.area)}</td><td className="num">{s.rank}</td><td className="num">{Math.round(s.percentile)}</td>
                    <td className="num">{s.score.toFixed(3)}</td><td>{s.segment}</td></tr>
                ))}</tbody>
              </table>
              <p className="small">{p.scores[0]!.why}</p>
              <SeriesChart kind="bar" labels={chart.labels} series={chart.series} height={240}
                label={`score components (percentile among candidates) in ${chart.series.map((s) => s.label).join(', ')}`} />
            </>
          )}
        </div>
      </div>
      <div className="grid two">
        <div className="card">
          <h2>Who they interact with</h2>
          {p.interactions.length === 0 ? <Empty title="No interactions">None in the window.</Empty> : (
            <table className="table" data-testid="interactions">
              <thead><tr><th>account</th><th className="num">weight</th><th>they → account</th><th>account → them</th></tr></thead>
              <tbody>{p.interactions.map((i) => (
                <tr key={`${i.platform}/${i.accountId}`}>
                  <td><Link href={`/accounts/${i.platform}/${encodeURIComponent(i.accountId)}`}>{i.displayName ?? i.handle}</Link> <span className="muted">@{i.handle}</span></td>
                  <td className="num">{i.weight.toFixed(2)}</td><td className="small">{kinds(i.incoming)}</td><td className="small">{kinds(i.outgoing)}</td></tr>
              ))}</tbody>
            </table>
          )}
        </div>
        <div className="card">
          <h2>Top posts</h2>
          {p.topPosts.length === 0 ? <Empty title="No posts">No visible posts.</Empty> : p.topPosts.map((post) => <PostCard key={post.id} post={post} />)}
        </div>
      </div>
    </>
  );
}

function kinds(k: Record<string, number>): string {
  const parts = Object.entries(k).map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : '—';
}
