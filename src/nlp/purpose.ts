/**
 * The purpose of a post (multi-label), from cue phrases and the shape of the post (question, link, reply, first person).
 * Ids are stable: sharing-information, answering-question, patient-hcp-dialogue, personal-experience,
 * promotion-campaign, reducing-stigma, consultation, advocacy-policy, professional-networking.
 */
import { CueMatcher } from './cue-matcher.js';
import type { Entity } from './entities.js';
import type { Token } from './tokenize.js';

export const PURPOSE_IDS = ['sharing-information', 'answering-question', 'patient-hcp-dialogue', 'personal-experience', 'promotion-campaign',
  'reducing-stigma', 'consultation', 'advocacy-policy', 'professional-networking'] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

export interface PurposeFinding { id: PurposeId; confidence: number; ruleId: string; evidence: Array<{ text: string; start: number; end: number }> }

const CUES: Record<PurposeId, string[]> = {
  'sharing-information': ['new study', 'study shows', 'new data', 'data show', 'results', 'published', 'new guideline', 'guideline', 'guidelines',
    'evidence', 'fda approves', 'fda approved', 'approved', 'trial', 'randomised', 'randomized', 'meta-analysis', 'review', 'here is what', 'heres what',
    'thread', 'what the evidence says', 'reminder', 'safety communication', 'new online', 'read more', 'key takeaway', 'takeaways', 'learn about',
    'did you know', 'facts', 'update'],
  'answering-question': ['great question', 'good question', 'to answer', 'the answer is', 'short answer', 'it depends', 'in my experience as', 'agree',
    'important point', 'yes it can', 'no it', 'you should ask', 'generally', 'in my clinic', 'we usually', 'we see', 'typically', 'the label covers'],
  'patient-hcp-dialogue': ['my doctor', 'my dr', 'my oncologist', 'my endo', 'my neurologist', 'my cardiologist', 'my psychiatrist', 'my gp', 'my nurse',
    'doctor said', 'doctor says', 'doctor told me', 'dr said', 'my patient', 'my patients', 'patients ask', 'patients keep asking', 'talk to your doctor',
    'ask your doctor', 'talk to your care team', 'your care team', 'talk to your prescriber', 'your prescriber', 'my care team', 'had my appointment',
    'at my appointment', 'in clinic today', 'my pharmacist', 'prescriber'],
  'personal-experience': ['i started', 'started', 'my journey', 'i was diagnosed', 'diagnosed with', 'living with', 'i have', 'ive been', 'i feel', 'i felt',
    'my experience', 'i switched', 'switched to', 'small wins', 'i cant', 'has been a game changer', 'for my', 'i am', 'im on'],
  'promotion-campaign': ['sponsored', 'learn more', 'visit', 'sign up', 'register', 'join us', 'campaign', 'awareness month', 'awareness week',
    'indicated for', 'prescribing information', 'important safety information', 'discount', 'use code', 'promo code', 'giveaway', 'link in bio',
    'get screened', 'book your', 'available at', 'now available', 'proud to support', 'partnered with', 'paid partnership', 'ambassador'],
  'reducing-stigma': ['stigma', 'endthestigma', 'not a character flaw', 'nothing to be ashamed', 'no shame', 'you are not alone', 'youre not alone',
    'its okay to', 'it is okay to', 'not weak', 'mental health matters', 'not your fault', 'break the silence', 'talk about it', 'normalize',
    'normalise', 'seat at the table'],
  consultation: ['anyone else', 'has anyone', 'does anyone', 'should i', 'is it safe', 'is this normal', 'any advice', 'any tips', 'what should',
    'can i take', 'is it ok', 'is it okay', 'how long does', 'how long did', 'help me', 'wondering if', 'does it', 'will it', 'did anyone', 'please help',
    'what do you think', 'recommendations'],
  'advocacy-policy': ['policy', 'legislation', 'lawmakers', 'senate', 'medicare', 'medicaid', 'insurance', 'prior auth', 'prior authorization',
    'access', 'afford', 'affordable', 'drug prices', 'price', 'prices', 'coverage', 'deserve', 'call on', 'petition', 'advocate', 'advocacy', 'funding',
    'insulin4all', 'denied', 'barriers', 'cost', 'survey', 'rights', 'equity'],
  'professional-networking': ['great session', 'session', 'poster', 'abstract', 'panel', 'hiring', 'job', 'fellowship', 'grand rounds',
    'excited to present', 'honored', 'honoured', 'colleagues', 'shout-out', 'shout out', 'collaborate', 'residency', 'conference', 'congress',
    'late-breaker', 'late breaker', 'packed room', 'live from', 'join our team', 'apply today', 'meded', 'foamed', 'medtwitter', 'nursetwitter',
    'see you at', 'webinar', 'members', 'practice statement', 'referral'],
};
const RULE_ID = 'purpose.cues.v1';
const MATCHER = new CueMatcher(CUES);

export function detectPurpose(text: string, words: readonly Token[], all: readonly Token[], entities: readonly Entity[]): PurposeFinding[] {
  const hits = new Map<PurposeId, Array<{ text: string; start: number; end: number }>>();
  const add = (id: PurposeId, ev: { text: string; start: number; end: number }) => {
    const list = hits.get(id) ?? [];
    if (list.length < 4) list.push(ev);
    hits.set(id, list);
  };
  for (const h of MATCHER.find(words, text)) add(h.rule, { text: h.text, start: h.start, end: h.end });
  for (const t of all) {
    if (t.kind === 'hashtag' && /^(ad|sponsored|partner|gifted)$/.test(t.norm)) add('promotion-campaign', t);
    if (t.kind === 'hashtag' && /\d{2}$|congress|week$/.test(t.norm)) add('professional-networking', t);
    if (t.kind === 'url') add('sharing-information', t);
    if (t.kind === 'mention' && t.start === 0) add('answering-question', t);
  }
  const question = text.indexOf('?');
  if (question >= 0) add('consultation', { text: '?', start: question, end: question + 1 });
  const selfMentions = entities.filter((e) => e.experiencer === 'self' && e.assertion !== 'speculated' && (e.type === 'reaction' || e.type === 'drug' || e.type === 'condition'));
  for (const e of selfMentions.slice(0, 2)) add('personal-experience', { text: e.text, start: e.start, end: e.end });
  const out: PurposeFinding[] = [];
  for (const [id, evidence] of hits) {
    // A question mark alone is weak; everything else strengthens with each independent cue.
    const strength = evidence.length === 1 && evidence[0]!.text === '?' ? 0.4 : 1 - 0.5 ** (evidence.length + 0.3);
    out.push({ id, confidence: Math.round(strength * 100) / 100, ruleId: RULE_ID, evidence });
  }
  return out.filter((p) => p.confidence >= 0.4).sort((a, b) => b.confidence - a.confidence);
}
