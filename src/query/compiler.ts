/**
 * The default query compiler: AST → a boolean SQL expression over `p` (posts) and `a`
 * (the author's account). Stores override only the hooks (placeholders, the full-text
 * match, profile kind lookup).
 *
 * @NOTE a purely textual subtree becomes ONE full-text match, so the index does the boolean
 * work; mixed subtrees combine such matches with SQL operators.
 */
import type { QueryNode, TextNode } from './ast.js';
import { canonicalSpecialty } from '../hcp/author-profile.js';
import { findField } from './fields.js';
import { QueryUnsupportedError } from './query-syntax-error.js';
import { FLAG } from '../domain/post-flags.js';

export interface CompiledQuery {
  where: string;
  params: unknown[];
  /**
   * The full-text expression every match must satisfy, when there is one: lets a store
   * estimate how many posts a query touches before choosing how to page through them.
   */
  requiredText?: TextExpression;
}

/** A textual subtree rendered in the full-text engine's own syntax. */
export type TextExpression = string;

export abstract class QueryCompiler {
  protected params: unknown[] = [];

  private requiredText: TextExpression | undefined;

  compile(node: QueryNode): CompiledQuery {
    this.params = [];
    this.requiredText = undefined;
    if (isPureText(node)) this.requiredText = this.text(node);
    const where = this.visit(node, true);
    return { where, params: this.params, ...(this.requiredText !== undefined ? { requiredText: this.requiredText } : {}) };
  }

  /** Bind a value; returns its placeholder. */
  protected abstract placeholder(value: unknown): string;
  /** SQL that is true when post `p` matches a full-text expression. */
  protected abstract textMatch(expression: TextExpression, negated: boolean): string;
  /** Full-text syntax for the leaves and their combinations. */
  protected abstract textLeaf(node: TextNode, column: 'body' | 'hashtags' | 'mentions'): TextExpression;
  protected abstract textNear(node: Extract<QueryNode, { kind: 'near' }>): TextExpression;
  protected abstract textAnd(positives: TextExpression[], negatives: TextExpression[]): TextExpression;
  protected abstract textOr(children: TextExpression[]): TextExpression;

  protected visit(node: QueryNode, top = false): string {
    if (isPureText(node)) return this.textMatch(this.text(node), false);
    switch (node.kind) {
      case 'and': return this.and(node.children, top);
      case 'or': return `(${node.children.map((c) => this.visit(c)).join(' OR ')})`;
      case 'not': return isPureText(node.child) ? this.textMatch(this.text(node.child), true) : `NOT (${this.visit(node.child)})`;
      case 'field': return this.field(node.field, node.value, node.ids);
      case 'date': return node.field === 'from'
        ? `p.created_at >= ${this.placeholder(node.at)}`
        : `p.created_at < ${this.placeholder(node.at)}`;
      case 'rating': return `p.rating ${node.op} ${this.placeholder(node.value)}`;
      default: throw new Error(`unhandled query node ${node.kind}`);
    }
  }

  /** AND: textual children (and negated textual children) fold into one match; the rest are SQL. */
  private and(children: readonly QueryNode[], top: boolean): string {
    const positives: TextExpression[] = [];
    const negatives: TextExpression[] = [];
    const others: QueryNode[] = [];
    for (const child of children) {
      if (isPureText(child)) positives.push(this.text(child));
      else if (child.kind === 'not' && isPureText(child.child)) negatives.push(this.text(child.child));
      else others.push(child);
    }
    // @NOTE placeholders bind in the order they appear in the SQL, so visit in that order.
    const parts: string[] = [];
    if (positives.length > 0) {
      const expression = this.textAnd(positives, negatives);
      if (top) this.requiredText = expression;
      parts.push(this.textMatch(expression, false));
    }
    else if (negatives.length > 0) parts.push(this.textMatch(this.textOr(negatives), true));
    for (const other of others) parts.push(this.visit(other));
    return parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
  }

  protected text(node: QueryNode): TextExpression {
    switch (node.kind) {
      case 'term': case 'phrase': case 'prefix': return this.textLeaf(node, 'body');
      case 'hashtag': return this.textLeaf({ kind: 'phrase', tokens: node.tokens }, 'hashtags');
      case 'mention': return this.textLeaf({ kind: 'phrase', tokens: node.tokens }, 'mentions');
      case 'near': return this.textNear(node);
      case 'or': return this.textOr(node.children.map((c) => this.text(c)));
      case 'and': {
        const positives = node.children.filter((c) => c.kind !== 'not').map((c) => this.text(c));
        const negatives = node.children.filter((c) => c.kind === 'not').map((c) => this.text((c as { child: QueryNode }).child));
        return this.textAnd(positives, negatives);
      }
      default: throw new Error(`not a text node: ${node.kind}`);
    }
  }

  protected field(field: string, value: string, ids?: readonly string[]): string {
    const spec = findField(field);
    switch (field) {
      case 'platform': return `p.platform = ${this.placeholder(value)}`;
      case 'lang': return `(p.lang = ${this.placeholder(value)} OR p.lang LIKE ${this.placeholder(`${value}-%`)})`;
      case 'author': return this.authorIs(value);
      case 'kind': return this.authorProfile(`pr.kind = ${this.placeholder(value)}`);
      // TRUE/FALSE literals: SQLite reads them as 1/0, PostgreSQL as booleans (better-sqlite3 cannot bind a boolean).
      case 'verified': return this.authorProfile(`pr.verified = ${value === 'true' ? 'TRUE' : 'FALSE'}`, value === 'false');
      case 'country': return this.authorProfile(`pr.country = ${this.placeholder(value.toUpperCase())}`);
      case 'specialty': return this.authorProfile(`pr.specialty = ${this.placeholder(canonicalSpecialty(value) ?? value.toLowerCase())}`);
      case 'has': return { link: `p.links <> '[]'`, media: 'p.has_media = 1', rating: 'p.rating IS NOT NULL' }[value] ?? 'FALSE';
      case 'drug': case 'condition': case 'reaction': return this.mentions(spec!.entity!, value, ids ?? []);
      case 'area': return `p.id IN (SELECT post_id FROM post_areas WHERE area = ${this.placeholder(value)})`;
      case 'sentiment': return value === 'mixed'
        ? `p.id IN (SELECT post_id FROM post_enrichment WHERE (flags & ${FLAG.mixed}) <> 0)`
        : `p.id IN (SELECT post_id FROM post_enrichment WHERE sentiment = ${this.placeholder(value)})`;
      case 'flag': {
        const bit = FLAG[({ ae: 'ae', phi: 'phi', misinfo: 'misinfo', undisclosed: 'undisclosed' } as const)[value as 'ae'] ?? 'ae'];
        return `p.id IN (SELECT post_id FROM post_enrichment WHERE flags <> 0 AND (flags & ${bit}) <> 0)`;
      }
      default: throw new QueryUnsupportedError(`${field}: is not a field this store knows`);
    }
  }

  /**
   * Posts that mention an entity: by the ids the value was resolved to, or by the name as
   * written or preferred (so an unknown brand still finds what was indexed under its name).
   */
  protected mentions(type: string, value: string, ids: readonly string[]): string {
    // @NOTE one placeholder per use: SQLite binds `?` by position.
    const by = (column: string, v: string) =>
      `SELECT post_id FROM post_entities WHERE type = ${this.placeholder(type)} AND ${column} = ${this.placeholder(v)}`;
    // A broad condition expands to thousands of ids: one bound list, not one placeholder each.
    const byIds = ids.length === 0 ? [] : [
      `SELECT post_id FROM post_entities WHERE type = ${this.placeholder(type)} AND entity_id IN (${this.listOf(ids)})`];
    const alternatives = [...byIds, by('name', value), by('surface', value)];
    return `p.id IN (${alternatives.join(' UNION ')})`;
  }

  /** A list of strings bound as one parameter, for `column IN (…)`. */
  protected abstract listOf(values: readonly string[]): string;

  /** Author conditions select account ids, so a post query needs no join until it has its page. */
  protected authorIs(handle: string): string {
    return `p.author_id IN (SELECT id FROM accounts WHERE lower(handle) = ${this.placeholder(handle)})`;
  }

  /**
   * Authors whose profile meets `condition` (over `pr`), or with `orUnprofiled` also authors with no profile yet
   * (`verified:false` covers everyone not verified).
   */
  protected authorProfile(condition: string, orUnprofiled = false): string {
    const profiled = `p.author_id IN (SELECT ak.id FROM accounts ak JOIN profiles pr ON pr.id = ak.profile_id WHERE ${condition})`;
    return orUnprofiled ? `(${profiled} OR p.author_id IN (SELECT ak.id FROM accounts ak WHERE ak.profile_id IS NULL))` : profiled;
  }
}

/** Text leaves, and AND/OR of them where any NOT sits directly under an AND with a positive sibling. */
export function isPureText(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term': case 'phrase': case 'prefix': case 'near': case 'hashtag': case 'mention': return true;
    case 'or': return node.children.every(isPureText);
    case 'and': {
      const positives = node.children.filter((c) => c.kind !== 'not');
      const negatives = node.children.filter((c) => c.kind === 'not');
      return positives.length > 0 && positives.every(isPureText) && negatives.every((n) => isPureText((n as { child: QueryNode }).child));
    }
    default: return false;
  }
}
