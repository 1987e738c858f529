import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../api';

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The password was right and the account has two-factor sign-in: ask for the code as well.
  const [needsCode, setNeedsCode] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const code = form.get('code');
      await api('/api/auth/login', { method: 'POST', body: { username: form.get('username'), password: form.get('password'),
        ...(needsCode && code ? { code } : {}) } });
      onSignedIn();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'mfa_required') { setNeedsCode(true); setError(undefined); return; }
      setError(e instanceof ApiError ? e.message : 'the server did not answer');
    } finally {
      setBusy(false);
    }
  }
  return (
    <main className="login">
      <form onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Auscult</h1>
        <label>Username<input name="username" autoComplete="username" required autoFocus /></label>
        <label>Password<input name="password" type="password" autoComplete="current-password" required /></label>
        {needsCode && (
          <label>Two-factor code<input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required autoFocus
            aria-describedby="code-help" /></label>
        )}
        {needsCode && <p id="code-help" className="muted">Enter the six-digit code your authenticator app shows for Auscult.</p>}
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        <p className="muted">First run? <code>auscult serve</code> printed the admin password; <code>auscult demo</code> printed the demo user's.</p>
      </form>
    </main>
  );
}
