/**
 * Adverse events: does the text describe someone experiencing a reaction to a drug? Rules over the recognised entities
 * (a drug, a reaction that happened to a person, in the same or the next sentence) plus causal and temporal cues, and a
 * logistic-regression probability (models/ade-lr.json, trained on PHEE train by scripts/train-ade-model.ts) as one
 * more piece of evidence. Seriousness cues and the four ICSR minimum criteria (GVP VI.B.2) are returned as evidenced
 * fields; `valid` is computed from them, never set by hand (R2.1).
 */
import { CueMatcher, type CueHit } from './cue-matcher.js';
import type { Entity } from './entities.js';
import type { AdeModel } from './ade-model.js';
import type { Token } from './tokenize.js';
import { experiencerAt } from './experiencer.js';

export type CriterionState = 'present' | 'absent' | 'unknown';

export interface Evidence { text: string; start: number; end: number }

export interface Criterion { state: CriterionState; ruleId: string; evidence?: Evidence; source?: string; detail?: string }

export interface IcsrCriteria {
  reporter: Criterion & { qualification?: 'physician' | 'pharmacist' | 'other-hcp' | 'consumer' };
  patient: Criterion;
  product: Criterion;
  reaction: Criterion;
  /** All four present: computed from the fields above. */
  valid: boolean;
}

export type SeriousnessCriterion = 'death' | 'life-threatening' | 'hospitalisation' | 'disability' | 'congenital-anomaly';

export interface AePair {
  drug: string; drugId: string; reaction: string; reactionId: string; serious: boolean;
  drugSpan: Evidence; reactionSpan: Evidence; experiencer: Entity['experiencer'];
}

export interface AdverseEventResult {
  present: boolean;
  confidence: number;
  ruleId: string;
  modelId?: string;
  modelProbability?: number;
  /** Whose experience the post is about: self, other (a specific person), general or none (computed by postExperiencer). */
  experiencer: PostExperiencer;
  experiencerRule: string;
  pairs: AePair[];
  seriousness: Array<{ criterion: SeriousnessCriterion; ruleId: string; evidence: Evidence }>;
  causalCues: Evidence[];
  criteria: IcsrCriteria;
}

const SERIOUS = new CueMatcher<SeriousnessCriterion>({
  death: ['died', 'passed away', 'death', 'dead', 'killed him', 'killed her', 'killed my', 'fatal', 'passed on'],
  'life-threatening': ['almost died', 'nearly died', 'could have died', 'life threatening', 'life-threatening', 'anaphylaxis', 'anaphylactic',
    'called 911', 'coded', 'intubated', 'resuscitated', 'near death'],
  hospitalisation: ['hospitalized', 'hospitalised', 'hospitalization', 'hospitalisation', 'admitted', 'the er', 'an er', 'emergency room', 'a&e', 'icu',
    'intensive care', 'ambulance', 'in hospital', 'in the hospital', 'to the hospital', 'urgent care', 'emergency department'],
  disability: ['disabled', 'disability', 'cant walk', 'can no longer walk', 'paralyzed', 'paralysed', 'permanent damage', 'permanently', 'went blind',
    'lost my vision', 'lost my hearing', 'bedridden', 'wheelchair'],
  'congenital-anomaly': ['birth defect', 'birth defects', 'born with', 'congenital', 'malformation', 'malformations'],
});
const HCP_REPORTER = new CueMatcher<'physician' | 'pharmacist' | 'other-hcp'>({
  physician: ['as a doctor', 'as a physician', 'im a doctor', 'i am a doctor', 'my patient', 'my patients', 'in my clinic', 'i prescribed', 'we prescribed',
    'as an oncologist', 'as a cardiologist', 'as a psychiatrist', 'saw a', 'on call'],
  pharmacist: ['as a pharmacist', 'im a pharmacist', 'i am a pharmacist', 'at my pharmacy', 'i dispensed'],
  'other-hcp': ['as a nurse', 'im a nurse', 'i am a nurse', 'my shift', 'tough shift', 'on my unit', 'as an rn', 'as a np', 'as a pa'],
});

/** The writer's own disease ("my RA flares", "I have ulcerative colitis", "from my MS", "has had Parkinson's", "it's roseola"). */
const OWN_DISEASE_BEFORE = new Set(['my', 'have', 'has', 'had', 'its']);
/** A drug the person takes, written before a condition in the same sentence ("on Ozempic", "after starting Mounjaro"). */
const DRUG_TAKEN_BEFORE = new Set(['on', 'starting', 'started', 'taking', 'took', 'after', 'since']);
const STARTED_CUES = ['since', 'after starting', 'after i started', 'after taking', 'ever since'];
const CONDITION_AS_REACTION = new Set(['gave', 'caused', 'developed', 'induced', 'triggered', 'got', 'get', 'gives', 'getting', 'causing', 'causes']);

/**
 * Conditions that are typically drug-induced when written next to a drug ("angioedema on lisinopril"): the medically
 * important events of ICH E2D practice and common serious ADRs. A chronic disease next to a drug is its indication.
 */
const DRUG_INDUCED = /\b(?:angioedema|anaphyla\w*|pancreatitis|seizures?|stevens|johnson|toxic epidermal|dress|ketoacidosis|dka|myocarditis|pericarditis|pulmonary embolism|embolism|thrombosis|dvt|blood clots?|liver (?:failure|injury|damage)|hepatitis|hepatotoxicity|serotonin syndrome|difficile|colitis|tendon|guillain|malignant hyperthermia|pneumonitis|pulmonary fibrosis|toxicity|neutropenia|agranulocytosis|hyponatr\w*|hyperkal\w*|hypokal\w*|qt prolongation|arrhythmia|rhabdo\w*|lactic acidosis|osteonecrosis|kidney (?:failure|injury)|renal failure|acute kidney|interstitial nephritis|thrombocytopenia|bleed\w*|hemorrhage|ulcer|stroke|heart attack|psychosis|mania|suicid\w*|tardive|dyskinesia|parkinsonism|hypoglyc\w*|hyperglyc\w*|diabetes|gout|osteoporosis|cataracts?|glaucoma|hair loss|alopecia|neuropathy|ototoxic\w*|hearing loss|tinnitus|photosensitivity|sunburn|yeast infection|thrush|candid\w*|infection)\b/i;

/** Whose experience the post is about (the gold set's post-level `experiencer`). */
export type PostExperiencer = 'self' | 'other' | 'general' | 'none';

/**
 * Words that make the post about drugs or people in general: facts, label text, news, advice, questions to the crowd
 * ("can cause", "side effects include", "according to", "talk to your doctor").
 */
const GENERAL_CUES = new CueMatcher({
  general: ['can cause', 'may cause', 'could cause', 'might cause', 'can make', 'can lead to', 'may lead to', 'side effects include', 'side effects of',
    'common side effects', 'common side effect', 'known side effect', 'rare side effect', 'side effect profile', 'risk of', 'risks of', 'study', 'studies',
    'trial', 'trials', 'data', 'fda', 'cdc', 'ema', 'label', 'boxed warning', 'warning', 'according to', 'reported', 'reports', 'percent', 'people',
    'patients', 'anyone know', 'does anyone', 'has anyone', 'anybody know', 'everyone', 'users', 'adults', 'if you', 'you may', 'you might', 'your doctor',
    'talk to', 'ask your', 'reminder', 'psa', 'works by', 'approved', 'approval', 'recall', 'recalled', 'news', 'breaking', 'new research', 'researchers',
    'scientists', 'guidelines', 'recommend', 'recommended', 'most prescribed', 'prescriptions', 'women who', 'men who', 'kids with', 'children with',
    'monitor their', 'should', 'always ask', 'watch for', 'in rare cases', 'is associated with', 'linked to', 'which is why', 'some people',
    'used to treat', 'used for', 'indicated for', 'is used', 'are used', 'a type of', 'class of', 'belongs to', 'leading cause', 'read labels',
    // Label lists and explainers addressed to the reader ("side effects can include…", "your care team can help").
    'can include', 'may include', 'side effects are', 'side effects list', 'side effects can', 'usually', 'before you', 'your care team', 'evidence', 'thread'],
});
/** Nobody's health experience: animals, markets, logistics. */
const NONE_CUES = new CueMatcher({
  animal: ['dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'vet', 'veterinarian', 'pet', 'pets', 'horse', 'horses', 'pup', 'doggo', 'kitty'],
  market: ['stock', 'stocks', 'shares', 'earnings', 'investors', 'analysts', 'market cap', 'revenue', 'quarter', 'share price', 'nasdaq', 'nyse', 'sales'],
});
/** "Anyone else get night sweats on venlafaxine?": the writer has it too. */
const ME_TOO = new CueMatcher({ self: ['anyone else', 'anyone elses', 'anybody else', 'anybody elses', 'does anyone else', 'is it just me', 'am i the only one', 'me too', 'same here'] });
/** Attribution: the writer links the reaction to the product ("gave me", "since starting", "after my first dose", "X has me"). */
const ATTRIBUTION = new CueMatcher({
  cause: ['gave me', 'gives me', 'giving me', 'gave her', 'gave him', 'gave my', 'caused', 'causes', 'causing', 'side effect', 'side effects', 'because of',
    'due to', 'from the', 'from my', 'from his', 'from her', 'made me', 'makes me', 'making me', 'made her', 'made him', 'makes my', 'made my',
    'has me', 'have me', 'had me', 'is why', 'reaction to', 'reacted to', 'induced', 'triggered', 'thanks to', 'blame', 'blaming', 'culprit', 'kills my',
    'killed my', 'killing my', 'tore my', 'wrecked my', 'destroyed my', 'messed up my', 'messing with my', 'has given me', 'left me', 'leaves me'],
  temporal: ['since starting', 'since i started', 'since i began', 'since beginning', 'after starting', 'after i started', 'after taking', 'after my', 'after the',
    'after her', 'after his', 'after getting', 'after i got', 'after i took', 'since taking', 'since the', 'since my', 'started', 'starting', 'began',
    'while on', 'while taking', 'on it', 'on the', 'week', 'weeks', 'day', 'days', 'month', 'months', 'first dose', 'second dose', 'dose', 'shot',
    'switched', 'increased', 'upped', 'went up', 'stopped', 'withdrawal', 'coming off', 'came off', 'tapering', 'cold turkey', 'kicked in', 'so far',
    'now', 'ever since', 'last night', 'yesterday', 'this morning', 'today'],
});
/** The reaction is the condition being treated ("for my back pain", "didn't help my migraine"): lack of efficacy is not an AE. */
const INDICATION_BEFORE = new Set(['for', 'treat', 'treating', 'treats', 'help', 'helps', 'helped', 'helping', 'relieve', 'relieves', 'relief', 'control',
  'controls', 'manage', 'manages', 'managing', 'against', 'prevent', 'prevents', 'fix', 'fixes', 'fixed', 'cure', 'cures', 'cured', 'cleared', 'clears']);
const TREAT_WORDS = new Set(['treat', 'treats', 'treating', 'treated', 'indicated', 'prescribed for', 'approved for', 'against']);
const EFFICACY_FAILURE = new CueMatcher({ failure: ['didnt help', 'did not help', 'doesnt help', 'does not help', 'does nothing', 'did nothing', 'didnt touch',
  'not helping', 'isnt helping', 'stopped working', 'doesnt work', 'didnt work', 'not working', 'no relief', 'barely helps', 'wore off', 'wears off',
  'barely touches', 'barely touched', 'doesnt touch', 'not touching', 'even on', 'even with', 'doesnt seem to do', 'didnt do anything', 'does not seem to'] });
/**
 * The drug working on what the writer has ("carbidopa/levodopa helps some", "Zofran fixed it", "the panic attacks are basically
 * gone", "keeps my heart rate in check"): the reaction next to it is the indication.
 */
const RELIEF = new CueMatcher({ relief: ['helps', 'helps some', 'helped', 'fixed it', 'fixed', 'cleared it up', 'cleared up', 'clearing up', 'kicked in',
  'in check', 'under control', 'its gone', 'it passed', 'and it passed', 'is working', 'its working', 'so much better', 'got better', 'calming down',
  'in remission', 'basically gone', 'gone completely', 'completely gone', 'finally clear', 'shrank', 'saved my life'] });
/** Words that close the relief reading before a reaction ("Botox worked but my eyebrow is drooping"). */
const CONTRAST = new Set(['but', 'though', 'however', 'although', 'except', 'only']);
/** Planned use: the drug is not taken yet ("starting levothyroxine tomorrow", "rheumatologist wants to add Rinvoq"). */
const PLANNED = new CueMatcher({ planned: ['tomorrow', 'next week', 'next month', 'wants to add', 'wants me on', 'want me on', 'wants to start',
  'wants to put me on', 'going to start', 'gonna start', 'about to start', 'thinking about starting', 'thinking of starting', 'considering',
  'due tomorrow', 'will start', 'starting next'] });
/** Fear and plans around a drug not taken ("scared to start Accutane"); "could be the metformin" stays a suspect. */
const FEAR_CUES = /^speculation\.pre:(?:scared-to|afraid-to|afraid-of|scared-of|nervous-about|terrified-of|dreading|worried-about|worried|if|what-if|in-case|in-case-of|hoping|praying|would|should)$/;
/**
 * Reactions that are also what drugs of a therapy area treat: next to such a drug ("Lexapro kicked in, the panic attacks are gone",
 * "lost 30 lbs on Mounjaro", "ear infection clearing up on amoxicillin") they count only when the writer blames the drug.
 */
const INDICATION_OF_AREA: Record<string, readonly string[]> = {
  'ae:anxiety': ['psychiatry'], 'ae:depression': ['psychiatry'], 'ae:pain': ['pain'], 'ae:back-pain': ['pain'], 'ae:headache': ['pain', 'neurology'],
  'ae:muscle-pain': ['pain'], 'ae:joint-pain': ['pain', 'immunology'], 'ae:fever': ['pain'], 'ae:infection': ['infectious-disease'],
  'ae:heartburn': ['gastroenterology'], 'ae:nausea': ['gastroenterology'], 'ae:vomiting': ['gastroenterology'], 'ae:palpitations': ['cardiology'],
  'ae:heart-palpitations': ['cardiology'], 'ae:high-blood-pressure': ['cardiology'], 'ae:tachycardia': ['cardiology'], 'ae:heart-racing': ['cardiology'],
  'ae:high-blood-sugar': ['diabetes'], 'ae:weight-loss': ['diabetes'], 'ae:eczema': ['dermatology', 'immunology'], 'ae:acne': ['dermatology'],
  'ae:seizure': ['neurology'],
};
/** Words right after a reaction that say it got worse or is new on the drug ("made my anxiety worse", "anxiety through the roof"). */
const WORSE_AFTER = new Set(['worse', 'worsened', 'worst', 'spiked', 'skyrocketed', 'through']);
/** Something other than a drug named as the cause ("probably the wine", "just stress", "covid itself"). */
const OTHER_CAUSE = /\b(?:probably|prob|maybe|likely|must be|just|from|because of|due to|caused by|thanks to)\s+(?:the\s+|my\s+|all\s+the\s+|a\s+)?(?:wine|beer|alcohol|booze|drinking|hangover|coffee|caffeine|energy drinks?|red bull|stress|stressed|finals|exams|work|pregnan\w*|morning sickness|period|pms|allerg(?:y|ies)|pollen|weather|heat|flu|covid|cold|virus|bug|food|takeout|tacos|spicy food|sushi|dehydration|lack of sleep|no sleep|my age|old age|the cancer|the disease|lupus|the infection|long covid)\b/gi;
/** What lies between an ended reaction and a drug that relieved it ("went away after 2 Advil", "gone with Tylenol"). */
const RELIEF_BEFORE_DRUG = /^(?![^]*\bon\b)[^.!?]*\b(?:after(?: i took| taking| a dose of| some| an?| my| \d+)?|with|thanks to|once i took|when i took|took|taking|popped)\s+(?:\w+\s+){0,2}$/i;

/** A drug given to treat the reaction ("they gave her Benadryl"): not the suspect when another drug is named. */
const TREATMENT_BEFORE = /(?:\b(?:they|doctor|doc|dr|nurse|er|ed|staff|paramedics|we|i)\s+|(?:^|[.!?;]\s*))(?:gave|give|giving|pushed|started)\s+(?:her|him|me|them|my \w+)\s+(?:some\s+|a\s+)?$/i;

/**
 * The confidence from which a candidate is reported. A candidate already needs a specific person, a suspect product and an
 * asserted reaction of theirs; the cues only rank it. 0.4 keeps a pair named in neighbouring sentences without a cue word
 * ("spironolactone and I are breaking up. the breast tenderness is too much").
 */
const PRESENT_AT = 0.4;

export interface AeOptions { author?: string }

export function detectAdverseEvents(text: string, words: readonly Token[], entities: readonly Entity[], model?: AdeModel,
  options: AeOptions = {}): AdverseEventResult {
  const exp = postExperiencer(text, words, entities);
  // A drug is negated only by a cue right before it ("not on Paxlovid"), not by "no side effects from Paxlovid except…".
  // Arrays built by push onto literals, not filter/map: one elements kind whether empty or not (see sentiment.ts).
  const drugs: Entity[] = [];
  for (const e of entities) if (e.type === 'drug' && (e.assertion !== 'negated' || !e.assertionCue || e.start - e.assertionCue.end > 16)) drugs.push(e);
  const efficacyFailure = EFFICACY_FAILURE.find(words, text);
  const otherCauseSentences = new Set<number>();
  OTHER_CAUSE.lastIndex = 0;
  // Only a post with a drug can have a pair; the cause search is skipped otherwise (it is one of the costlier regexes).
  for (let m = drugs.length > 0 ? OTHER_CAUSE.exec(text) : null; m; m = OTHER_CAUSE.exec(text)) {
    const at = m.index;
    const w = words.find((x) => x.end > at);
    if (w) otherCauseSentences.add(w.sentence);
  }
  // "Covid itself gave me…": a condition that is the subject of a causal verb owns the reactions of its sentence; so does the
  // writer's own disease in a sentence without a drug ("the fatigue from my MS", "I have ulcerative colitis and the bleeding…",
  // "pediatrician says it's roseola"); "Botox for my migraines worked but…" names the indication next to its drug.
  const drugSentences = new Set(drugs.map((d) => words[d.from]!.sentence));
  for (const e of entities) {
    if (e.type !== 'condition') continue;
    const next: string[] = [];
    for (let k = e.to; k < e.to + 3 && k < words.length; k++) next.push(words[k]!.norm);
    const prev = words[e.from - 1]?.norm ?? '';
    const prev2 = words[e.from - 2]?.norm ?? '';
    // "…shuffles like she has parkinsons" compares; it names no disease of hers.
    const comparison = [2, 3].some((k) => words[e.from - k]?.norm === 'like');
    if (next.some((w) => ['gave', 'gives', 'caused', 'causes', 'made', 'makes'].includes(w))
      || ((OWN_DISEASE_BEFORE.has(prev) || (prev === 'was' && prev2 === 'it')) && !comparison && !drugSentences.has(words[e.from]!.sentence))) {
      otherCauseSentences.add(words[e.from]!.sentence);
    }
  }
  const attribution = ATTRIBUTION.find(words, text);
  const reactionPool: Entity[] = [];
  for (const e of entities) reactionPool.push(e);
  if (drugs.length > 0) for (const e of patternReactions(text, words)) reactionPool.push(e);
  const keepReaction = (e: Entity): boolean => {
    if (e.type === 'reaction') {
      if (e.assertion !== 'asserted' && e.assertion !== 'ended') return false;
    } else if (e.type === 'condition') {
      // "Lipitor gave me diabetes", "since starting the pill I get migraines": a condition in a causal frame is a reaction.
      if (e.assertion !== 'asserted') return false;
      const before = [words[e.from - 1]?.norm ?? '', words[e.from - 2]?.norm ?? '', words[e.from - 3]?.norm ?? ''];
      // "…with angioedema on lisinopril", "pancreatitis after starting Mounjaro": the condition followed by a drug link.
      const after = words.slice(e.to, e.to + 4);
      const drugAfter = after.length > 0 && ['on', 'from', 'after', 'since', 'with'].includes(after[0]!.norm)
        && entities.some((d) => d.type === 'drug' && d.from >= e.to && d.from <= e.to + 4);
      // "my wife on Ozempic ended up in the ER with pancreatitis": a drug taken earlier in the sentence.
      const drugBefore = entities.some((d) => d.type === 'drug' && d.to <= e.from && words[d.from]!.sentence === words[e.from]!.sentence
        && DRUG_TAKEN_BEFORE.has(words[d.from - 1]?.norm ?? ''));
      // "since starting Lexapro my anxiety is through the roof": a condition in a sentence with a drug and an attribution cue.
      const sentence = words[e.from]!.sentence;
      const attributed = !['with', 'has', 'have', 'had', 'diagnosed', 'dx', 'for', 'of'].includes(before[0]!)
        && entities.some((d) => d.type === 'drug' && d.assertion === 'asserted' && words[d.from]!.sentence === sentence)
        && attribution.some((h) => h.rule === 'cause' && words[h.from]!.sentence === sentence
          || h.rule === 'temporal' && ['since', 'after', 'ever since', 'since starting', 'after starting', 'since i started', 'after taking', 'since taking'].some((c) => h.text.toLowerCase().startsWith(c)) && words[h.from]!.sentence === sentence);
      if (!before.some((w) => CONDITION_AS_REACTION.has(w)) && !((drugAfter || drugBefore) && DRUG_INDUCED.test(`${e.name} ${e.text}`)) && !attributed) return false;
      // "Covid itself gave me…": the condition is the cause, not the reaction.
      if (words.slice(e.to, e.to + 3).some((w) => ['gave', 'gives', 'caused', 'causes', 'made', 'makes'].includes(w.norm))) return false;
    } else {
      return false;
    }
    if (e.experiencer === 'general' && (e.experiencerRule === 'experiencer.generic-population' || (exp.experiencer !== 'self' && exp.experiencer !== 'other'))) return false;
    // "Does Zepbound cause hair loss?": a question about nobody in particular.
    if (impersonalQuestion(text, words, words[e.from]!.sentence)) return false;
    // "tired of being tired" is an idiom, not fatigue.
    if (e.to - e.from === 1 && words[e.from]!.norm === 'tired' && words[e.to]?.norm === 'of') return false;
    // "my headache went away after 2 Advil": a reaction that ended once a drug was taken is the drug working
    // (but "the nausea went away after a week on Ozempic" happened on the drug).
    if (e.assertion === 'ended' && drugs.some((d) => d.start > e.end && words[d.from]!.sentence === words[e.from]!.sentence
      && RELIEF_BEFORE_DRUG.test(text.slice(e.end, d.start)))) return false;
    // "I'm allergic to penicillin" names an allergy, not a reaction that happened.
    if (/^allerg(?:ic|y)$/i.test(e.text) && /^\s+(?:to|from)\b/i.test(text.slice(e.end, e.end + 6))) return false;
    // Within the sentence: "chemo for my sister. mouth sores so bad…" is not "for mouth sores".
    const before = [1, 2, 3].map((k) => (words[e.from - k]?.sentence === words[e.from]!.sentence ? words[e.from - k]!.norm : ''));
    if (before.some((w) => INDICATION_BEFORE.has(w))) return false;
    // "used to treat high blood pressure and heart failure": the whole list after a treat-word is indications.
    for (let k = e.from - 1; k >= 0 && k >= e.from - 7 && words[k]!.sentence === words[e.from]!.sentence; k--) {
      if (TREAT_WORDS.has(words[k]!.norm)) return false;
    }
    const sentence = words[e.from]!.sentence;
    if (efficacyFailure.some((f) => words[f.from]!.sentence === sentence)) return false;
    if (otherCauseSentences.has(sentence) && !drugs.some((d) => words[d.from]!.sentence === sentence && d.assertion === 'asserted' && causalBetween(words, d, e))) return false;
    return true;
  };
  const reactions: Entity[] = [];
  for (const e of reactionPool) if (keepReaction(e)) reactions.push(e);
  const seriousness: AdverseEventResult['seriousness'] = [];
  for (const h of SERIOUS.find(words, text)) seriousness.push({ criterion: h.rule, ruleId: `ae.serious.${h.rule}`, evidence: span(h) });
  const causal: Evidence[] = [];
  for (const h of attribution) causal.push(span(h));
  // A suspected product stays a suspect ("could be the metformin, but I've had headaches"): the written rule counts a
  // suspicion; a hypothetical use has no asserted reaction to pair with anyway.
  // A drug not taken yet is no suspect: planned ("starting levothyroxine tomorrow") or feared ("scared to start Accutane").
  const planned = drugs.length > 0 ? PLANNED.find(words, text) : [];
  const suspects = drugs.filter((d) => !(d.assertion === 'speculated' && d.assertionCue && FEAR_CUES.test(d.assertionCue.ruleId))
    && !planned.some((h) => words[h.from]!.sentence === words[d.from]!.sentence));
  const treated = suspects.filter((d) => TREATMENT_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)));
  const candidates = treated.length < suspects.length ? suspects.filter((d) => !treated.includes(d)) : suspects;
  const relief = drugs.length > 0 && reactions.length > 0 ? RELIEF.find(words, text) : [];
  const sentenceOf = (x: { from: number }) => words[x.from]!.sentence;
  /** The writer blames the drug for this reaction: "Lisinopril cough", "made me", "side effect", "since starting", "anxiety got worse". */
  const blamed = (d: Entity, r: Entity): boolean => (d.to === r.from && !words[r.from]!.breakBefore) || (d.from >= r.from && d.to <= r.to)
    || attribution.some((h) => sentenceOf(h) === sentenceOf(r) && (h.rule === 'cause' || STARTED_CUES.some((c) => h.text.toLowerCase().startsWith(c))))
    || words.slice(r.to, r.to + 3).some((w) => WORSE_AFTER.has(w.norm));
  /** The drug is treating the reaction: it relieves it or fails to, with no "but" between. */
  const treating = (d: Entity, r: Entity): boolean => {
    const sentences = new Set([sentenceOf(d), sentenceOf(r)]);
    const cues = [...relief, ...efficacyFailure].filter((h) => sentences.has(sentenceOf(h)) && !reactions.some((x) => h.from < x.to && h.to > x.from));
    return cues.some((h) => {
      const [lo, hi] = h.from < r.from ? [h.to, r.from] : [r.to, h.from];
      for (let k = lo; k < hi; k++) if (CONTRAST.has(words[k]!.norm)) return false;
      return true;
    });
  };
  const indication = (d: Entity, r: Entity): boolean => (INDICATION_OF_AREA[r.id] ?? []).some((a) => d.areas.includes(a));
  const pairs: AePair[] = [];
  const seen = new Set<string>();
  for (const r of reactions) {
    const sr = words[r.from]!.sentence;
    // The drugs of the reaction's own sentence, else the nearest earlier (or later) sentence within two.
    let best: Entity[] = [];
    let bestDistance = Infinity;
    for (const d of candidates) {
      // "Dizzy all week… they gave me meclizine": a drug given after the reaction treats it.
      if (treated.includes(d) && d.start > r.start) continue;
      if ((treating(d, r) || indication(d, r)) && !blamed(d, r)) continue;
      const distance = Math.abs(words[d.from]!.sentence - sr) * 2 + (words[d.from]!.sentence > sr ? 1 : 0);
      if (distance > 5) continue;
      if (distance < bestDistance) { best = [d]; bestDistance = distance; } else if (distance === bestDistance) best.push(d);
    }
    // Several drugs in the sentence: the ones the writer links to the reaction ("the lisinopril gave me a cough") win.
    if (best.length > 1) {
      const linked = best.filter((d) => causalBetween(words, d, r) && Math.abs(d.from - r.from) <= 8
        && !candidates.some((o) => o !== d && o.from > Math.min(d.from, r.from) && o.from < Math.max(d.from, r.from)));
      if (linked.length > 0 && linked.length < best.length) best = linked;
    }
    for (const d of best) {
      const key = `${d.id}|${r.id}`;
      if (seen.has(key) || d.start === r.start) continue;
      seen.add(key);
      pairs.push({ drug: d.name, drugId: d.id, reaction: r.name, reactionId: r.id,
        serious: Boolean(r.serious) || seriousness.length > 0, drugSpan: span(d), reactionSpan: span(r), experiencer: r.experiencer });
    }
  }
  // The model only refines the confidence of a candidate: it is not run when there is no (drug, reaction) pair.
  const modelProbability = model && pairs.length > 0 ? model.probability(words, entities) : undefined;
  let confidence = 0;
  const specific = exp.experiencer === 'self' || exp.experiencer === 'other';
  if (pairs.length > 0) {
    const sameSentence = pairs.some((p) => words.find((w) => w.start === p.drugSpan.start)?.sentence === words.find((w) => w.start === p.reactionSpan.start)?.sentence);
    const cause = attribution.some((h) => h.rule === 'cause');
    const temporal = attribution.some((h) => h.rule === 'temporal');
    confidence = 0.45 + (cause ? 0.2 : 0) + (temporal ? 0.1 : 0) + (sameSentence ? 0.1 : 0) + (seriousness.length > 0 ? 0.05 : 0);
    if (modelProbability !== undefined) confidence = 0.8 * confidence + 0.2 * modelProbability;
    if (!specific) confidence = Math.min(confidence, 0.3);
  }
  confidence = Math.round(Math.min(0.99, confidence) * 100) / 100;
  const criteria = icsrCriteria(text, words, drugs, reactions, pairs, options);
  return {
    present: pairs.length > 0 && specific && confidence >= PRESENT_AT, confidence, ruleId: 'ae.drug-reaction-experienced.v2',
    ...(model && modelProbability !== undefined ? { modelId: model.id, modelProbability: Math.round(modelProbability * 1000) / 1000 } : {}),
    experiencer: exp.experiencer, experiencerRule: exp.ruleId,
    pairs, seriousness, causalCues: causal.slice(0, 5), criteria,
  };
}

/** Whether sentence `s` is a question about nobody in particular ("Does Zepbound cause hair loss?"). */
function impersonalQuestion(text: string, words: readonly Token[], s: number): boolean {
  let last = -1;
  let first = -1;
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.sentence !== s) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (last < 0 || !/^\s*\?/.test(text.slice(words[last]!.end, words[last]!.end + 3))) return false;
  for (let k = first; k <= last; k++) {
    const w = words[k]!.norm;
    if (FIRST_PERSON.has(w) || OTHER_PERSON.has(w) || ((w === 'anyone' || w === 'anybody') && /^elses?$/.test(words[k + 1]?.norm ?? ''))) return false;
  }
  return true;
}

/** Reactions written with numbers or around a body part, which a phrase lexicon cannot list ("up 15 lbs", "arm is a bit sore"). */
const PATTERN_REACTIONS: Array<{ re: RegExp; id: string; name: string }> = [
  { re: /\b(?:up|gained|gain(?:ing)?|put on|packed on|pris)\s+(?:like\s+)?\d{1,3}\s*(?:lbs?|pounds|kg|kilos)\b/gi, id: 'ae:weight-gain', name: 'weight gain' },
  { re: /\b(?:down|lost|losing)\s+(?:like\s+)?\d{1,3}\s*(?:lbs?|pounds|kg|kilos)\b/gi, id: 'ae:weight-loss', name: 'weight loss' },
  { re: /\b(?:my|her|his)\s+arm\b[^.!?\n]{0,20}?\b(?:sore|hurts|hurt|aching|achy|killing|swollen|red|numb)\b/gi, id: 'ae:injection-site-reaction', name: 'injection site reaction' },
  { re: /\b(?:sugars?|bg|glucose)\s+(?:crashed|dropped|tanked|went)\s+(?:to\s+)?\d{2}\b/gi, id: 'ae:low-blood-sugar', name: 'low blood sugar' },
  { re: /\b(?:sugars?|bg|glucose)\s+(?:(?:is|are|was|were|been|keeps?)\s+)?(?:(?:hit|hitting|running|staying|in the|at|over|of)\s+)?[2-6]\d\d\b/gi, id: 'ae:high-blood-sugar', name: 'high blood sugar' },
];

function patternReactions(text: string, words: readonly Token[]): Entity[] {
  const out: Entity[] = [];
  // Every pattern needs a digit or the word "arm": most posts skip all four.
  if (!/\d/.test(text) && !/\barm\b/i.test(text)) return out;
  for (const p of PATTERN_REACTIONS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const from = words.findIndex((w) => w.start >= m!.index);
      if (from < 0) continue;
      let to = from;
      while (to < words.length && words[to]!.end <= m.index + m[0].length) to++;
      const { experiencer, ruleId } = experiencerAt(words, from);
      out.push({ type: 'reaction', text: m[0], start: m.index, end: m.index + m[0].length, id: p.id, name: p.name, xref: undefined, ruleId: 'ae.pattern-reaction',
        confidence: 0.7, assertion: 'asserted', assertionCue: undefined, experiencer, experiencerRule: ruleId, areas: [], serious: undefined, from, to: Math.max(to, from + 1) });
    }
  }
  return out;
}

/** A causal cue between (or right around) a drug and a reaction mention. */
function causalBetween(words: readonly Token[], d: Entity, r: Entity): boolean {
  const lo = Math.min(d.to, r.to);
  const hi = Math.max(d.from, r.from);
  for (let k = Math.max(0, lo - 1); k < Math.min(words.length, hi + 1); k++) {
    if (['gave', 'gives', 'caused', 'causes', 'made', 'makes', 'since', 'after', 'from', 'on'].includes(words[k]!.norm)) return true;
  }
  return false;
}

/**
 * Whose drug or health experience the post is about: a specific other person named by the writer (my mom, my patient,
 * "three of my patients", he/she), the writer, people in general (facts, news, advice, questions to the crowd), or
 * nobody (animals, markets). Reactions' own experiencers decide first; then person words; then general cues.
 */
export function postExperiencer(text: string, words: readonly Token[], entities: readonly Entity[]): { experiencer: PostExperiencer; ruleId: string } {
  const health = entities.filter((e) => e.type === 'drug' || e.type === 'reaction' || e.type === 'condition' || e.type === 'procedure');
  const none = NONE_CUES.find(words, text);
  // "I hear it leaves a metallic taste": hearsay is not the writer's own experience.
  const hasFirst = words.some((w, k) => FIRST_PERSON.has(w.norm) && !HEARSAY.has(words[k + 1]?.norm ?? '')) || ME_TOO.find(words, text).length > 0;
  const reactionExps: Entity['experiencer'][] = [];
  const drugExps: Entity['experiencer'][] = [];
  for (const e of entities) {
    if ((e.type === 'reaction' || e.type === 'condition') && e.assertion !== 'negated') reactionExps.push(e.experiencer);
    if (e.type === 'drug') drugExps.push(e.experiencer);
  }
  const healthSentences = new Set(health.map((e) => words[e.from]!.sentence));
  if (none.some((h) => h.rule === 'animal' && healthSentences.has(words[h.from]!.sentence)) && !reactionExps.includes('other') && !/\b(?:my|our)\s+(?:mom|dad|son|daughter|husband|wife|patient|kid)/i.test(text)) {
    return { experiencer: 'none', ruleId: 'ae.experiencer.animal' };
  }
  if (health.length === 0) {
    return none.length > 0 || !hasFirst ? { experiencer: 'none', ruleId: 'ae.experiencer.no-health-content' } : { experiencer: 'self', ruleId: 'ae.experiencer.first-person' };
  }
  if (none.some((h) => h.rule === 'market') && !hasFirst) return { experiencer: 'none', ruleId: 'ae.experiencer.market' };
  if (reactionExps.includes('other') || (reactionExps.length === 0 && drugExps.includes('other'))) return { experiencer: 'other', ruleId: 'ae.experiencer.other-person' };
  // A first-person word decides; a subject-less opener ("Just a reminder…") does not when the post reads as general advice.
  const personSelf = entities.some((e) => (e.type === 'reaction' || e.type === 'condition') && e.assertion !== 'negated' && e.experiencer === 'self'
    && e.experiencerRule !== 'experiencer.diary-opener');
  if (personSelf || hasFirst) return { experiencer: 'self', ruleId: 'ae.experiencer.first-person' };
  if (drugExps.includes('other')) return { experiencer: 'other', ruleId: 'ae.experiencer.other-person' };
  if (GENERAL_CUES.find(words, text).length > 0 || /\?\s*$/.test(text.trim())) return { experiencer: 'general', ruleId: 'ae.experiencer.general-statement' };
  // No person and no general wording: a diary line ("Paxlovid mouth is real. Everything tastes like pennies") is the writer's.
  return { experiencer: 'self', ruleId: 'ae.experiencer.diary' };
}

const OTHER_PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hes', 'shes', 'son', 'daughter', 'mom', 'dad', 'husband', 'wife', 'kid', 'patient', 'pt']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'im', 'ive', 'id', 'ill', 'myself', 'mine', 'mines', 'ich', 'mein', 'meine', 'meinen', 'mir', 'mich', 'je', 'j',
  'moi', 'mon', 'ma', 'mes', 'yo', 'mi', 'mis', 'eu', 'meu', 'minha', 'io', 'mio', 'mia']);
const HEARSAY = new Set(['hear', 'heard', 'read', 'wonder', 'wondered', 'guess', 'bet']);

function span(x: { text: string; start: number; end: number }): Evidence {
  return { text: x.text, start: x.start, end: x.end };
}

function icsrCriteria(text: string, words: readonly Token[], drugs: Entity[], reactions: Entity[], pairs: AePair[], options: AeOptions): IcsrCriteria {
  const hcp = HCP_REPORTER.find(words, text)[0];
  const reporter: IcsrCriteria['reporter'] = options.author
    ? { state: 'present', ruleId: 'icsr.reporter.author-handle', source: 'post author', detail: options.author,
      qualification: hcp?.rule ?? 'consumer', ...(hcp ? { evidence: span(hcp) } : {}) }
    : hcp ? { state: 'unknown', ruleId: 'icsr.reporter.hcp-cue-no-author', evidence: span(hcp), qualification: hcp.rule,
      detail: 'an HCP wrote this, but the author is not known to the analyzer' }
    : { state: 'unknown', ruleId: 'icsr.reporter.no-author', detail: 'pass the post author to record the reporter' };
  const experienced = pairs[0] ? reactions.find((r) => r.start === pairs[0]!.reactionSpan.start) : reactions[0];
  let patient: Criterion;
  if (!experienced) {
    patient = { state: reactions.length === 0 && drugs.length === 0 ? 'unknown' : 'absent', ruleId: 'icsr.patient.no-experiencer' };
  } else if (experienced.experiencer === 'self') {
    patient = { state: 'present', ruleId: `icsr.patient.${experienced.experiencerRule}`, source: 'the author', evidence: span(experienced) };
  } else {
    patient = { state: 'present', ruleId: `icsr.patient.${experienced.experiencerRule}`, source: 'a person named by the author', evidence: span(experienced) };
  }
  const drug = pairs[0] ? drugs.find((d) => d.start === pairs[0]!.drugSpan.start) : drugs[0];
  const product: Criterion = drug ? { state: 'present', ruleId: drug.ruleId, evidence: span(drug), detail: drug.id } : { state: 'absent', ruleId: 'icsr.product.none' };
  const reaction: Criterion = experienced ? { state: 'present', ruleId: experienced.ruleId, evidence: span(experienced), detail: experienced.id }
    : { state: 'absent', ruleId: 'icsr.reaction.none' };
  const valid = [reporter, patient, product, reaction].every((c) => c.state === 'present');
  return { reporter, patient, product, reaction, valid };
}

export type { CueHit };
