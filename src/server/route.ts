/**
 * A route is data: method, path, who may call it, the zod schemas of its input and output, and
 * a handler. The same table registers the routes (src/server/app.ts), builds the OpenAPI
 * document (src/server/openapi.ts) and drives the access-control suite (test/api/access.test.ts).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor, AuthService, AuthenticatedUser } from '../auth/auth-service.js';
import type { Permission } from '../auth/roles.js';
import type { Store } from '../store/store.js';
import type { AggregateCache } from './aggregate-cache.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Who may call a route. There is no default: a route must say. `public` needs nothing;
 * `authenticated` any signed-in user; a permission, a role that has it (src/auth/roles.ts).
 */
export type Access = 'public' | 'authenticated' | { permission: Permission; sessionOnly?: boolean };

export interface ServerSettings {
  secureCookies: boolean;
  /** Shown by /api/capabilities. */
  storeKind: 'sqlite' | 'postgres';
}

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Undefined only on public routes. */
  user: AuthenticatedUser | undefined;
  store: Store;
  auth: AuthService;
  actor: Actor;
  requestId: string;
  settings: ServerSettings;
  /** Optional modules present in this build (`capability` of each ApiModule). */
  capabilities: Record<string, boolean>;
  /** For whole-database aggregates that change only when data arrives (src/server/aggregate-cache.ts). */
  cache: AggregateCache;
  c: Context;
}

export interface RouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: Method;
  /** Hono syntax: /api/posts/:platform/:id */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** The 200 body; 'csv' for text/csv. */
  response: z.ZodType | 'csv';
  handler: (ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<unknown>;
}

/** Keeps each route's handler typed by its own schemas. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/**
 * A group of routes that one part of the product contributes. The enrichment, HCP-registry and
 * influence work each add a module to API_MODULES (src/server/modules.ts); `capability`, when set,
 * is reported as true by /api/capabilities so the dashboard shows their pages.
 */
export interface ApiModule {
  name: string;
  capability?: string;
  routes: RouteSpec[];
}

export function routeId(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method.toUpperCase()} ${route.path}`;
}
