/**
 * A recall-first pass after the rules: every run of capitalised words that no rule took and no list explains (the
 * 20,000 most frequent English words, drug and condition names) becomes an identifier — a facility when it ends in a
 * facility word, a place when it is a known place, otherwise a name. Philter (Norgeot et al. 2020) reaches its
 * clinical-note recall this way: flag what is not known to be safe.
 */
import type { Token } from '../../../src/nlp/tokenize.js';

export interface RecallFirstLexicon {
  /** The most frequent English words, lower case. */
  common: Set<string>;
  /** Known place names, lower case. */
  places: Set<string>;
  /** Spans of drugs, conditions and other concepts the entity recogniser finds. */
  concepts: (text: string) => Array<{ start: number; end: number }>;
}

export interface PassSpan { type: string; start: number; end: number }

const FACILITY_HEADS = new Set(['hospital', 'clinic', 'centre', 'center', 'infirmary', 'hospice', 'home', 'house', 'lodge', 'manor', 'court',
  'medical', 'health', 'healthcare', 'surgery', 'practice', 'pharmacy', 'chemist', 'unit', 'ward', 'campus', 'institute', 'trust', 'mc',
  'hospitals', 'krankenhaus', 'klinik', 'klinikum', 'hôpital', 'hopital', 'clínica', 'clinica', 'hospital', 'ziekenhuis', 'gardens', 'villa', 'care']);
const CONNECTORS = new Set(['of', 'the', 'de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'st', 'st.', '&', 'and', '-', "'s", 'y']);

function capitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  const upper = c >= 65 && c <= 90 || c > 127 && t.text[0] !== t.text[0]!.toLowerCase();
  // All-capital words are acronyms and shouting far more often than names.
  return upper && t.text.length > 1 && t.text !== t.text.toUpperCase();
}

export function recallFirstPass(text: string, tokens: readonly Token[], found: readonly PassSpan[], lex: RecallFirstLexicon): PassSpan[] {
  const taken = [...found, ...lex.concepts(text)];
  const free = (s: number, e: number) => !taken.some((f) => f.start < e && s < f.end);
  const out: PassSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i]!)) continue;
    let j = i;
    for (;;) {
      if (j + 1 < tokens.length && capitalised(tokens[j + 1]!)) { j++; continue; }
      if (j + 2 < tokens.length && CONNECTORS.has(tokens[j + 1]!.norm) && capitalised(tokens[j + 2]!)) { j += 2; continue; }
      break;
    }
    let a = i;
    let b = j;
    // A sentence starts with a capital whatever the word; common words at either end are not part of a name.
    while (a <= b && (lex.common.has(tokens[a]!.norm) || CONNECTORS.has(tokens[a]!.norm))) a++;
    while (b >= a && (lex.common.has(tokens[b]!.norm) && !FACILITY_HEADS.has(tokens[b]!.norm) || CONNECTORS.has(tokens[b]!.norm))) b--;
    if (a <= b && !(a === b && a === i && tokens[a]!.breakBefore && lex.common.has(tokens[a]!.norm))) {
      const start = tokens[a]!.start;
      const end = tokens[b]!.end;
      if (free(start, end)) {
        const phrase = text.slice(start, end).toLowerCase();
        const head = tokens[j]!.norm;
        const type = FACILITY_HEADS.has(head) ? 'facility' : lex.places.has(phrase) ? 'address' : 'name';
        out.push({ type, start: type === 'facility' ? tokens[i]!.start : start, end: type === 'facility' ? tokens[j]!.end : end });
      }
    }
    i = j;
  }
  return out;
}
