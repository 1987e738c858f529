import { describe, expect, it } from 'vitest';
import { conditionHierarchyFrom, loadConditionHierarchy } from '../nlp/lexicon/condition-hierarchy.js';
import { parseQuery } from '../query/parser.js';
import type { FieldNode } from '../query/ast.js';
import { resolveQueryEntities } from './resolve-query.js';

const BREAST_CANCER = 'DOID:1612';
const CANCER = 'DOID:162';

describe('condition hierarchy', () => {
  it('returns an id with everything below it, through several parents and without looping', () => {
    const h = conditionHierarchyFrom({ b: ['a'], c: ['b'], d: ['b', 'a'], e: ['x'], a: ['c'] });
    expect(h.withDescendants('b').sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(h.withDescendants('e')).toEqual(['e']);
  });

  it('ships the Disease Ontology is-a links: breast cancer is a cancer, not a diabetes', () => {
    const shipped = loadConditionHierarchy();
    expect(shipped.withDescendants(CANCER)).toContain(BREAST_CANCER);
    expect(shipped.withDescendants('DOID:9351')).not.toContain(BREAST_CANCER);
  });
});

describe('resolveQueryEntities', () => {
  it('expands condition: to the named condition and its kinds, and leaves drug: to its ingredient', () => {
    const cancer = resolveQueryEntities(parseQuery('condition:cancer')) as FieldNode;
    expect(cancer.ids).toContain(CANCER);
    expect(cancer.ids).toContain(BREAST_CANCER);
    const breast = resolveQueryEntities(parseQuery('condition:"breast cancer"')) as FieldNode;
    expect(breast.ids).toContain(BREAST_CANCER);
    expect(breast.ids).not.toContain(CANCER);
    const drug = resolveQueryEntities(parseQuery('drug:ozempic')) as FieldNode;
    expect(drug.ids).toEqual(['drugbank:DB13928']);
  });
});
