import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { resolveQueryEntities } from '../../enrich/resolve-query.js';
import { parseQuery } from '../../query/parser.js';
import { QuerySyntaxError } from '../../query/query-syntax-error.js';
import type { PostView } from '../../store/store.js';
import { commandContext, positiveInt } from '../context.js';
import { UserError } from '../user-error.js';

interface SearchFlags { from?: string; to?: string; limit: number; offset?: number; format: string; order: string; count?: boolean }

export function registerSearch(program: Command): void {
  program.command('search')
    .description('Search posts with the boolean query language (docs/query-language.md).')
    .argument('<query>', 'e.g. \'(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway lang:en from:2024-01-01\'')
    .option('--from <date>', 'only posts on or after this date (YYYY-MM-DD or ISO 8601)')
    .option('--to <date>', 'only posts before the end of this date')
    .option('--limit <n>', 'how many posts [number]', positiveInt('--limit'), 20)
    .option('--offset <n>', 'skip this many first [number]', positiveInt('--offset'))
    .option('--order <order>', 'recent | engagement', 'recent')
    .option('--format <format>', 'table | json | csv', 'table')
    .option('--count', 'print only the number of matching posts')
    .addHelpText('after', `
Examples:
  $ auscult search 'ozempic AND nausea'
  $ auscult search '#ASCO24 kind:hcp' --order engagement --limit 50
  $ auscult search '"weight loss" NEAR/5 insurance platform:reddit' --format csv > out.csv`)
    .action(async (text: string, flags: SearchFlags, command: Command) => {
      const ctx = commandContext(command);
      if (!['table', 'json', 'csv'].includes(flags.format)) throw new UserError(`--format must be table, json or csv, not "${flags.format}"`);
      if (!['recent', 'engagement'].includes(flags.order)) throw new UserError(`--order must be recent or engagement, not "${flags.order}"`);
      const query = parseOrExplain(text);
      await using store = await ctx.openStore();
      const range = {
        ...(flags.from ? { from: parseDateFlag('--from', flags.from, false) } : {}),
        ...(flags.to ? { to: parseDateFlag('--to', flags.to, true) } : {}),
      };
      if (flags.count) {
        process.stdout.write(`${await store.countMatches(query, range)}\n`);
        return;
      }
      const posts = await store.search(query, {
        ...range, limit: flags.limit, order: flags.order as 'recent' | 'engagement',
        ...(flags.offset ? { offset: flags.offset } : {}),
      });
      process.stdout.write(render(posts, flags.format));
    });
}

function parseOrExplain(text: string) {
  try {
    return resolveQueryEntities(parseQuery(text));
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      throw new UserError(`invalid query: ${error.message}\n  ${text}\n  ${' '.repeat(Math.max(0, error.column - 1))}^`);
    }
    throw error;
  }
}

/** A bare date means the start of that UTC day, or for an upper bound the end of it. */
export function parseDateFlag(flag: string, value: string, endOfDay: boolean): number {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(bare ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new UserError(`${flag} expects a date like 2024-01-31 or 2024-01-31T12:00:00Z, got "${value}"`);
  return bare && endOfDay ? ms + 86_400_000 : ms;
}

function render(posts: PostView[], format: string): string {
  if (format === 'json') return `${JSON.stringify(posts, null, 2)}\n`;
  if (format === 'csv') {
    return stringify(posts.map((p) => ({
      platform: p.platform, id: p.id, createdAt: p.createdAt, author: p.author, lang: p.lang ?? '',
      text: p.title ? `${p.title}\n${p.text}` : p.text, url: p.url ?? '', likes: p.metrics.likes, reposts: p.metrics.reposts,
      replies: p.metrics.replies, hashtags: p.hashtags.join(' '), rating: p.rating ?? '',
    })), { header: true });
  }
  if (posts.length === 0) return 'no posts match\n';
  const width = Math.max(40, (process.stdout.columns ?? 120) - 50);
  return `${posts.map((p) => {
    const text = (p.title ? `${p.title} — ${p.text}` : p.text).replace(/\s+/g, ' ');
    const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    return `${p.createdAt.slice(0, 16).replace('T', ' ')}  ${p.platform.padEnd(8)} @${p.author.slice(0, 22).padEnd(22)} ${cut}`;
  }).join('\n')}\n`;
}
