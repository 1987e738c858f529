/** A query the parser cannot read. It names the 1-based column, what was expected and what was found. */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';

  constructor(
    readonly column: number,
    readonly expected: string,
    readonly found: string,
    readonly query: string,
  ) {
    super(`column ${column}: expected ${expected} but found ${found}`);
  }

  /** The query with a caret under the column, for terminals. */
  get pointer(): string {
    return `${this.query}\n${' '.repeat(Math.max(0, this.column - 1))}^`;
  }
}

/** A well-formed query that a store cannot run (for example a field only enrichment provides). */
export class QueryUnsupportedError extends Error {
  override name = 'QueryUnsupportedError';
}
