/** Starts the HTTP server on a host and port, and stops it. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AuthService } from '../auth/auth-service.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type { ServerSettings } from './route.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  store: Store;
  settings: ServerSettings;
  auth?: AuthService;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  webRoot?: string | null;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const { app } = createApp({ store: options.store, settings: options.settings, ...(options.auth ? { auth: options.auth } : {}),
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}) });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 7312 }, (info: AddressInfo) => {
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`, port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive connections would hold close() open: end them.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
