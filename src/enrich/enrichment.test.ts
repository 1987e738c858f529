import { describe, expect, it } from 'vitest';
import { getAnalyzer } from '../nlp/analyze.js';
import { parseQuery } from '../query/parser.js';
import { FLAG, toEnrichmentRecord } from './enrichment.js';
import { hasEntityFields, resolveQueryEntities } from './resolve-query.js';

const analyzer = getAnalyzer();
const recordOf = (text: string) => {
  const analysis = analyzer.analyze(text, { author: '@pat' });
  return toEnrichmentRecord({ platform: 'x', nativeId: '1', contentHash: 'h' }, analysis, JSON.stringify(analysis));
};

describe('toEnrichmentRecord', () => {
  it('indexes drugs and reactions by id, preferred name and the words written', () => {
    const r = recordOf('Started Ozempic 3 weeks ago and I cannot stop throwing up');
    const drug = r.entities.find((e) => e.type === 'drug');
    expect(drug).toMatchObject({ id: 'drugbank:DB13928', name: 'semaglutide', surface: 'ozempic' });
    expect(r.entities.some((e) => e.type === 'reaction')).toBe(true);
    expect(r.flags & FLAG.ae).toBe(FLAG.ae);
    expect(r.areas).toContain('diabetes');
  });

  it('does not index a denied reaction as a mention', () => {
    const r = recordOf('On metformin for a year, no nausea at all');
    expect(r.entities.filter((e) => e.type === 'reaction' && e.name === 'nausea')).toEqual([]);
  });

  it('flags PHI only for identifiers beyond handles and links', () => {
    expect(recordOf('thanks @drjane, see https://example.org/guide').flags & FLAG.phi).toBe(0);
    expect(recordOf('my dad is 94 and in room 4B at St. Mary\'s since 3/14').flags & FLAG.phi).toBe(FLAG.phi);
  });
});

describe('resolveQueryEntities', () => {
  it('resolves a brand to its ingredient id so every name of it matches', () => {
    const resolved = resolveQueryEntities(parseQuery('drug:wegovy AND nausea'));
    expect(resolved).toMatchObject({ kind: 'and', children: [{ kind: 'field', field: 'drug', value: 'wegovy', ids: ['drugbank:DB13928'] }, { kind: 'term' }] });
  });

  it('resolves lay words for reactions, leaves unknown names as they are, and ignores queries without entity fields', () => {
    expect(resolveQueryEntities(parseQuery('reaction:"threw up"'))).toMatchObject({ ids: ['ae:vomiting'] });
    expect(resolveQueryEntities(parseQuery('drug:notadrugname'))).not.toHaveProperty('ids');
    const plain = parseQuery('ozempic lang:en');
    expect(hasEntityFields(plain)).toBe(false);
    expect(resolveQueryEntities(plain)).toBe(plain);
  });
});
