/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas (the same ones
 * that validate requests), so the two cannot drift apart.
 */
import { z } from 'zod';
import { SESSION_COOKIE } from './access.js';
import type { ApiModule, RouteSpec } from './route.js';
import { ErrorEnvelope } from './schemas.js';

type Json = Record<string, unknown>;

export function buildOpenApi(modules: readonly ApiModule[], version: string): Json {
  const components: Record<string, unknown> = {};
  const convert = (schema: z.ZodType, io: 'input' | 'output'): Json => {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
    delete json.$schema;
    const defs = json.$defs as Record<string, unknown> | undefined;
    delete json.$defs;
    const fix = (value: unknown): Json => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
    for (const [name, def] of Object.entries(defs ?? {})) components[name] = fix(def);
    return fix(json);
  };
  const errorRef = { $ref: '#/components/schemas/Error' };
  components.Error = convert(ErrorEnvelope, 'output');
  const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of modules.flatMap((m) => m.routes)) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path]![route.method] = operation(route, convert, errorResponse);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Auscult API', version, description: 'JSON over HTTP. Lists are paginated with an opaque `cursor` (pass `nextCursor`). ' +
      'Errors are `{"error": {"code", "message", "field"}}` with a stable code. Sign in with POST /api/auth/login (session cookie) ' +
      'or send an API token as `Authorization: Bearer ausc_…`.' },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        token: { type: 'http', scheme: 'bearer', description: 'an API token from POST /api/tokens or `auscult token create`' },
      },
    },
  };
}

function operation(route: RouteSpec, convert: (s: z.ZodType, io: 'input' | 'output') => Json, errorResponse: (d: string) => Json): Json {
  const parameters: Json[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = convert(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: rest,
        ...(description ? { description } : {}) });
    }
  }
  const access = route.access;
  const permission = typeof access === 'object' ? access.permission : access;
  const responses: Json = {
    200: route.response === 'csv'
      ? { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }
      : { description: 'OK', content: { 'application/json': { schema: convert(route.response, 'output') } } },
    400: errorResponse('invalid_request or invalid_query (error.field names the parameter)'),
  };
  if (access !== 'public') {
    responses[401] = errorResponse('unauthenticated');
    responses[403] = errorResponse('forbidden: the role, token scope or object does not allow it');
  }
  if (route.params) responses[404] = errorResponse('not_found');
  if (route.path === '/api/auth/login') responses[429] = errorResponse('rate_limited: too many failed logins for this account');
  return {
    operationId: `${route.method}${route.path.replace(/\/api/, '').replace(/[/:.-]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    tags: [route.tag],
    'x-auscult-access': permission,
    ...(access === 'public' ? { security: [] } : { security: [{ session: [] }, { token: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: convert(route.body, 'input') } } } } : {}),
    responses,
  };
}
