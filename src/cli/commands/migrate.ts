import type { Command } from 'commander';
import { commandContext } from '../context.js';

export function registerMigrate(program: Command): void {
  program.command('migrate')
    .description('Apply pending schema migrations and list every migration with its state (SQLite file or PostgreSQL).')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ auscult migrate --db postgres://postgres@127.0.0.1:5432/auscult
  $ auscult migrate --db team.db --json`)
    .action(async (flags: { json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore({ migrate: false });
      const results = await store.migrate();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${ctx.config.dbLabel}\n`);
      for (const r of results) {
        process.stdout.write(`  ${String(r.version).padStart(3, '0')} ${r.name.padEnd(24)} ${r.status === 'applied' ? 'applied now' : 'already applied'}\n`);
      }
    });
}
