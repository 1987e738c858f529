import QRCode from 'qrcode';
import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError, type Page, type Token, type User } from '../api';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { can, useSession } from '../session';

export function SettingsPage() {
  const session = useSession();
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p>Signed in as <strong>{session.me.user.username}</strong> ({session.me.user.role}).</p>
      <TwoFactor />
      <Tokens admin={can(session, 'users:manage')} />
      {can(session, 'users:manage') ? <Users /> : (
        <p className="muted">{session.me.user.role === 'admin'
          ? 'Turn on two-factor sign-in above to manage users and roles.' : 'Users and roles are managed by admins.'}</p>
      )}
    </section>
  );
}

/** Two-factor sign-in for oneself: set up with an authenticator app, confirm a code, or turn it off with one. */
function TwoFactor() {
  const session = useSession();
  const on = session.me.user.mfaEnabled;
  const [setup, setSetup] = useState<{ secret: string; uri: string }>();
  const [qr, setQr] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (setup) void QRCode.toDataURL(setup.uri, { margin: 1, width: 180 }).then(setQr);
  }, [setup]);
  async function start() {
    try { setSetup(await api<{ secret: string; uri: string }>('/api/auth/mfa/setup', { method: 'POST' })); setError(undefined); }
    catch (err) { setError(err instanceof ApiError ? err.message : String(err)); }
  }
  async function submit(e: FormEvent<HTMLFormElement>, path: string) {
    e.preventDefault();
    const code = new FormData(e.currentTarget).get('code');
    try {
      await api(path, { method: 'POST', body: { code } });
      setSetup(undefined); setQr(undefined); setError(undefined); session.reload();
    } catch (err) { setError(err instanceof ApiError ? err.message : String(err)); }
  }
  return (
    <div className="card" data-testid="two-factor">
      <h2>Two-factor sign-in</h2>
      {on ? (
        <>
          <p data-testid="mfa-state">On: signing in needs your password and a code from your authenticator app.</p>
          <form className="row" onSubmit={(e) => void submit(e, '/api/auth/mfa/disable')}>
            <label>Current code <input name="code" inputMode="numeric" autoComplete="one-time-code" required /></label>
            <button type="submit">Turn off</button>
          </form>
        </>
      ) : setup ? (
        <>
          <p>Scan this with an authenticator app (or type the key), then enter the code it shows.</p>
          {qr && <img src={qr} width={180} height={180} alt="QR code of the two-factor key for an authenticator app" />}
          <p>Key: <code data-testid="mfa-secret">{setup.secret}</code></p>
          <form className="row" onSubmit={(e) => void submit(e, '/api/auth/mfa/confirm')}>
            <label>Code from the app <input name="code" inputMode="numeric" autoComplete="one-time-code" required /></label>
            <button type="submit">Turn on</button>
          </form>
        </>
      ) : (
        <>
          <p data-testid="mfa-state">Off.{session.me.user.role === 'admin' && ' Admin actions (users and roles, verifying the audit chain) need it on.'}</p>
          <button type="button" onClick={() => void start()}>Set up two-factor sign-in</button>
        </>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}

function Tokens({ admin }: { admin: boolean }) {
  const loaded = useApi<Page<Token>>(`/api/tokens?limit=200${admin ? '&all=true' : ''}`);
  const [created, setCreated] = useState<string>();
  const [error, setError] = useState<string>();
  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      const r = await api<{ token: string }>('/api/tokens', { method: 'POST', body: { name: form.get('name'), scope: form.get('scope') } });
      setCreated(r.token); setError(undefined); loaded.reload();
    } catch (err) { setError(err instanceof ApiError ? err.message : String(err)); }
  }
  return (
    <div className="card">
      <h2>API tokens</h2>
      <form onSubmit={create} className="row">
        <label>Name <input name="name" required maxLength={100} placeholder="weekly report" /></label>
        <label>Scope <select name="scope"><option value="read">read</option><option value="write">write</option></select></label>
        <button type="submit">Create token</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {created && <p className="notice">Copy it now, it is not shown again: <code data-testid="new-token">{created}</code></p>}
      <Guard loaded={loaded}>{(p) => p.items.length === 0 ? <Empty title="No tokens">Create one for scripts: send it as <code>Authorization: Bearer …</code>.</Empty> : (
        <table className="table"><thead><tr><th>id</th><th>owner</th><th>name</th><th>scope</th><th>token</th><th>last used</th><th>state</th><th /></tr></thead>
          <tbody>{p.items.map((t) => (
            <tr key={t.id}><td>{t.id}</td><td>{t.username}</td><td>{t.name}</td><td>{t.scope}</td><td><code>{t.prefix}…</code></td>
              <td>{t.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? 'never'}</td><td>{t.revokedAt ? 'revoked' : 'active'}</td>
              <td>{!t.revokedAt && <button type="button" onClick={() => void api(`/api/tokens/${t.id}`, { method: 'DELETE' }).then(loaded.reload)}>Revoke</button>}</td></tr>
          ))}</tbody></table>
      )}</Guard>
    </div>
  );
}

function Users() {
  const loaded = useApi<Page<User>>('/api/users?limit=200');
  const [message, setMessage] = useState<string>();
  async function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      const r = await api<{ user: User; password?: string }>('/api/users', { method: 'POST', body: { username: form.get('username'), role: form.get('role') } });
      setMessage(`Added ${r.user.username}. Their password (shown once): ${r.password}`); loaded.reload();
    } catch (err) { setMessage(err instanceof ApiError ? err.message : String(err)); }
  }
  const patch = (id: number, body: object) => api(`/api/users/${id}`, { method: 'PATCH', body }).then(loaded.reload)
    .catch((err: Error) => setMessage(err.message));
  return (
    <div className="card">
      <h2>Users and roles</h2>
      <p className="muted small">admin: everything · analyst: search, export, saved queries · reviewer: HCP review and audit trail · viewer: read only</p>
      <form onSubmit={add} className="row">
        <label>Username <input name="username" required minLength={2} maxLength={64} /></label>
        <label>Role <select name="role">{['viewer', 'analyst', 'reviewer', 'admin'].map((r) => <option key={r}>{r}</option>)}</select></label>
        <button type="submit">Add user</button>
      </form>
      {message && <p className="notice" role="status">{message}</p>}
      <Guard loaded={loaded}>{(p) => (
        <table className="table"><thead><tr><th>id</th><th>username</th><th>role</th><th>state</th><th>two-factor</th><th /></tr></thead>
          <tbody>{p.items.map((u) => (
            <tr key={u.id}><td>{u.id}</td><td>{u.username}</td>
              <td><select aria-label={`role of ${u.username}`} value={u.role} onChange={(e) => void patch(u.id, { role: e.target.value })}>
                {['viewer', 'analyst', 'reviewer', 'admin'].map((r) => <option key={r}>{r}</option>)}</select></td>
              <td>{u.disabled ? 'disabled' : 'active'}</td>
              <td>{u.mfaEnabled ? <>on <button type="button" onClick={() => void api(`/api/users/${u.id}/mfa/reset`, { method: 'POST' }).then(loaded.reload)
                .catch((err: Error) => setMessage(err.message))}>Reset</button></> : 'off'}</td>
              <td><button type="button" onClick={() => void patch(u.id, { disabled: !u.disabled })}>{u.disabled ? 'Enable' : 'Disable'}</button></td></tr>
          ))}</tbody></table>
      )}</Guard>
    </div>
  );
}
