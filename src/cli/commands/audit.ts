import type { Command } from 'commander';
import { commandContext, positiveInt } from '../context.js';
import { UserError } from '../user-error.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit')
    .description('The audit log: who did what (logins, denials, user and token changes, exports…), and a check of its hash chain.')
    .addHelpText('after', `
Examples:
  $ auscult audit list --limit 20
  $ auscult audit list --action auth.login --json
  $ auscult audit verify
  $ auscult audit verify --expect-head 1532:9f2c…   # also proves nothing was cut from the end`);

  audit.command('list')
    .description('Entries, newest first.')
    .option('--limit <n>', 'how many [number]', positiveInt('--limit'), 50)
    .option('--action <action>', 'only this action, e.g. auth.login, token.create, export.csv')
    .option('--actor <name>', 'only this actor')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult audit list\n  $ auscult audit list --actor jane --limit 100')
    .action(async (flags: { limit: number; action?: string; actor?: string; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const entries = await store.audit.list({ limit: flags.limit, ...(flags.action ? { action: flags.action } : {}),
        ...(flags.actor ? { actor: flags.actor } : {}) });
      if (flags.json) { process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`); return; }
      if (entries.length === 0) { process.stdout.write('the audit log is empty\n'); return; }
      for (const e of entries) {
        process.stdout.write(`${String(e.seq).padStart(6)}  ${e.at.slice(0, 19).replace('T', ' ')}  ${e.actor.padEnd(20)} ${e.action.padEnd(18)} ` +
          `${e.outcome.padEnd(6)} ${e.target ?? ''}${e.reason ? `  (${e.reason})` : ''}\n`);
      }
    });

  audit.command('verify')
    .description('Recompute the hash chain; exit 1 when an entry was edited, inserted or removed.')
    .option('--expect-head <seq:hash>', 'the head printed by an earlier verify: also detects entries cut from the end')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult audit verify\n  $ auscult audit verify --json')
    .action(async (flags: { expectHead?: string; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const result = await store.audit.verify();
      let headProblem: string | undefined;
      if (flags.expectHead) {
        const [seqText, hash] = flags.expectHead.split(':');
        const seq = Number(seqText);
        if (!Number.isInteger(seq) || !hash) throw new UserError('--expect-head expects <seq>:<hash> as printed by audit verify');
        const entry = (await store.audit.list({ beforeSeq: seq + 1, limit: 1 }))[0];
        if (!entry || entry.seq !== seq || entry.hash !== hash) headProblem = `entry ${seq} is missing or differs from the recorded head`;
      }
      const ok = result.ok && headProblem === undefined;
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...result, ok, ...(headProblem ? { headProblem } : {}) }, null, 2)}\n`);
      } else if (ok) {
        process.stdout.write(`audit log intact: ${result.entries} entries` +
          `${result.head ? `; head ${result.head.seq}:${result.head.hash} (record it to detect cut-off entries later)` : ''}\n`);
      } else {
        process.stdout.write(`audit log BROKEN: ${result.firstBad ? `entry ${result.firstBad.seq}: ${result.firstBad.problem}` : headProblem}\n`);
      }
      if (!ok) process.exitCode = 1;
    });
}
