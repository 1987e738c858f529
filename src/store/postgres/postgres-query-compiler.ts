/**
 * PostgreSQL hooks of the query compiler: `$n` placeholders and one tsquery per textual
 * subtree, matched against posts.tsv (see postgres-tsvector.ts for the weights).
 *
 * The tsquery is built here from tokens the parser already split, quoted, and bound as a
 * parameter: nothing a user types can become SQL or tsquery syntax.
 */
import type { QueryNode, TextNode } from '../../query/ast.js';
import { type CompiledQuery, QueryCompiler, type TextExpression } from '../../query/compiler.js';

/** Plain words match the text and hashtags (weights D and B); #tags only B; @handles only C. */
const SCOPE = { body: 'BD', hashtags: 'B', mentions: 'C' } as const;

export class PostgresQueryCompiler extends QueryCompiler {
  protected placeholder(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  protected listOf(values: readonly string[]): string {
    return `SELECT unnest(${this.placeholder(values)}::text[])`;
  }

  protected textMatch(expression: TextExpression, negated: boolean): string {
    const match = `p.tsv @@ ${this.placeholder(expression)}::tsquery`;
    return negated ? `NOT (${match})` : match;
  }

  protected textLeaf(node: TextNode, column: 'body' | 'hashtags' | 'mentions'): TextExpression {
    return phrase(node, SCOPE[column]);
  }

  /**
   * NEAR/n: the two sides with at most n words between them, in either order. tsquery's
   * `<k>` means exactly k positions from the end of the left side to the start of the right,
   * so NEAR/n is the alternatives k = 1 … n+1 both ways round.
   */
  protected textNear(node: Extract<QueryNode, { kind: 'near' }>): TextExpression {
    const left = phrase(node.left, SCOPE.body);
    const right = phrase(node.right, SCOPE.body);
    const options: string[] = [];
    for (let k = 1; k <= node.distance + 1; k++) options.push(`${left} <${k}> ${right}`, `${right} <${k}> ${left}`);
    return `(${options.join(' | ')})`;
  }

  protected textAnd(positives: TextExpression[], negatives: TextExpression[]): TextExpression {
    const parts = [...positives, ...negatives.map((n) => `!${n}`)];
    return parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`;
  }

  protected textOr(children: TextExpression[]): TextExpression {
    return children.length === 1 ? children[0]! : `(${children.join(' | ')})`;
  }

  protected override authorIs(handle: string): string {
    return `p.author_id IN (SELECT id FROM accounts WHERE lower(handle) = lower(${this.placeholder(handle)}))`;
  }
}

function phrase(node: TextNode, weights: string): string {
  const tokens = node.kind === 'term' ? [node.token] : node.tokens;
  const last = tokens.length - 1;
  const lexemes = tokens.map((t, i) => `'${t.replaceAll("'", "''")}':${node.kind === 'prefix' && i === last ? '*' : ''}${weights}`);
  return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(' <-> ')})`;
}

export function compilePostgresQuery(node: QueryNode): CompiledQuery {
  return new PostgresQueryCompiler().compile(node);
}
