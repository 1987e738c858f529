/**
 * Health misinformation: claims matched against a curated, sourced set of debunked claims (lexicons/misinformation.json,
 * written in scripts/lexicons/misinformation-claims.ts; each names the WHO/CDC/FDA/NIH/Cochrane page that refutes it),
 * plus risk cues (miracle-cure language, conspiracy framing, urgency to share). A claim inside debunking wording
 * ("myth: vaccines cause autism") is reported as debunked, not as misinformation, unless the debunking words are in scare
 * quotes ('100% “safe and effective”'); so is a claim whose assertion is negated ("COVID is not a hoax"). A claim matches when every group of its wording is present, or one of its `alone`
 * phrases ("death jab") or of its `quoted` phrases in scare quotes (the "vaccine"); an `unless` phrase ("cancer vaccine") vetoes it. Filler adverbs may sit inside a phrase.
 */
import { PhraseTrie } from './lexicon/phrase-trie.js';
import type { MisinformationClaim, MisinformationCue } from './lexicon/load-lexicons.js';
import type { Token } from './tokenize.js';
import { CueMatcher } from './cue-matcher.js';

export interface ClaimMatch {
  claimId: string; claim: string; topic: string; ruleId: string; confidence: number;
  source: MisinformationClaim['source'];
  evidence: Array<{ text: string; start: number; end: number }>;
  debunked: boolean;
}

export interface MisinformationResult {
  present: boolean;
  confidence: number;
  claims: ClaimMatch[];
  riskCues: Array<{ id: string; kind: string; ruleId: string; text: string; start: number; end: number }>;
}

const DEBUNK = new CueMatcher({ debunk: ['myth', 'myths', 'debunked', 'debunking', 'false claim', 'no evidence', 'is false', 'not true', 'misinformation',
  'disinformation', 'isnt true', 'do not cause', 'dont cause', 'does not cause', 'doesnt cause', 'does not change', 'doesnt change', 'dont change',
  'do not change', 'fact check', 'contrary to', 'no link', 'not linked', 'conspiracy theory', 'conspiracy theories', 'safe and effective',
  'not dangerous', 'isnt dangerous', 'arent dangerous', 'are safe', 'is safe', 'does not spread', 'doesnt spread', 'cannot spread', 'cant spread', 'you cannot get',
  'you cant get', 'wont give you', 'cannot give you', 'cant give you', 'is a myth', 'are a myth', 'debunk', 'false', 'hoax claims', 'misleading',
  // The claim put in someone else's mouth: "anti-vaxxers claim the vaccine causes autism".
  ...['anti vaxxers', 'antivaxxers', 'anti vaxers', 'antivaxers', 'conspiracy theorists', 'cranks', 'quacks'].flatMap((who) => ['claim', 'claims', 'say', 'insist', 'believe']
    .map((verb) => `${who} ${verb}`)), 'disproven', 'discredited', 'baseless', 'unfounded', 'falsely claim', 'falsely claims', 'falsely claimed', 'pseudoscience'] });

/** Adverbs that may sit inside a claim's wording without changing it ("never even existed", "is literally poison"). */
const FILLERS = new Set(['even', 'really', 'actually', 'ever', 'just', 'literally', 'truly', 'also', 'now', 'secretly', 'quietly', 'already',
  'still', 'clearly', 'obviously', 'deliberately', 'intentionally', 'purposely', 'totally', 'completely', 'basically', 'definitely', 'only',
  'complete', 'total', 'massive', 'huge', 'big', 'giant',
  // Determiners and possessives rarely change a claim: "destroyed my natural immunity", "kill the people".
  'the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those']);
/** A negator just before an assertion ("COVID is not a hoax", "measles is not harmless") turns the claim into its debunk. */
const NEGATORS = new Set(['not', 'isnt', 'arent', 'wasnt', 'werent', 'never', 'no', 'nothing', 'hardly', 'dont', 'doesnt', 'didnt', 'cannot', 'cant',
  'wont', 'neither', 'nor']);
const ALONE = -1;
const UNLESS = -2;
const QUOTED = -3;
const OPEN_QUOTES = new Set(['"', '“', '„', '«', "'", '‘']);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'", '’']);

/** A debunking phrase in scare quotes ('100% “safe and effective”') is mocked, not asserted. */
function scareQuoted(text: string, start: number, end: number): boolean {
  return OPEN_QUOTES.has(text[start - 1] ?? '') && CLOSE_QUOTES.has(text[end] ?? '');
}

type Span = { text: string; start: number; end: number };

/** A negator within the three words before token `i`, in the same clause ("is not really a hoax"). */
function negatedAt(words: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (words[k + 1]!.breakBefore) return false;
    if (NEGATORS.has(words[k]!.norm)) return true;
  }
  return false;
}

export class MisinformationDetector {
  private readonly trie = new PhraseTrie<{ claim: number; group: number }>();
  private readonly cues: CueMatcher;
  /** Cues that count only in scare quotes; a separate matcher so that they never shadow a longer ordinary cue. */
  private readonly quotedCues: CueMatcher;
  /** Cue and `alone` phrases written as one hashtag ("#diedsuddenly", "#plandemic"), by their joined key. */
  private readonly hashtagRules = new Map<string, { cue?: { id: string; kind: string }; claim?: number }>();

  constructor(private readonly claims: MisinformationClaim[], riskCues: MisinformationCue[]) {
    claims.forEach((c, ci) => {
      c.all.forEach((group, gi) => group.forEach((phrase) => this.trie.add(phrase.split(' '), { claim: ci, group: gi })));
      c.alone?.forEach((phrase) => this.trie.add(phrase.split(' '), { claim: ci, group: ALONE }));
      c.unless?.forEach((phrase) => this.trie.add(phrase.split(' '), { claim: ci, group: UNLESS }));
      c.quoted?.forEach((phrase) => this.trie.add(phrase.split(' '), { claim: ci, group: QUOTED }));
    });
    const rules = (quoted: boolean) => riskCues.filter((c) => Boolean(c.quoted) === quoted).map((c) => [`${c.kind}|${c.id}`, c.phrases] as const);
    this.cues = new CueMatcher(rules(false));
    this.quotedCues = new CueMatcher(rules(true));
    // @NOTE Single words are left out: "#vaccine" or "#poison" as a tag says nothing a sentence would not.
    for (const c of riskCues) {
      if (c.quoted) continue;
      for (const p of c.phrases) if (p.includes(' ')) this.hashtagRules.set(p.replace(/ /g, ''), { ...this.hashtagRules.get(p.replace(/ /g, '')), cue: { id: c.id, kind: c.kind } });
    }
    claims.forEach((c, ci) => c.alone?.forEach((p) => {
      const key = p.replace(/ /g, '');
      if (p.includes(' ') || key.length >= 8) this.hashtagRules.set(key, { ...this.hashtagRules.get(key), claim: ci });
    }));
  }

  detect(text: string, words: readonly Token[], hashtags: readonly Token[] = []): MisinformationResult {
    const hitsByClaim = new Map<number, Map<number, Span>>();
    /** The first negated occurrence per group ("not a hoax"), used only when the group has no plain one. */
    const negatedByClaim = new Map<number, Map<number, Span>>();
    /** Every span any phrase of a claim matched, not only the first per group: the claim's own wording is never a debunk. */
    const spansByClaim = new Map<number, Span[]>();
    // Overlapping phrases matter here (a phrase can serve two groups), so match from every position.
    for (let i = 0; i < words.length; i++) {
      let node = this.trie.root.next!.get(words[i]!.norm);
      let j = i;
      while (node) {
        j++;
        for (const p of node.payload ?? []) {
          const start = words[i]!.start;
          const end = words[j - 1]!.end;
          if (p.group === QUOTED && !scareQuoted(text, start, end)) continue;
          const span = { text: text.slice(start, end), start, end };
          // The topic (group 0) may be negated freely ("not vaccinated"); the assertion may not.
          // A phrase that is itself negative ("cannot prevent infection") is not undone by a negator before it ("do not and cannot…").
          const negated = p.group !== 0 && p.group !== UNLESS && !NEGATORS.has(words[i]!.norm) && negatedAt(words, i);
          const byClaim = negated ? negatedByClaim : hitsByClaim;
          const groups = byClaim.get(p.claim) ?? new Map<number, Span>();
          if (!groups.has(p.group)) groups.set(p.group, span);
          byClaim.set(p.claim, groups);
          if (p.group !== UNLESS) {
            const spans = spansByClaim.get(p.claim);
            if (spans) spans.push(span);
            else spansByClaim.set(p.claim, [span]);
          }
        }
        if (j >= words.length || !node.next) break;
        let next = node.next.get(words[j]!.norm);
        if (!next && FILLERS.has(words[j]!.norm) && j + 1 < words.length) {
          next = node.next.get(words[j + 1]!.norm);
          if (next) j++;
        }
        node = next;
      }
    }
    for (const tag of hashtags) {
      const claim = this.hashtagRules.get(tag.norm)?.claim;
      if (claim === undefined) continue;
      const groups = hitsByClaim.get(claim) ?? new Map<number, Span>();
      if (!groups.has(ALONE)) groups.set(ALONE, { text: tag.text, start: tag.start, end: tag.end });
      hitsByClaim.set(claim, groups);
    }
    const debunks = DEBUNK.find(words, text).filter((d) => !scareQuoted(text, d.start, d.end));
    const claims: ClaimMatch[] = [];
    for (const ci of new Set([...hitsByClaim.keys(), ...negatedByClaim.keys()])) {
      const c = this.claims[ci]!;
      const groups = hitsByClaim.get(ci) ?? new Map<number, Span>();
      const negatedGroups = negatedByClaim.get(ci) ?? new Map<number, Span>();
      if (groups.has(UNLESS)) continue;
      const alone = groups.get(ALONE) ?? groups.get(QUOTED);
      const pick = (gi: number) => groups.get(gi) ?? negatedGroups.get(gi);
      let evidence: Span[];
      let negated = false;
      if (alone) {
        evidence = [alone];
      } else if (c.all.length > 0 && c.all.every((_, gi) => pick(gi))) {
        negated = c.all.some((_, gi) => !groups.has(gi));
        evidence = c.all.map((_, gi) => pick(gi)!).sort((a, b) => a.start - b.start);
        // Distinct evidence spans only (a single phrase may not satisfy two groups by itself).
        if (new Set(evidence.map((e) => `${e.start}:${e.end}`)).size < evidence.length) continue;
      } else {
        const negatedAlone = negatedGroups.get(ALONE) ?? negatedGroups.get(QUOTED);
        if (!negatedAlone) continue;
        evidence = [negatedAlone];
        negated = true;
      }
      const lo = evidence[0]!.start;
      const hi = evidence[evidence.length - 1]!.end;
      // A debunking cue inside the claim's own evidence ("HIV does not cause AIDS") is part of the claim.
      const own = spansByClaim.get(ci) ?? evidence;
      const debunked = negated || debunks.some((d) => !own.some((e) => d.start >= e.start && d.start < e.end) && d.start >= lo - 80 && d.start <= hi + 40);
      const spread = hi - lo;
      claims.push({ claimId: c.id, claim: c.claim, topic: c.topic, ruleId: `misinformation.claim.${c.id}`, source: c.source, evidence, debunked,
        confidence: Math.round((debunked ? 0.2 : spread < 120 ? 0.85 : 0.65) * 100) / 100 });
    }
    const cueHits = [...this.cues.find(words, text), ...this.quotedCues.find(words, text).filter((h) => scareQuoted(text, h.start, h.end))];
    // Built by push onto a literal, not map: one elements kind whether empty or not (see sentiment.ts).
    const riskCues: MisinformationResult['riskCues'] = [];
    for (const h of cueHits) {
      const [kind, id] = h.rule.split('|') as [string, string];
      riskCues.push({ id, kind, ruleId: `misinformation.cue.${id}`, text: h.text, start: h.start, end: h.end });
    }
    for (const tag of hashtags) {
      const cue = this.hashtagRules.get(tag.norm)?.cue;
      if (cue) riskCues.push({ id: cue.id, kind: cue.kind, ruleId: `misinformation.cue.${cue.id}`, text: tag.text, start: tag.start, end: tag.end });
    }
    const live = claims.filter((c) => !c.debunked);
    const kinds = new Set<string>();
    for (const c of riskCues) kinds.add(c.kind);
    const cueKinds = kinds.size;
    const confidence = live.length > 0 ? Math.min(0.99, Math.max(...live.map((c) => c.confidence)) + 0.05 * cueKinds) : Math.min(0.6, 0.25 * cueKinds);
    return { present: live.length > 0 || cueKinds >= 2, confidence: Math.round(confidence * 100) / 100, claims: claims.sort((a, b) => b.confidence - a.confidence), riskCues };
  }
}
