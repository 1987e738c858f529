import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, type Page, api, qs } from '../api';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { useSession } from '../session';

interface Evidence { rule: string; supports: string; field: string; text?: string; span?: [number, number]; weight?: number }
interface AccountSummary { platform: string; id: string; handle: string; displayName?: string; bio?: string; location?: string; followers?: number }
interface AccountKey { platform: string; accountId: string; handle: string; displayName?: string }
interface Analysis { probability: number; kind: string; type: string | null; specialties: string[]; credentials: string[]; country: string | null;
  evidence: Evidence[] }
interface QueueItem { account: AccountSummary; analysis: Analysis; reach: number; reachSource: string; value: number }
interface Decision { id: number; account: AccountKey; other?: AccountKey; decision: string; actor: string; at: string;
  before: Record<string, unknown> | null; after: Record<string, unknown> | null; note?: string; auditSeq: number }
interface Match { source: string; recordId: string; score: number; evidence: Evidence[];
  record: { firstName?: string; lastName?: string; fullName?: string; credential?: string; city?: string; state?: string; country?: string;
    taxonomies: Array<{ code: string }> } }
interface IdentityLink { a: AccountKey; b: AccountKey; status: string; confidence: number; evidence: Evidence[] }
interface Detail { account: AccountSummary; analysis: Analysis | null; verification: { status: string } | null; matches: Match[];
  links: IdentityLink[]; decisions: Decision[] }

const TYPES = ['physician', 'nurse', 'pharmacist', 'dentist', 'allied_health', 'trainee', 'researcher'];
const accountPath = (a: { platform: string; id: string }) => `/api/hcp/accounts/${encodeURIComponent(a.platform)}/${encodeURIComponent(a.id)}`;
const pct = (p: number) => `${Math.round(p * 100)}%`;

/** The text with each evidence span of this field marked, so the reviewer sees what the analysis read. */
function highlighted(text: string | undefined, field: string, evidence: Evidence[]): ReactNode {
  if (!text) return null;
  const spans = evidence.filter((e) => e.field === field && e.span).map((e) => ({ span: e.span!, e }))
    .sort((x, y) => x.span[0] - y.span[0]);
  const out: ReactNode[] = [];
  let at = 0;
  for (const { span: [start, end], e } of spans) {
    if (start < at || end > text.length) continue;
    out.push(text.slice(at, start));
    out.push(<mark key={`${start}-${e.rule}`} title={`${e.rule} → ${e.supports}`} className={e.supports === 'not-hcp' ? 'against' : undefined}>
      {text.slice(start, end)}</mark>);
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** The HCP verification queue: candidates by value (reach × likelihood), their evidence, and keyboard-fast decisions. */
export function HcpReviewPage() {
  const { capabilities } = useSession();
  if (!capabilities.hcp) {
    return (
      <section aria-labelledby="hcp-title">
        <h1 id="hcp-title">HCP review</h1>
        <Empty title="The HCP registry is not part of this build">This server has no HCP registry module.</Empty>
      </section>
    );
  }
  return <Review />;
}

function Review() {
  const [filters, setFilters] = useState({ type: '', country: '', minProbability: '0.5' });
  const [cursor, setCursor] = useState<string>();
  const queue = useApi<Page<QueueItem>>(`/api/hcp/queue${qs({ limit: 50, cursor, ...filters })}`);
  const [selected, setSelected] = useState(0);
  const items = queue.data?.items ?? [];
  const current = items[Math.min(selected, items.length - 1)];
  const detail = useApi<Detail>(current ? accountPath(current.account) : null);
  const [form, setForm] = useState({ type: '', specialty: '', country: '', note: '', other: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: ReactNode }>();
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLInputElement>(null);
  const otherRef = useRef<HTMLInputElement>(null);

  // A new account: start from what the analysis says, so verifying a correct analysis is one key.
  useEffect(() => {
    if (!current) return;
    setForm({ type: current.analysis.type ?? '', specialty: current.analysis.specialties[0] ?? '', country: current.analysis.country ?? '', note: '', other: '' });
  }, [current?.account.platform, current?.account.id]);

  const decide = useCallback(async (decision: 'verify' | 'reject' | 'needs_evidence' | 'link') => {
    if (!current || busy) return;
    if (decision === 'link' && !form.other.trim()) { otherRef.current?.focus(); setMessage({ ok: false, text: 'Type the other account (platform:handle), then press Link.' }); return; }
    const body = decision === 'link' ? { decision, other: form.other.trim(), ...(form.note ? { note: form.note } : {}) }
      : { decision, ...(form.type ? { type: form.type } : {}), ...(form.specialty ? { specialty: form.specialty } : {}),
        ...(form.country ? { country: form.country } : {}), ...(form.note ? { note: form.note } : {}) };
    setBusy(true);
    try {
      const saved = await api<Decision>(`${accountPath(current.account)}/decisions`, { method: 'POST', body });
      setMessage({ ok: true, text: <>{saved.decision.replace('_', ' ')} recorded for {current.account.platform}:{current.account.handle} (audit entry
        #{saved.auditSeq}, <Link href="/audit?action=hcp.">see the audit trail</Link>).</> });
      if (decision === 'link') detail.reload(); else queue.reload();
    } catch (error) {
      const e = error as Error;
      setMessage({ ok: false, text: `${e.message}${error instanceof ApiError && error.field ? ` (${error.field})` : ''}` });
      if (error instanceof ApiError && error.field === 'note') noteRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }, [current, form, busy, queue, detail]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) {
        if (event.key === 'Escape') (event.target as HTMLElement).blur();
        return;
      }
      const keys: Record<string, () => void> = {
        j: () => setSelected((s) => Math.min(s + 1, Math.max(items.length - 1, 0))),
        k: () => setSelected((s) => Math.max(s - 1, 0)),
        v: () => void decide('verify'), r: () => void decide('reject'), e: () => void decide('needs_evidence'),
        l: () => { if (form.other.trim()) void decide('link'); else otherRef.current?.focus(); },
        n: () => noteRef.current?.focus(),
      };
      const action = keys[event.key];
      if (action) { event.preventDefault(); action(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length, decide, form.other]);

  return (
    <section aria-labelledby="hcp-title" className="hcp-review">
      <h1 id="hcp-title">HCP review</h1>
      <p className="small muted" data-testid="hcp-keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>v</kbd> verify · <kbd>r</kbd> reject ·
        {' '}<kbd>e</kbd> needs evidence · <kbd>l</kbd> link (type the other account first) · <kbd>n</kbd> write a note · <kbd>Esc</kbd> leave a field.
        Reject and needs-evidence need a note. Every decision is logged and goes to the <Link href="/audit?action=hcp.">audit trail</Link>.</p>
      <div className="row">
        <label>Type <select value={filters.type} onChange={(e) => { setFilters({ ...filters, type: e.target.value }); setCursor(undefined); setSelected(0); }}>
          <option value="">any</option>{TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
        <label>Country <input size={4} maxLength={2} value={filters.country} placeholder="US"
          onChange={(e) => { setFilters({ ...filters, country: e.target.value.toUpperCase() }); setCursor(undefined); setSelected(0); }} /></label>
        <label>Min. probability <input type="number" min={0} max={1} step={0.05} value={filters.minProbability}
          onChange={(e) => { setFilters({ ...filters, minProbability: e.target.value }); setCursor(undefined); setSelected(0); }} /></label>
      </div>
      {message && <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role={message.ok ? 'status' : 'alert'} data-testid="hcp-message">{message.text}</p>}
      <Guard loaded={queue} what="Loading the queue">{(page) => page.items.length === 0
        ? <Empty title="Nothing to review">No undecided account reaches this probability. Run <code>auscult hcp analyze</code> after an ingest.</Empty> : (
          <div className="review-grid">
            <ol className="queue" data-testid="hcp-queue" aria-label="Candidates, most valuable first">
              {page.items.map((item, i) => (
                <li key={`${item.account.platform}:${item.account.id}`} aria-current={item === current ? 'true' : undefined}>
                  <button type="button" className="queue-item" onClick={() => setSelected(i)}>
                    <strong>{item.account.displayName ?? item.account.handle}</strong> <span className="muted">{item.account.platform}:{item.account.handle}</span>
                    <br /><span className="small">{pct(item.analysis.probability)} · {item.analysis.type ?? 'type ?'} · {item.analysis.specialties.join(', ') || 'no specialty'}
                      {' '}· {item.analysis.country ?? '--'} · reach {item.reach.toLocaleString()} ({item.reachSource})</span>
                  </button>
                </li>
              ))}
              {page.nextCursor && <li><button type="button" onClick={() => { setCursor(page.nextCursor!); setSelected(0); }}>Next page</button></li>}
            </ol>
            {current && (
              <div className="card" data-testid="hcp-detail">
                <h2>{current.account.displayName ?? current.account.handle} <span className="muted small">{current.account.platform}:{current.account.handle}</span>
                  {' '}<Link className="small" href={`/accounts/${encodeURIComponent(current.account.platform)}/${encodeURIComponent(current.account.handle)}`}>profile</Link></h2>
                <p data-testid="hcp-name">{highlighted(current.account.displayName, 'name', current.analysis.evidence)}</p>
                <p data-testid="hcp-bio">{highlighted(current.account.bio, 'bio', current.analysis.evidence) ?? <span className="muted">no bio</span>}</p>
                {current.account.location && <p className="small">📍 {highlighted(current.account.location, 'location', current.analysis.evidence)}</p>}
                <p className="small">HCP probability <strong>{pct(current.analysis.probability)}</strong> · kind {current.analysis.kind} ·
                  credentials {current.analysis.credentials.join(', ') || 'none'} · value {current.value.toLocaleString()}</p>
                <form className="row" onSubmit={(e) => { e.preventDefault(); void decide('verify'); }} aria-label="Decision">
                  <label>Type <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
                    <option value="">(analysis)</option>{TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
                  <label>Specialty <input value={form.specialty} onChange={(e) => setForm({ ...form, specialty: e.target.value })} placeholder="medical oncology" /></label>
                  <label>Country <input size={4} maxLength={2} value={form.country} onChange={(e) => setForm({ ...form, country: e.target.value.toUpperCase() })} /></label>
                  <label>Note <input ref={noteRef} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} placeholder="why" /></label>
                  <button type="submit" disabled={busy}>Verify (v)</button>
                  <button type="button" disabled={busy} onClick={() => void decide('reject')}>Reject (r)</button>
                  <button type="button" disabled={busy} onClick={() => void decide('needs_evidence')}>Needs evidence (e)</button>
                  <label>Same person as <input ref={otherRef} value={form.other} onChange={(e) => setForm({ ...form, other: e.target.value })} placeholder="bluesky:handle" /></label>
                  <button type="button" disabled={busy} onClick={() => void decide('link')}>Link (l)</button>
                </form>
                <Guard loaded={detail} what="Loading evidence">{(d) => <AccountEvidence detail={d} evidence={current.analysis.evidence} />}</Guard>
              </div>
            )}
          </div>
        )}</Guard>
    </section>
  );
}

function AccountEvidence({ detail, evidence }: { detail: Detail; evidence: Evidence[] }) {
  return (
    <>
      <h3>Evidence</h3>
      <table className="table small" data-testid="hcp-evidence">
        <thead><tr><th>supports</th><th>rule</th><th>where</th><th>text</th><th className="num">weight</th></tr></thead>
        <tbody>{evidence.map((e, i) => (
          <tr key={i}><td>{e.supports}</td><td>{e.rule}</td><td>{e.field}</td><td>{e.text ? <mark>{e.text}</mark> : ''}</td>
            <td className="num">{e.weight !== undefined ? e.weight.toFixed(2) : ''}</td></tr>
        ))}</tbody>
      </table>
      <h3>Registry matches</h3>
      {detail.matches.length === 0 ? <p className="muted small">None. Import a registry with <code>auscult hcp import-registry</code>.</p> : (
        <ul className="small">{detail.matches.map((m) => (
          <li key={`${m.source}:${m.recordId}`}><strong>{m.source} {m.recordId}</strong> score {m.score.toFixed(2)} —{' '}
            {[m.record.firstName, m.record.lastName, m.record.fullName].filter(Boolean).join(' ')}{m.record.credential ? `, ${m.record.credential}` : ''},{' '}
            {[m.record.city, m.record.state, m.record.country].filter(Boolean).join(', ')} {m.record.taxonomies.map((t) => t.code).join(' ')}
            <span className="muted"> ({m.evidence.map((e) => e.rule).join(', ')})</span></li>
        ))}</ul>
      )}
      <h3>Identity links</h3>
      {detail.links.length === 0 ? <p className="muted small">None proposed.</p> : (
        <ul className="small">{detail.links.map((l) => (
          <li key={`${l.a.platform}:${l.a.accountId}-${l.b.platform}:${l.b.accountId}`}>{l.a.platform}:{l.a.handle} ↔ {l.b.platform}:{l.b.handle} —{' '}
            {l.status}, confidence {l.confidence.toFixed(2)} <span className="muted">({l.evidence.map((e) => e.rule).join(', ')})</span></li>
        ))}</ul>
      )}
      <h3>Decision trail</h3>
      {detail.decisions.length === 0 ? <p className="muted small">No decisions yet.</p> : (
        <ol className="small" data-testid="hcp-trail">{detail.decisions.map((d) => (
          <li key={d.id}>{d.at.slice(0, 19).replace('T', ' ')} {d.actor}: <strong>{d.decision}</strong>{d.other ? ` ↔ ${d.other.platform}:${d.other.handle}` : ''}
            {' '}({String(d.before?.status ?? '–')} → {String(d.after?.status ?? '–')}){d.note ? ` “${d.note}”` : ''} · <Link href="/audit?action=hcp.">audit #{d.auditSeq}</Link></li>
        ))}</ol>
      )}
    </>
  );
}
