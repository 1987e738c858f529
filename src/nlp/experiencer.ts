/**
 * Who experiences what a sentence mentions: the author ("self"), someone else ("other": a relative, a patient, he/she),
 * or nobody in particular ("general": "X can cause Y", guidelines, news). The nearest person reference before the
 * mention in its sentence decides; a subject-less diary sentence ("Started Ozempic 3 weeks ago…") is the author's.
 */
import type { Token } from './tokenize.js';

export type Experiencer = 'self' | 'other' | 'general';

export interface ExperiencerEvidence { experiencer: Experiencer; cue?: string; ruleId: string; start?: number; end?: number }

const HEARSAY = new Set(['hear', 'heard', 'read', 'wonder', 'wondered', 'guess', 'bet']);
const SELF = new Set(['i', 'me', 'my', 'im', 'ive', 'id', 'ill', 'myself', 'mine', 'mines',
  // German, French, Spanish, Portuguese and Italian first person ("seit ich Ibuprofen nehme", "je prends", "yo tomo").
  'ich', 'mein', 'meine', 'meinen', 'mir', 'mich', 'je', 'moi', 'mon', 'mes', 'yo', 'mis', 'eu', 'meu', 'minha', 'io', 'mio']);
const OTHER_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'hes', 'shes', 'himself', 'herself']);
const OTHER_NOUNS = new Set(['dad', 'mom', 'mum', 'mother', 'father', 'husband', 'wife', 'son', 'daughter', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'sister', 'brother', 'friend', 'friends', 'partner', 'boyfriend', 'girlfriend', 'child', 'kid', 'kids', 'baby', 'aunt', 'uncle',
  'cousin', 'parents', 'patient', 'pt', 'pts', 'coworker', 'neighbor', 'neighbour', 'fiance', 'fiancee', 'toddler', 'infant', 'nephew', 'niece',
  'stepdad', 'stepmom', 'granddad', 'nan', 'nana', 'grandson', 'granddaughter', 'hubby', 'spouse', 'fiance', 'roommate', 'mama', 'mamá', 'papá', 'mama',
  'madre', 'padre', 'hijo', 'hija', 'esposo', 'esposa', 'mutter', 'vater', 'mère', 'père', 'mari', 'femme']);
const GENERAL = new Set(['patients', 'people', 'anyone', 'everyone', 'users', 'adults', 'children', 'individuals', 'women', 'men', 'those', 'folks',
  'participants', 'subjects']);
const DIARY_OPENERS = new Set(['started', 'starting', 'switched', 'stopped', 'took', 'taking', 'been', 'got', 'had', 'having', 'feeling', 'felt',
  'day', 'week', 'month', 'finally', 'cant', 'couldnt', 'just', 'still', 'now', 'went', 'woke', 'tried', 'trying', 'on', 'since', 'after', 'quit',
  'increased', 'upped', 'missed', 'restarted', 'first']);

/** The experiencer of the mention at tokens[from], looking back within its sentence (then the previous two). */
export function experiencerAt(tokens: readonly Token[], from: number): ExperiencerEvidence {
  const sentence = tokens[from]?.sentence ?? 0;
  for (let k = from - 1; k >= 0 && tokens[k]!.sentence >= sentence - 2; k--) {
    const t = tokens[k]!;
    // "my mom's", "three of my patients", "two patients": a specific other person, not people in general.
    const noun = /['’]s$/.test(t.text) ? t.norm.slice(0, -1) : t.norm;
    if (GENERAL.has(noun) && (/^(?:my|our|his|her|these|those|\d+|two|three|four|five|several|both)$/.test(tokens[k - 1]?.norm ?? '') || (tokens[k - 2]?.norm === 'of' && /^(?:my|our)$/.test(tokens[k - 1]?.norm ?? '')))) {
      return { experiencer: 'other', cue: `${tokens[k - 1]!.text} ${t.text}`, ruleId: 'experiencer.counted-patients', start: tokens[k - 1]!.start, end: t.end };
    }
    if (OTHER_NOUNS.has(noun)) {
      const owner = tokens[k - 1]?.norm;
      const ev = { cue: owner ? `${tokens[k - 1]!.text} ${t.text}` : t.text, start: tokens[k - (owner ? 1 : 0)]!.start, end: t.end };
      return { experiencer: 'other', ruleId: 'experiencer.other-person', ...ev };
    }
    if (OTHER_PRONOUNS.has(t.norm)) return { experiencer: 'other', cue: t.text, ruleId: 'experiencer.third-person', start: t.start, end: t.end };
    // "I hear it leaves a metallic taste": hearsay, not the writer's experience.
    if (SELF.has(t.norm) && HEARSAY.has(tokens[k + 1]?.norm ?? '')) continue;
    if (SELF.has(t.norm)) return { experiencer: 'self', cue: t.text, ruleId: 'experiencer.first-person', start: t.start, end: t.end };
    // "Anyone else get night sweats on…?": the writer has it too.
    if ((t.norm === 'anyone' || t.norm === 'anybody') && (tokens[k + 1]?.norm === 'else' || tokens[k + 1]?.norm === 'elses')) return { experiencer: 'self', cue: `${t.text} else`, ruleId: 'experiencer.anyone-else', start: t.start, end: tokens[k + 1]!.end };
    if (GENERAL.has(t.norm) && t.sentence === sentence) return { experiencer: 'general', cue: t.text, ruleId: 'experiencer.generic-population', start: t.start, end: t.end };
  }
  // Nothing before it: a first-person word after it in the sentence ("Nausea is killing me") or a diary opener.
  for (let k = from + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (SELF.has(t.norm)) return { experiencer: 'self', cue: t.text, ruleId: 'experiencer.first-person-after', start: t.start, end: t.end };
    if (OTHER_NOUNS.has(t.norm) || OTHER_PRONOUNS.has(t.norm)) return { experiencer: 'other', cue: t.text, ruleId: 'experiencer.other-after', start: t.start, end: t.end };
  }
  let first = from;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  for (let k = first; k <= from && k < first + 2; k++) {
    const t = tokens[k]!;
    if (DIARY_OPENERS.has(t.norm)) return { experiencer: 'self', cue: t.text, ruleId: 'experiencer.diary-opener', start: t.start, end: t.end };
  }
  return { experiencer: 'general', ruleId: 'experiencer.no-person' };
}
