import type { Command } from 'commander';
import { AuthService, publicToken } from '../../auth/auth-service.js';
import { cliActor } from '../cli-actor.js';
import { commandContext, positiveInt } from '../context.js';
import { asUserError } from '../serve-store.js';
import { findUserOrFail } from './user.js';

export function registerToken(program: Command): void {
  const token = program.command('token')
    .description('API tokens for scripts: create (shown once, stored hashed), list, revoke.')
    .addHelpText('after', `
Examples:
  $ auscult token create --user jane --name "weekly report" --scope read
  $ auscult token list --user jane
  $ auscult token revoke 3
  $ curl -H "Authorization: Bearer ausc_…" http://localhost:7312/api/search?q=ozempic`);

  token.command('create')
    .description('Create a token for a user; it is printed once and only its hash is kept.')
    .requiredOption('--user <username>', 'whose token it is (it acts with their role)')
    .requiredOption('--name <label>', 'what it is for')
    .option('--scope <scope>', 'read (GET only) or write', 'read')
    .option('--expires-days <n>', 'expire after this many days [number]', positiveInt('--expires-days'))
    .addHelpText('after', '\nExamples:\n  $ auscult token create --user jane --name "weekly report"\n  $ auscult token create --user etl --name loader --scope write --expires-days 90')
    .action(async (flags: { user: string; name: string; scope: string; expiresDays?: number }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const owner = await findUserOrFail(store, flags.user);
      const created = await new AuthService(store).createToken(cliActor(), { userId: owner.id, name: flags.name, scope: flags.scope,
        ...(flags.expiresDays ? { expiresInDays: flags.expiresDays } : {}) }).catch(asUserError);
      process.stdout.write(`${created.token}\n`);
      process.stderr.write(`token ${created.record.id} (${created.record.scope}) for ${owner.username}: shown only this once\n`);
    });

  token.command('list')
    .description('Tokens with owner, scope, last use and whether revoked (never the secret).')
    .option('--user <username>', 'only this user\'s')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult token list\n  $ auscult token list --user jane --json')
    .action(async (flags: { user?: string; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const owner = flags.user ? await findUserOrFail(store, flags.user) : undefined;
      const tokens = (await store.auth.listTokens(owner ? { userId: owner.id } : {})).map(publicToken);
      if (flags.json) { process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`); return; }
      if (tokens.length === 0) { process.stdout.write('no tokens (create one: auscult token create --user NAME --name LABEL)\n'); return; }
      for (const t of tokens) {
        process.stdout.write(`${String(t.id).padStart(4)}  ${t.prefix}…  ${t.username.padEnd(16)} ${t.scope.padEnd(5)} ${t.name.padEnd(24)} ` +
          `${t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : t.lastUsedAt ? `used ${t.lastUsedAt.slice(0, 16)}` : 'never used'}\n`);
      }
    });

  token.command('revoke')
    .description('Revoke a token: it stops working at once.')
    .argument('<id>', 'token id (see auscult token list)', positiveInt('<id>'))
    .addHelpText('after', '\nExamples:\n  $ auscult token revoke 3')
    .action(async (id: number, _flags: unknown, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const revoked = await new AuthService(store).revokeToken(cliActor(), id).catch(asUserError);
      process.stdout.write(`token ${revoked.id} (${revoked.name}) of ${revoked.username} revoked\n`);
    });
}
