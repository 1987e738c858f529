/**
 * The parts of node-postgres that the PostgreSQL adapter calls, so that the rest of the
 * adapter never imports the driver (open-postgres-store.ts does) and tests can wrap it.
 */
export interface PgResult<R = Record<string, unknown>> {
  rows: R[];
  rowCount: number | null;
}

/** One connection: runs statements, and streams rows in with COPY … FROM STDIN. */
export interface PgConnection {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<PgResult<R>>;
  /** Runs a `COPY … FROM STDIN` statement fed with the given text chunks; resolves to the rows copied. */
  copyFrom(sql: string, chunks: Iterable<string>): Promise<number>;
  /** Returns the connection to the pool (destroying it after an error that may have left it unusable). */
  release(destroy?: boolean): void;
}

export interface PgPool {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<PgResult<R>>;
  connect(): Promise<PgConnection>;
  end(): Promise<void>;
}
