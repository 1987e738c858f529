/**
 * Turns the names in drug:, condition: and reaction: into the ids the enrichment stage
 * indexes, with the analyzer's own lexicon: `drug:ozempic` also finds posts that say Wegovy or
 * semaglutide (one ingredient), `reaction:"threw up"` those that say vomiting, and
 * `condition:cancer` every kind of cancer (the Disease Ontology's descendants).
 */
import { type QueryNode, q } from '../query/ast.js';
import { findField } from '../query/fields.js';
import { getAnalyzer } from '../nlp/analyze.js';
import { loadConditionHierarchy } from '../nlp/lexicon/condition-hierarchy.js';

export function hasEntityFields(node: QueryNode): boolean {
  switch (node.kind) {
    case 'field': return findField(node.field)?.entity !== undefined;
    case 'and': case 'or': return node.children.some(hasEntityFields);
    case 'not': return hasEntityFields(node.child);
    default: return false;
  }
}

/** The same query with entity field values resolved to ids; loads the analyzer only when such a field is there. */
export function resolveQueryEntities(node: QueryNode): QueryNode {
  if (!hasEntityFields(node)) return node;
  const analyzer = getAnalyzer();
  const walk = (n: QueryNode): QueryNode => {
    switch (n.kind) {
      case 'field': {
        const type = findField(n.field)?.entity;
        if (!type) return n;
        // Only entities that cover the whole value: "drug:metformin er" is metformin, "reaction:no rash" is nothing.
        const ids = analyzer.entities(n.value)
          .filter((e) => e.type === type && e.start === 0 && e.end === n.value.length)
          .map((e) => e.id);
        const expanded = type === 'condition' ? ids.flatMap((id) => loadConditionHierarchy().withDescendants(id)) : ids;
        return q.field(n.field, n.value, [...new Set(expanded)]);
      }
      case 'and': return q.and(n.children.map(walk));
      case 'or': return q.or(n.children.map(walk));
      case 'not': return q.not(walk(n.child));
      default: return n;
    }
  };
  return walk(node);
}
