import { describe, expect, it } from 'vitest';
import { FOREIGN_WORDS, foreignLanguageOf } from './foreign-words.js';

const english = new Set(['in', 'me', 'a', 'bed', 'man', 'die', 'is', 'the', 'and']);
const skip = (n: string) => english.has(n);
const norms = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}]+/u).filter(Boolean);

describe('foreignLanguageOf', () => {
  it('names the language of a post written in it', () => {
    expect(foreignLanguageOf(norms('Mio nonno è ricoverato da tre settimane nella stanza di mia zia'), skip)).toBe('it');
    expect(foreignLanguageOf(norms('A minha avó está internada desde segunda, quem puder reza por ela'), skip)).toBe('pt');
    expect(foreignLanguageOf(norms('Meine Mutter liegt seit dem 3. März auf Station 12, Zimmer 214'), skip)).toBe('de');
  });
  it('says nothing for English, even where English words are also foreign words', () => {
    expect(foreignLanguageOf(norms('My mum is in bed 4 and the man in the next bed keeps calling me a nurse'), skip)).toBeUndefined();
  });
  it('keys words without accents, as the tokenizer does', () => {
    expect(FOREIGN_WORDS.get('mae')).toContain('pt');
    expect(FOREIGN_WORDS.get('mere')).toContain('fr');
    expect(FOREIGN_WORDS.get('mãe')).toBeUndefined();
  });
});
