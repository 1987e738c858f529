import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api';

export interface Loaded<T> { data: T | undefined; error: Error | undefined; loading: boolean; reload: () => void }

/** Loads a GET path (null: nothing to load yet); a newer path cancels the older request. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: path !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) { setState({ loading: false }); return; }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api<T>(path, { signal: controller.signal })
      .then((data) => setState({ data, loading: false }))
      .catch((error: Error) => { if (error.name !== 'AbortError') setState({ error, loading: false }); });
    return () => controller.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Follows the page's light/dark theme (a class on <html>), so charts can redraw with readable colours. */
export function useTheme(): 'light' | 'dark' {
  const get = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  const [theme, setTheme] = useState<'light' | 'dark'>(get);
  const observer = useRef<MutationObserver | undefined>(undefined);
  useEffect(() => {
    observer.current = new MutationObserver(() => setTheme(get()));
    observer.current.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.current?.disconnect();
  }, []);
  return theme;
}
