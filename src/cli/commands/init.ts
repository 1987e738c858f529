import type { Command } from 'commander';
import { commandContext } from '../context.js';

export function registerInit(program: Command): void {
  program.command('init')
    .description('Create the database (or bring its schema up to date).')
    .addHelpText('after', '\nExample:\n  $ auscult init --db ./team.db')
    .action(async (_options, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore({ migrate: false });
      const results = await store.migrate();
      const applied = results.filter((r) => r.status === 'applied').length;
      process.stdout.write(`${ctx.config.dbLabel}: schema at version ${results.at(-1)?.version ?? 0}` +
        `${applied > 0 ? ` (${applied} migration${applied === 1 ? '' : 's'} applied)` : ' (up to date)'}\n`);
    });
}
