import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { Link, useLocation } from 'wouter';
import type { Page, RankedAccount } from '../api';
import { PALETTE } from '../components/chart';
import { Empty, Guard } from '../components/states';
import { useApi, useTheme } from '../hooks';
import { useSession } from '../session';

interface Network { nodes: Array<{ platform: string; id: string; handle: string; displayName?: string; interactions: number }>;
  edges: Array<{ source: string; target: string; weight: number }> }

export function InfluencersPage() {
  const { capabilities } = useSession();
  const [size, setSize] = useState(300);
  const top = useApi<Page<RankedAccount>>('/api/analytics/top-accounts?limit=25');
  const network = useApi<Network>(`/api/analytics/network?nodes=${size}`);
  return (
    <section aria-labelledby="influencers-title">
      <h1 id="influencers-title">Influencers</h1>
      {!capabilities.influence && (
        <p className="notice">Digital Opinion Leader leaderboards by therapy area, country and window, with their score components, arrive with the
          influence engine (issue 4). Until then this page ranks accounts by the interactions they receive and draws who interacts with whom.</p>
      )}
      <div className="grid two">
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
        <div className="card">
          <h2>Interaction network <select aria-label="accounts in the network" value={size} onChange={(e) => setSize(Number(e.target.value))}>
            {[100, 300, 1000, 3000, 10000].map((n) => <option key={n} value={n}>{n.toLocaleString()} accounts</option>)}</select></h2>
          <Guard loaded={network} what="Loading the network">{(n) => n.nodes.length < 2
            ? <Empty title="No network yet">Ingest conversations with replies and mentions to see who talks to whom.</Empty>
            : <NetworkGraph network={n} />}</Guard>
        </div>
      </div>
    </section>
  );
}

/** WebGL graph (sigma.js): node size by interactions received, colour by platform; ForceAtlas2 layout computed up front. */
function NetworkGraph({ network }: { network: Network }) {
  const container = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const [, navigate] = useLocation();
  useEffect(() => {
    if (!container.current) return;
    const graph = new Graph({ multi: false, type: 'directed' });
    const platforms = [...new Set(network.nodes.map((n) => n.platform))];
    const max = Math.max(...network.nodes.map((n) => n.interactions));
    network.nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / network.nodes.length;
      graph.addNode(`${n.platform}/${n.id}`, {
        label: n.displayName ?? n.handle, x: Math.cos(angle) * 100, y: Math.sin(angle) * 100,
        size: 2 + 14 * Math.sqrt(n.interactions / max), color: PALETTE[platforms.indexOf(n.platform) % PALETTE.length], handle: n.handle, platform: n.platform,
      });
    });
    for (const e of network.edges) {
      if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
        graph.addEdge(e.source, e.target, { size: Math.min(4, 0.5 + Math.log1p(e.weight)), color: '#c8c8c8' });
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
  }, [network, theme, navigate]);
  return (
    <>
      <div ref={container} className="network" role="img" aria-label={`interaction network of ${network.nodes.length} accounts and ${network.edges.length} links`} data-testid="network" />
      <p className="muted small">{network.nodes.length.toLocaleString()} accounts, {network.edges.length.toLocaleString()} links. Size: interactions received;
        colour: platform. Click an account to open its profile; scroll to zoom.</p>
    </>
  );
}
