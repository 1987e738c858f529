/**
 * What people say, by who they are: template grammars with slots for drugs, conditions,
 * reactions, congresses and hashtags. Planted phenomena (adverse events, patient details,
 * misinformation, sponsored posts) come with the label of what was planted.
 */
import type { Drug, TherapyArea } from '../distributions/therapy-areas.js';
import { HCP_HASHTAGS } from '../distributions/therapy-areas.js';
import type { Random } from '../random.js';
import type { Person } from './people.js';

export interface PostLabel {
  ae?: { drug: string; reaction: string; serious: boolean };
  phi?: string[];
  misinfo?: { claim: string };
  sponsored?: { disclosed: boolean; brand: string };
  congress?: string;
  giveaway?: boolean;
}

export interface DraftText {
  text: string;
  hashtags: string[];
  links: string[];
  label?: PostLabel;
}

export const MISINFORMATION_CLAIMS = [
  { id: 'ivermectin-cancer', text: 'Ivermectin cures cancer and they don\'t want you to know' },
  { id: 'vaccines-autism', text: 'Vaccines cause autism, the data has been hidden for years' },
  { id: 'covid-vaccine-dna', text: 'The COVID vaccine changes your DNA permanently' },
  { id: 'acv-diabetes', text: 'Apple cider vinegar cures type 2 diabetes, throw away your metformin' },
  { id: 'chemo-kills', text: 'Chemo kills more people than cancer does, go natural instead' },
  { id: 'statins-scam', text: 'Statins are a scam, cholesterol doesn\'t cause heart disease' },
];
const RELATIVES = ['dad', 'mom', 'husband', 'wife', 'grandma', 'grandpa', 'son', 'daughter'];
const HOSPITALS = ["St. Mary's", 'Mercy General', 'County Hospital', 'Riverside Medical Center', "St. Luke's"];
const FINDINGS = ['improved overall survival', 'a meaningful drop in HbA1c', 'fewer hospitalisations', 'durable responses',
  'no new safety signals', 'better quality of life scores', 'a 20% relative risk reduction'];

export function draftText(random: Random, person: Person, area: TherapyArea, congress: string | undefined, reply: boolean): DraftText {
  const drug = random.pick(area.drugs);
  const brand = random.pick(drug.brands);
  const s = { drug, brand, condition: random.pick(area.conditions), reaction: random.pick(area.reactions), n: random.int(2, 12) };
  const tags = (...candidates: string[]) => candidates.filter(() => random.chance(0.5));
  if (person.lang !== 'en' && random.chance(0.85)) return nonEnglish(random, person, area, s);
  switch (person.kind) {
    case 'hcp': return hcpText(random, person, area, congress, reply, s);
    case 'patient': case 'caregiver': return patientText(random, person, area, reply, s);
    case 'advocate': return random.chance(0.1)
      ? sponsored(random, s.brand)
      : plain(random.pick([`Patients with ${s.condition} deserve a seat at the table. #${area.hashtags[0]}`,
        `Reminder that ${s.condition} is not a character flaw. #endthestigma`, `Our community survey on ${s.brand} access is open!`]), tags(area.hashtags[0]!));
    case 'organization': return orgText(random, person, area, congress, s);
    case 'media': return plain(`${s.brand} maker faces questions over ${s.reaction} reports, analysts say`, [], [`https://news.example.com/${s.drug.generic.replace(/\W+/g, '-')}`]);
    case 'bot': return random.chance(0.6)
      ? { text: `GIVEAWAY 🎁 Free ${s.brand} discount cards! Follow + RT to win`, hashtags: ['giveaway'], links: ['https://deals.example.net/win'], label: { giveaway: true } }
      : random.chance(0.5) ? misinformation(random) : plain(`Buy ${s.brand} online no prescription needed, fast shipping`, [], ['https://cheap-meds.example.net']);
  }
}

type Slots = { drug: Drug; brand: string; condition: string; reaction: string; n: number };

function hcpText(random: Random, person: Person, area: TherapyArea, congress: string | undefined, reply: boolean, s: Slots): DraftText {
  const hcpTag = random.pick([...HCP_HASHTAGS.slice(0, 1), ...area.hashtags.slice(0, 1)]);
  if (congress && random.chance(0.6)) {
    return { ...plain(random.pick([
      `Practice-changing data at #${congress}: ${s.drug.generic} (${s.brand}) in ${s.condition} showed ${random.pick(FINDINGS)}.`,
      `Packed room for the ${s.condition} session at #${congress}. Key takeaway: ${random.pick(FINDINGS)} with ${s.drug.generic}.`,
      `Live from #${congress}: late-breaker on ${s.brand} in ${s.condition}. ${random.pick(FINDINGS)}, but watch for ${s.reaction}.`,
    ]), [congress.toLowerCase(), hcpTag.toLowerCase()]), label: { congress } };
  }
  if (reply) {
    return plain(random.pick([
      `Agree. In my clinic we see ${s.reaction} with ${s.drug.generic} mostly in the first ${s.n} weeks; slow titration helps.`,
      `Important point. ${capitalise(s.drug.generic)} isn't right for everyone with ${s.condition}; talk to your care team.`,
      `Thanks for sharing this. The label covers ${s.reaction}; please report it to your prescriber.`,
      `Great thread. Adding the guideline on ${s.condition} for anyone interested.`,
    ]), []);
  }
  if (random.chance(0.015)) {
    return { ...plain(`Saw a ${random.int(60, 95)}yo with ${s.condition} in bed ${random.int(1, 40)}${random.pick(['A', 'B'])} today, ` +
      `DOB ${random.int(1, 12)}/${random.int(1, 28)}/${random.int(1930, 1960)}, family refused ${s.drug.generic}. Tough shift.`, ['medtwitter']),
    label: { phi: ['age over 89 or age', 'room', 'date of birth'] } };
  }
  return plain(random.pick([
    `Reminder: ${s.drug.generic} can cause ${s.reaction}. Start low, go slow, and check in at week ${s.n}.`,
    `New guideline update for ${s.condition} is out. ${capitalise(s.drug.generic)} moves up as first-line for many patients.`,
    `Our trial of ${s.drug.generic} in ${s.condition} is recruiting. Referral details in thread.`,
    `Hot take: we underuse ${s.drug.generic} in ${s.condition}. Cost and prior auth are the real barriers.`,
    `Patients keep asking me about ${s.brand}. Here is what the evidence says about ${s.condition} 🧵`,
    `${capitalise(s.condition)} care is a team sport. Shout-out to our nurses and pharmacists.`,
  ]), [hcpTag.toLowerCase()]);
}

function patientText(random: Random, person: Person, area: TherapyArea, reply: boolean, s: Slots): DraftText {
  const who = person.kind === 'caregiver' ? `my ${random.pick(RELATIVES)}` : 'I';
  const roll = random.next();
  if (roll < 0.12) {
    const serious = random.chance(0.35);
    const outcome = serious ? random.pick([', ended up in the ER', ' and was hospitalised for 3 days', ', had to be admitted']) : '';
    const text = person.kind === 'caregiver'
      ? `My ${random.pick(RELATIVES)} started ${s.brand} ${s.n} weeks ago and has had terrible ${s.reaction} since${outcome}.`
      : random.pick([`Started ${s.brand} ${s.n} weeks ago and I can't stop the ${s.reaction}${outcome}. Is this normal??`,
        `Week ${s.n} on ${s.brand}: the ${s.reaction} is brutal${outcome}.`,
        `Switched to ${s.drug.generic} last month and the ${s.reaction} started right away${outcome}.`]);
    return { ...plain(text, random.chance(0.3) ? [area.hashtags[1] ?? area.hashtags[0]!] : []),
      label: { ae: { drug: s.drug.generic, reaction: s.reaction, serious } } };
  }
  if (roll < 0.16) {
    return { ...plain(`${capitalise(who)} ${who === 'I' ? 'am' : 'is'} ${random.int(90, 99)} and in room ${random.int(1, 9)}${random.pick(['A', 'B', 'C'])} ` +
      `at ${random.pick(HOSPITALS)} since ${random.int(1, 12)}/${random.int(1, 28)}. Still no ${s.drug.generic}. Call me at 555-${random.int(100, 999)}-${random.int(1000, 9999)}`, []),
    label: { phi: ['age over 89', 'room', 'hospital', 'date', 'phone number'] } };
  }
  if (roll < 0.2) return misinformation(random);
  if (roll < 0.23) return sponsored(random, s.brand);
  return plain(random.pick([
    `${capitalise(s.brand)} has been a game changer for my ${s.condition}. Down ${s.n} kg and feeling great.`,
    `Anyone else get ${s.reaction} from ${s.brand}? Doctor says it should pass.`,
    `Insurance denied ${s.brand} again. How is anyone supposed to afford ${s.condition} care?`,
    `Day ${s.n * 10} of living with ${s.condition}. Small wins today.`,
    reply ? `Same here, the ${s.reaction} got better after week ${s.n}.` : `Is it safe to take ${s.drug.generic} with ibuprofen?`,
    `Pharmacy is out of ${s.brand} again 😩 #shortage`,
    `Had my appointment today, we're trying ${s.drug.generic} next for my ${s.condition}.`,
  ]), random.chance(0.25) ? [area.hashtags[area.hashtags.length - 1]!] : []);
}

function orgText(random: Random, person: Person, area: TherapyArea, congress: string | undefined, s: Slots): DraftText {
  switch (person.org) {
    case 'pharma': return plain(random.chance(0.5)
      ? `${s.brand} (${s.drug.generic}) is indicated for adults with ${s.condition}. See full Prescribing Information and Important Safety Information.`
      : `Proud to support people living with ${s.condition}. Learn more about ${s.brand}.`, [], [`https://www.${s.brand.toLowerCase()}.example.com`]);
    case 'society': return { ...plain(congress ? `Join us at #${congress}: sessions on ${s.condition} all day.`
      : `New practice statement on ${s.condition} now available to members.`, congress ? [congress.toLowerCase()] : []), ...(congress ? { label: { congress } } : {}) };
    case 'journal': return plain(`New online: ${s.drug.generic} versus placebo in ${s.condition}, a randomised trial.`, [],
      [`https://doi.org/10.9999/demo.${random.int(1000, 9999)}`]);
    case 'government': return plain(random.chance(0.5) ? `Safety communication: reports of ${s.reaction} with ${s.drug.generic}. Patients should not stop treatment without advice.`
      : `Protect yourself this season. Vaccines are available at pharmacies near you. #vaccineswork`, ['vaccineswork']);
    default: return plain(`${person.name} is hiring nurses in ${area.specialty}. Apply today!`, []);
  }
}

function nonEnglish(random: Random, person: Person, area: TherapyArea, s: Slots): DraftText {
  const hcp = person.kind === 'hcp';
  const texts = {
    de: hcp ? [`Neue Daten zu ${s.drug.generic} bei ${s.condition}: ${s.reaction} bleibt die häufigste Nebenwirkung.`, `Heute in der Sprechstunde viele Fragen zu ${s.brand}.`]
      : [`Seit ${s.n} Wochen ${s.brand} und mir ist ständig übel.`, `Hat jemand Erfahrung mit ${s.brand} bei ${s.condition}?`],
    fr: hcp ? [`Nouvelles données sur ${s.drug.generic} dans ${s.condition}. Prudence avec les effets indésirables.`, `Beaucoup de questions sur ${s.brand} en consultation.`]
      : [`Depuis ${s.n} semaines sous ${s.brand}, des nausées tous les jours.`, `Quelqu'un a essayé ${s.brand} pour ${s.condition} ?`],
    es: hcp ? [`Nuevos datos sobre ${s.drug.generic} en ${s.condition}. Vigilar efectos adversos.`, `Muchas preguntas sobre ${s.brand} en la consulta hoy.`]
      : [`Llevo ${s.n} semanas con ${s.brand} y tengo náuseas todos los días.`, `¿Alguien ha probado ${s.brand} para ${s.condition}?`],
  } as const;
  return plain(random.pick(texts[person.lang as 'de'] ?? texts.de), random.chance(0.3) ? [area.hashtags[0]!] : []);
}

function misinformation(random: Random): DraftText {
  const claim = random.pick(MISINFORMATION_CLAIMS);
  return { text: `${claim.text}. ${random.pick(['Do your own research!', 'Wake up people.', 'Share before they delete this.'])}`,
    hashtags: random.chance(0.5) ? ['truth'] : [], links: [], label: { misinfo: { claim: claim.id } } };
}

function sponsored(random: Random, brand: string): DraftText {
  const disclosed = random.chance(0.5);
  const text = disclosed
    ? `#ad Loving my results with ${brand}! Talk to your doctor about whether it's right for you. #sponsored`
    : `Loving my results with ${brand} 🙌 use code GLOW${random.int(10, 30)} for a discount on your first consult`;
  return { text, hashtags: disclosed ? ['ad', 'sponsored'] : [], links: disclosed ? [] : ['https://telehealth.example.com/?ref=glow'],
    label: { sponsored: { disclosed, brand } } };
}

function plain(text: string, hashtags: string[], links: string[] = []): DraftText {
  return { text, hashtags, links };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
