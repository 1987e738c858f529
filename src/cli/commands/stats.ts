import type { Command } from 'commander';
import type { Store } from '../../store/store.js';
import { commandContext } from '../context.js';

export function registerStats(program: Command): void {
  program.command('stats')
    .description('Summarise what the database holds.')
    .option('--json', 'print JSON: {"posts","accounts","interactions","quarantined","platforms":{…},…}')
    .option('--top <n>', 'how many hashtags and accounts to list', '10')
    .addHelpText('after', '\nExamples:\n  $ auscult stats\n  $ auscult stats --json | jq .platforms')
    .action(async (options: { json?: boolean; top: string }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const top = Math.max(1, Number(options.top) || 10);
      if (options.json) {
        const summary = await summarise(store, top);
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        process.stdout.write(await renderSummary(store, top));
      }
    });
}

export async function summarise(store: Store, top: number) {
  const stats = await store.stats();
  return { ...stats, topHashtags: await store.topHashtags(top), topAccounts: await store.topAccounts(top) };
}

export async function renderSummary(store: Store, top: number): Promise<string> {
  const s = await summarise(store, top);
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `posts         ${n(s.posts)}`,
    `accounts      ${n(s.accounts)}`,
    `interactions  ${n(s.interactions)}`,
    `deleted       ${n(s.tombstones)} (tombstones)`,
    `quarantined   ${n(s.quarantined)}${s.quarantined > 0 ? '  (see: auscult quarantine)' : ''}`,
    `date range    ${s.firstPostAt ? `${s.firstPostAt.slice(0, 10)} → ${s.lastPostAt?.slice(0, 10)}` : '—'}`,
    '',
    'platforms',
    ...Object.entries(s.platforms).map(([platform, count]) => `  ${platform.padEnd(12)} ${n(count).padStart(10)}`),
    '',
    'top hashtags',
    ...s.topHashtags.map((h) => `  #${h.tag.padEnd(24)} ${n(h.posts).padStart(8)}`),
    '',
    'top accounts by interactions received',
    ...s.topAccounts.map((a) => `  ${`${a.handle} (${a.platform})`.padEnd(40)} ${n(a.interactions).padStart(8)}` +
      `${a.displayName ? `  ${a.displayName}` : ''}`),
  ];
  return `${lines.join('\n')}\n`;
}
