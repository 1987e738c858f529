/**
 * Opaque cursors: base64url JSON. Offset cursors page lists the store reads by offset (search,
 * top lists); key cursors page the audit log by sequence number.
 */
import { AppError } from '../app-error.js';

export function encodeCursor(value: Record<string, number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, key: 'o' | 's'): number | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const n = value[key];
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) return n;
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_request', 'cursor is not one this API returned', 'cursor');
}

/** A page of a list read by offset: ask the store for one row more than the page to learn whether another page exists. */
export async function offsetPage<T>(cursor: string | undefined, limit: number, read: (limit: number, offset: number) => Promise<T[]>) {
  const offset = decodeCursor(cursor, 'o') ?? 0;
  const rows = await read(limit + 1, offset);
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? encodeCursor({ o: offset + limit }) : null };
}
