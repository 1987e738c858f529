/**
 * Serves a store until the process is told to stop (Ctrl+C, SIGTERM): `auscult serve` and the
 * end of `auscult demo`. On an empty database it first creates the first admin and prints the
 * generated password once.
 */
import { AppError } from '../app-error.js';
import { AuthService, DEFAULT_AUTH_SETTINGS } from '../auth/auth-service.js';
import { startServer } from '../server/serve.js';
import { isPostgresUrl } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { CommandContext } from './context.js';
import { cliActor } from './cli-actor.js';
import { UserError } from './user-error.js';

export interface ServeFlags { port: number; host: string; secureCookies?: boolean; sessionIdle: number }

export async function serveUntilStopped(ctx: CommandContext, store: Store, flags: ServeFlags, banner: string[] = []): Promise<void> {
  const auth = new AuthService(store, { ...DEFAULT_AUTH_SETTINGS, idleMs: flags.sessionIdle * 60_000 });
  const first = await auth.ensureFirstAdmin(cliActor());
  let server;
  try {
    server = await startServer({ store, auth, host: flags.host, port: flags.port,
      settings: { secureCookies: Boolean(flags.secureCookies), storeKind: isPostgresUrl(ctx.config.db) ? 'postgres' : 'sqlite' } });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new UserError(`port ${flags.port} on ${flags.host} is in use: pick another with --port`, 2);
    throw error;
  }
  const lines = [...banner];
  if (first) {
    lines.push('', 'This database had no users: created the first admin.', `  username: ${first.username}`, `  password: ${first.password}`,
      'It is shown only this once. Change it with: auscult user passwd admin');
  }
  if (!auth.settings.secretKey) {
    lines.push('', 'Two-factor secrets are stored unsealed: set AUSCULT_SECRET_KEY (32 random bytes, e.g. `openssl rand -base64 32`)',
      'to seal them with a key kept outside the database (docs/security.md).');
  }
  lines.push('', `Auscult is running at ${server.url}  (press Ctrl+C to stop)`);
  process.stderr.write(`${lines.join('\n')}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  process.stderr.write('Auscult stopped.\n');
}

/** Turns an AppError from a shared service into the CLI's error. */
export function asUserError(error: unknown): never {
  if (error instanceof AppError) throw new UserError(error.message, error.code === 'not_found' ? 1 : 2);
  throw error;
}
