import { useState } from 'react';
import { type AuditEntry, type Page, qs } from '../api';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { can, useSession } from '../session';

export function AuditPage() {
  // /audit?action=hcp. opens the trail filtered (the HCP review page links here).
  const [action, setAction] = useState(() => new URLSearchParams(window.location.search).get('action') ?? '');
  const [cursor, setCursor] = useState<string>();
  const loaded = useApi<Page<AuditEntry>>(`/api/audit${qs({ limit: 100, actionPrefix: action, cursor })}`);
  const session = useSession();
  const verify = useApi<{ ok: boolean; entries: number; head?: { seq: number; hash: string }; firstBad?: { seq: number; problem: string } }>(
    can(session, 'audit:verify') ? '/api/audit/verify' : null);
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail</h1>
      {verify.data && (verify.data.ok
        ? <p className="notice ok" data-testid="audit-verify">Hash chain intact: {verify.data.entries} entries{verify.data.head ? `, head ${verify.data.head.seq}` : ''}.</p>
        : <p className="notice bad" role="alert">Hash chain BROKEN at entry {verify.data.firstBad?.seq}: {verify.data.firstBad?.problem}</p>)}
      <label className="inline">Show <select value={action} onChange={(e) => { setAction(e.target.value); setCursor(undefined); }}>
        <option value="">everything</option><option value="auth.">sign-ins</option><option value="access.">access denials</option>
        <option value="user.">user changes</option><option value="token.">token changes</option><option value="savedquery.">saved queries</option>
        <option value="export.">exports</option><option value="hcp.">HCP decisions</option></select></label>
      <Guard loaded={loaded}>{(p) => p.items.length === 0 ? <Empty title="Nothing recorded yet">Sign-ins, user and token changes, exports and review decisions appear here.</Empty> : (
        <>
          <table className="table" data-testid="audit-table">
            <thead><tr><th>#</th><th>time (UTC)</th><th>who</th><th>action</th><th>outcome</th><th>target</th><th>details</th></tr></thead>
            <tbody>{p.items.map((e) => (
              <tr key={e.seq} className={e.outcome !== 'ok' ? 'warn' : ''}>
                <td>{e.seq}</td><td>{e.at.slice(0, 19).replace('T', ' ')}</td><td>{e.actor}</td><td>{e.action}</td><td>{e.outcome}</td>
                <td>{e.target ?? ''}</td><td className="small">{e.reason ?? ''}{e.details ? ` ${JSON.stringify(e.details)}` : ''}</td>
              </tr>
            ))}</tbody>
          </table>
          {p.nextCursor && <button type="button" onClick={() => setCursor(p.nextCursor!)}>Older entries</button>}
        </>
      )}</Guard>
    </section>
  );
}
