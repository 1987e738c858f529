import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { api, ApiError, type BreakdownRow, type Page, type Post, qs, type SavedQuery, type VolumePoint } from '../api';
import { SeriesChart, pivot } from '../components/chart';
import { PostList, queryWords } from '../components/posts';
import { Empty, ErrorState, Guard, Loading } from '../components/states';
import { useApi } from '../hooks';
import { can, useSession } from '../session';

const CHIP_FIELDS = ['platform', 'lang', 'kind', 'verified', 'country', 'specialty', 'author', 'has'] as const;

interface Chip { field: string; value: string }

function parseChips(text: string | null): Chip[] {
  if (!text) return [];
  return text.split(' ').filter(Boolean).map((c) => { const [field, ...rest] = c.split(':'); return { field: field!, value: rest.join(':') }; });
}

export function ExplorePage() {
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const session = useSession();
  const q = search.get('q') ?? '';
  const chips = parseChips(search.get('chips'));
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const effective = [q.trim() && (chips.length ? `(${q.trim()})` : q.trim()), ...chips.map((c) => `${c.field}:${c.value}`)].filter(Boolean).join(' ');

  const go = (next: { q?: string; chips?: Chip[]; from?: string; to?: string }) => {
    const merged = { q, chips, from, to, ...next };
    navigate(`/explore${qs({ q: merged.q, chips: merged.chips.map((c) => `${c.field}:${c.value}`).join(' '), from: merged.from, to: merged.to })}`);
  };

  return (
    <section aria-labelledby="explore-title">
      <h1 id="explore-title">Explore</h1>
      <QueryBox initial={q} onRun={(text) => go({ q: text })} />
      <div className="chips" aria-label="filters">
        {chips.map((c, i) => (
          <span className="chip" key={`${c.field}:${c.value}`}>{c.field}:{c.value}
            <button type="button" aria-label={`remove filter ${c.field}:${c.value}`} onClick={() => go({ chips: chips.filter((_, j) => j !== i) })}>×</button></span>
        ))}
        <AddChip onAdd={(chip) => go({ chips: [...chips, chip] })} />
        <label className="inline">from <input type="date" value={from} onChange={(e) => go({ from: e.target.value })} /></label>
        <label className="inline">to <input type="date" value={to} onChange={(e) => go({ to: e.target.value })} /></label>
      </div>
      {effective === '' ? (
        <Empty title="Type a query to start">
          Try <button type="button" className="link" onClick={() => go({ q: '(ozempic OR semaglutide) AND (nausea OR vomiting)' })}>(ozempic OR semaglutide) AND (nausea OR vomiting)</button>
          {' '}or <button type="button" className="link" onClick={() => go({ q: '#ASCO24' })}>#ASCO24</button>. Syntax help is under the box.
        </Empty>
      ) : <Results query={effective} from={from} to={to} canExport={can(session, 'data:export')} canSave={can(session, 'queries:write')} />}
      <ShareOfVoice from={from} to={to} />
    </section>
  );
}

function QueryBox({ initial, onRun }: { initial: string; onRun: (q: string) => void }) {
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const submit = (e: FormEvent) => { e.preventDefault(); onRun(text); };
  return (
    <form onSubmit={submit} className="querybox" role="search">
      <label htmlFor="q" className="visually-hidden">Query</label>
      <input id="q" name="q" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off"
        placeholder='(ozempic OR semaglutide) AND nausea -giveaway lang:en' aria-describedby="syntax-help" />
      <button type="submit">Search</button>
      <details id="syntax-help">
        <summary>Syntax help</summary>
        <ul>
          <li><code>ozempic AND nausea</code>, <code>ozempic OR wegovy</code>, <code>-giveaway</code> or <code>NOT giveaway</code>, parentheses</li>
          <li><code>"weight loss"</code> phrase · <code>sema*</code> prefix · <code>insulin NEAR/5 price</code></li>
          <li><code>#ASCO24</code> hashtag · <code>@drjane</code> mention</li>
          <li>fields: <code>platform:reddit</code> <code>lang:en</code> <code>author:drjane</code> <code>kind:hcp</code> <code>verified:true</code> <code>country:US</code> <code>specialty:oncology</code> <code>has:link</code> <code>rating:&gt;=8</code> <code>from:2024-01-01</code> <code>to:-7d</code></li>
          <li>from the enrichment: <code>drug:ozempic</code> (brands and ingredients), <code>condition:cancer</code> (and its kinds) <code>reaction:nausea</code> <code>sentiment:negative</code> <code>area:oncology</code> <code>flag:ae</code></li>
        </ul>
      </details>
    </form>
  );
}

function AddChip({ onAdd }: { onAdd: (c: Chip) => void }) {
  const [field, setField] = useState<string>('platform');
  const [value, setValue] = useState('');
  return (
    <form className="addchip" onSubmit={(e) => { e.preventDefault(); if (value.trim()) { onAdd({ field, value: value.trim().replace(/\s+/g, '') }); setValue(''); } }}>
      <label className="visually-hidden" htmlFor="chip-field">filter field</label>
      <select id="chip-field" value={field} onChange={(e) => setField(e.target.value)}>{CHIP_FIELDS.map((f) => <option key={f}>{f}</option>)}</select>
      <label className="visually-hidden" htmlFor="chip-value">filter value</label>
      <input id="chip-value" value={value} onChange={(e) => setValue(e.target.value)} placeholder="value" size={10} />
      <button type="submit">Add filter</button>
    </form>
  );
}

/** Shows the query with a caret under the column the API named. */
function QueryError({ query, error }: { query: string; error: ApiError }) {
  return (
    <div className="state error" role="alert" data-testid="query-error">
      <strong>{error.message}</strong>
      {error.column !== undefined && <pre className="caret">{query}{'\n'}{' '.repeat(Math.max(0, error.column - 1))}^</pre>}
    </div>
  );
}

function Results({ query, from, to, canExport, canSave }: { query: string; from: string; to: string; canExport: boolean; canSave: boolean }) {
  const [, navigate] = useLocation();
  const [posts, setPosts] = useState<Post[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [order, setOrder] = useState<'recent' | 'engagement'>('recent');
  const base = qs({ q: query, from, to });

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true); setError(undefined); setPosts([]); setCursor(null);
    api<Page<Post> & { total: number }>(`/api/search${qs({ q: query, from, to, order, limit: 50, withTotal: 'true' })}`, { signal: controller.signal })
      .then((r) => { setPosts(r.items); setCursor(r.nextCursor); setTotal(r.total); setLoading(false); })
      .catch((e: Error) => { if (e.name !== 'AbortError') { setError(e); setLoading(false); } });
    return () => controller.abort();
  }, [query, from, to, order]);

  const more = useCallback(() => {
    if (!cursor || loading) return;
    setLoading(true);
    const c = cursor;
    setCursor(null);
    api<Page<Post>>(`/api/search${qs({ q: query, from, to, order, limit: 50, cursor: c })}`)
      .then((r) => { setPosts((p) => [...p, ...r.items]); setCursor(r.nextCursor); setLoading(false); })
      .catch((e: Error) => { setError(e); setLoading(false); });
  }, [cursor, loading, query, from, to, order]);

  const words = useMemo(() => queryWords(query), [query]);
  if (error instanceof ApiError && error.code === 'invalid_query') return <QueryError query={query} error={error} />;
  if (error) return <ErrorState error={error} />;

  async function save() {
    const name = prompt('Name this query', query.slice(0, 60));
    if (!name) return;
    await api('/api/saved-queries', { method: 'POST', body: { name, query, shared: false } });
    alert('Saved. Find it under Saved queries.');
  }

  return (
    <div className="explore">
      <div className="toolbar">
        <span data-testid="total">{total === undefined ? '…' : `${total.toLocaleString()} posts`}</span>
        <label className="inline">order <select value={order} onChange={(e) => setOrder(e.target.value as 'recent')}>
          <option value="recent">newest</option><option value="engagement">most engaged</option></select></label>
        {canSave && <button type="button" onClick={() => void save()}>Save query</button>}
        {canExport && <a className="button" href={`/api/export.csv${qs({ q: query, from, to, order, limit: 10000 })}`} download>Export CSV</a>}
      </div>
      <div className="grid two">
        <div>
          {posts.length === 0 && loading ? <Loading what="Searching" /> : posts.length === 0
            ? <Empty title="No posts match">Loosen the query: remove a filter chip, use OR, or widen the dates.</Empty>
            : <PostList posts={posts} words={words} onEnd={more} onOpenThread={(p) => navigate(`/threads/${encodeURIComponent(p.platform)}/${encodeURIComponent(p.id)}`)} />}
        </div>
        <QueryCharts base={base} interval={from && to && Date.parse(to) - Date.parse(from) <= 92 * 86_400_000 ? 'day' : 'week'} />
      </div>
    </div>
  );
}

function QueryCharts({ base, interval }: { base: string; interval: 'day' | 'week' }) {
  const [dimension, setDimension] = useState('platform');
  const volume = useApi<{ points: VolumePoint[] }>(`/api/analytics/volume${base}${base ? '&' : '?'}interval=${interval}&split=platform`);
  const breakdown = useApi<{ items: BreakdownRow[] }>(`/api/analytics/breakdown${base}${base ? '&' : '?'}dimension=${dimension}&limit=10`);
  const { capabilities } = useSession();
  const sentiment = useApi<{ items: BreakdownRow[] }>(capabilities.enrichment ? `/api/analytics/breakdown${base}${base ? '&' : '?'}dimension=sentiment&limit=5` : null);
  return (
    <div>
      <div className="card">
        <h2>Volume per {interval} (by platform)</h2>
        <Guard loaded={volume}>{(v) => { const p = pivot(v.points); return p.labels.length === 0 ? <Empty title="Nothing to chart">No matching posts.</Empty>
          : <SeriesChart kind="bar" stacked labels={p.labels} series={p.series} label={`matching posts per ${interval} by platform`} height={220} />; }}</Guard>
      </div>
      <div className="card">
        <h2>Breakdown by <select aria-label="breakdown dimension" value={dimension} onChange={(e) => setDimension(e.target.value)}>
          <option value="platform">platform</option><option value="lang">language</option><option value="authorKind">author kind</option>
          {capabilities.hcp && <><option value="authorCountry">author country</option><option value="authorSpecialty">author specialty</option></>}
          <option value="hashtag">hashtag</option>
          {capabilities.enrichment && <><option value="drug">drug</option><option value="condition">condition</option>
            <option value="reaction">reaction</option><option value="sentiment">sentiment</option><option value="area">therapy area</option></>}
          </select></h2>
        <Guard loaded={breakdown}>{(b) => b.items.length === 0 ? <Empty title="Nothing to break down">No matching posts.</Empty>
          : <SeriesChart kind="bar" horizontal labels={b.items.map((i) => i.key)} series={[{ label: 'posts', values: b.items.map((i) => i.posts) }]}
            label={`matching posts by ${dimension}`} height={220} />}</Guard>
        {!capabilities.enrichment && <p className="muted small">Sentiment, drug, condition and therapy-area breakdowns arrive with the NLP enrichment (issue 6).</p>}
      </div>
      {capabilities.enrichment && (
        <div className="card">
          <h2>Sentiment</h2>
          <Guard loaded={sentiment}>{(b) => b.items.length === 0 ? <Empty title="No sentiment yet">Matching posts have not been enriched: run <code>auscult enrich</code>.</Empty>
            : <SeriesChart kind="bar" horizontal labels={b.items.map((i) => i.key)} series={[{ label: 'posts', values: b.items.map((i) => i.posts) }]}
              label="matching posts by sentiment" height={140} />}</Guard>
        </div>
      )}
    </div>
  );
}

function ShareOfVoice({ from, to }: { from: string; to: string }) {
  const saved = useApi<Page<SavedQuery>>('/api/saved-queries?limit=200');
  const [chosen, setChosen] = useState<number[]>([]);
  const sov = useApi<{ series: Array<{ id: number; name: string; total: number; points: VolumePoint[] }> }>(
    chosen.length ? `/api/analytics/share-of-voice${qs({ ids: chosen.join(','), from, to, interval: 'week' })}` : null);
  return (
    <div className="card">
      <h2>Share of voice between saved queries</h2>
      <Guard loaded={saved}>{(s) => s.items.length < 2 ? (
        <Empty title="Save two queries to compare them">Run a query and press “Save query”; with two or more saved, pick them here.</Empty>
      ) : (
        <>
          <fieldset className="inline-list"><legend className="visually-hidden">saved queries to compare</legend>
            {s.items.slice(0, 10).map((q) => (
              <label key={q.id}><input type="checkbox" checked={chosen.includes(q.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, q.id] : chosen.filter((x) => x !== q.id))} /> {q.name}</label>
            ))}
          </fieldset>
          {chosen.length > 0 && <Guard loaded={sov}>{(r) => {
            const all = r.series.reduce((a, x) => a + x.total, 0) || 1;
            const labels = [...new Set(r.series.flatMap((x) => x.points.map((p) => p.bucket)))].sort();
            const series = r.series.map((x) => ({ label: `${x.name} (${Math.round((100 * x.total) / all)}%)`,
              values: labels.map((l) => x.points.find((p) => p.bucket === l)?.posts ?? 0) }));
            return <SeriesChart kind="line" labels={labels} series={series} label="weekly posts per saved query" height={240} />;
          }}</Guard>}
        </>
      )}</Guard>
    </div>
  );
}
