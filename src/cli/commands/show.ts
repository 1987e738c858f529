import type { Command } from 'commander';
import { commandContext } from '../context.js';

export function registerShow(program: Command): void {
  program.command('show')
    .description('Show one post with its earlier versions, or say that it was deleted.')
    .argument('<platform>', 'x, bluesky, mastodon, reddit, reviews…')
    .argument('<id>', 'the native id (tweet id, at-uri, status uri, t1_/t3_ fullname…)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult show reddit t3_abc123\n  $ auscult show bluesky at://did:plc:xyz/app.bsky.feed.post/3k… --json')
    .action(async (platform: string, id: string, flags: { json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const post = await store.getPost(platform, id);
      const deleted = post ? false : await store.isTombstoned(platform, id);
      const versions = post ? await store.getPostVersions(platform, id) : [];
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ post: post ?? null, deleted, versions }, null, 2)}\n`);
      } else if (post) {
        process.stdout.write(`${post.platform} ${post.id}\n@${post.author}${post.authorName ? ` (${post.authorName})` : ''}  ` +
          `${post.createdAt}${post.url ? `  ${post.url}` : ''}\n\n${post.title ? `${post.title}\n` : ''}${post.text}\n\n` +
          `likes ${post.metrics.likes}  reposts ${post.metrics.reposts}  replies ${post.metrics.replies}` +
          `${post.rating !== undefined ? `  rating ${post.rating}/10` : ''}\n` +
          (versions.length > 1 ? `\nversions (newest first):\n${versions.map((v) => `  ${v.versionAt}${v.current ? ' (shown)' : ''}: ${v.text}`).join('\n')}\n` : ''));
      } else {
        process.stdout.write(deleted ? `${platform} ${id}: deleted at source (only a tombstone is kept)\n` : `${platform} ${id}: not in this database\n`);
      }
      if (!post) process.exitCode = 1;
    });
}
