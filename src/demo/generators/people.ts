/**
 * The people and organisations behind accounts, with the real-world variety of credential
 * styles, titles and languages an HCP detector has to cope with.
 */
import { THERAPY_AREAS, type TherapyArea } from '../distributions/therapy-areas.js';
import type { Random } from '../random.js';

export type PersonKind = 'hcp' | 'patient' | 'caregiver' | 'advocate' | 'organization' | 'media' | 'bot';
export type HcpType = 'physician' | 'nurse' | 'pharmacist' | 'dentist' | 'allied health' | 'trainee' | 'researcher';
export type OrgType = 'pharma' | 'hospital' | 'society' | 'journal' | 'government';

export interface Person {
  index: number;
  kind: PersonKind;
  name: string;
  area: TherapyArea;
  lang: 'en' | 'de' | 'fr' | 'es';
  country: string;
  bio: string;
  location: string;
  hcp?: { type: HcpType; specialty: string; credentials: string[] };
  org?: OrgType;
  /** How much this person posts, relative to others. */
  activity: number;
  /** Planted opinion leader of their area. */
  leader: boolean;
}

const FIRST = ['Sarah', 'James', 'Priya', 'Wei', 'Maria', 'Ahmed', 'Emily', 'Daniel', 'Aisha', 'Lucas', 'Olivia', 'Raj', 'Chen',
  'Fatima', 'Michael', 'Ana', 'David', 'Grace', 'Kenji', 'Laura', 'Omar', 'Sofia', 'Thomas', 'Zoe', 'Hannah', 'Mateo', 'Nina',
  'Samuel', 'Leila', 'Robert', 'Julia', 'Ibrahim', 'Claire', 'Diego', 'Anjali', 'Peter', 'Mei', 'Kwame', 'Elena', 'Noah'];
const LAST = ['Patel', 'Smith', 'Nguyen', 'Garcia', 'Müller', 'Okafor', 'Chen', 'Kim', 'Rossi', 'Dubois', 'Schmidt', 'Khan',
  'Johnson', 'Martínez', 'Williams', 'Singh', 'Brown', 'Lopez', 'Tanaka', 'Cohen', 'Haddad', 'Silva', "O'Brien", 'Novak',
  'Andersen', 'Fischer', 'Moreau', 'Fernández', 'Ahmed', 'Taylor', 'Wright', 'Bauer', 'Lefebvre', 'Romero', 'Mensah'];
const COUNTRIES: Array<{ code: string; lang: Person['lang']; cities: string[]; weight: number }> = [
  { code: 'US', lang: 'en', cities: ['Boston, MA', 'Houston, TX', 'New York, NY', 'Chicago, IL', 'Seattle, WA', 'Atlanta, GA'], weight: 45 },
  { code: 'GB', lang: 'en', cities: ['London', 'Manchester', 'Edinburgh', 'Bristol'], weight: 12 },
  { code: 'CA', lang: 'en', cities: ['Toronto', 'Vancouver', 'Montréal'], weight: 7 },
  { code: 'IN', lang: 'en', cities: ['Mumbai', 'Bengaluru', 'New Delhi'], weight: 7 },
  { code: 'AU', lang: 'en', cities: ['Sydney', 'Melbourne'], weight: 4 },
  { code: 'DE', lang: 'de', cities: ['Berlin', 'München', 'Hamburg'], weight: 7 },
  { code: 'FR', lang: 'fr', cities: ['Paris', 'Lyon', 'Marseille'], weight: 6 },
  { code: 'ES', lang: 'es', cities: ['Madrid', 'Barcelona', 'Sevilla'], weight: 6 },
  { code: 'BR', lang: 'es', cities: ['São Paulo'], weight: 2 },
  { code: 'NG', lang: 'en', cities: ['Lagos', 'Abuja'], weight: 2 },
];
const INSTITUTIONS = ['Mass General', 'Mayo Clinic', 'MD Anderson', "St Thomas' Hospital", 'Charité', 'Hôpital Pitié-Salpêtrière',
  'Hospital Clínic', 'Toronto General', 'AIIMS', 'Royal Melbourne Hospital', 'Cleveland Clinic', 'Johns Hopkins', 'UCSF Health'];

const KIND_WEIGHTS: Array<[PersonKind, number]> = [
  ['hcp', 30], ['patient', 36], ['caregiver', 9], ['advocate', 6], ['organization', 8], ['media', 5], ['bot', 6],
];

export function createPerson(random: Random, index: number, leaderArea?: TherapyArea): Person {
  const kind = leaderArea ? 'hcp' : weightedKind(random);
  const area = leaderArea ?? random.pick(THERAPY_AREAS);
  const country = weightedCountry(random);
  const name = `${random.pick(FIRST)} ${random.pick(LAST)}`;
  const base = {
    index, kind, area, lang: country.lang, country: country.code, location: `${random.pick(country.cities)}`,
    activity: random.pareto(1, 1.6) * (kind === 'bot' ? 0.8 : kind === 'organization' ? 1.5 : 1), leader: Boolean(leaderArea),
  };
  switch (kind) {
    case 'hcp': return { ...base, ...hcp(random, name, area, country.lang, country.code, Boolean(leaderArea)),
      activity: leaderArea ? 25 + random.next() * 15 : base.activity };
    case 'patient': return { ...base, name, bio: patientBio(random, area, country.lang) };
    case 'caregiver': return { ...base, name, bio: `Caregiver to my ${random.pick(['mom', 'dad', 'husband', 'wife', 'son', 'daughter'])} ` +
      `living with ${random.pick(area.conditions)}. Sharing what we learn.` };
    case 'advocate': return { ...base, name, bio: `Patient advocate | ${random.pick(area.conditions)} survivor | ` +
      `#${random.pick(area.hashtags)} | speaker, not medical advice` };
    case 'organization': return organization(random, base, area);
    case 'media': return { ...base, name: `${random.pick(['Health', 'Medical', 'Pharma', 'Science'])} ${random.pick(['Wire', 'Desk', 'Times', 'Today', 'Insider'])}`,
      bio: 'Health and pharma news. Tips: newsroom@example.com' };
    case 'bot': return { ...base, name: `${random.pick(['Best', 'Top', 'Cheap', 'Free'])} ${random.pick(['Meds', 'Pills', 'Deals', 'Pharmacy'])} ${random.int(1, 999)}`,
      bio: random.pick(['DM for discounts 💊💊', 'No prescription needed! Fast shipping', 'Giveaways every day, follow + RT']) };
  }
}

function weightedKind(random: Random): PersonKind {
  let target = random.next() * 100;
  for (const [kind, weight] of KIND_WEIGHTS) {
    if ((target -= weight) < 0) return kind;
  }
  return 'patient';
}

function weightedCountry(random: Random) {
  let target = random.next() * 98;
  for (const c of COUNTRIES) if ((target -= c.weight) < 0) return c;
  return COUNTRIES[0]!;
}

function hcp(random: Random, name: string, area: TherapyArea, lang: Person['lang'], country: string, leader: boolean) {
  const type: HcpType = leader ? 'physician' : random.pick(['physician', 'physician', 'physician', 'nurse', 'nurse', 'pharmacist',
    'dentist', 'allied health', 'trainee', 'researcher']);
  const institution = random.pick(INSTITUTIONS);
  const styles: Record<HcpType, () => { display: string; credentials: string[]; bio: string }> = {
    physician: () => {
      if (lang === 'de') return { display: `Dr. med. ${name}`, credentials: ['Dr. med.'], bio: `Fachärztin/Facharzt für ${area.specialty}, ${institution}. Ärztin aus Leidenschaft.` };
      if (lang === 'fr') return { display: `Dr ${name}`, credentials: ['Dr'], bio: `Médecin, ${area.specialty} @ ${institution}. Avis personnels.` };
      if (lang === 'es') return { display: `Dra. ${name}`, credentials: ['Dra.'], bio: `Médico especialista en ${area.specialty}. ${institution}.` };
      const creds = random.pick([['MD'], ['MD', 'PhD'], ['DO'], ['MBBS'], ['MBChB', 'FRCP'], ['MD', 'FRCPC'], ['MD', 'FACC'], ['MD', 'FACS'], ['MBBS', 'MRCP']]);
      const display = random.chance(0.4) ? `Dr. ${name}` : `${name}, ${creds.join(', ')}`;
      return { display, credentials: creds, bio: `${capitalise(area.specialty)} ${random.pick(['physician', 'attending', 'consultant'])} @${institution.replace(/[^A-Za-z]/g, '')}. ` +
        `${random.pick(['Views my own.', 'Clinical trials, patient care.', 'Tweets ≠ medical advice.'])} #${random.pick(['MedTwitter', area.hashtags[0]!])}` };
    },
    nurse: () => {
      const creds = random.pick([['RN'], ['RN', 'BSN'], ['NP'], ['APRN'], ['RN', 'MSN']]);
      return { display: `${name}, ${creds.join(', ')}`, credentials: creds, bio: `${capitalise(area.id)} nurse at ${institution}. #NurseTwitter` };
    },
    pharmacist: () => {
      const creds = random.pick([['PharmD'], ['RPh'], ['PharmD', 'BCOP']]);
      return { display: `${name}, ${creds.join(', ')}`, credentials: creds, bio: `Clinical pharmacist (${area.specialty}). #PharmTwitter` };
    },
    dentist: () => {
      const creds = random.pick([['DDS'], ['DMD']]);
      return { display: `Dr. ${name} ${creds[0]}`, credentials: creds, bio: 'General dentist. Oral health is health.' };
    },
    'allied health': () => ({ display: `${name}, ${random.pick(['PA-C', 'RD', 'PT'])}`, credentials: ['PA-C'], bio: `Physician assistant in ${area.specialty}.` }),
    trainee: () => ({ display: name, credentials: [], bio: `${random.pick(['MS3', 'PGY-2 resident', 'Fellow'])} in ${area.specialty} @ ${institution}. Future ${area.specialty} doc.` }),
    researcher: () => ({ display: `${name}, PhD`, credentials: ['PhD'], bio: `Researcher in ${area.conditions[0]} at ${institution}. Epidemiology, trials, open science.` }),
  };
  const style = styles[type]();
  return {
    name: style.display, bio: style.bio,
    hcp: { type, specialty: type === 'dentist' ? 'dentistry' : area.specialty, credentials: style.credentials },
  };
}

function patientBio(random: Random, area: TherapyArea, lang: Person['lang']): string {
  if (lang === 'de') return `Lebe mit ${random.pick(area.conditions)}. Mama, Läuferin.`;
  if (lang === 'fr') return `Je vis avec ${random.pick(area.conditions)}. Maman et randonneuse.`;
  if (lang === 'es') return `Vivo con ${random.pick(area.conditions)}. Madre, lectora.`;
  return random.pick([`Living with ${random.pick(area.conditions)} since ${random.int(2005, 2022)}.`, `${capitalise(random.pick(area.conditions))} warrior. Dog mom.`,
    'Just here for the memes and my health journey', `Dx'd with ${random.pick(area.conditions)}. One day at a time.`]);
}

function organization(random: Random, base: Omit<Person, 'name' | 'bio'>, area: TherapyArea): Person {
  const org: OrgType = random.pick(['pharma', 'hospital', 'society', 'journal', 'government']);
  const names: Record<OrgType, string> = {
    pharma: `${random.pick(['Novagen', 'Curalis', 'Medivant', 'Helixa', 'Orbion'])} ${random.pick(['Pharma', 'Therapeutics', 'Biosciences'])}`,
    hospital: random.pick(INSTITUTIONS),
    society: `${random.pick(['American', 'European', 'British', 'International'])} Society of ${capitalise(area.specialty)}`,
    journal: `Journal of ${capitalise(area.specialty)}`,
    government: random.pick(['Public Health Agency', 'Ministry of Health', 'National Health Service', 'Drug Regulatory Authority']),
  };
  const bios: Record<OrgType, string> = {
    pharma: 'Official account. For medical information contact our medical team. Reporting side effects: see our website.',
    hospital: 'Official account of our academic medical center. Not monitored 24/7.',
    society: `Advancing ${area.specialty} through science, education and advocacy.`,
    journal: `Peer-reviewed research in ${area.specialty}. Latest issue online.`,
    government: 'Official public health information. Follow for updates.',
  };
  return { ...base, kind: 'organization', org, name: names[org], bio: bios[org] };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
