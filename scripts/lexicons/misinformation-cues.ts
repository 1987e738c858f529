/** Wording that often comes with health misinformation (risk cues), written to lexicons/misinformation.json by scripts/build-lexicons.ts. */
import { forms } from './misinformation-words.js';

export interface RiskCue {
  id: string; kind: string; phrases: string[];
  /** Counts only in scare quotes, tight around the phrase (the "vaccine", 'safe and effective'). */
  quoted?: boolean;
}

/** Wording that often comes with health misinformation; a cue alone is a risk signal, not a claim. */
export const RISK_CUES: RiskCue[] = [
  { id: 'miracle-cure', kind: 'miracle-cure', phrases: ['miracle cure', 'miracle drug', 'cures everything', 'cure all', 'cure-all', '100 natural', 'doctors hate',
    'detox', 'one weird trick', 'natural cure', 'secret cure', 'instantly cured', 'heals everything', 'no side effects',
    ...forms('miracle {pill,supplement,remedy,treatment,herb,protocol}', 'miraculous cure', 'wonder drug', 'cure{,s} {cancer,diabetes,autism,everything}',
      'heal{,s} naturally', 'natural remed{y,ies}', 'kills cancer cells', 'cleanse', 'flush{,es} out {the ,}toxins', 'boost{,s} your immune system', 'immune booster{,s}',
      'revers{e,es} {diabetes,aging,cancer,autism}', '100 effective', 'guaranteed {cure,results}', 'spike detox', 'the cure they')] },
  { id: 'suppressed-truth', kind: 'conspiracy', phrases: ['they dont want you to know', 'big pharma', 'the truth they', 'mainstream media', 'msm', 'cover up', 'covered up',
    'what they arent telling', 'wake up', 'sheeple', 'scripted', 'agenda', 'depopulation', 'globalists', 'bioweapon', 'plandemic', 'scamdemic', 'psyop',
    ...forms('big pharma {is hiding,hides,hid,doesnt want,wont tell}', '{pharma,jab,vaccine} shill{,s}', '{they are,theyre} hiding', 'what they {are not,arent} telling {you,us}',
      'the truth about', 'hidden truth', 'wake up {people,sheep,america}', 'npc{,s}', 'the elites', 'globalist', 'nwo', 'new world order', 'illuminati', 'deep state',
      'predictive programming', 'false flag', 'psy op', 'controlled opposition', 'limited hangout', 'conspiracy {confirmed,theory confirmed}', 'follow the money',
      'connect the dots', '{no,not a} coincidence', 'gaslit', 'we were lied to', 'lied to us', '{finally,quietly,now} admit{,s,ted}', 'memory hol{e,ed,ing}',
      'mass formation', 'official narrative', 'the narrative', 'coverup')] },
  { id: 'self-research', kind: 'conspiracy', phrases: ['do your own research', 'do your research', 'research it yourself', 'open your eyes'] },
  { id: 'urgency-share', kind: 'urgency', phrases: ['share before they delete', 'share before its deleted', 'before they take this down', 'spread the word', 'banned video', 'censored',
    ...forms('before {its,it is} {too late,banned,deleted,taken down}', 'share this everywhere', 'they will delete {this,it}', 'must {watch,see} video')] },
  { id: 'coercion-framing', kind: 'conspiracy', phrases: ['medical tyranny', 'tyranny', 'mandates', 'vaccine mandate', 'vaccine mandates', 'forced vaccination',
    'vaccine passport', 'vaccine passports', 'nuremberg', 'crimes against humanity', 'great reset', 'new world order', 'big tech censorship',
    ...forms('force{,d} {inject,injected,injections,to take}', 'forcefully vaccinate', 'digital id{,s}', 'biofascis{m,t}', 'orwellian', 'totalitarian', 'martial law')] },
  { id: 'harm-framing', kind: 'fear', phrases: ['died suddenly', 'vaccine injured', 'vax injured', 'jab injured', 'clot shot', 'death shot', 'kill shot', 'experimental gene therapy', 'poison',
    'vaccine injury', 'vaccine injuries', 'vaccine deaths', 'vax deaths', 'toxic jab', 'bioweapon', 'genocide', 'mass murder', 'depopulation agenda',
    ...forms('{death,kill,killer,poison} {jab,jabs}', 'turbo cancer{,s}', 'sudden deaths', 'excess deaths', 'dropping like flies', 'vaids', 'euthani{s,z}ed',
      '{vax,jab} injur{y,ies}', 'long vax', 'vax damage', 'jab damage')] },
  { id: 'anti-vaccine-identity', kind: 'identity', phrases: ['pureblood', 'pure blood', 'purebloods', 'unvaxxed and proud', 'unjabbed', 'never vaxxed', 'antivax', 'sheep', 'sheeple', 'jabbed sheep', 'covidiots', 'plandemic',
    ...forms('covidian{,s}', '{covid,vaccine,jab} cult', 'pro{, }vaxxer{,s}', 'vaxxie{,s}', 'the jabbed', 'the vaxxed', 'unvaccinated and proud')] },
  // A vaccine, its safety or the experts in scare quotes: the word is mentioned in order to be denied.
  { id: 'scare-quotes', kind: 'scare-quotes', quoted: true, phrases: forms('vaccine{,s}', 'vaccinated', 'vax', 'jab', 'safe and effective', 'safe', 'effective', 'pandemic',
    'experts', 'science', 'the science', 'fact check{,ers}', 'conspiracy theor{y,ies,ist,ists}', 'misinformation', 'disinformation', 'rare', 'booster{,s}', 'public health',
    'trust the science', 'follow the science', 'long covid', 'health authorities') },
];
