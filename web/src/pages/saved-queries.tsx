import { Link } from 'wouter';
import { api, type Page, qs, type SavedQuery } from '../api';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';

export function SavedQueriesPage() {
  const loaded = useApi<Page<SavedQuery>>('/api/saved-queries?limit=200');
  const act = async (path: string, method: string, body?: unknown) => { await api(path, { method, ...(body ? { body } : {}) }); loaded.reload(); };
  return (
    <section aria-labelledby="saved-title">
      <h1 id="saved-title">Saved queries</h1>
      <Guard loaded={loaded}>{(p) => p.items.length === 0 ? (
        <Empty title="No saved queries yet">Run a query in <Link href="/explore">Explore</Link> and press “Save query”. Shared queries of your colleagues show up here too.</Empty>
      ) : (
        <table className="table">
          <thead><tr><th>name</th><th>query</th><th>owner</th><th>shared</th><th>changed</th><th><span className="visually-hidden">actions</span></th></tr></thead>
          <tbody>{p.items.map((q) => (
            <tr key={q.id}>
              <td><Link href={`/explore${qs({ q: q.query })}`}>{q.name}</Link></td><td><code>{q.query}</code></td><td>{q.ownerName}</td>
              <td>{q.shared ? 'yes' : 'no'}</td><td>{q.updatedAt.slice(0, 10)}</td>
              <td>{q.canEdit && <>
                <button type="button" onClick={() => void act(`/api/saved-queries/${q.id}`, 'PATCH', { shared: !q.shared })}>{q.shared ? 'Unshare' : 'Share'}</button>
                <button type="button" onClick={() => { if (confirm(`Delete “${q.name}”?`)) void act(`/api/saved-queries/${q.id}`, 'DELETE'); }}>Delete</button>
              </>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}</Guard>
    </section>
  );
}
