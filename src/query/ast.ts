/**
 * The query AST: frozen plain objects with a `kind` discriminant. Text leaves hold their
 * tokens already split the way the full-text index splits text, so every compiler sees the
 * same words.
 */
export type TextNode = TermNode | PhraseNode | PrefixNode;

export interface TermNode { readonly kind: 'term'; readonly token: string }
/** Two or more tokens in order ("side effects", or GLP-1 → glp 1). */
export interface PhraseNode { readonly kind: 'phrase'; readonly tokens: readonly string[] }
/** The last token is a prefix (sema*, or "weight los"*). */
export interface PrefixNode { readonly kind: 'prefix'; readonly tokens: readonly string[] }
export interface NearNode { readonly kind: 'near'; readonly left: TextNode; readonly right: TextNode; readonly distance: number }
export interface HashtagNode { readonly kind: 'hashtag'; readonly tokens: readonly string[] }
export interface MentionNode { readonly kind: 'mention'; readonly tokens: readonly string[] }

export interface AndNode { readonly kind: 'and'; readonly children: readonly QueryNode[] }
export interface OrNode { readonly kind: 'or'; readonly children: readonly QueryNode[] }
export interface NotNode { readonly kind: 'not'; readonly child: QueryNode }

/** platform:, lang:, author:, kind:, has: and the enrichment fields. */
export interface FieldNode {
  readonly kind: 'field';
  readonly field: string;
  readonly value: string;
  /** For drug:, condition:, reaction: the normalised ids the value names, once resolved (src/enrich/resolve-query.ts). */
  readonly ids?: readonly string[];
}
/** from: (on or after) and to: (before); epoch ms. */
export interface DateNode { readonly kind: 'date'; readonly field: 'from' | 'to'; readonly at: number; readonly source: string }
export interface RatingNode { readonly kind: 'rating'; readonly op: '<' | '<=' | '=' | '>=' | '>'; readonly value: number }

export type QueryNode =
  | TermNode | PhraseNode | PrefixNode | NearNode | HashtagNode | MentionNode
  | AndNode | OrNode | NotNode | FieldNode | DateNode | RatingNode;

const freeze = <T extends QueryNode>(node: T): T => Object.freeze(node);

export const q = {
  term: (token: string): TermNode => freeze({ kind: 'term', token }),
  phrase: (tokens: string[]): PhraseNode => freeze({ kind: 'phrase', tokens: Object.freeze([...tokens]) }),
  prefix: (tokens: string[]): PrefixNode => freeze({ kind: 'prefix', tokens: Object.freeze([...tokens]) }),
  near: (left: TextNode, right: TextNode, distance: number): NearNode => freeze({ kind: 'near', left, right, distance }),
  hashtag: (tokens: string[]): HashtagNode => freeze({ kind: 'hashtag', tokens: Object.freeze([...tokens]) }),
  mention: (tokens: string[]): MentionNode => freeze({ kind: 'mention', tokens: Object.freeze([...tokens]) }),
  and: (children: QueryNode[]): AndNode => freeze({ kind: 'and', children: Object.freeze([...children]) }),
  or: (children: QueryNode[]): OrNode => freeze({ kind: 'or', children: Object.freeze([...children]) }),
  not: (child: QueryNode): NotNode => freeze({ kind: 'not', child }),
  field: (field: string, value: string, ids?: readonly string[]): FieldNode =>
    freeze({ kind: 'field', field, value, ...(ids && ids.length > 0 ? { ids: Object.freeze([...ids]) } : {}) }),
  date: (field: 'from' | 'to', at: number, source: string): DateNode => freeze({ kind: 'date', field, at, source }),
  rating: (op: RatingNode['op'], value: number): RatingNode => freeze({ kind: 'rating', op, value }),
};

export function isTextLeaf(node: QueryNode): node is TextNode {
  return node.kind === 'term' || node.kind === 'phrase' || node.kind === 'prefix';
}

/**
 * Splits text the way the index does (unicode61 with diacritics removed): runs of letters
 * and digits, lower-cased, accents folded.
 */
export function tokenize(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
