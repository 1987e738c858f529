/**
 * Monthly partitions of posts, created on demand before a batch writes into a month.
 *
 * @NOTE creation runs in its own short transaction under an advisory lock, so several
 * workers meeting a new month at once create it once; a batch never holds its own locks while
 * waiting here. Months before 2000 and from 2100 on go to two catch-all partitions, so a file
 * of bad dates cannot create thousands of tables.
 */
import type { PgPool } from './postgres-database.js';

const FIRST_YEAR = 2000;
const END_YEAR = 2100;

export function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function partitionOf(ms: number): { name: string; from: string; to: string } | undefined {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= FIRST_YEAR && year < END_YEAR)) return undefined;
  const month = d.getUTCMonth();
  return {
    name: `posts_${year}_${String(month + 1).padStart(2, '0')}`,
    from: String(Date.UTC(year, month, 1)),
    to: String(Date.UTC(year, month + 1, 1)),
  };
}

/** SQL that creates the catch-all partitions; part of the schema (run by the migrator). */
export const CATCH_ALL_PARTITIONS = `
CREATE TABLE IF NOT EXISTS posts_before_${FIRST_YEAR} PARTITION OF posts FOR VALUES FROM (MINVALUE) TO (${Date.UTC(FIRST_YEAR, 0, 1)});
CREATE TABLE IF NOT EXISTS posts_from_${END_YEAR} PARTITION OF posts FOR VALUES FROM (${Date.UTC(END_YEAR, 0, 1)}) TO (MAXVALUE);
`;

export class PostgresPartitions {
  private readonly known = new Set<string>();
  private loaded = false;

  constructor(private readonly pool: PgPool) {}

  /** Makes sure every month of these post times has its partition. */
  async ensure(times: Iterable<number>): Promise<void> {
    const needed = new Map<string, { name: string; from: string; to: string }>();
    for (const t of times) {
      const p = partitionOf(t);
      if (p && !this.known.has(p.name)) needed.set(p.name, p);
    }
    if (needed.size === 0) return;
    if (!this.loaded) {
      await this.load();
      for (const name of [...needed.keys()]) if (this.known.has(name)) needed.delete(name);
      if (needed.size === 0) return;
    }
    const conn = await this.pool.connect();
    try {
      await conn.query('BEGIN');
      await conn.query(`SELECT pg_advisory_xact_lock(hashtext('auscult:partitions:' || current_schema()))`);
      for (const p of needed.values()) {
        await conn.query(`CREATE TABLE IF NOT EXISTS ${p.name} PARTITION OF posts FOR VALUES FROM (${p.from}) TO (${p.to})`);
      }
      await conn.query('COMMIT');
      for (const name of needed.keys()) this.known.add(name);
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.release();
    }
  }

  private async load(): Promise<void> {
    const rows = await this.pool.query<{ name: string }>(`SELECT c.relname AS name FROM pg_inherits i
      JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class parent ON parent.oid = i.inhparent
      WHERE parent.relname = 'posts' AND parent.relnamespace = current_schema()::regnamespace`);
    for (const r of rows.rows) this.known.add(r.name);
    this.loaded = true;
  }
}
