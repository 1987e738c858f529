/**
 * Authentication and authorization for every API request, in one place (ASVS v4.0.3-4.1.1,
 * 4.1.5, 4.2.1). A request proves who it is with a session cookie or a bearer API token; the
 * route's declared access (src/server/route.ts) and the role table (src/auth/roles.ts) decide
 * whether it may go on. Anything not explicitly allowed is refused, and refusals to a known user
 * are audited. Object-level checks (whose saved query, whose token) are made by the handlers
 * that load the object, with `ownsOrManages`.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../app-error.js';
import type { AuthService, AuthenticatedUser } from '../auth/auth-service.js';
import { NEEDS_MFA, type Permission, roleCan } from '../auth/roles.js';
import type { RouteSpec } from './route.js';

export const SESSION_COOKIE = 'auscult_session';

/** Who sent the request, or undefined when it carried no credentials; throws when it carried bad ones. */
export async function authenticate(c: Context, auth: AuthService): Promise<AuthenticatedUser | undefined> {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await auth.authenticateToken(match[1]!) : undefined;
    if (!user) throw new AppError('unauthenticated', 'the API token is not valid (unknown, revoked or expired)');
    return user;
  }
  const session = getCookie(c, SESSION_COOKIE);
  if (session !== undefined) return auth.authenticateSession(session);
  return undefined;
}

export type Decision = { allow: true } | { allow: false; error: AppError };

/** The access decision for one route and one (possibly anonymous) caller. */
export function decide(route: Pick<RouteSpec, 'access' | 'method'>, user: AuthenticatedUser | undefined): Decision {
  const access = route.access;
  if (access === 'public') return { allow: true };
  if (!user) return { allow: false, error: new AppError('unauthenticated', 'sign in, or send an API token as "Authorization: Bearer …"') };
  if (route.method !== 'get' && user.scope === 'read') {
    return { allow: false, error: new AppError('forbidden', 'this API token is read-only') };
  }
  if (access === 'authenticated') return { allow: true };
  if (access.sessionOnly && user.via !== 'session') {
    return { allow: false, error: new AppError('forbidden', 'this action needs a signed-in session, not an API token') };
  }
  if (!roleCan(user.role, access.permission)) {
    return { allow: false, error: new AppError('forbidden', `the ${user.role} role may not do this (needs ${access.permission})`) };
  }
  if (NEEDS_MFA.has(access.permission) && !user.mfa) {
    return { allow: false, error: mfaEnrollmentRequired() };
  }
  return { allow: true };
}

/** The role holds the permission and, for admin actions, the user has two-factor sign-in on. */
export function userCan(user: AuthenticatedUser, permission: Permission): boolean {
  return roleCan(user.role, permission) && (!NEEDS_MFA.has(permission) || user.mfa);
}

function mfaEnrollmentRequired(): AppError {
  return new AppError('mfa_enrollment_required', 'admin actions need two-factor sign-in: turn it on in Settings first');
}

/**
 * Cross-site request forgery: a state-changing request carried by a session cookie must come from
 * our own origin. SameSite cookies already stop most of it; this also covers old browsers and
 * sibling subdomains. Token requests are exempt: browsers never attach them on their own.
 */
export function checkOrigin(c: Context, user: AuthenticatedUser | undefined, method: string): void {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return;
  if (user?.via === 'token') return;
  const origin = c.req.header('origin');
  if (origin === undefined) {
    // Non-browser clients send no Origin; a browser always does on a cross-site POST.
    if (c.req.header('sec-fetch-site') === 'cross-site') throw new AppError('csrf_rejected', 'cross-site request refused');
    return;
  }
  const host = c.req.header('host');
  let originHost: string | undefined;
  try { originHost = new URL(origin).host; } catch { originHost = undefined; }
  if (!host || originHost !== host) throw new AppError('csrf_rejected', 'cross-site request refused: Origin does not match this server');
}

/** Object-level check: the caller owns the object, or may manage users. */
export function ownsOrManages(user: AuthenticatedUser, ownerId: number): boolean {
  return user.id === ownerId || userCan(user, 'users:manage');
}
