/**
 * Language identification: tinyld (STACK-NOTES: right on en/fr/de/es, ~0.1–0.3 ms per call). Most posts we see are
 * English, so an ASCII text with enough English function words is labelled "en" without calling tinyld: in
 * bench/nlp.ts this cut language-id time by most of the ~90 µs per post, the largest single cost of analyze().
 */
import { detect } from 'tinyld';
import type { Token } from './tokenize.js';

const ENGLISH = new Set(['the', 'and', 'i', 'to', 'of', 'a', 'is', 'in', 'it', 'my', 'for', 'on', 'with', 'this', 'that', 'was', 'me', 'you', 'have',
  'be', 'are', 'not', 'but', 'so', 'just', 'at', 'from', 'has', 'had', 'get', 'got', 'after', 'about', 'can', 'cant', 'im', 'its', 'been', 'since',
  'we', 'our', 'your', 'they', 'what', 'how', 'anyone', 'else', 'will', 'would', 'should', 'no', 'out', 'up', 'new', 'today', 'week', 'weeks',
  'ago', 'started', 'into', 'than', 'more', 'all', 'any', 'is', 'if', 'or', 'an', 'by', 'do', 'does', 'did', 'here', 'there', 'still', 'again']);

export interface LanguageResult { lang: string; ruleId: string }

export function detectLanguage(text: string, words: readonly Token[]): LanguageResult {
  if (words.length === 0) return { lang: 'und', ruleId: 'lang.empty' };
  let english = 0;
  let ascii = true;
  for (const w of words) {
    if (ENGLISH.has(w.norm)) english++;
    if (ascii && /[^\x00-\x7f]/.test(w.text)) ascii = false;
  }
  if (ascii && english >= 2 && english / words.length >= 0.15) return { lang: 'en', ruleId: 'lang.english-function-words' };
  const lang = detect(text);
  if (lang) return { lang, ruleId: 'lang.tinyld' };
  return { lang: english > 0 ? 'en' : 'und', ruleId: english > 0 ? 'lang.english-fallback' : 'lang.undetermined' };
}
