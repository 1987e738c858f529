/**
 * Negation and speculation scope, NegEx-style: trigger phrases open a scope over the next few words of the same clause
 * (or the previous few for post-triggers such as "ruled out"), closed early by "but", "however", "though"…
 * Works on matchable tokens (see tokenize.ts); returns, per token index, whether it is negated or speculated and by
 * which cue, so every finding can say why.
 */
import type { Token } from './tokenize.js';

export type NegationKind = 'negated' | 'ended' | 'speculated';

export interface ScopeCue { kind: NegationKind; cue: string; ruleId: string; start: number; end: number }

const PRE_NEGATION = ['no', 'not', 'never', 'without', 'denies', 'denied', 'deny', 'free of', 'negative for', 'ruled out', 'rule out', 'refuse to', 'refused to',
  'none', 'nor', 'didnt', 'dont', 'doesnt', 'havent', 'hasnt', 'hadnt', 'wasnt', 'isnt', 'arent', 'werent', 'wont', 'zero', 'absence of',
  'no signs of', 'no sign of', 'no evidence of', 'resolution of', 'instead of'];
/** "no more X", "no longer X", "X is gone": the reaction happened and stopped — negated for the present, good news for sentiment. */
const PRE_ENDED = ['no more', 'no longer', 'not anymore', 'stopped having', 'got rid of', 'finally rid of', 'relief from'];
const POST_NEGATION = ['ruled out', 'was negative', 'were negative', 'is negative', 'free', 'came back negative', 'unlikely'];
const POST_ENDED = ['is gone', 'are gone', 'went away', 'has gone', 'have gone', 'gone now', 'disappeared', 'stopped', 'resolved', 'cleared up',
  'cleared', 'is over', 'subsided'];
const PRE_SPECULATION = ['may', 'might', 'could', 'can cause', 'can', 'possibly', 'possible', 'potential', 'potentially', 'risk of', 'risks of', 'if',
  'worried about', 'worried', 'afraid of', 'scared of', 'concerned about', 'in case', 'whether', 'wonder if', 'chance of', 'watch for',
  'watch out for', 'look out for', 'warning signs', 'signs of', 'prevent', 'prevents', 'to avoid', 'avoid', 'reduce', 'reduces', 'lower risk',
  'would', 'should', 'in rare cases', 'rarely', 'report any', 'monitor for', 'screen for', 'screening for', 'suspected', 'suspect',
  // Hearsay and worry about what has not happened ("heard the diarrhea is brutal", "scared to start", "praying the nausea isn't bad").
  'i hear', 'i heard', 'heard the', 'heard that', 'heard it', 'apparently', 'supposedly', 'rumor', 'they say', 'praying', 'hoping', 'fingers crossed',
  'in case of', 'what if', 'scared to', 'afraid to', 'nervous about', 'terrified of', 'dreading',
  // What the writer read, not lived ("I keep reading that Wellbutrin causes seizures", "I've read about the yeast infections").
  'read that', 'reading that', 'read about', 'reading about', 'read online', 'keep reading'];
/** "the blood clot risk": a risk named after the reaction. */
const POST_SPECULATION = ['risk', 'risks'];
const TERMINATORS = new Set(['but', 'however', 'although', 'though', 'except', 'yet', 'still', 'which', 'whereas', 'apart', 'aside', 'because', 'since', 'so',
  'besides', 'other', 'just', 'only', 'beyond']);

interface CompiledCue { words: string[]; kind: NegationKind; direction: 'pre' | 'post'; ruleId: string }

function compile(list: string[], kind: NegationKind, direction: 'pre' | 'post', rulePrefix: string): CompiledCue[] {
  return list.map((p) => ({ words: p.split(' '), kind, direction, ruleId: `${rulePrefix}:${p.replace(/ /g, '-')}` }));
}

const CUES: CompiledCue[] = [
  ...compile(PRE_ENDED, 'ended', 'pre', 'negation.ended'),
  ...compile(POST_ENDED, 'ended', 'post', 'negation.ended-post'),
  ...compile(PRE_NEGATION, 'negated', 'pre', 'negation.pre'),
  ...compile(POST_NEGATION, 'negated', 'post', 'negation.post'),
  ...compile(PRE_SPECULATION, 'speculated', 'pre', 'speculation.pre'),
  ...compile(POST_SPECULATION, 'speculated', 'post', 'speculation.post'),
].sort((a, b) => b.words.length - a.words.length);

const FIRST_WORDS = new Map<string, CompiledCue[]>();
for (const c of CUES) {
  const list = FIRST_WORDS.get(c.words[0]!) ?? [];
  list.push(c);
  FIRST_WORDS.set(c.words[0]!, list);
}

const PERSISTS_BEFORE = new Set(['never', 'not', 'didnt', 'hasnt', 'havent', 'hadnt', 'wont', 'doesnt', 'isnt', 'still', 'nt']);

const PRE_WINDOW = 6;
const POST_WINDOW = 3;

export interface ScopeMap {
  /** Per token index: the cue whose scope covers it (negation beats speculation). */
  cues: Array<ScopeCue | undefined>;
  /** Token indexes that belong to a cue phrase itself. */
  cueTokens: Set<number>;
}

/** Computes negation/speculation scopes over matchable tokens. */
export function scopeMap(tokens: readonly Token[]): ScopeMap {
  const cues: Array<ScopeCue | undefined> = new Array(tokens.length);
  const cueTokens = new Set<number>();
  const assign = (i: number, cue: ScopeCue) => {
    const prev = cues[i];
    if (!prev || rank(cue.kind) > rank(prev.kind)) cues[i] = cue;
  };
  for (let i = 0; i < tokens.length; i++) {
    const candidates = FIRST_WORDS.get(tokens[i]!.norm);
    if (!candidates) continue;
    const first = candidates.find((c) => matchesAt(tokens, i, c.words));
    if (!first) continue;
    const end = i + first.words.length;
    for (let k = i; k < end; k++) cueTokens.add(k);
    // Every cue with exactly these words applies: "ruled out" looks both forward ("ruled out MI") and back ("MI was ruled out").
    for (const c of candidates) {
      if (c.words.length !== first.words.length || !matchesAt(tokens, i, c.words)) continue;
      const cue: ScopeCue = { kind: c.kind, cue: tokens.slice(i, end).map((t) => t.text).join(' '), ruleId: c.ruleId,
        start: tokens[i]!.start, end: tokens[end - 1]!.end };
      if (c.direction === 'pre') {
        for (let k = end; k < tokens.length && k < end + PRE_WINDOW; k++) {
          if (tokens[k]!.breakBefore || TERMINATORS.has(tokens[k]!.norm)) break;
          assign(k, cue);
        }
      } else {
        // "tinnitus that never went away", "the rash hasn't cleared": a negated end means it goes on.
        if (c.kind === 'ended' && i > 0 && PERSISTS_BEFORE.has(tokens[i - 1]!.norm)) continue;
        for (let k = i - 1; k >= 0 && k >= i - POST_WINDOW; k--) {
          assign(k, cue);
          if (tokens[k]!.breakBefore) break;
        }
      }
    }
    i = end - 1;
  }
  return { cues, cueTokens };
}

function rank(kind: NegationKind): number {
  return kind === 'speculated' ? 1 : 2;
}

function matchesAt(tokens: readonly Token[], i: number, words: string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    if (tokens[i + k]!.norm !== words[k]) return false;
    if (k > 0 && tokens[i + k]!.breakBefore) return false;
  }
  return true;
}

/**
 * The strongest cue over a token span. Cues that start inside the span are part of the mention itself
 * ("no appetite", "can't sleep" are reactions, not negations) and are ignored, as are cues inside another mention
 * (`insideMention`): "no appetite on Wegovy" does not negate Wegovy.
 */
export function cueOver(map: ScopeMap, tokens: readonly Token[], from: number, to: number,
  insideMention?: (offset: number) => boolean): ScopeCue | undefined {
  const spanStart = tokens[from]!.start;
  const spanEnd = tokens[to - 1]!.end;
  let best: ScopeCue | undefined;
  for (let k = from; k < to; k++) {
    const c = map.cues[k];
    if (!c || (c.start >= spanStart && c.start < spanEnd) || insideMention?.(c.start)) continue;
    if (!best || rank(c.kind) > rank(best.kind)) best = c;
  }
  return best;
}
