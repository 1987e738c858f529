/**
 * Account row ids by (platform, native id), kept across batches so that a batch naming
 * accounts the store already knows neither upserts nor looks them up again (measured: the
 * stub upsert and lookup were a fifth of ingest time). Ids never change once given, so the
 * cache can only be wrong about ids from a transaction that rolled back: what a batch learns
 * is kept apart until its commit.
 */
const MAX_ENTRIES = 500_000;

export interface CachedAccount { id: number; named: boolean }

export class AccountIdCache {
  private readonly known = new Map<string, CachedAccount>();

  get(key: string): CachedAccount | undefined {
    return this.known.get(key);
  }

  /** What one transaction learns, applied by commit(). */
  session(): AccountCacheSession {
    return new AccountCacheSession(this);
  }

  merge(learned: Map<string, CachedAccount>): void {
    if (this.known.size + learned.size > MAX_ENTRIES) this.known.clear();
    for (const [key, value] of learned) this.known.set(key, value);
  }
}

export class AccountCacheSession {
  private readonly learned = new Map<string, CachedAccount>();

  constructor(private readonly cache: AccountIdCache) {}

  get(key: string): CachedAccount | undefined {
    return this.learned.get(key) ?? this.cache.get(key);
  }

  learn(key: string, id: number, named: boolean): void {
    this.learned.set(key, { id, named });
  }

  commit(): void {
    this.cache.merge(this.learned);
  }
}
