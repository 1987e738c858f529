/**
 * The job queue on PostgreSQL: workers on any number of machines claim with
 * `FOR UPDATE SKIP LOCKED`, so they never wait for each other or take the same job. Times
 * come from the server's clock, so leases mean the same to every machine.
 */
import type { Job, JobSpec, JobStatus } from '../../jobs/job.js';
import { type JobRow, toJob } from '../../jobs/job-row.js';
import type { ClaimOptions, Completion, JobQueue } from '../../jobs/job-queue.js';
import type { PgPool } from './postgres-database.js';

const NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;


export class PostgresJobQueue implements JobQueue {
  constructor(private readonly pool: PgPool) {}

  async enqueue(specs: readonly JobSpec[]): Promise<number[]> {
    const ids: number[] = new Array<number>(specs.length);
    const keyed = specs.map((s, i) => ({ s, i })).filter(({ s }) => s.key !== undefined);
    const unkeyed = specs.map((s, i) => ({ s, i })).filter(({ s }) => s.key === undefined);
    const columns = (list: typeof keyed) => [list.map(({ s }) => s.kind), list.map(({ s }) => JSON.stringify(s.payload ?? null)),
      list.map(({ s }) => s.groupId ?? null), list.map(({ s }) => s.key ?? null), list.map(({ s }) => s.maxAttempts ?? 5)];
    const insert = `INSERT INTO jobs (kind, payload, group_id, key, max_attempts, created_at)
      SELECT kind, payload, group_id, key, max_attempts, ${NOW}
      FROM unnest($1::text[], $2::jsonb[], $3::bigint[], $4::text[], $5::int[]) WITH ORDINALITY AS s(kind, payload, group_id, key, max_attempts, ord)
      ORDER BY ord`;
    if (keyed.length > 0) {
      await this.pool.query(`${insert} ON CONFLICT (key) DO NOTHING`, columns(keyed));
      const r = await this.pool.query<{ id: number; key: string }>('SELECT id, key FROM jobs WHERE key = ANY($1::text[])',
        [keyed.map(({ s }) => s.key)]);
      const byKey = new Map(r.rows.map((row) => [row.key, row.id]));
      for (const { s, i } of keyed) ids[i] = byKey.get(s.key!)!;
    }
    if (unkeyed.length > 0) {
      // Identity values are handed out in insertion order, which follows ORDER BY ord.
      const r = await this.pool.query<{ id: number }>(`${insert} RETURNING id`, columns(unkeyed));
      const sorted = r.rows.map((row) => row.id).sort((a, b) => a - b);
      unkeyed.forEach(({ i }, n) => { ids[i] = sorted[n]!; });
    }
    return ids;
  }

  async claim(worker: string, options: ClaimOptions): Promise<Job | undefined> {
    await this.pool.query(`UPDATE jobs SET status = 'dead', finished_at = ${NOW}, locked_by = NULL, lease_until = NULL,
        last_error = coalesce(last_error || '; ', '') || 'worker lost (lease expired) on attempt ' || attempts
      WHERE status = 'running' AND lease_until < ${NOW} AND attempts >= max_attempts`);
    const r = await this.pool.query<JobRow>(`UPDATE jobs j SET status = 'running', attempts = j.attempts + 1, locked_by = $1,
        lease_until = ${NOW} + $2, started_at = ${NOW}
      FROM (SELECT id FROM jobs WHERE status IN ('queued', 'running')
          AND ((status = 'queued' AND run_after <= ${NOW}) OR (status = 'running' AND lease_until < ${NOW}))
          AND ($3::text[] IS NULL OR kind = ANY($3)) AND ($4::bigint IS NULL OR group_id = $4)
        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) c
      WHERE j.id = c.id RETURNING j.*`, [worker, options.leaseMs, options.kinds ?? null, options.groupId ?? null]);
    return r.rows[0] && toJob(r.rows[0]);
  }

  async heartbeat(id: number, worker: string, leaseMs: number): Promise<boolean> {
    const r = await this.pool.query(`UPDATE jobs SET lease_until = ${NOW} + $3 WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
      [id, worker, leaseMs]);
    return r.rowCount === 1;
  }

  async complete(id: number, worker: string, result: unknown): Promise<Completion> {
    const conn = await this.pool.connect();
    try {
      await conn.query('BEGIN');
      const done = await conn.query<{ group_id: number | null }>(`UPDATE jobs SET status = 'done', result = $3, finished_at = ${NOW},
          lease_until = NULL WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING group_id`,
      [id, worker, JSON.stringify(result ?? null)]);
      const row = done.rows[0];
      let completion: Completion = { lost: true };
      if (row) {
        let remaining = 0;
        if (row.group_id !== null) {
          // Workers finishing a group's last jobs together count one after the other: exactly one sees 0.
          await conn.query(`SELECT pg_advisory_xact_lock(hashtext('auscult:job-group'), $1::int)`, [row.group_id % 2_147_483_647]);
          const left = await conn.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM jobs
            WHERE group_id = $1 AND status IN ('queued', 'running') AND id <> $2`, [row.group_id, id]);
          remaining = left.rows[0]!.n;
        }
        completion = { lost: false, remainingInGroup: remaining };
      }
      await conn.query('COMMIT');
      return completion;
    } catch (error) {
      await conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      conn.release();
    }
  }

  async fail(id: number, worker: string, error: string, retryInMs: number): Promise<'retrying' | 'dead' | 'lost'> {
    const r = await this.pool.query<{ status: JobStatus }>(`UPDATE jobs SET last_error = $3, lease_until = NULL, locked_by = NULL,
        status = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
        run_after = ${NOW} + $4, finished_at = CASE WHEN attempts >= max_attempts THEN ${NOW} END
      WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING status`, [id, worker, error.slice(0, 4000), retryInMs]);
    const row = r.rows[0];
    return !row ? 'lost' : row.status === 'dead' ? 'dead' : 'retrying';
  }

  async release(id: number, worker: string): Promise<void> {
    await this.pool.query(`UPDATE jobs SET status = 'queued', attempts = greatest(attempts - 1, 0), lease_until = NULL,
      locked_by = NULL WHERE id = $1 AND locked_by = $2 AND status = 'running'`, [id, worker]);
  }

  async list(filter: { status?: JobStatus; groupId?: number; limit?: number } = {}): Promise<Job[]> {
    const r = await this.pool.query<JobRow>(`SELECT * FROM jobs WHERE ($1::text IS NULL OR status = $1)
      AND ($2::bigint IS NULL OR group_id = $2) ORDER BY id DESC LIMIT $3`, [filter.status ?? null, filter.groupId ?? null, filter.limit ?? 100]);
    return r.rows.map(toJob);
  }

  async get(id: number): Promise<Job | undefined> {
    const r = await this.pool.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
    return r.rows[0] && toJob(r.rows[0]);
  }

  async retry(target: { ids: readonly number[] } | { status: 'dead'; groupId?: number }): Promise<number> {
    const set = `SET status = 'queued', attempts = 0, run_after = 0, lease_until = NULL, locked_by = NULL, finished_at = NULL`;
    const r = 'ids' in target
      ? await this.pool.query(`UPDATE jobs ${set} WHERE status IN ('dead', 'done') AND id = ANY($1::bigint[])`, [target.ids])
      : await this.pool.query(`UPDATE jobs ${set} WHERE status = 'dead' AND ($1::bigint IS NULL OR group_id = $1)`,
        [target.groupId ?? null]);
    return r.rowCount ?? 0;
  }

  async summary(groupId?: number): Promise<Record<JobStatus, number>> {
    const r = await this.pool.query<{ status: JobStatus; n: number }>(`SELECT status, count(*)::bigint AS n FROM jobs
      WHERE ($1::bigint IS NULL OR group_id = $1) GROUP BY status`, [groupId ?? null]);
    return { queued: 0, running: 0, done: 0, dead: 0, ...Object.fromEntries(r.rows.map((row) => [row.status, row.n])) };
  }
}

