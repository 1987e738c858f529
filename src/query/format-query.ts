/** Prints an AST back as query text that parses to the same AST (used by the round-trip property and the UI). */
import type { QueryNode, TextNode } from './ast.js';

export function formatQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term': return node.token;
    case 'phrase': return `"${node.tokens.join(' ')}"`;
    case 'prefix': return node.tokens.length === 1 ? `${node.tokens[0]}*` : `"${node.tokens.join(' ')}"*`;
    case 'near': return `${text(node.left)} NEAR/${node.distance} ${text(node.right)}`;
    case 'hashtag': return `#${node.tokens.join('_')}`;
    case 'mention': return `@${node.tokens.join('.')}`;
    case 'and': return node.children.map((c) => wrap(c, 'and')).join(' AND ');
    case 'or': return node.children.map((c) => wrap(c, 'or')).join(' OR ');
    case 'not': return `NOT ${wrap(node.child, 'not')}`;
    case 'field': return /[\s()"]/.test(node.value) ? `${node.field}:"${node.value}"` : `${node.field}:${node.value}`;
    case 'date': return `${node.field}:${new Date(node.field === 'to' ? node.at : node.at).toISOString()}`;
    case 'rating': return `rating:${node.op === '=' ? '' : node.op}${node.value}`;
  }
}

function text(node: TextNode): string {
  return formatQuery(node);
}

/** Parenthesise children whose operator binds more loosely than their parent's. */
function wrap(child: QueryNode, parent: 'and' | 'or' | 'not'): string {
  const inner = formatQuery(child);
  if (child.kind === 'or' && parent !== 'or') return `(${inner})`;
  if (child.kind === 'and' && parent !== 'or') return `(${inner})`;
  return inner;
}
