/**
 * Sentiment for medical social text, post-level and per drug/condition mention (aspect).
 *
 * Lexicon valences come from VADER's human-rated lexicon (MIT) with AFINN-165 (Apache-2.0) filling gaps; the scoring
 * rules are our own implementation of the heuristics VADER's paper describes (negation flips ×−0.74, boosters ±0.293,
 * "but" shifts weight to the second clause, capitals and exclamation marks add emphasis, compound = x/√(x²+15)).
 * Medical rules on top: a test that is "positive" is bad news and "negative" good news; an adverse reaction the author
 * is living through counts against, one that is gone ("no more pain") counts for; disease names are topics, not
 * feelings, so their general-language valence is damped.
 * Weak cues (nlp-1.7.0): a post whose evidence is only general words is neutral while |compound| < 0.325 (one mild word
 * used in passing); a strong cue — emoji or emoticon, "!", health news, a medical rule — keeps the ±0.05 thresholds.
 * General words in a question count half; contractions ("I'll"), lone letters, HTML entity names and "like" as a
 * preposition carry no valence; laughter is not negated; "no" before a rated word is its negator only.
 */
import type { Entity } from './entities.js';
import type { SentimentLexicon } from './lexicon/load-lexicons.js';
import type { ScopeCue } from './negation.js';
import type { Token } from './tokenize.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface SentimentContribution { text: string; start: number; end: number; valence: number; rule: string }

export interface AspectSentiment { entity: number; id: string; text: string; label: SentimentLabel; score: number }

export interface SentimentResult {
  label: SentimentLabel;
  /** VADER-style compound score in [−1, 1]. */
  score: number;
  ruleId: string;
  confidence: number;
  aspects: AspectSentiment[];
  /** The strongest contributions, for explanations. */
  evidence: SentimentContribution[];
}

/**
 * Thresholds on the compound score. A post with a strong cue (see `score`) is labelled at VADER's published ±0.05; a post
 * whose evidence is only general words needs |compound| ≥ `weakBand` (0.325 ≈ a summed valence of 1.36, i.e. more than
 * one mild word such as "like" 1.5 used in passing). `weakBand` was chosen on the development half (even ids) of VADER's
 * rated tweets, a plateau of macro-F1 between 0.30 and 0.35 (eval/dev/README.md, "Sentiment round").
 */
export const SENTIMENT_THRESHOLDS = { positive: 0.05, negative: -0.05, weakBand: 0.325 } as const;
/** A question asks rather than asserts: general words in a sentence that ends with "?" count half. */
const QUESTION_WEIGHT = 0.5;

const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'cannot', 'couldnt', 'wont',
  'wouldnt', 'shouldnt', 'aint', 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly', 'barely', 'havent', 'hasnt']);
const BOOSTERS = new Map<string, number>(Object.entries({ very: 0.293, so: 0.293, really: 0.293, extremely: 0.293, super: 0.293, absolutely: 0.293, totally: 0.293,
  incredibly: 0.293, truly: 0.293, completely: 0.293, most: 0.293, such: 0.293, sooo: 0.293, soo: 0.293, hugely: 0.293, highly: 0.293,
  slightly: -0.293, somewhat: -0.293, kinda: -0.293, barely: -0.293, little: -0.293, bit: -0.293, marginally: -0.293 }));
/**
 * Domain valences that override general-language ones (our own ratings on VADER's −4…+4 scale). The first group is news
 * about health (a strong cue, see `score`); the second damps words that are topics in medicine.
 */
const MEDICAL_NEWS: Record<string, number> = {
  remission: 3, ned: 2.5, 'cancer free': 3, 'clear scan': 2.5, 'clear scans': 2.5, 'scan was clear': 2.5, 'all clear': 2.5, cured: 2.5,
  'game changer': 2.5, 'life changing': 2.5, 'life changer': 2.5, improved: 2, improvement: 2, breakthrough: 2, approved: 1.5, approval: 1.5,
  effective: 1.5, works: 1, working: 0.8, relief: 2, recovered: 2, recovering: 1.5, survived: 2, survivor: 1.5, 'feeling great': 3, 'feel great': 3,
  'feeling better': 2.2, 'feel better': 2, 'side effect': -1, 'side effects': -1, relapse: -2.5, recurrence: -2, progression: -1.5, progressed: -1.5,
  metastatic: -1.5, worse: -2, worsening: -2, brutal: -2.5, denied: -2, shortage: -1.5, 'out of stock': -1.5, 'prior auth': -1, 'ended up in the er': -2.5,
  hospitalised: -2, hospitalized: -2, admitted: -1, icu: -2, 'no help': -1.5, unaffordable: -2, afford: 0, 'cant afford': -2, 'couldnt afford': -2,
  'is this normal': -0.8, ugh: -1.5, 'sick of': -2,
};
/** Neutral in medicine, emotional in general English. */
const MEDICAL_TOPICS: Record<string, number> = {
  positive: 0, negative: 0, 'high risk': -0.8, critical: 0, cancer: -0.5, tumor: -0.5, tumour: -0.5, disease: -0.3, patient: 0, patients: 0,
  pain: 0, kill: -1, kills: -1, killer: -1, stroke: -1, attack: -1, shot: 0, shots: 0, fight: 0, fighting: 0, treatment: 0, trial: 0, care: 0.5,
  insulin: 0, gained: 0, dose: 0, drug: 0, drugs: 0, 'no new safety signals': 1.5, 'talk to your doctor': 0, cure: 0.5, heal: 1,
};
const MEDICAL = new Map<string, number>([...Object.entries(MEDICAL_NEWS), ...Object.entries(MEDICAL_TOPICS)]);
/** Laughter is not an opinion that "no"/"not" reverses ("not sure yet lol" is not a sad laugh). */
const LAUGHTER = new Set(['lol', 'lolz', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'xd']);
/**
 * "like" is rated as the verb of liking; as a preposition or filler ("looks like", "be like", "like 5 mins") it carries
 * nothing. It counts only after a subject or an auxiliary that makes it the verb.
 */
const LIKE_VERB_BEFORE = new Set(['i', 'you', 'u', 'ya', 'we', 'they', 'people', 'ppl', 'who', 'id', 'youd', 'wed', 'theyd', 'would', 'do',
  'does', 'did', 'dont', 'doesnt', 'didnt', 'really', 'also', 'actually', 'totally', 'still', 'kinda', 'def', 'definitely', 'me']);
/** Pronoun + auxiliary contractions: "I'll", "he'll", "we'll", "she'd" are not "ill", "hell", "well", "shed". */
const AUXILIARY_CLITIC = /^\p{L}+['’](?:ll|d|re|ve|m)$/iu;
const HTML_ENTITY_NAMES = new Set(['gt', 'lt', 'amp', 'quot', 'apos', 'nbsp']);
const TEST_WORDS = new Set(['test', 'tested', 'tests', 'testing', 'came', 'screen', 'screening', 'biopsy', 'scan', 'result', 'results', 'swab', 'pcr']);
const MAX_EXCLAIM = 4;

export class SentimentScorer {
  private readonly phrases = new Map<string, number>();
  // Maps, not the parsed JSON objects: a word like "constructor" must not find Object.prototype.
  private readonly words: Map<string, number>;
  private readonly emoji: Map<string, number>;
  private readonly maxPhraseWords: number;
  /** First words of multi-word phrases: most tokens start none, so phrase keys are only built after a hit here. */
  private readonly phraseStarts = new Set<string>();

  constructor(lex: SentimentLexicon) {
    this.words = new Map(Object.entries(lex.words));
    this.emoji = new Map([...Object.entries(lex.emoticons), ...Object.entries(lex.emoji)]);
    for (const [k, v] of Object.entries(lex.phrases)) this.phrases.set(k, v);
    for (const [k, v] of MEDICAL) if (k.includes(' ')) this.phrases.set(k, v);
    this.maxPhraseWords = Math.max(...[...this.phrases.keys()].map((k) => k.split(' ').length));
    for (const k of this.phrases.keys()) this.phraseStarts.add(k.split(' ')[0]!);
  }

  /**
   * @param words matchable tokens; @param symbols emoji/emoticon tokens; @param entities recognised mentions.
   */
  score(text: string, words: readonly Token[], symbols: readonly Token[], entities: readonly Entity[]): SentimentResult {
    const valences = new Float64Array(words.length);
    const rules: string[] = new Array(words.length);
    const entityAt = new Int32Array(words.length).fill(-1);
    entities.forEach((e, i) => { for (let k = e.from; k < e.to; k++) entityAt[k] = i; });
    // The "no" of "no more pain" is part of the good news, not a negative word of its own.
    // Arrays here and in the other detectors are built by push onto a literal rather than by filter/map: V8 then gives an
    // empty and a filled one the same elements kind, and the optimised code is not thrown away when a post has none.
    const cueSpans: ScopeCue[] = [];
    for (const e of entities) if (e.assertionCue && e.assertion !== 'speculated' && (e.type === 'reaction' || e.type === 'condition')) cueSpans.push(e.assertionCue);
    const inCue = (t: Token) => cueSpans.some((c) => t.start >= c.start && t.end <= c.end);
    // Mixed case (so that an all-capital word stands out): one pass instead of two whole-text copies.
    const shouting = /\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
    let butIndex = -1;
    // A strong cue (an emoji or emoticon, an exclamation mark, a reaction the author has or no longer has, a condition
    // that is gone, a test result) is a deliberate statement of feeling or news: its post is labelled by the sign of its
    // score (±0.05). A post whose evidence is only general words is neutral inside the weak-cue band, where one mild
    // word used in passing lands ("free parking", "interesting", "ok").
    let strong = false;
    for (let i = 0; i < words.length; i++) {
      const t = words[i]!;
      if (t.norm === 'but' && butIndex < 0) butIndex = i;
      const ei = entityAt[i]!;
      if (ei >= 0) {
        const e = entities[ei]!;
        if (i !== e.from) continue;
        // Mentions: reactions carry the author's experience; conditions and drugs are topics.
        if (e.type === 'reaction') {
          if (e.assertion === 'ended' || e.assertion === 'negated') { valences[i] = 1.2; rules[i] = `medical.reaction-${e.assertion}`; strong = true; }
          else if (e.assertion === 'asserted' && e.experiencer !== 'general') { valences[i] = -1.6; rules[i] = 'medical.reaction-experienced'; strong = true; }
          else { valences[i] = -0.3; rules[i] = 'medical.reaction-mentioned'; }
        } else if (e.type === 'condition' && (e.assertion === 'ended' || e.assertion === 'negated')) {
          valences[i] = 1.2; rules[i] = `medical.condition-${e.assertion}`; strong = true;
        }
        continue;
      }
      if (cueSpans.length > 0 && t.norm !== 'negative' && t.norm !== 'positive' && inCue(t)) continue;
      if (notAWord(text, t)) continue;
      // Multi-word phrases first (medical overrides, then lexicon phrases).
      let phraseLen = 0;
      for (let len = this.phraseStarts.has(t.norm) ? Math.min(this.maxPhraseWords, words.length - i) : 0; len >= 2; len--) {
        let key = t.norm;
        for (let k = 1; k < len; k++) key += ` ${words[i + k]!.norm}`;
        const v = this.phrases.get(key);
        if (v !== undefined) {
          valences[i] = v; rules[i] = MEDICAL.has(key) ? 'medical.phrase' : 'lexicon.phrase'; phraseLen = len;
          if (v !== 0 && Object.hasOwn(MEDICAL_NEWS, key)) strong = true;
          break;
        }
      }
      if (phraseLen > 0) { i += phraseLen - 1; continue; }
      if (t.norm === 'like' && (t.breakBefore || !LIKE_VERB_BEFORE.has(words[i - 1]?.norm ?? ''))) continue;
      let v: number | undefined;
      let rule = 'lexicon.word';
      if (t.norm === 'positive' || t.norm === 'negative') {
        const prev = words[i - 1]?.norm ?? '';
        const prev2 = words[i - 2]?.norm ?? '';
        const next = words[i + 1]?.norm ?? '';
        if (TEST_WORDS.has(prev) || TEST_WORDS.has(prev2) || next === 'for') {
          v = t.norm === 'positive' ? -1.5 : 1.5;
          rule = 'medical.test-result';
          strong = true;
        }
      }
      if (v === undefined) {
        v = MEDICAL.get(t.norm) ?? this.words.get(t.norm);
        if (MEDICAL.has(t.norm)) rule = 'medical.word';
      }
      if (v === undefined || v === 0) continue;
      // A lone letter that got this far is an emoticon's mouth (":D"): a deliberate sign of feeling, like an emoji.
      if (t.text.length === 1) { rule = 'lexicon.emoticon'; strong = true; }
      // "no" before a rated word is that word's negator ("no good"), not a second negative word.
      if (t.norm === 'no' && i + 1 < words.length && !words[i + 1]!.breakBefore && (MEDICAL.get(words[i + 1]!.norm) ?? this.words.get(words[i + 1]!.norm) ?? 0) !== 0) continue;
      // Boosters and dampeners in the three words before.
      for (let k = 1; k <= 3 && i - k >= 0; k++) {
        const b = BOOSTERS.get(words[i - k]!.norm);
        if (b !== undefined) v += v > 0 ? b * (1 - (k - 1) * 0.05) : -b * (1 - (k - 1) * 0.05);
      }
      if (shouting && t.text.length > 1 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text)) v += v > 0 ? 0.733 : -0.733;
      // Negation in the three words before flips and damps.
      for (let k = 1; k <= 3 && i - k >= 0; k++) {
        if (words[i - k]!.breakBefore && k > 1) break;
        if (NEGATORS.has(words[i - k]!.norm) && !LAUGHTER.has(t.norm)) { v *= -0.74; rule += '+negated'; break; }
      }
      valences[i] = v;
      rules[i] = rule;
      if (rule.startsWith('medical.word') && Object.hasOwn(MEDICAL_NEWS, t.norm)) strong = true;
    }
    const questions = text.includes('?') ? questionSentences(text, words) : undefined;
    if (questions && questions.size > 0) {
      for (let i = 0; i < words.length; i++) {
        if (valences[i] !== 0 && questions.has(words[i]!.sentence) && !rules[i]!.startsWith('medical.')) { valences[i]! *= QUESTION_WEIGHT; rules[i] += '+question'; }
      }
    }
    if (butIndex >= 0) {
      for (let i = 0; i < words.length; i++) valences[i]! *= i < butIndex ? 0.5 : 1.5;
    }
    let sum = 0;
    for (let i = 0; i < words.length; i++) sum += valences[i]!;
    const symbolContribs: SentimentContribution[] = [];
    for (const s of symbols) {
      const v = this.emoji.get(s.text);
      if (v !== undefined) { sum += v; strong = true; symbolContribs.push({ text: s.text, start: s.start, end: s.end, valence: v, rule: 'lexicon.emoji' }); }
    }
    const exclaims = Math.min(MAX_EXCLAIM, countChar(text, '!'));
    if (sum !== 0 && exclaims > 0) { sum += (sum > 0 ? 1 : -1) * exclaims * 0.292; strong = true; }
    const score = compound(sum);
    const aspects: AspectSentiment[] = [];
    // Sentence sums once, not once per mention.
    let sentenceSums: Map<number, number> | undefined;
    entities.forEach((e, index) => {
      if (e.type !== 'drug' && e.type !== 'condition') return;
      if (!sentenceSums) {
        sentenceSums = new Map();
        for (let i = 0; i < words.length; i++) sentenceSums.set(words[i]!.sentence, (sentenceSums.get(words[i]!.sentence) ?? 0) + valences[i]!);
      }
      const s = sentenceSums.get(words[e.from]!.sentence) ?? 0;
      const sc = compound(s);
      aspects.push({ entity: index, id: e.id, text: e.text, label: labelOf(sc, strong), score: round(sc) });
    });
    const evidence: SentimentContribution[] = [];
    for (let i = 0; i < words.length; i++) {
      if (valences[i] !== 0) evidence.push({ text: words[i]!.text, start: words[i]!.start, end: words[i]!.end, valence: round(valences[i]!), rule: rules[i] ?? 'lexicon.word' });
    }
    evidence.push(...symbolContribs);
    evidence.sort((a, b) => Math.abs(b.valence) - Math.abs(a.valence));
    const label = labelOf(score, strong);
    const band = strong ? SENTIMENT_THRESHOLDS.positive : SENTIMENT_THRESHOLDS.weakBand;
    return { label, score: round(score), ruleId: 'sentiment.lexicon-rules.v2', confidence: round(label === 'neutral' ? 1 - Math.abs(score) / band : Math.min(1, 0.5 + Math.abs(score) / 2)),
      aspects, evidence: evidence.slice(0, 5) };
  }
}

/** Word tokens that carry no feeling whatever the lexicon says about their letters. */
function notAWord(text: string, t: Token): boolean {
  if (t.text.length === 1) {
    // A lone letter: only an emoticon's mouth (":D", ";-P") is rated.
    const before = text[t.start - 1] === '-' ? text[t.start - 2] : text[t.start - 1];
    return !(before === ':' || before === ';' || before === '=');
  }
  if (HTML_ENTITY_NAMES.has(t.norm) && text[t.start - 1] === '&' && text[t.end] === ';') return true;
  return (t.text.includes("'") || t.text.includes('’')) && AUXILIARY_CLITIC.test(t.text);
}

/** Sentences that end with a question mark. */
function questionSentences(text: string, words: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next && next.sentence === words[i]!.sentence) continue;
    // The first run of sentence-ending marks after the sentence's last word ("?", "?!", "...?"), links left out.
    const tail = text.slice(words[i]!.end, next ? next.start : text.length).replace(/\S*:\/\/\S*/g, ' ');
    if (/[.!?…\n]+/.exec(tail)?.[0].includes('?')) out.add(words[i]!.sentence);
  }
  return out;
}

/** @param strong the evidence holds a strong cue (emoji or emoticon, "!", a medical rule on a mention or a test result). */
export function labelOf(score: number, strong = false): SentimentLabel {
  if (strong) return score >= SENTIMENT_THRESHOLDS.positive ? 'positive' : score <= SENTIMENT_THRESHOLDS.negative ? 'negative' : 'neutral';
  return Math.abs(score) < SENTIMENT_THRESHOLDS.weakBand ? 'neutral' : score > 0 ? 'positive' : 'negative';
}

function compound(sum: number): number {
  if (sum === 0) return 0;
  return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + 15)));
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
