/**
 * The job queue on SQLite: each operation is one statement or one write transaction, which
 * SQLite runs one at a time, so worker processes on this machine never take the same job.
 */
import type { Job, JobSpec, JobStatus } from '../../jobs/job.js';
import { type JobRow, toJob } from '../../jobs/job-row.js';
import type { ClaimOptions, Completion, JobQueue } from '../../jobs/job-queue.js';
import type { SqliteDatabase } from './sqlite-database.js';


export class SqliteJobQueue implements JobQueue {
  constructor(private readonly db: SqliteDatabase, private readonly clock: () => number = Date.now) {}

  async enqueue(specs: readonly JobSpec[]): Promise<number[]> {
    const insert = this.db.prepare(`INSERT INTO jobs (kind, payload, group_id, key, max_attempts, created_at, run_after)
      VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (key) DO NOTHING RETURNING id`);
    const existing = this.db.prepare('SELECT id FROM jobs WHERE key = ?');
    const now = this.clock();
    return this.db.transaction(() => specs.map((s) => {
      const row = insert.get(s.kind, JSON.stringify(s.payload ?? null), s.groupId ?? null, s.key ?? null, s.maxAttempts ?? 5, now) as
        { id: number } | undefined;
      return row?.id ?? (existing.get(s.key) as { id: number }).id;
    }))();
  }

  async claim(worker: string, options: ClaimOptions): Promise<Job | undefined> {
    const now = this.clock();
    this.reap(now);
    const row = this.db.prepare(`UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ?,
        lease_until = ?, started_at = ?
      WHERE id = (SELECT id FROM jobs WHERE status IN ('queued', 'running')
          AND ((status = 'queued' AND run_after <= ?) OR (status = 'running' AND lease_until < ?))
          AND (? IS NULL OR kind IN (SELECT value FROM json_each(?))) AND (? IS NULL OR group_id = ?)
        ORDER BY id LIMIT 1)
      RETURNING *`).get(worker, now + options.leaseMs, now, now, now,
      options.kinds ? 1 : null, JSON.stringify(options.kinds ?? []), options.groupId ?? null, options.groupId ?? null) as JobRow | undefined;
    return row && toJob(row);
  }

  async heartbeat(id: number, worker: string, leaseMs: number): Promise<boolean> {
    const r = this.db.prepare(`UPDATE jobs SET lease_until = ? WHERE id = ? AND locked_by = ? AND status = 'running'`)
      .run(this.clock() + leaseMs, id, worker);
    return r.changes === 1;
  }

  async complete(id: number, worker: string, result: unknown): Promise<Completion> {
    return this.db.transaction((): Completion => {
      const row = this.db.prepare(`UPDATE jobs SET status = 'done', result = ?, finished_at = ?, lease_until = NULL
        WHERE id = ? AND locked_by = ? AND status = 'running' RETURNING group_id`)
        .get(JSON.stringify(result ?? null), this.clock(), id, worker) as { group_id: number | null } | undefined;
      if (!row) return { lost: true };
      if (row.group_id === null) return { lost: false, remainingInGroup: 0 };
      const left = this.db.prepare(`SELECT count(*) AS n FROM jobs WHERE group_id = ? AND status IN ('queued', 'running')`)
        .get(row.group_id) as { n: number };
      return { lost: false, remainingInGroup: left.n };
    })();
  }

  async fail(id: number, worker: string, error: string, retryInMs: number): Promise<'retrying' | 'dead' | 'lost'> {
    const now = this.clock();
    const row = this.db.prepare(`UPDATE jobs SET last_error = ?, lease_until = NULL, locked_by = NULL,
        status = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
        run_after = ?, finished_at = CASE WHEN attempts >= max_attempts THEN ? ELSE NULL END
      WHERE id = ? AND locked_by = ? AND status = 'running' RETURNING status`)
      .get(error.slice(0, 4000), now + retryInMs, now, id, worker) as { status: JobStatus } | undefined;
    return !row ? 'lost' : row.status === 'dead' ? 'dead' : 'retrying';
  }

  async release(id: number, worker: string): Promise<void> {
    this.db.prepare(`UPDATE jobs SET status = 'queued', attempts = max(attempts - 1, 0), lease_until = NULL, locked_by = NULL
      WHERE id = ? AND locked_by = ? AND status = 'running'`).run(id, worker);
  }

  async list(filter: { status?: JobStatus; groupId?: number; limit?: number } = {}): Promise<Job[]> {
    const rows = this.db.prepare(`SELECT * FROM jobs WHERE (? IS NULL OR status = ?) AND (? IS NULL OR group_id = ?)
      ORDER BY id DESC LIMIT ?`).all(filter.status ?? null, filter.status ?? null, filter.groupId ?? null, filter.groupId ?? null,
      filter.limit ?? 100) as JobRow[];
    return rows.map(toJob);
  }

  async get(id: number): Promise<Job | undefined> {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row && toJob(row);
  }

  async retry(target: { ids: readonly number[] } | { status: 'dead'; groupId?: number }): Promise<number> {
    const set = `SET status = 'queued', attempts = 0, run_after = 0, lease_until = NULL, locked_by = NULL, finished_at = NULL`;
    if ('ids' in target) {
      return this.db.prepare(`UPDATE jobs ${set} WHERE status IN ('dead', 'done') AND id IN (SELECT value FROM json_each(?))`)
        .run(JSON.stringify(target.ids)).changes;
    }
    return this.db.prepare(`UPDATE jobs ${set} WHERE status = 'dead' AND (? IS NULL OR group_id = ?)`)
      .run(target.groupId ?? null, target.groupId ?? null).changes;
  }

  async summary(groupId?: number): Promise<Record<JobStatus, number>> {
    const rows = this.db.prepare(`SELECT status, count(*) AS n FROM jobs WHERE (? IS NULL OR group_id = ?) GROUP BY status`)
      .all(groupId ?? null, groupId ?? null) as Array<{ status: JobStatus; n: number }>;
    return { queued: 0, running: 0, done: 0, dead: 0, ...Object.fromEntries(rows.map((r) => [r.status, r.n])) };
  }

  /** A job whose worker died on its last attempt goes to the dead-letter list instead of being claimed again. */
  private reap(now: number): void {
    this.db.prepare(`UPDATE jobs SET status = 'dead', finished_at = ?, locked_by = NULL, lease_until = NULL,
        last_error = coalesce(last_error || '; ', '') || 'worker lost (lease expired) on attempt ' || attempts
      WHERE status = 'running' AND lease_until < ? AND attempts >= max_attempts`).run(now, now);
  }
}

