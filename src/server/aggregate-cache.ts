/**
 * A cache for the dashboard's whole-database aggregates (the Overview, stats, the network, top
 * accounts), which cost seconds on millions of posts and change only when data arrives.
 *
 * @NOTE an entry lives at most `ttlMs` (default 5 min) and is dropped as soon as the newest
 * ingest run changes (a run starts or finishes), so after an ingest the next view is fresh.
 * Writes that do not go through an ingest run (an `auscult enrich` pass) show within the TTL.
 */
import type { Store } from '../store/store.js';

const MAX_ENTRIES = 500;
/** The data version is read at most this often (one small query). */
const VERSION_CHECK_MS = 1000;

export class AggregateCache {
  private readonly entries = new Map<string, { at: number; version: string; value: Promise<unknown> }>();
  private version: { at: number; value: Promise<string> } | undefined;

  constructor(private readonly store: Store, private readonly ttlMs = 5 * 60_000, private readonly now: () => number = Date.now) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.dataVersion();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { at: now, version, value });
    // A failed computation is not kept.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  private dataVersion(): Promise<string> {
    const now = this.now();
    if (!this.version || now - this.version.at >= VERSION_CHECK_MS) {
      const value = this.store.listRuns(1).then(([run]) => (run ? `${run.id}:${run.status}:${run.finishedAt ?? ''}` : 'none'));
      this.version = { at: now, value };
      value.catch(() => { this.version = undefined; });
    }
    return this.version.value;
  }
}
