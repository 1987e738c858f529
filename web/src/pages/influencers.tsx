import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { Link, useLocation } from 'wouter';
import { ApiError, COMPONENT_NAMES, type InfluenceAreas, type Leaderboard, type LeaderboardEntry, type LinkedAccount, type Page, type RankedAccount, api, qs } from '../api';
import { PALETTE, SeriesChart } from '../components/chart';
import { Empty, Guard } from '../components/states';
import { useApi, useTheme } from '../hooks';
import { can, useSession } from '../session';

interface Network { nodes: Array<{ platform: string; id: string; handle: string; displayName?: string; interactions: number }>;
  edges: Array<{ source: string; target: string; weight: number }> }

export const COMPONENT_LABELS: Record<string, string> = {
  topical_authority: 'topical authority', peer_endorsement: 'peer endorsement', engagement: 'engagement', reach: 'reach',
  consistency: 'consistency', growth: 'growth',
};
export const areaLabel = (area: string) => area.replace(/_/g, ' ');
const profileHref = (e: { platform: string; accountId: string }) => `/accounts/${e.platform}/${encodeURIComponent(e.accountId)}`;
/** An account as people write it: u/name on Reddit, @handle elsewhere. */
const accountLabel = (a: { platform: string; handle: string }) => (a.platform === 'reddit' ? `u/${a.handle}` : `@${a.handle}`);

export function InfluencersPage() {
  const [windowDays, setWindowDays] = useState(90);
  const [area, setArea] = useState('');
  const [country, setCountry] = useState('');
  const [hcpOnly, setHcpOnly] = useState(false);
  const [cursor, setCursor] = useState<string>();
  const areas = useApi<InfluenceAreas>(`/api/influence/areas?window=${windowDays}d`);
  const available = areas.data?.areas ?? [];
  const chosen = area || available[0]?.area || '';
  const board = useApi<Leaderboard>(chosen ? `/api/influence/leaderboard${qs({ area: chosen, window: `${windowDays}d`, country: country || undefined,
    hcpOnly: hcpOnly ? 'true' : undefined, limit: 25, cursor })}` : null);
  const [size, setSize] = useState(300);
  const network = useApi<Network>(`/api/analytics/network?nodes=${size}`);
  const reset = (f: () => void) => { f(); setCursor(undefined); };
  const countries = available.find((a) => a.area === chosen)?.countries ?? [];
  return (
    <section aria-labelledby="influencers-title">
      <h1 id="influencers-title">Influencers</h1>
      <div className="row" role="group" aria-label="leaderboard filters">
        <label>therapy area
          <select aria-label="therapy area" value={chosen} onChange={(e) => reset(() => { setArea(e.target.value); setCountry(''); })}>
            {available.map((a) => <option key={a.area} value={a.area}>{areaLabel(a.area)} ({a.accounts})</option>)}
          </select></label>
        <label>country
          <select aria-label="country" value={country} onChange={(e) => reset(() => setCountry(e.target.value))}>
            <option value="">all countries</option>
            {countries.map((c) => <option key={c.country} value={c.country}>{c.country} ({c.accounts})</option>)}
          </select></label>
        <label>window
          <select aria-label="window" value={windowDays} onChange={(e) => reset(() => setWindowDays(Number(e.target.value)))}>
            {(areas.data?.windows.length ? areas.data.windows : [30, 90, 365]).map((w) => <option key={w} value={w}>{w} days</option>)}
          </select></label>
        <label className="inline"><input type="checkbox" checked={hcpOnly} onChange={(e) => reset(() => setHcpOnly(e.target.checked))} /> HCPs only</label>
      </div>
      <Guard loaded={areas} what="Loading the therapy areas">{(a) => a.areas.length === 0
        ? <NoScoresYet />
        : (
          <Guard loaded={board} what="Loading the leaderboard">{(b) => <LeaderboardView board={b} onMore={() => setCursor(b.nextCursor ?? undefined)} />}</Guard>
        )}</Guard>
      {chosen && <KolOverlap area={chosen} windowDays={windowDays} />}
      <div className="card">
        <h2>Interaction network <select aria-label="accounts in the network" value={size} onChange={(e) => setSize(Number(e.target.value))}>
          {[100, 300, 1000, 3000, 10000].map((n) => <option key={n} value={n}>{n.toLocaleString()} accounts</option>)}</select></h2>
        <Guard loaded={network} what="Loading the network">{(n) => n.nodes.length < 2
          ? <Empty title="No network yet">Ingest conversations with replies and mentions to see who talks to whom.</Empty>
          : <NetworkGraph network={n} board={board.data?.items ?? []} area={chosen} />}</Guard>
      </div>
    </section>
  );
}

interface Overlap {
  overlap: number; kolsConsidered: number; dolsConsidered: number;
  both: Array<{ kol: { name: string }; dol: { name: string; rank: number } }>;
  kolOnly: Array<{ name: string; publications: number; trials: number; guidelineRoles: number }>;
  dolOnly: Array<{ name: string; rank: number }>;
}

/** Traditional KOLs (an imported list) against the area's digital opinion leaders among HCPs: who is both, who is offline only, who is digital only. */
function KolOverlap({ area, windowDays }: { area: string; windowDays: number }) {
  const session = useSession();
  const report = useApi<Overlap>(`/api/influence/kol-overlap${qs({ area, window: `${windowDays}d` })}`);
  const [message, setMessage] = useState<string>();
  async function upload(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) { setMessage('choose a CSV file'); return; }
    try {
      const r = await api<{ list: string; stored: number; skipped: Array<{ line: number; reason: string }> }>('/api/influence/kols',
        { method: 'POST', body: { list: String(form.get('list') || file.name.replace(/\.csv$/i, '')), csv: await file.text() } });
      setMessage(`list "${r.list}": ${r.stored} KOLs stored${r.skipped.length ? `; skipped ${r.skipped.map((x) => `line ${x.line} (${x.reason})`).join(', ')}` : ''}`);
      report.reload();
    } catch (err) { setMessage(err instanceof ApiError ? err.message : String(err)); }
  }
  return (
    <div className="card" data-testid="kol-overlap">
      <h2>KOLs and digital opinion leaders: {areaLabel(area)}</h2>
      {can(session, 'kols:write') && (
        <form className="row" onSubmit={(e) => void upload(e)}>
          <label>KOL list (CSV: name, publications, trials, guideline roles; optional area, country) <input type="file" name="file" accept=".csv,text/csv" /></label>
          <label>List name <input name="list" maxLength={100} placeholder="from the file name" /></label>
          <button type="submit">Import</button>
        </form>
      )}
      {message && <p className="notice" role="status">{message}</p>}
      <Guard loaded={report}>{(r) => r.kolsConsidered === 0
        ? <Empty title="No KOL list for this area">Import a list of the area's key opinion leaders to see who is also a digital leader, who is offline only, and who leads online without being on it.</Empty>
        : (
          <div className="grid three">
            <div><h3>Both ({r.both.length} of {r.kolsConsidered} KOLs, {Math.round(r.overlap * 100)}%)</h3>
              <ul>{r.both.map((m) => <li key={m.kol.name}>{m.kol.name} <span className="muted">DOL #{m.dol.rank}</span></li>)}</ul></div>
            <div><h3>KOLs not among the top {r.dolsConsidered} DOLs</h3>
              <ul>{r.kolOnly.slice(0, 20).map((k) => <li key={k.name}>{k.name} <span className="muted small">{k.publications} pubs, {k.trials} trials</span></li>)}</ul></div>
            <div><h3>Digital-only leaders</h3>
              <ul>{r.dolOnly.slice(0, 20).map((d) => <li key={`${d.rank}-${d.name}`}>#{d.rank} {d.name}</li>)}</ul></div>
          </div>
        )}</Guard>
    </div>
  );
}

/** Before any DOL run is stored: say how to get one, and rank accounts by the interactions they receive meanwhile. */
function NoScoresYet() {
  const top = useApi<Page<RankedAccount>>('/api/analytics/top-accounts?limit=25');
  return (
    <div className="grid two">
      <Empty title="No DOL scores yet">Run <code>auscult influence compute</code> (the demo does it for you), or let a worker score new ingests.</Empty>
      <div className="card">
        <h2>Top accounts by interactions received</h2>
        <Guard loaded={top}>{(t) => t.items.length === 0 ? <Empty title="No interactions yet">Ingest replies, mentions, reposts or likes to rank accounts.</Empty> : (
          <table className="table">
            <thead><tr><th>#</th><th>account</th><th>platform</th><th className="num">interactions</th><th className="num">posts</th></tr></thead>
            <tbody>{t.items.map((a, i) => (
              <tr key={`${a.platform}/${a.handle}`}><td>{i + 1}</td>
                <td><Link href={`/accounts/${a.platform}/${encodeURIComponent(a.handle)}`}>{a.displayName ?? a.handle}</Link> <span className="muted">@{a.handle}</span></td>
                <td>{a.platform}</td><td className="num">{a.interactions.toLocaleString()}</td><td className="num">{a.posts.toLocaleString()}</td></tr>
            ))}</tbody>
          </table>
        )}</Guard>
      </div>
    </div>
  );
}

function LeaderboardView({ board, onMore }: { board: Leaderboard; onMore: () => void }) {
  const top = board.items.slice(0, 10);
  // Weighted contributions: the stacked bars add up to each account's score.
  const chart = useMemo(() => ({
    labels: top.map((e) => `${e.rank}. ${e.displayName ?? e.handle}`),
    series: COMPONENT_NAMES.map((c) => ({ label: COMPONENT_LABELS[c]!, values: top.map((e) => Math.round(e.components[c].normalized * e.components[c].weight * 1000) / 1000) })),
  }), [top]);
  if (!board.run) return <Empty title="No run for this window">Run <code>auscult influence compute --windows {board.windowDays}</code>.</Empty>;
  return (
    // One column: the "why" sentences need the width of the page.
    <div className="stacked">
      <div className="card">
        <h2>Leaderboard: {areaLabel(board.area)}{board.country ? ` · ${board.country}` : ''} · {board.windowDays} days</h2>
        <p className="muted small">{board.total.toLocaleString()} accounts ranked · as of {new Date(board.run.asOf).toISOString().slice(0, 10)} · {board.run.mode} run</p>
        {board.items.length === 0 ? <Empty title="Nobody ranked">No account of this selection posted in the area or was engaged with on it.</Empty> : (
          <table className="table" data-testid="leaderboard">
            <thead><tr><th>#</th><th>account</th><th className="num">score</th><th>segment</th><th>why</th></tr></thead>
            <tbody>{board.items.map((e) => (
              <tr key={`${e.platform}/${e.accountId}`}><td>{e.rank}</td>
                <td><Link href={profileHref(e)}>{e.displayName ?? e.handle}</Link> <span className="muted">@{e.handle} · {e.platform}</span>
                  {e.hcpStatus === 2 ? <span className="badge"> verified HCP</span> : e.hcpStatus === 1 ? <span className="muted small"> · HCP candidate</span> : null}
                  {e.alsoOn.length > 0 && <AlsoOn accounts={e.alsoOn} />}</td>
                <td className="num">{e.score.toFixed(3)}</td><td>{e.segment}</td><td className="small">{e.why}</td></tr>
            ))}</tbody>
          </table>
        )}
        {board.nextCursor && <button type="button" onClick={onMore}>Next {board.items.length}</button>}
      </div>
      <div className="card">
        <h2>Score components</h2>
        {top.length === 0 ? <Empty title="No scores">Nothing to chart.</Empty>
          : <SeriesChart kind="bar" stacked horizontal labels={chart.labels} series={chart.series} height={360}
            label={`weighted score components of the top ${top.length} in ${areaLabel(board.area)}`} />}
        <p className="muted small">Each bar is a score: component percentile among the area's candidates × its weight (topical authority 0.30, peer
          endorsement 0.25, engagement 0.15, reach, consistency and growth 0.10 each).</p>
      </div>
    </div>
  );
}

/** The person's other linked accounts (scored as one with the account above): a chip each, to its profile. */
function AlsoOn({ accounts }: { accounts: LinkedAccount[] }) {
  return (
    <div className="also-on small" data-testid="also-on"><span className="muted">also on</span>
      <ul aria-label="also on">{accounts.map((a) => (
        <li key={`${a.platform}/${a.accountId}`}><Link className="account-chip" href={profileHref(a)} title={a.displayName}>
          {accountLabel(a)} <span className="muted">· {a.platform}</span></Link></li>))}</ul>
    </div>
  );
}

/** WebGL graph (sigma.js): node size by interactions received; colour by the chosen area's board (verified HCPs apart); ForceAtlas2 layout up front. */
function NetworkGraph({ network, board, area }: { network: Network; board: LeaderboardEntry[]; area: string }) {
  const container = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const [, navigate] = useLocation();
  useEffect(() => {
    if (!container.current) return;
    // A person's other accounts are on the board with them.
    const ranked = new Map(board.flatMap((e) => [e, ...e.alsoOn].map((a) => [`${a.platform}/${a.accountId}`, e] as const)));
    const graph = new Graph({ multi: false, type: 'directed' });
    const max = Math.max(...network.nodes.map((n) => n.interactions));
    network.nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / network.nodes.length;
      const entry = ranked.get(`${n.platform}/${n.id}`);
      graph.addNode(`${n.platform}/${n.id}`, {
        label: n.displayName ?? n.handle, x: Math.cos(angle) * 100, y: Math.sin(angle) * 100,
        size: 2 + 14 * Math.sqrt(n.interactions / max), color: !entry ? '#b8b8b8' : entry.hcpStatus === 2 ? PALETTE[2] : PALETTE[entry.hcpStatus === 1 ? 0 : 1],
        handle: n.handle, platform: n.platform,
      });
    });
    for (const e of network.edges) {
      if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
        graph.addEdge(e.source, e.target, { size: Math.min(4, 0.5 + Math.log1p(e.weight)), color: '#d0d0d0' });
      }
    }
    // Fewer iterations on big graphs: the layout stays under a second or two at 10,000 nodes.
    forceAtlas2.assign(graph, { iterations: graph.order > 3000 ? 40 : 150, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
    // The canvas keeps a light background in both themes, so sigma's default dark labels stay readable.
    const renderer = new Sigma(graph, container.current, { settings: { labelRenderedSizeThreshold: 8, renderEdgeLabels: false } });
    renderer.on('clickNode', ({ node }) => {
      const a = graph.getNodeAttributes(node) as { platform: string; handle: string };
      navigate(`/accounts/${a.platform}/${encodeURIComponent(a.handle)}`);
    });
    return () => renderer.kill();
  }, [network, board, theme, navigate]);
  return (
    <>
      <div ref={container} className="network" role="img" aria-label={`interaction network of ${network.nodes.length} accounts and ${network.edges.length} links`} data-testid="network" />
      <p className="muted small">{network.nodes.length.toLocaleString()} accounts, {network.edges.length.toLocaleString()} links. Size: interactions received;
        colour: on the {areaLabel(area) || 'chosen'} leaderboard as <span style={{ color: PALETTE[0] }}>HCP candidate</span>,
        {' '}<span style={{ color: PALETTE[2] }}>verified HCP</span> or <span style={{ color: PALETTE[1] }}>other account</span>; grey: not ranked.
        Click an account to open its profile; scroll to zoom.</p>
    </>
  );
}
