/**
 * The Disease Ontology's is-a hierarchy (lexicons/condition-parents.json), so a search for a
 * condition also finds its kinds: `condition:cancer` finds posts about breast cancer or
 * melanoma. It is query-time data: the analyzer stores the specific condition a post names,
 * which is why this file is not part of ANALYZER_VERSION and changing it re-enriches nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR } from './load-lexicons.js';

export interface ConditionHierarchy {
  /** The id itself and every concept below it, at any depth. */
  withDescendants(id: string): string[];
}

export function conditionHierarchyFrom(parents: Readonly<Record<string, readonly string[]>>): ConditionHierarchy {
  const children = new Map<string, string[]>();
  for (const [child, ids] of Object.entries(parents)) {
    for (const parent of ids) {
      const list = children.get(parent);
      if (list) list.push(child); else children.set(parent, [child]);
    }
  }
  return {
    withDescendants(id) {
      const seen = new Set([id]);
      const stack = [id];
      while (stack.length > 0) {
        for (const child of children.get(stack.pop()!) ?? []) {
          if (!seen.has(child)) { seen.add(child); stack.push(child); }
        }
      }
      return [...seen];
    },
  };
}

let cached: ConditionHierarchy | undefined;

export function loadConditionHierarchy(): ConditionHierarchy {
  cached ??= conditionHierarchyFrom(
    (JSON.parse(readFileSync(join(LEXICON_DIR, 'condition-parents.json'), 'utf8')) as { parents: Record<string, string[]> }).parents);
  return cached;
}
