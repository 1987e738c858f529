import { describe, expect, it } from 'vitest';
import { compareNames, parsePersonName } from './person-name.js';

describe('person names', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['Dr. Jane Q. Smith, MD, FACC', 'jane', 'smith'],
    ['SMITH, JANE Q', 'jane', 'smith'],
    ['Prof. Dr. med. Hans Müller', 'hans', 'muller'],
    ['Dra. Lucía Fernández 🩺', 'lucia', 'fernandez'],
    ["Thomas O'Neill MBChB", 'thomas', "o'neill"],
    ['Cardiology', undefined, 'cardiology'],
  ])('%s → %s %s', (raw, given, family) => {
    const name = parsePersonName(raw);
    expect(name.given).toBe(given);
    expect(name.family).toBe(family);
  });

  it('scores exact, initial, shortened and different given names, and rejects different family names', () => {
    const cmp = (a: string, b: string) => compareNames(parsePersonName(a), parsePersonName(b)).score;
    expect(cmp('Dr. Jane Smith, MD', 'SMITH, JANE')).toBe(1);
    expect(cmp('J. Smith', 'Jane Smith')).toBe(0.8);
    expect(cmp('Alex Moreau', 'Alexandra Moreau')).toBe(0.85);
    expect(cmp('Jane Smith', 'Mary Smith')).toBe(0.3);
    expect(cmp('Jane Smith', 'Jane Smyth')).toBe(0);
    expect(cmp('Jane Kowalczyk', 'Jane Kowalczik')).toBe(0.85);
  });
});
