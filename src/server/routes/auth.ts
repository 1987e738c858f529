/** Sign in, sign out, and who am I. */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { AppError } from '../../app-error.js';
import { PERMISSIONS, type Permission } from '../../auth/roles.js';
import { SESSION_COOKIE, userCan } from '../access.js';
import { type AuthenticatedUser, publicUser } from '../../auth/auth-service.js';
import { type ApiModule, defineRoute } from '../route.js';
import { User } from '../schemas.js';

const Me = z.object({
  user: z.object({ id: z.number(), username: z.string(), role: z.string(), via: z.enum(['session', 'token']), mfaEnabled: z.boolean() }),
  permissions: z.array(z.string()),
});

export const authModule: ApiModule = {
  name: 'auth',
  routes: [
    defineRoute({
      method: 'post', path: '/api/auth/login', tag: 'auth', access: 'public',
      summary: 'Sign in with a username and password, plus the one-time `code` when the user has two-factor sign-in on (without it the answer is 401 mfa_required); sets an HttpOnly session cookie. At most 100 failed attempts per account per hour.',
      body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(1024), code: z.string().max(12).optional() }),
      response: z.object({ user: User }),
      handler: async ({ body, auth, actor, settings, c }) => {
        const { sessionId, user } = await auth.login(body.username, body.password, { ...(actor.ip ? { ip: actor.ip } : {}), requestId: actor.requestId!,
          ...(body.code !== undefined ? { code: body.code } : {}) });
        setCookie(c, SESSION_COOKIE, sessionId, {
          httpOnly: true, sameSite: 'Lax', path: '/', secure: settings.secureCookies,
          maxAge: Math.floor(auth.settings.absoluteMs / 1000),
        });
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
        user: { id: user!.id, username: user!.username, role: user!.role, via: user!.via, mfaEnabled: user!.mfa },
        permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => userCan(user!, p)),
      }),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/mfa/setup', tag: 'auth', access: 'authenticated',
      summary: 'Start two-factor set-up for yourself: a new secret and its otpauth:// link for an authenticator app, shown once. Sign-in is unchanged until you confirm a code.',
      response: z.object({ secret: z.string(), uri: z.string() }),
      handler: async ({ auth, actor, user }) => auth.startMfaSetup(actor, sessionUser(user!).id),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/mfa/confirm', tag: 'auth', access: 'authenticated',
      summary: 'Turn two-factor sign-in on with the code your app shows now.',
      body: z.object({ code: z.string().min(1).max(12) }), response: z.object({ user: User }),
      handler: async ({ auth, actor, user, body }) => ({ user: publicUser(await auth.confirmMfa(actor, sessionUser(user!).id, body.code)) }),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/mfa/disable', tag: 'auth', access: 'authenticated',
      summary: 'Turn two-factor sign-in off, proving it with a current code (admins then lose admin actions until it is on again).',
      body: z.object({ code: z.string().min(1).max(12) }), response: z.object({ user: User }),
      handler: async ({ auth, actor, user, body }) => ({ user: publicUser(await auth.disableMfa(actor, sessionUser(user!).id, body.code)) }),
    }),
  ],
};

/** A second factor is set up from a signed-in session only: an API token must not be able to add or remove one. */
function sessionUser(user: AuthenticatedUser): AuthenticatedUser {
  if (user.via !== 'session') throw new AppError('forbidden', 'two-factor sign-in is set up from a signed-in session, not with an API token');
  return user;
}
