/**
 * One statement over many rows: `head VALUES (…), (…), … tail`, prepared once for each of a few row counts (64, 32,
 * 16, … 1), so that a batch of any size runs as a handful of statements instead of one per row. Each call into the
 * driver and each statement step has a fixed cost that per-row statements pay per row.
 */
import type { SqliteDatabase, SqliteStatement } from './sqlite-database.js';

/** Rows per statement at most: 64 × 9 parameters stays far below SQLite's 32,766. */
const MAX_ROWS = 64;

export class MultiRowStatement {
  private readonly bySize = new Map<number, SqliteStatement>();

  /** `row` is the placeholder list of one row, `(?, ?)`, and `width` its number of parameters. */
  constructor(private readonly db: SqliteDatabase, private readonly head: string, private readonly row: string,
    private readonly tail: string, readonly width: number) {}

  /** Writes every row of `params` (`width` values per row, back to back). */
  run(params: readonly unknown[]): void {
    this.chunks(params, (statement, values) => { statement.run(values); });
  }

  /** Reads the result rows of every chunk of `params`. */
  forEach(params: readonly unknown[], onRow: (row: unknown) => void): void {
    this.chunks(params, (statement, values) => { for (const row of statement.all(values)) onRow(row); });
  }

  private chunks(params: readonly unknown[], exec: (statement: SqliteStatement, values: readonly unknown[]) => void): void {
    const rows = params.length / this.width;
    let at = 0;
    while (at < rows) {
      let n = MAX_ROWS;
      while (n > rows - at) n >>= 1;
      exec(this.statement(n), at === 0 && n === rows ? params : params.slice(at * this.width, (at + n) * this.width));
      at += n;
    }
  }

  private statement(rows: number): SqliteStatement {
    let statement = this.bySize.get(rows);
    if (!statement) {
      statement = this.db.prepare(`${this.head} VALUES ${Array.from({ length: rows }, () => this.row).join(', ')} ${this.tail}`);
      this.bySize.set(rows, statement);
    }
    return statement;
  }
}
