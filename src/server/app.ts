/**
 * The HTTP application: the route table (src/server/modules.ts) behind one access check
 * (src/server/access.ts), request validation from the routes' zod schemas, one error envelope,
 * security headers, the OpenAPI document, and the built dashboard (dist/web) as static files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import { AppError } from '../app-error.js';
import { type Actor, AuthService } from '../auth/auth-service.js';
import type { Store } from '../store/store.js';
import { authenticate, checkOrigin, decide } from './access.js';
import { AggregateCache } from './aggregate-cache.js';
import { API_MODULES } from './modules.js';
import { buildOpenApi } from './openapi.js';
import { type ApiModule, type RouteSpec, type ServerSettings, routeId } from './route.js';

export interface AppOptions {
  store: Store;
  settings: ServerSettings;
  auth?: AuthService;
  modules?: readonly ApiModule[];
  /** Aggregate cache (tests pass one with a short life). */
  cache?: AggregateCache;
  /** Folder of the built dashboard; default: dist/web beside this package, when built. */
  webRoot?: string | null;
}

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built dashboard, dist/web; the package root is two folders up from src/server and from dist/server alike. */
export function defaultWebRoot(): string | undefined {
  const root = resolve(PACKAGE_ROOT, 'dist/web');
  return existsSync(resolve(root, 'index.html')) ? root : undefined;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export function createApp(options: AppOptions): { app: Hono; routes: RouteSpec[]; auth: AuthService } {
  const { store, settings } = options;
  const auth = options.auth ?? new AuthService(store);
  const modules = options.modules ?? API_MODULES;
  const routes = modules.flatMap((m) => m.routes);
  const capabilities: Record<string, boolean> = Object.fromEntries(modules.filter((m) => m.capability).map((m) => [m.capability!, true]));
  const app = new Hono();
  const cache = options.cache ?? new AggregateCache(store);

  app.use('*', requestId());
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"],
    },
    strictTransportSecurity: settings.secureCookies ? 'max-age=31536000; includeSubDomains' : false,
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
  }));
  app.use('/api/*', bodyLimit({ maxSize: 1024 * 1024, onError: () => { throw new AppError('invalid_request', 'request body over 1 MB', 'body'); } }));
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const openapi = buildOpenApi(modules, packageVersion());
  app.get('/api/openapi.json', (c) => c.json(openapi));

  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => handle(c, route));
  }

  async function handle(c: Context, route: RouteSpec): Promise<Response> {
    const rid = c.get('requestId') as string;
    const actor: Actor = { name: 'anonymous', requestId: rid, ...(ipOf(c) ? { ip: ipOf(c)! } : {}) };
    const user = await authenticate(c, auth);
    if (user) Object.assign(actor, { name: user.username, id: user.id });
    const decision = decide(route, user);
    if (!decision.allow) {
      if (user) {
        await auth.audit(actor, { action: 'access.denied', target: routeId(route), outcome: 'denied', reason: decision.error.message });
      }
      throw decision.error;
    }
    try {
      checkOrigin(c, user, c.req.method);
    } catch (error) {
      await auth.audit(actor, { action: 'access.denied', target: routeId(route), outcome: 'denied', reason: (error as Error).message });
      throw error;
    }
    const params = validate(route.params, c.req.param(), 'path');
    const query = validate(route.query, c.req.query(), 'query');
    let body: unknown;
    if (route.body) {
      if (!(c.req.header('content-type') ?? '').includes('application/json')) {
        throw new AppError('invalid_request', 'send a JSON body with Content-Type: application/json', 'body');
      }
      const raw = await c.req.json().catch(() => { throw new AppError('invalid_request', 'the body is not valid JSON', 'body'); });
      body = validate(route.body, raw, 'body');
    }
    const result = await route.handler({ params, query, body, user, store, auth, actor, requestId: rid, settings, capabilities, cache, c });
    if (result instanceof Response) return result;
    return c.json(result as object);
  }

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return errorResponse(c, new AppError('not_found', `no route ${c.req.method} ${c.req.path}`));
    return c.text('Not found', 404);
  });
  app.onError((error, c) => {
    if (error instanceof AppError) return errorResponse(c, error);
    const rid = c.get('requestId') as string | undefined;
    process.stderr.write(`auscult serve: request ${rid ?? '?'} failed: ${(error as Error).stack ?? String(error)}\n`);
    return errorResponse(c, new AppError('internal', `something went wrong on our side (request ${rid ?? 'unknown'})`));
  });

  const webRoot = options.webRoot === null ? undefined : options.webRoot ?? defaultWebRoot();
  if (webRoot) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: webRoot }));
    const index = readFileSync(resolve(webRoot, 'index.html'), 'utf8');
    // Every other path is a page of the single-page app.
    app.get('*', (c) => (c.req.path.startsWith('/api/') ? errorResponse(c, new AppError('not_found', `no route ${c.req.path}`)) : c.html(index)));
  } else {
    app.get('/', (c) => c.text('Auscult API is running. The dashboard is not built: run `npm run build`, then restart. API: /api/openapi.json'));
  }
  return { app, routes, auth };
}

function ipOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function validate(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return {};
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : where;
  throw new AppError('invalid_request', `${field}: ${issue.message}`, field);
}

function errorResponse(c: Context, error: AppError): Response {
  const rid = c.get('requestId') as string | undefined;
  return c.json({ error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}),
    ...(error.extra ?? {}), ...(rid ? { requestId: rid } : {}) } }, error.status as 400);
}
