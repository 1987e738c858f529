/**
 * The tokenizer every detector shares. One left-to-right pass over UTF-16 code units, no
 * Intl.Segmenter (quadratic on Node 20, STACK-NOTES finding 6) and no per-token regex: a
 * char-class switch was 3–4× faster than a sticky Unicode-property regex in our measurement
 * (bench/nlp.ts). Offsets are UTF-16 code unit indices into the input, like String#slice.
 */

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'punct' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Start and end offsets (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Original text of the token. */
  text: string;
  /** Lower-cased, apostrophes removed, diacritics folded: the key lexicons are matched on. */
  norm: string;
  /** A sentence or clause boundary (. ! ? ; : , newline, brackets) lies between this token and the previous one. */
  breakBefore: boolean;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '|', '/']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '\n', '…']);

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // Letters of Latin-1 supplement and beyond: treat any code unit that is a letter as word material.
  // A surrogate (emoji) is not; combining marks are.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, arrows, symbols, dingbats
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code === 0xd7 || code === 0xf7 || (code >= 0xa0 && code <= 0xbf)) return false;
  if (code >= 0xfe00 && code <= 0xfe0f) return false; // variation selectors
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Lower-case; drop apostrophes; fold diacritics only when there are any (the NFD round trip is the slow part). */
export function normalizeWord(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes("'") || lower.includes('’')) lower = lower.replace(/['’]/g, '');
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return lower;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let pendingBreak = false;
  let sentence = 0;
  let sentencePending = false;
  const push = (kind: TokenKind, start: number, end: number, norm?: string) => {
    if (sentencePending) {
      if (tokens.length > 0) sentence++;
      sentencePending = false;
    }
    const t = text.slice(start, end);
    tokens.push({ kind, start, end, text: t, norm: norm ?? (kind === 'word' ? normalizeWord(t) : t.toLowerCase()),
      breakBefore: pendingBreak || tokens.length === 0, sentence });
    pendingBreak = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    // URLs: scheme or www. — up to the next whitespace, minus trailing punctuation.
    if ((c === 104 || c === 72 || c === 119 || c === 87) && startsUrl(text, i)) {
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      while (j > i && /[.,;:!?)\]"'”’]/.test(text[j - 1]!)) j--;
      push('url', i, j);
      i = j;
      continue;
    }
    if ((c === 35 || c === 64) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 95)) j++;
      const kind = c === 35 ? 'hashtag' : 'mention';
      // An e-mail address is not a mention: leave it to the PHI detector, skip it here.
      if (c === 64 && i > 0 && isWordChar(text.charCodeAt(i - 1))) {
        i = j;
        continue;
      }
      push(kind, i, j, normalizeWord(text.slice(i + 1, j)));
      i = j;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      let digits = isDigit(c);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) {
          if (!isDigit(d)) digits = false;
          j++;
        } else if (isApostrophe(d) && j + 1 < n && isWordChar(text.charCodeAt(j + 1)) && !digits) {
          j++;
        } else if (d === 46 && digits && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
          j++; // 2.5 stays one number
        } else {
          break;
        }
      }
      push(digits ? 'number' : 'word', i, j);
      i = j;
      continue;
    }
    if (isSpace(c)) {
      if (c === 10) {
        pendingBreak = true;
        sentencePending = true;
      }
      i++;
      continue;
    }
    const ch = text[i]!;
    if (SENTENCE_ENDS.has(ch)) {
      pendingBreak = true;
      sentencePending = true;
      push('punct', i, i + 1);
      pendingBreak = true;
      i++;
      continue;
    }
    if (CLAUSE_BREAKS.has(ch)) {
      pendingBreak = true;
      push('punct', i, i + 1);
      pendingBreak = true;
      i++;
      continue;
    }
    // Emoji and other symbols: one token per code point (surrogate pairs kept together).
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (ch === '-' || ch === '\'' || ch === '’' || ch === '&' || ch === '+' || ch === '*') {
      push('punct', i, i + width);
    } else {
      push('symbol', i, i + width);
    }
    i += width;
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x200b || code === 0x3000;
}

function startsUrl(text: string, i: number): boolean {
  const head = text.slice(i, i + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || (head.startsWith('www.') && i + 4 < text.length);
}

/** The word-like tokens (words and numbers) that lexicon matching walks over. */
export function matchableTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let carryBreak = false;
  for (const t of tokens) {
    if (t.kind === 'word' || t.kind === 'number') {
      out.push(carryBreak && !t.breakBefore ? { ...t, breakBefore: true } : t);
      carryBreak = false;
    } else if (t.kind !== 'punct' || t.text === '-' || t.text === '\'' || t.text === '’' || t.text === '&') {
      // hyphens and apostrophes join words ("covid-19"); hashtags, urls and symbols break phrases
      if (t.kind !== 'punct') carryBreak = true;
    } else {
      carryBreak = true;
    }
  }
  return out;
}
