/**
 * Rows for `COPY … FROM STDIN (FORMAT csv)`: every value quoted, NULL as an empty unquoted
 * field. Written here rather than with csv-stringify because this sits on the hottest path of
 * ingest and needs only these few lines.
 */
export type CopyValue = string | number | boolean | null | undefined;

/** PostgreSQL text cannot hold NUL; a source that sends one loses only that character. */
export function withoutNul(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

function field(value: CopyValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return `"${withoutNul(value).replaceAll('"', '""')}"`;
}

/** CSV text in pieces of about a megabyte, ready to stream into COPY. */
export function* copyChunks(rows: Iterable<readonly CopyValue[]>, chunkChars = 1 << 20): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(field).join(',')}\n`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
