/** Search, posts, threads and accounts. */
import { z } from 'zod';
import { AppError } from '../../app-error.js';
import { offsetPage } from '../cursor.js';
import { parseQueryParam, runQuery } from '../query-param.js';
import { type ApiModule, defineRoute } from '../route.js';
import { Account, PageQuery, Post, PostParams, RangeQuery, page } from '../schemas.js';

const SearchQuery = RangeQuery.extend(PageQuery.shape).extend({
  q: z.string().min(1).max(2000).meta({ description: 'a query in the search language (docs/query-language.md)' }),
  order: z.enum(['recent', 'engagement']).default('recent'),
  withTotal: z.enum(['true', 'false']).default('false').meta({ description: 'also count every match (slower on broad queries)' }),
});

const AccountParams = z.object({ platform: z.string().min(1).max(40), id: z.string().min(1).max(300).meta({ description: 'native id or handle' }) });

export const postsModule: ApiModule = {
  name: 'posts',
  routes: [
    defineRoute({
      method: 'get', path: '/api/search', tag: 'posts', access: { permission: 'data:read' },
      summary: 'Posts matching a query, newest or most engaged first. A syntax error names the column (error.column).',
      query: SearchQuery,
      response: page(Post).extend({ total: z.number().optional() }),
      handler: async ({ query, store }) => {
        const node = parseQueryParam(query.q)!;
        const range = { ...(query.from !== undefined ? { from: query.from } : {}), ...(query.to !== undefined ? { to: query.to } : {}) };
        const result = await runQuery(() => offsetPage(query.cursor, query.limit, (limit, offset) =>
          store.search(node, { ...range, limit, offset, order: query.order })));
        if (query.withTotal === 'true') return { ...result, total: await store.countMatches(node, range) };
        return result;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/posts/:platform/:id', tag: 'posts', access: { permission: 'data:read' },
      summary: 'One post. Deleted posts and posts of hidden accounts are not found.',
      params: PostParams, response: Post,
      handler: async ({ params, store }) => {
        const post = await store.getPost(params.platform, params.id);
        if (!post) throw new AppError('not_found', `no post ${params.platform}/${params.id}`, 'id');
        return post;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/posts/:platform/:id/thread', tag: 'posts', access: { permission: 'data:read' },
      summary: 'The thread a post belongs to: its root (when visible) and every visible post of it, oldest first (at most 500).',
      params: PostParams, response: z.object({ root: Post.nullable(), posts: z.array(Post), truncated: z.boolean() }),
      handler: async ({ params, store }) => {
        const thread = await store.analytics.thread(params.platform, params.id, 501);
        if (!thread) throw new AppError('not_found', `no post ${params.platform}/${params.id}`, 'id');
        return { root: thread.root ?? null, posts: thread.posts.slice(0, 500), truncated: thread.posts.length > 500 };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/accounts/:platform/:id', tag: 'accounts', access: { permission: 'data:read' },
      summary: 'An account by native id or handle. Hidden (suspended, deactivated, taken down) and deleted accounts are not found.',
      params: AccountParams, response: Account,
      handler: async ({ params, store }) => {
        const account = await store.getAccount(params.platform, params.id);
        if (!account || account.status !== 'active') throw new AppError('not_found', `no account ${params.platform}/${params.id}`, 'id');
        return account;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/accounts/:platform/:id/posts', tag: 'accounts', access: { permission: 'data:read' },
      summary: 'An account\'s posts, newest first.',
      params: AccountParams, query: PageQuery, response: page(Post),
      handler: async ({ params, query, store }) => {
        const account = await store.getAccount(params.platform, params.id);
        if (!account || account.status !== 'active') throw new AppError('not_found', `no account ${params.platform}/${params.id}`, 'id');
        return offsetPage(query.cursor, query.limit, (limit, offset) => store.analytics.accountPosts(account.platform, account.id, { limit, offset }));
      },
    }),
  ],
};
