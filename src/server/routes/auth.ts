/** Sign in, sign out, and who am I. */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { PERMISSIONS, type Permission, roleCan } from '../../auth/roles.js';
import { SESSION_COOKIE } from '../access.js';
import { type ApiModule, defineRoute } from '../route.js';
import { User } from '../schemas.js';

const Me = z.object({
  user: z.object({ id: z.number(), username: z.string(), role: z.string(), via: z.enum(['session', 'token']) }),
  permissions: z.array(z.string()),
});

export const authModule: ApiModule = {
  name: 'auth',
  routes: [
    defineRoute({
      method: 'post', path: '/api/auth/login', tag: 'auth', access: 'public',
      summary: 'Sign in with a username and password; sets an HttpOnly session cookie. At most 100 failed attempts per account per hour.',
      body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
      response: z.object({ user: User }),
      handler: async ({ body, auth, actor, settings, c }) => {
        const { sessionId, user } = await auth.login(body.username, body.password, { ...(actor.ip ? { ip: actor.ip } : {}), requestId: actor.requestId! });
        setCookie(c, SESSION_COOKIE, sessionId, {
          httpOnly: true, sameSite: 'Lax', path: '/', secure: settings.secureCookies,
          maxAge: Math.floor(auth.settings.absoluteMs / 1000),
        });
        const { publicUser } = await import('../../auth/auth-service.js');
        return { user: publicUser(user) };
      },
    }),
    defineRoute({
      method: 'post', path: '/api/auth/logout', tag: 'auth', access: 'authenticated',
      summary: 'End this session.',
      response: z.object({ ok: z.literal(true) }),
      handler: async ({ auth, actor, c }) => {
        const session = getCookie(c, SESSION_COOKIE);
        if (session) await auth.logout(session, actor);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/auth/me', tag: 'auth', access: 'authenticated',
      summary: 'The signed-in user and what their role may do.',
      response: Me,
      handler: async ({ user }) => ({
        user: { id: user!.id, username: user!.username, role: user!.role, via: user!.via },
        permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleCan(user!.role, p)),
      }),
    }),
  ],
};
