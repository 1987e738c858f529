/** Users and roles (admins), API tokens (one's own; admins all), and the audit trail. */
import { z } from 'zod';
import { AppError } from '../../app-error.js';
import { publicToken, publicUser } from '../../auth/auth-service.js';
import { ROLES } from '../../auth/roles.js';
import { ownsOrManages, userCan } from '../access.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { type ApiModule, defineRoute } from '../route.js';
import { AuditEntry, IdParam, PageQuery, Token, User, page } from '../schemas.js';

function slice<T>(all: T[], cursor: string | undefined, limit: number) {
  const offset = decodeCursor(cursor, 'o') ?? 0;
  return { items: all.slice(offset, offset + limit), nextCursor: all.length > offset + limit ? encodeCursor({ o: offset + limit }) : null };
}

export const adminModule: ApiModule = {
  name: 'admin',
  routes: [
    defineRoute({
      method: 'get', path: '/api/users', tag: 'users', access: { permission: 'users:manage' },
      summary: 'Every user with their role.',
      query: PageQuery, response: page(User),
      handler: async ({ query, store }) => slice((await store.auth.listUsers()).map(publicUser), query.cursor, query.limit),
    }),
    defineRoute({
      method: 'post', path: '/api/users', tag: 'users', access: { permission: 'users:manage', sessionOnly: true },
      summary: 'Add a user. Without a password one is generated and returned once.',
      body: z.object({ username: z.string().min(2).max(64), role: z.enum(ROLES), password: z.string().min(1).max(1024).optional() }),
      response: z.object({ user: User, password: z.string().optional().meta({ description: 'the generated password, shown once' }) }),
      handler: async ({ body, auth, actor }) => {
        const { user, password } = await auth.addUser(actor, { username: body.username, role: body.role,
          ...(body.password !== undefined ? { password: body.password } : {}) });
        return { user: publicUser(user), ...(password ? { password } : {}) };
      },
    }),
    defineRoute({
      method: 'patch', path: '/api/users/:id', tag: 'users', access: { permission: 'users:manage', sessionOnly: true },
      summary: 'Change a user\'s role, disable or enable them, or set their password (ends their sessions).',
      params: IdParam,
      body: z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), password: z.string().min(1).max(1024).optional() }),
      response: User,
      handler: async ({ params, body, auth, actor }) => {
        let user;
        if (body.role !== undefined || body.disabled !== undefined) {
          user = await auth.update(actor, params.id, { ...(body.role !== undefined ? { role: body.role } : {}),
            ...(body.disabled !== undefined ? { disabled: body.disabled } : {}) });
        }
        if (body.password !== undefined) user = await auth.setPassword(actor, params.id, body.password);
        if (!user) throw new AppError('invalid_request', 'nothing to change: give role, disabled or password', 'body');
        return publicUser(user);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/users/:id/mfa/reset', tag: 'users', access: { permission: 'users:manage', sessionOnly: true },
      summary: 'Remove a user\'s second factor (a lost phone) and end their sessions; they set it up again after signing in.',
      params: IdParam, response: User,
      handler: async ({ params, auth, actor }) => publicUser(await auth.resetMfa(actor, params.id)),
    }),
    defineRoute({
      method: 'get', path: '/api/tokens', tag: 'tokens', access: { permission: 'tokens:own' },
      summary: 'Your API tokens (admins: every user\'s with all=true). The secret is never shown again.',
      query: PageQuery.extend({ all: z.enum(['true', 'false']).default('false') }), response: page(Token),
      handler: async ({ query, store, user }) => {
        const all = query.all === 'true';
        if (all && !userCan(user!, 'users:manage')) throw new AppError('forbidden', 'only admins may list every user\'s tokens', 'all');
        const tokens = await store.auth.listTokens(all ? {} : { userId: user!.id });
        return slice(tokens.map(publicToken), query.cursor, query.limit);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/tokens', tag: 'tokens', access: { permission: 'tokens:own', sessionOnly: true },
      summary: 'Create an API token for yourself (admins: for any user with userId). The token is returned once; only its hash is kept.',
      body: z.object({ name: z.string().min(1).max(100), scope: z.enum(['read', 'write']).default('read'),
        expiresInDays: z.number().int().min(1).max(3650).optional(), userId: z.number().int().positive().optional() }),
      response: z.object({ token: z.string(), record: Token }),
      handler: async ({ body, auth, actor, user }) => {
        const owner = body.userId ?? user!.id;
        if (owner !== user!.id && !userCan(user!, 'users:manage')) throw new AppError('forbidden', 'only admins may create tokens for others', 'userId');
        const { token, record } = await auth.createToken(actor, { userId: owner, name: body.name, scope: body.scope,
          ...(body.expiresInDays !== undefined ? { expiresInDays: body.expiresInDays } : {}) });
        return { token, record: publicToken(record) };
      },
    }),
    defineRoute({
      method: 'delete', path: '/api/tokens/:id', tag: 'tokens', access: { permission: 'tokens:own' },
      summary: 'Revoke a token: its owner, or an admin.',
      params: IdParam, response: Token,
      handler: async ({ params, store, auth, actor, user }) => {
        const token = await store.auth.getToken(params.id);
        // Someone else's token is "not found": its existence is not revealed.
        if (!token || !ownsOrManages(user!, token.userId)) throw new AppError('not_found', `no token ${params.id}`, 'id');
        return publicToken(await auth.revokeToken(actor, params.id));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/audit', tag: 'audit', access: { permission: 'audit:read' },
      summary: 'The audit trail, newest first.',
      query: PageQuery.extend({ action: z.string().max(100).optional(), actionPrefix: z.string().max(100).optional(),
        actor: z.string().max(100).optional(), target: z.string().max(200).optional() }),
      response: page(AuditEntry),
      handler: async ({ query, store }) => {
        const before = decodeCursor(query.cursor, 's');
        const items = await store.audit.list({ limit: query.limit, ...(before !== undefined ? { beforeSeq: before } : {}),
          ...(query.action ? { action: query.action } : {}), ...(query.actionPrefix ? { actionPrefix: query.actionPrefix } : {}),
          ...(query.actor ? { actor: query.actor } : {}), ...(query.target ? { target: query.target } : {}) });
        const last = items.at(-1);
        return { items, nextCursor: items.length === query.limit && last && last.seq > 1 ? encodeCursor({ s: last.seq }) : null };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/audit/verify', tag: 'audit', access: { permission: 'audit:verify' },
      summary: 'Recompute the audit log\'s hash chain: an edited, inserted or removed entry makes ok false.',
      response: z.object({ ok: z.boolean(), entries: z.number(), head: z.object({ seq: z.number(), hash: z.string() }).optional(),
        firstBad: z.object({ seq: z.number(), problem: z.string() }).optional() }),
      handler: async ({ store }) => store.audit.verify(),
    }),
  ],
};
