/**
 * A store's data by natural keys (never row ids or run ids), normalised so that dumps of
 * different histories, or of different adapters, compare row for row.
 */
export interface CanonicalDump {
  accounts: unknown[];
  posts: unknown[];
  versions: unknown[];
  counters: unknown[];
  tombstones: unknown[];
  interactions: unknown[];
  quarantine: unknown[];
  checkpoints: unknown[];
}

/** Data only: what any history of the same input must end with (checkpoints depend on how files were cut). */
export function dataOf(dump: CanonicalDump): Omit<CanonicalDump, 'checkpoints'> {
  const { checkpoints: _checkpoints, ...data } = dump;
  return data;
}

type Row = Record<string, unknown>;

const JSON_COLUMNS = new Set(['hashtags', 'mentions', 'links', 'extra']);
const BOOLEAN_COLUMNS = new Set(['has_media', 'complete']);

/** Same values whatever the driver returns: JSON text parsed, 0/1 and true/false as booleans, int8 strings as numbers. */
export function normaliseRows(rows: unknown[]): Row[] {
  return (rows as Row[]).map((row) => {
    const out: Row = {};
    for (const [key, value] of Object.entries(row)) {
      if (JSON_COLUMNS.has(key) && typeof value === 'string') out[key] = JSON.parse(value);
      else if (BOOLEAN_COLUMNS.has(key) && value !== null) out[key] = value === true || value === 1;
      else if (typeof value === 'bigint') out[key] = Number(value);
      else out[key] = value;
    }
    return out;
  });
}
