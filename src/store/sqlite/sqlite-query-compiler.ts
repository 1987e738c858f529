/**
 * SQLite hooks of the query compiler: `?` placeholders and FTS5 MATCH over the contentless
 * posts_fts(body, hashtags, mentions) table, whose rowid is posts.id.
 */
import type { QueryNode, TextNode } from '../../query/ast.js';
import { type CompiledQuery, QueryCompiler, type TextExpression } from '../../query/compiler.js';

/** Plain terms search what people wrote and their hashtags; @mentions only match the mentions column. */
const TEXT_COLUMNS = '{body hashtags}';

export class SqliteQueryCompiler extends QueryCompiler {
  protected placeholder(value: unknown): string {
    this.params.push(value);
    return '?';
  }

  protected listOf(values: readonly string[]): string {
    return `SELECT value FROM json_each(${this.placeholder(JSON.stringify(values))})`;
  }

  protected textMatch(expression: TextExpression, negated: boolean): string {
    return `p.id ${negated ? 'NOT IN' : 'IN'} (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ${this.placeholder(expression)})`;
  }

  protected textLeaf(node: TextNode, column: 'body' | 'hashtags' | 'mentions'): TextExpression {
    const scope = column === 'body' ? TEXT_COLUMNS : column;
    return `${scope} : ${this.phrase(node)}`;
  }

  protected textNear(node: Extract<QueryNode, { kind: 'near' }>): TextExpression {
    return `${TEXT_COLUMNS} : NEAR(${this.phrase(node.left)} ${this.phrase(node.right)}, ${node.distance})`;
  }

  protected textAnd(positives: TextExpression[], negatives: TextExpression[]): TextExpression {
    const positive = positives.length === 1 ? positives[0]! : `(${positives.join(' AND ')})`;
    return negatives.length === 0 ? positive : `(${positive} NOT ${this.textOr(negatives)})`;
  }

  protected textOr(children: TextExpression[]): TextExpression {
    return children.length === 1 ? children[0]! : `(${children.join(' OR ')})`;
  }

  protected override authorIs(handle: string): string {
    return `p.author_id IN (SELECT id FROM accounts WHERE handle = ${this.placeholder(handle)} COLLATE NOCASE)`;
  }

  /** Every token is double-quoted, so nothing a user types can become FTS5 syntax. */
  private phrase(node: TextNode): string {
    const tokens = node.kind === 'term' ? [node.token] : node.tokens;
    const quoted = `"${tokens.map((t) => t.replaceAll('"', '""')).join(' ')}"`;
    return node.kind === 'prefix' ? `${quoted} *` : quoted;
  }
}

export function compileSqliteQuery(node: QueryNode): CompiledQuery {
  return new SqliteQueryCompiler().compile(node);
}
