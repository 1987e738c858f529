/** Turns the query text of a request into an AST, or an invalid_query error naming the field and column. */
import { AppError } from '../app-error.js';
import { resolveQueryEntities } from '../enrich/resolve-query.js';
import type { QueryNode } from '../query/ast.js';
import { parseQuery } from '../query/parser.js';
import { QuerySyntaxError, QueryUnsupportedError } from '../query/query-syntax-error.js';
import type { AnalyticsRange } from '../store/analytics.js';

export function parseQueryParam(text: string | undefined, field = 'q'): QueryNode | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    // drug:, condition: and reaction: values become the ids the enrichment stage indexes, as in the CLI.
    return resolveQueryEntities(parseQuery(text));
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      throw new AppError('invalid_query', error.message, field, { column: error.column });
    }
    throw error;
  }
}

export function rangeOf(query: { q?: string | undefined; from?: number | undefined; to?: number | undefined }): AnalyticsRange {
  const node = parseQueryParam(query.q);
  return { ...(node ? { query: node } : {}), ...(query.from !== undefined ? { from: query.from } : {}),
    ...(query.to !== undefined ? { to: query.to } : {}) };
}

/** Runs a store read, turning a query the store cannot run (an enrichment field before enrichment lands) into invalid_query. */
export async function runQuery<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof QueryUnsupportedError) throw new AppError('invalid_query', error.message, 'q');
    throw error;
  }
}
