import type { Command } from 'commander';
import { commandContext } from '../context.js';
import { serveUntilStopped, type ServeFlags } from '../serve-store.js';

export function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port expects 0–65535, got "${value}"`);
  return n;
}

/** The serving flags, shared by `serve` and `demo`. */
export function addServeOptions(command: Command): Command {
  return command
    .option('--port <n>', 'port to listen on (0 picks a free one) [number]', portNumber, 7312)
    .option('--host <address>', 'address to listen on; 0.0.0.0 for every interface (put TLS in front)', '127.0.0.1')
    .option('--secure-cookies', 'mark session cookies Secure and send HSTS: use behind HTTPS (a TLS-terminating proxy)')
    .option('--session-idle <minutes>', 'sign a session out after this many idle minutes [number]', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 1440) throw new Error(`--session-idle expects 1–1440 minutes, got "${v}"`);
      return n;
    }, 30);
}

export function registerServe(program: Command): void {
  addServeOptions(program.command('serve')
    .description('Serve the API and the web dashboard (http://localhost:7312 by default).'))
    .addHelpText('after', `
On an empty database the first admin is created and its password printed once.

Examples:
  $ auscult serve
  $ auscult serve --port 8080 --db postgres://auscult@db.internal/auscult
  $ auscult serve --host 0.0.0.0 --secure-cookies   # behind a TLS proxy`)
    .action(async (flags: ServeFlags, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      await serveUntilStopped(ctx, store, flags);
    });
}
