/**
 * The medical language analyzer: one call runs every detector over a text and returns what it found, each finding
 * with its rule or model id, evidence span and confidence (R3.4). Contract: docs/analyze.md.
 *
 *   const { analyze } = createAnalyzer();          // loads lexicons once (well under a second)
 *   analyze('Started Ozempic 3 weeks ago and I can't stop throwing up', { author: '@jane' });
 *
 * Offsets everywhere are UTF-16 code units into the input text (JavaScript string indexes).
 */
import { AdeModel, MODEL_DIR } from './ade-model.js';
import { detectAdverseEvents, type AdverseEventResult } from './adverse-events.js';
import { areasFrom, type AreaFinding } from './areas.js';
import { detectEndorsement, type EndorsementOptions, type EndorsementResult } from './endorsement.js';
import { EntityRecognizer, type Entity } from './entities.js';
import { detectLanguage } from './lang.js';
import { loadLexicons, type Lexicons } from './lexicon/load-lexicons.js';
import { MisinformationDetector, type MisinformationResult } from './misinformation.js';
import { PhiDetector, quasiIdentifiers, type PhiFinding, type QuasiIdentifier } from './phi.js';
import { detectPurpose, type PurposeFinding } from './purpose.js';
import { redact, type RedactionResult } from './redact.js';
import { SentimentScorer, type SentimentResult } from './sentiment.js';
import { matchableTokens, tokenize, type Token } from './tokenize.js';
import { ANALYZER_VERSION } from './version.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export { ANALYZER_VERSION };

export interface AnalyzeOptions extends EndorsementOptions {
  /** Post author (handle or name): the identifiable reporter of an adverse event. */
  author?: string;
  /** Hashtags from the platform's metadata, in addition to those in the text. */
  hashtags?: readonly string[];
}

export interface EntityView extends Omit<Entity, 'from' | 'to' | 'assertionCue'> {
  assertionCue?: { text: string; start: number; end: number; ruleId: string };
}

export interface Analysis {
  lang: string;
  sentiment: SentimentResult;
  entities: EntityView[];
  areas: AreaFinding[];
  purpose: PurposeFinding[];
  ae: AdverseEventResult;
  phi: PhiFinding[];
  phiQuasiIdentifiers: QuasiIdentifier[];
  endorsement: EndorsementResult;
  misinformation: MisinformationResult;
  version: string;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Therapy areas of a text (and optional platform hashtags), with stable ids. */
  therapyAreasOf(text: string, hashtags?: readonly string[]): AreaFinding[];
  /** PHI spans only (faster than analyze when nothing else is needed). */
  detectPhi(text: string): PhiFinding[];
  /** Safe Harbor redaction of the PHI found in the text. */
  redact(text: string): RedactionResult;
  entities(text: string): EntityView[];
  readonly lexicons: Lexicons;
  readonly version: string;
  /** Approved brand names (lower-case keys) known to the drug lexicon. */
  readonly brandKeys: ReadonlySet<string>;
}

const EMOTICON = /(?:^|\s)([:;=8xX][-'^]?[)(DPpOo/\\|\][]|<\/?3|[)(][-']?[:;=])(?=\s|$|[.,!?])/g;

export function createAnalyzer(options: { lexiconDir?: string; modelPath?: string } = {}): Analyzer {
  const lexicons = loadLexicons(options.lexiconDir);
  const recognizer = new EntityRecognizer(lexicons);
  const sentiment = new SentimentScorer(lexicons.sentiment);
  const conceptWords = new Set<string>();
  for (const [key] of lexicons.drugs.terms) if (!key.includes(' ')) conceptWords.add(key);
  for (const [key] of lexicons.conditions.terms) if (!key.includes(' ')) conceptWords.add(key);
  const phiDetector = new PhiDetector(lexicons.names, (w) => conceptWords.has(w));
  const misinformation = new MisinformationDetector(lexicons.misinformation.claims, lexicons.misinformation.riskCues);
  const restrictedZip3 = new Set(lexicons.zip3.restricted);
  const brandKeys = new Set(Object.keys(lexicons.drugs.brands).filter((k) => !k.includes(' ')).map((k) => k));
  const modelPath = options.modelPath ?? resolve(MODEL_DIR, 'ade-lr.json');
  const model = existsSync(modelPath) ? AdeModel.load(modelPath) : undefined;
  let hashtagAreas: Map<string, string[]> | undefined;
  const hashtagConcepts = (tag: string): string[] | undefined => {
    if (!hashtagAreas) {
      // "#breastcancer" is "breast cancer" written as one word: index joined names once, on first use.
      hashtagAreas = new Map();
      for (const [key, id] of lexicons.conditions.terms) {
        const areas = lexicons.conditions.concepts[id]?.areas;
        if (areas && key.includes(' ')) hashtagAreas.set(key.replace(/ /g, ''), areas);
      }
      for (const [key, id] of lexicons.drugs.terms) {
        const areas = lexicons.drugs.ingredients[id]?.areas;
        if (areas) hashtagAreas.set(key.replace(/ /g, ''), areas);
      }
    }
    return hashtagAreas.get(tag);
  };

  function prepare(text: string) {
    const all = tokenize(text);
    const words = matchableTokens(all);
    return { all, words };
  }

  /** The entity without its token span, its keys in the entity's order, optional ones only when set (the cue last). */
  function view(e: Entity): EntityView {
    const v: EntityView = { type: e.type, text: e.text, start: e.start, end: e.end, id: e.id, name: e.name } as EntityView;
    if (e.xref !== undefined) v.xref = e.xref;
    v.ruleId = e.ruleId;
    v.confidence = e.confidence;
    v.assertion = e.assertion;
    v.experiencer = e.experiencer;
    v.experiencerRule = e.experiencerRule;
    v.areas = e.areas;
    if (e.serious !== undefined) v.serious = e.serious;
    const cue = e.assertionCue;
    if (cue) v.assertionCue = { text: cue.cue, start: cue.start, end: cue.end, ruleId: cue.ruleId };
    return v;
  }

  function entityViews(entities: readonly Entity[]): EntityView[] {
    const out: EntityView[] = [];
    for (const e of entities) out.push(view(e));
    return out;
  }

  function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
    if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
    const { all, words } = prepare(text);
    const entities = recognizer.recognize(words);
    // Built by push onto literals, not filter/map: see sentiment.ts (one elements kind whether empty or not).
    const symbols: Token[] = [];
    const hashtags: Token[] = [];
    for (const t of all) {
      if (t.kind === 'symbol') symbols.push(t);
      else if (t.kind === 'hashtag') hashtags.push(t);
    }
    EMOTICON.lastIndex = 0;
    for (let m = EMOTICON.exec(text); m; m = EMOTICON.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      symbols.push({ kind: 'symbol', start, end: start + m[1]!.length, text: m[1]!, norm: m[1]!, breakBefore: true, sentence: 0 });
    }
    const brandsInText: Array<{ text: string; start: number; end: number }> = [];
    for (const e of entities) if (e.type === 'drug' && e.ruleId.endsWith('.brand')) brandsInText.push({ text: e.text, start: e.start, end: e.end });
    const phi = phiDetector.detect(text, all);
    return {
      lang: detectLanguage(text, words).lang,
      sentiment: sentiment.score(text, words, symbols, entities),
      entities: entityViews(entities),
      areas: areasFrom(entities, hashtags, opts.hashtags ?? [], hashtagConcepts),
      purpose: detectPurpose(text, words, all, entities),
      ae: detectAdverseEvents(text, words, entities, model, opts.author !== undefined ? { author: opts.author } : {}),
      phi,
      phiQuasiIdentifiers: quasiIdentifiers(text, phi),
      endorsement: detectEndorsement(text, words, all, brandKeys, brandsInText, opts),
      misinformation: misinformation.detect(text, words, hashtags),
      version: ANALYZER_VERSION,
    };
  }

  return {
    analyze,
    therapyAreasOf(text: string, hashtags: readonly string[] = []): AreaFinding[] {
      const { all, words } = prepare(text);
      return areasFrom(recognizer.recognize(words), all.filter((t) => t.kind === 'hashtag'), hashtags, hashtagConcepts);
    },
    detectPhi(text: string): PhiFinding[] {
      return phiDetector.detect(text, tokenize(text));
    },
    redact(text: string): RedactionResult {
      return redact(text, phiDetector.detect(text, tokenize(text)), restrictedZip3);
    },
    entities(text: string): EntityView[] {
      return recognizer.recognize(prepare(text).words).map(view);
    },
    lexicons,
    version: ANALYZER_VERSION,
    brandKeys,
  };
}

let defaultAnalyzer: Analyzer | undefined;

/** The process-wide analyzer, created on first use. */
export function getAnalyzer(): Analyzer {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer;
}

/**
 * Therapy areas of a text, with stable ids (see THERAPY_AREA_IDS in areas-catalog.ts): evidence from drugs,
 * conditions, procedures, specialties and hashtags. Used by DOL scoring.
 */
export function therapyAreasOf(text: string, hashtags: readonly string[] = []): AreaFinding[] {
  return getAnalyzer().therapyAreasOf(text, hashtags);
}

export type { Token };
