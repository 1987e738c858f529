import { StrictMode, Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, Route, Switch, useLocation } from 'wouter';
import { api, ApiError, type Capabilities, type Me } from './api';
import { Loading } from './components/states';
import { AuditPage } from './pages/audit';
import { ExplorePage } from './pages/explore';
import { HcpReviewPage } from './pages/hcp-review';
import { LoginPage } from './pages/login';
import { OverviewPage } from './pages/overview';
import { ProfilePage } from './pages/profile';
import { SavedQueriesPage } from './pages/saved-queries';
import { SettingsPage } from './pages/settings';
import { ThreadPage } from './pages/thread';
import { can, type Session, SessionContext } from './session';
import './styles.css';

// The network graph (sigma.js, graphology) is the heaviest code: load it only when its page opens.
const InfluencersPage = lazy(() => import('./pages/influencers').then((m) => ({ default: m.InfluencersPage })));

function initialTheme(): 'light' | 'dark' {
  const saved = localStorage.getItem('auscult-theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function App() {
  const [state, setState] = useState<{ me?: Me; capabilities?: Capabilities; checked: boolean }>({ checked: false });
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => { document.documentElement.dataset.theme = theme; localStorage.setItem('auscult-theme', theme); }, [theme]);

  const load = useCallback(async () => {
    try {
      const [me, capabilities] = await Promise.all([api<Me>('/api/auth/me'), api<Capabilities>('/api/capabilities')]);
      setState({ me, capabilities, checked: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setState({ checked: true });
      else setState({ checked: true });
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (!state.checked) return <Loading what="Starting" />;
  if (!state.me || !state.capabilities) return <LoginPage onSignedIn={load} />;
  const session: Session = {
    me: state.me, capabilities: state.capabilities,
    signOut: () => { void api('/api/auth/logout', { method: 'POST' }).finally(() => setState({ checked: true })); },
    reload: () => { void load(); },
  };
  return (
    <SessionContext.Provider value={session}>
      <Shell theme={theme} toggleTheme={() => setTheme(theme === 'dark' ? 'light' : 'dark')} />
    </SessionContext.Provider>
  );
}

const NAV: Array<{ href: string; label: string; permission?: string }> = [
  { href: '/', label: 'Overview' },
  { href: '/explore', label: 'Explore' },
  { href: '/influencers', label: 'Influencers' },
  { href: '/hcp-review', label: 'HCP review', permission: 'hcp:review' },
  { href: '/saved', label: 'Saved queries' },
  { href: '/audit', label: 'Audit trail', permission: 'audit:read' },
  { href: '/settings', label: 'Settings' },
];

function Shell({ theme, toggleTheme }: { theme: string; toggleTheme: () => void }) {
  const [location] = useLocation();
  return (
    <SessionContext.Consumer>
      {(session) => session && (
        <div className="shell">
          <nav aria-label="main">
            <div className="brand">Auscult</div>
            <ul>
              {NAV.filter((n) => !n.permission || can(session, n.permission)).map((n) => (
                <li key={n.href}><Link href={n.href} aria-current={location === n.href ? 'page' : undefined}>{n.label}</Link></li>
              ))}
            </ul>
            <div className="who">
              <span data-testid="whoami">{session.me.user.username} · {session.me.user.role}</span>
              <button type="button" onClick={toggleTheme} aria-label={`switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}>
                {theme === 'dark' ? '☀ Light' : '☾ Dark'}
              </button>
              <button type="button" onClick={session.signOut}>Sign out</button>
            </div>
          </nav>
          <main>
            <Switch>
              <Route path="/" component={OverviewPage} />
              <Route path="/explore" component={ExplorePage} />
              <Route path="/threads/:platform/:id">{(p) => <ThreadPage platform={decodeURIComponent(p.platform)} id={decodeURIComponent(p.id)} />}</Route>
              <Route path="/accounts/:platform/:id">{(p) => <ProfilePage platform={decodeURIComponent(p.platform)} id={decodeURIComponent(p.id)} />}</Route>
              <Route path="/influencers"><Suspense fallback={<Loading what="Loading the network view" />}><InfluencersPage /></Suspense></Route>
              <Route path="/hcp-review" component={HcpReviewPage} />
              <Route path="/saved" component={SavedQueriesPage} />
              <Route path="/audit" component={AuditPage} />
              <Route path="/settings" component={SettingsPage} />
              <Route><h1>Page not found</h1><p><Link href="/">Back to the overview</Link></p></Route>
            </Switch>
          </main>
        </div>
      )}
    </SessionContext.Consumer>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
