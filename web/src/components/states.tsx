import type { ReactNode } from 'react';
import { ApiError } from '../api';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <div className="state" role="status" aria-live="polite"><span className="spinner" aria-hidden="true" /> {what}…</div>;
}

export function ErrorState({ error, retry }: { error: Error; retry?: () => void }) {
  const code = error instanceof ApiError ? error.code : 'network_error';
  const hint = code === 'forbidden' ? 'Your role does not allow this. Ask an admin for access.'
    : code === 'unauthenticated' ? 'Your session ended. Sign in again.'
      : code === 'not_available' ? 'This part of Auscult has not landed in this build yet.'
        : 'Check that the server is running, then try again.';
  return (
    <div className="state error" role="alert">
      <strong>{error.message}</strong>
      <p>{hint}</p>
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children: ReactNode }) {
  return <div className="state empty"><strong>{title}</strong><div>{children}</div></div>;
}

/** Loading, error or content, for one loaded value. */
export function Guard<T>({ loaded, children, what }: { loaded: { data: T | undefined; error: Error | undefined; loading: boolean; reload: () => void };
  children: (data: T) => ReactNode; what?: string }) {
  if (loaded.error) return <ErrorState error={loaded.error} retry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading {...(what ? { what } : {})} />;
  return <>{children(loaded.data)}</>;
}
