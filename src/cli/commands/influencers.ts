import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { COMPONENTS } from '../../graph/dol-score.js';
import type { LinkedAccount } from '../../influence/influence-store.js';
import { accountLabel, type LeaderboardEntry, parseArea, parseWindow, personLeaderboard } from '../../influence/influence-views.js';
import { commandContext, positiveInt } from '../context.js';
import { UserError } from '../user-error.js';

interface InfluencersFlags { area: string; country?: string; window?: string; top: number; hcpOnly?: boolean; format: string }

/** Widest "also on" cell of the table; json and csv carry the whole list. */
const ALSO_ON_WIDTH = 48;

const SHORT: Record<string, string> = { topical_authority: 'auth', peer_endorsement: 'peer', engagement: 'eng', reach: 'reach', consistency: 'cons', growth: 'grow' };

export function registerInfluencers(program: Command): void {
  program.command('influencers')
    .description('The stored Digital Opinion Leader leaderboard of a therapy area: rank, score, its six components, segment, why, and where else the person is (also on).')
    .requiredOption('--area <area>', 'therapy area: oncology, cardiology, diabetes_endocrinology, neurology, psychiatry, infectious_disease, respiratory, immunology_rheumatology, dermatology, rare_disease')
    .option('--country <code>', 'ISO country code: rank only accounts of this country')
    .option('--window <days>', 'window of the scores: 30d, 90d or 365d', '90d')
    .option('--top <n>', 'how many to show [number]', positiveInt('--top'), 50)
    .option('--hcp-only', 'rank only accounts detected or verified as HCPs')
    .option('--format <format>', 'table | json | csv', 'table')
    .addHelpText('after', `
Components (percentile among the area's candidates, 0–1): auth = topical authority (area PageRank), peer = distinct
verified HCPs engaging, eng = engagement per post for the audience, reach, cons = consistency, grow = growth.
A person's accounts joined by an identity link (confirmed by a reviewer, or self-declared) are scored as one and listed
under the first; "also on" names the others (mastodon:@jane@med.social, reddit:u/jane_md).

Examples:
  $ auscult influencers --area oncology
  $ auscult influencers --area cardiology --country US --window 365d --top 20 --hcp-only --format csv > cardio.csv`)
    .action(async (flags: InfluencersFlags, command: Command) => {
      if (!['table', 'json', 'csv'].includes(flags.format)) throw new UserError(`--format must be table, json or csv, not "${flags.format}"`);
      const ctx = commandContext(command);
      let area; let windowDays;
      try { area = parseArea(flags.area); windowDays = parseWindow(flags.window); } catch (e) { throw new UserError((e as Error).message); }
      await using store = await ctx.openStore();
      const board = await personLeaderboard(store, { area, windowDays, limit: flags.top, ...(flags.hcpOnly ? { hcpOnly: true } : {}),
        ...(flags.country ? { country: flags.country.toUpperCase() } : {}) });
      if (!board) throw new UserError(`no ${windowDays}-day influence run is stored yet: run auscult influence compute`, 1);
      if (flags.format === 'json') {
        const entries = board.entries.map((e) => ({ ...e, alsoOn: e.alsoOn.map(({ accountRowId: _a, ...a }) => a) }));
        process.stdout.write(`${JSON.stringify({ run: board.run, total: board.total, entries }, null, 2)}\n`);
      } else if (flags.format === 'csv') {
        process.stdout.write(stringify(board.entries.map((e) => ({
          rank: e.rank, platform: e.platform, account_id: e.accountId, handle: e.handle, name: e.displayName ?? '', score: e.score,
          percentile: e.percentile, ...Object.fromEntries(COMPONENTS.map((c) => [c, e.components[c].normalized])), segment: e.segment,
          hcp_status: e.hcpStatus, why: e.why, also_on: alsoOnText(e.alsoOn), also_on_ids: e.alsoOn.map((a) => `${a.platform}:${a.accountId}`).join(' '),
        })), { header: true }));
      } else {
        process.stdout.write(table(board.entries, `${area} · ${flags.country?.toUpperCase() ?? 'all countries'} · ${windowDays} days` +
          `${flags.hcpOnly ? ' · HCPs only' : ''} · ${board.total} ranked · as of ${new Date(board.run.asOf).toISOString().slice(0, 10)}`));
      }
    });
}

/** `mastodon:@jane@med.social, reddit:u/jane_md`. */
function alsoOnText(accounts: readonly LinkedAccount[]): string {
  return accounts.map((a) => `${a.platform}:${accountLabel(a)}`).join(', ');
}

function table(entries: LeaderboardEntry[], title: string): string {
  if (entries.length === 0) return `${title}\n(no account ranked on this board)\n`;
  const also = entries.map((e) => {
    const text = alsoOnText(e.alsoOn);
    return text.length > ALSO_ON_WIDTH ? `${text.slice(0, ALSO_ON_WIDTH - 1)}…` : text;
  });
  const width = Math.max('also on'.length, ...also.map((a) => a.length));
  const head = ['rank', 'account'.padEnd(34), 'score', ...COMPONENTS.map((c) => SHORT[c]!.padStart(5)), 'segment ', 'also on'.padEnd(width), 'why'].join('  ');
  const rows = entries.map((e, i) => [String(e.rank).padStart(4), `${e.handle} (${e.platform})`.slice(0, 34).padEnd(34), e.score.toFixed(3),
    ...COMPONENTS.map((c) => e.components[c].normalized.toFixed(2).padStart(5)), e.segment.padEnd(8), also[i]!.padEnd(width), e.why].join('  '));
  return `${title}\n${head}\n${rows.join('\n')}\n`;
}
