import type { Command } from 'commander';
import { AuthService, publicUser } from '../../auth/auth-service.js';
import { ROLES } from '../../auth/roles.js';
import type { Store } from '../../store/store.js';
import { cliActor } from '../cli-actor.js';
import { commandContext } from '../context.js';
import { asUserError } from '../serve-store.js';
import { UserError } from '../user-error.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function findUserOrFail(store: Store, username: string) {
  const user = await store.auth.findUser(username);
  if (!user) throw new UserError(`no user "${username}" (see: auscult user list)`, 1);
  return user;
}

export function registerUser(program: Command): void {
  const user = program.command('user')
    .description('Manage the people who may sign in: add, list, change role, disable, set passwords.')
    .addHelpText('after', `
Roles: admin (everything), analyst (search, export, saved queries), reviewer (HCP review, audit trail), viewer (read only).

Examples:
  $ auscult user add jane --role analyst
  $ auscult user list
  $ auscult user role jane reviewer
  $ auscult user disable jane
  $ echo 'a long passphrase here' | auscult user passwd jane --password-stdin
  $ auscult user mfa-reset jane

Admin actions in the API and dashboard need two-factor sign-in (Settings → Two-factor sign-in). These commands
are the break-glass path: they act directly on the database, need no sign-in, and are audited as cli:<os user>.`);

  user.command('add')
    .description('Add a user. Without --password-stdin a password is generated and printed once.')
    .argument('<username>')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from standard input (at least 12 characters, not a common password)')
    .addHelpText('after', '\nExamples:\n  $ auscult user add jane --role analyst\n  $ auscult user add ops --role admin --password-stdin < pw.txt')
    .action(async (username: string, flags: { role: string; passwordStdin?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const password = flags.passwordStdin ? await readStdin() : undefined;
      const result = await new AuthService(store).addUser(cliActor(), { username, role: flags.role, ...(password !== undefined ? { password } : {}) })
        .catch(asUserError);
      process.stdout.write(`added ${result.user.username} (${result.user.role})\n`);
      if (result.password) process.stdout.write(`password: ${result.password}\n(shown only this once)\n`);
    });

  user.command('list')
    .description('Every user with role and state.')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult user list\n  $ auscult user list --json')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const users = (await store.auth.listUsers()).map(publicUser);
      if (flags.json) { process.stdout.write(`${JSON.stringify(users, null, 2)}\n`); return; }
      if (users.length === 0) { process.stdout.write('no users yet (auscult serve creates the first admin, or: auscult user add NAME --role admin)\n'); return; }
      for (const u of users) {
        process.stdout.write(`${String(u.id).padStart(4)}  ${u.username.padEnd(24)} ${u.role.padEnd(9)} ${(u.disabled ? 'disabled' : 'active').padEnd(9)}${u.mfaEnabled ? '2fa on' : '2fa off'}\n`);
      }
    });

  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    user.command(verb)
      .description(disabled ? 'Stop a user from signing in and end their sessions; their tokens stop working.' : 'Let a disabled user sign in again.')
      .argument('<username>')
      .addHelpText('after', `\nExamples:\n  $ auscult user ${verb} jane`)
      .action(async (username: string, _flags: unknown, command: Command) => {
        const ctx = commandContext(command);
        await using store = await ctx.openStore();
        const found = await findUserOrFail(store, username);
        await new AuthService(store).update(cliActor(), found.id, { disabled }).catch(asUserError);
        process.stdout.write(`${found.username} ${disabled ? 'disabled' : 'enabled'}\n`);
      });
  }

  user.command('role')
    .description('Change a user\'s role (ends their sessions).')
    .argument('<username>').argument('<role>', ROLES.join(' | '))
    .addHelpText('after', '\nExamples:\n  $ auscult user role jane reviewer')
    .action(async (username: string, role: string, _flags: unknown, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const found = await findUserOrFail(store, username);
      await new AuthService(store).update(cliActor(), found.id, { role }).catch(asUserError);
      process.stdout.write(`${found.username} is now ${role}\n`);
    });

  user.command('passwd')
    .description('Set a user\'s password (generated and printed unless --password-stdin); ends their sessions.')
    .argument('<username>')
    .option('--password-stdin', 'read the new password from standard input')
    .addHelpText('after', '\nExamples:\n  $ auscult user passwd admin\n  $ auscult user passwd jane --password-stdin < pw.txt')
    .action(async (username: string, flags: { passwordStdin?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const found = await findUserOrFail(store, username);
      const { generatePassword } = await import('../../auth/passwords.js');
      const password = flags.passwordStdin ? await readStdin() : generatePassword();
      await new AuthService(store).setPassword(cliActor(), found.id, password).catch(asUserError);
      process.stdout.write(flags.passwordStdin ? `password of ${found.username} changed\n` : `new password of ${found.username}: ${password}\n(shown only this once)\n`);
    });

  user.command('mfa-reset')
    .description('Remove a user\'s two-factor sign-in (a lost phone) and end their sessions; they set it up again in Settings.')
    .argument('<username>')
    .addHelpText('after', '\nExamples:\n  $ auscult user mfa-reset jane')
    .action(async (username: string, _flags: unknown, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const found = await findUserOrFail(store, username);
      await new AuthService(store).resetMfa(cliActor(), found.id).catch(asUserError);
      process.stdout.write(`two-factor sign-in of ${found.username} removed; their sessions ended\n`);
    });
}
