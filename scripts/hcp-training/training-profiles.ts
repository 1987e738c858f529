/**
 * The training set of the HCP model: synthetic profiles from templates written for this purpose only. It is kept
 * apart from everything we measure on: it does not read the gold file (eval/gold/), and it shares no templates with
 * the demo corpus generator (src/demo/). Hard negatives (non-clinical doctors, patients who name their doctor,
 * organisations that name hospitals) are here on purpose, so the weights learn how much each cue can be trusted.
 */
import { xoroshiro128plus } from 'pure-rand';

export interface TrainingProfile { name: string; bio: string; handle: string; location: string; isHcp: boolean; group: string }

class Rng {
  private readonly g;
  constructor(seed: number) { this.g = xoroshiro128plus(seed); }
  next(): number { return (this.g.unsafeNext() >>> 0) / 4294967296; }
  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
}

const FIRST = ['Alex', 'Jordan', 'Sam', 'Taylor', 'Morgan', 'Ines', 'Kofi', 'Yuki', 'Lena', 'Marco', 'Noor', 'Pablo', 'Chloe', 'Arjun',
  'Bea', 'Tariq', 'Hana', 'Felix', 'Amara', 'Ravi', 'Sophie', 'Jonas', 'Camille', 'Diego', 'Freya', 'Hugo', 'Zara', 'Ivan', 'Mina', 'Ola'];
const LAST = ['Okoye', 'Lindqvist', 'Ferreira', 'Hoffmann', 'Nakamura', 'Osei', 'Bianchi', 'Kowalski', 'Reyes', 'Duval', 'Sharma',
  'Abbott', 'Yilmaz', 'Petrov', 'Costa', 'Nielsen', 'Mbeki', 'Varga', 'Leclerc', 'Ortiz', 'Brennan', 'Iqbal', 'Weber', 'Sato'];
const PLACES = ['Denver, CO', 'Leeds', 'Ottawa', 'Perth, WA', 'Hamburg', 'Lyon', 'Valencia', 'Pune', 'Accra', 'Zürich', 'Dublin',
  'somewhere over the rainbow', 'she/her', 'Cleveland, OH', 'Melbourne', '', '', 'Earth 🌍', 'NYC ✈️ LDN'];
const SPECIALTY = ['cardiology', 'oncology', 'nephrology', 'neurology', 'psychiatry', 'pediatrics', 'infectious diseases', 'rheumatology',
  'dermatology', 'emergency medicine', 'internal medicine', 'family medicine', 'pulmonary & critical care', 'endocrinology',
  'palliative care', 'radiology', 'geriatrics'];
const SPECIALIST = ['cardiologist', 'oncologist', 'nephrologist', 'neurologist', 'psychiatrist', 'pediatrician', 'rheumatologist',
  'dermatologist', 'hospitalist', 'internist', 'endocrinologist', 'radiologist', 'geriatrician', 'intensivist', 'surgeon'];
const INST = ['University Hospital', 'St. Vincent\'s', 'Kaiser Permanente', 'NHS', 'Karolinska', 'Mount Sinai', 'CHU de Lyon',
  'Klinikum Nord', 'Hospital La Paz', 'Duke Health', 'a community hospital', 'Vanderbilt', 'Fred Hutch'];
const TAGS = ['#MedTwitter', '#MedSky', '#FOAMed', '#MedEd', '#OncTwitter', '#CardioTwitter', '#NephTwitter', '#IDTwitter',
  '#PsychTwitter', '#NurseTwitter', '#PharmTwitter', '#DermTwitter', '#EMTwitter'];
const HOBBY = ['Runner.', 'Dad of 3.', 'Coffee first.', 'Cyclist 🚴', 'Bookworm.', 'Gardener.', 'Cat person.', 'Amateur baker.',
  'Hiker.', 'Jazz fan.', ''];

type Maker = (r: Rng, n: string) => Omit<TrainingProfile, 'handle' | 'location' | 'isHcp' | 'group'>;

const HCP: Record<string, Maker[]> = {
  physician: [
    (r, n) => ({ name: `${n}, ${r.pick(['MD', 'M.D.', 'DO', 'MBBS', 'MBChB', 'MD, PhD', 'MD, MPH', 'MD FACP', 'MBBS MRCP', 'MD, FRCPC'])}`,
      bio: `${cap(r.pick(SPECIALTY))} ${r.pick(['physician', 'doc', 'attending', 'consultant'])} at ${r.pick(INST)}. ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: `Dr ${n}`, bio: `${cap(r.pick(SPECIALIST))}. ${r.pick(['Tweets are my own.', 'Views my own.', 'RTs ≠ endorsements.', ''])} ${r.pick(TAGS)}` }),
    (r, n) => ({ name: n, bio: `${cap(r.pick(SPECIALIST))} | clinical trials | ${r.pick(INST)} | ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: `Dr. ${n}`, bio: `Physician. ${r.pick(HOBBY)} ${r.pick(['Not medical advice.', ''])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Family doc', 'GP', 'Rural GP', 'ER doc', 'ID doc'])} in ${r.pick(['Yorkshire', 'Ontario', 'rural Ohio', 'Cork'])}. ${r.pick(TAGS)}` }),
    (r, n) => ({ name: `Dr. med. ${n}`, bio: `${r.pick(['Internistin', 'Facharzt für Innere Medizin', 'Hausärztin', 'Oberarzt Neurologie', 'Ärztin'])}, ${r.pick(['Hamburg', 'Klinikum Nord', 'Praxis'])}.` }),
    (r, n) => ({ name: `Dr ${n}`, bio: `${r.pick(['Médecin généraliste', 'Médecin urgentiste', 'Cardiologue', 'Oncologue'])} à ${r.pick(['Lyon', 'Nantes', 'l\'AP-HP'])}. Avis personnels.` }),
    (r, n) => ({ name: `Dra. ${n}`, bio: `${r.pick(['Médica de familia', 'Cardióloga', 'Oncóloga médica', 'Médico internista'])} en ${r.pick(['Valencia', 'Hospital La Paz', 'Madrid'])}.` }),
    (r, n) => ({ name: n, bio: `${r.pick(SPECIALTY)} md. ${r.pick(['mom', 'runner', 'dog lover'])}. ${r.pick(TAGS)}` }),
    (r, n) => ({ name: `${n} MD`, bio: '' }),
  ],
  nurse: [
    (r, n) => ({ name: `${n}, ${r.pick(['RN', 'RN, BSN', 'MSN, RN', 'BSN, RN, OCN', 'RN CCRN', 'RGN'])}`, bio: `${cap(r.pick(['ICU', 'oncology', 'peds', 'ER', 'L&D']))} nurse. ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: `${n}, ${r.pick(['FNP-BC', 'APRN', 'NP', 'PMHNP-BC', 'DNP, APRN'])}`, bio: `Nurse practitioner in ${r.pick(SPECIALTY)}. ${r.pick(TAGS)}` }),
    (r, n) => ({ name: n, bio: `Registered nurse | ${r.pick(INST)} | #NurseTwitter ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Infirmière', 'Enfermera', 'Krankenschwester', 'Gesundheits- und Krankenpflegerin', 'Hebamme', 'Midwife'])} ${r.pick(['en réanimation', 'de urgencias', 'auf der Intensivstation', ''])}` }),
  ],
  pharmacist: [
    (r, n) => ({ name: `${n}, ${r.pick(['PharmD', 'Pharm.D., BCPS', 'RPh', 'PharmD, BCOP', 'MPharm'])}`, bio: `${r.pick(['Clinical pharmacist', 'ID pharmacist', 'Community pharmacist'])}. ${r.pick(['#PharmTwitter', '', 'Views my own.'])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Pharmacist', 'Pharmacienne', 'Farmacéutica', 'Apothekerin'])} | antimicrobial stewardship | ${r.pick(HOBBY)}` }),
  ],
  dentist: [
    (r, n) => ({ name: `${r.pick(['Dr. ', ''])}${n}, ${r.pick(['DDS', 'DMD', 'BDS'])}`, bio: `${r.pick(['General dentist', 'Orthodontist', 'Pediatric dentist', 'Periodontist'])}. Smiles all day.` }),
    (r, n) => ({ name: r.chance(0.5) ? `Dr. med. dent. ${n}` : n, bio: `${r.pick(['Zahnärztin', 'Zahnarzt', 'Dentiste', 'Dentista', 'Dentist'])} ${r.pick(['in Berlin', 'à Lyon', '', 'and mom'])}` }),
  ],
  allied_health: [
    (r, n) => ({ name: `${n}, ${r.pick(['PA-C', 'DPT', 'OTR/L', 'CCC-SLP', 'RD', 'RDN', 'RRT', 'PsyD'])}`, bio: `${r.pick(['Physician assistant', 'Physical therapist', 'Occupational therapist', 'Speech-language pathologist', 'Registered dietitian', 'Respiratory therapist', 'Clinical psychologist'])} ${r.pick(['in ' + r.pick(SPECIALTY), 'at ' + r.pick(INST), ''])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Paramedic', 'Physiotherapist', 'Dietitian', 'Sonographer', 'Fisioterapeuta', 'Physiotherapeutin', 'Orthophoniste'])}. ${r.pick(HOBBY)}` }),
  ],
  trainee: [
    (r, n) => ({ name: n, bio: `${r.pick(['MS3', 'MS4', 'PGY-1', 'PGY-3', 'Med student', 'Medical student', 'IM resident', 'Cardiology fellow', 'FY2 doctor', 'Junior doctor', 'Nursing student'])} ${r.pick(['@ ' + r.pick(INST), 'in ' + r.pick(SPECIALTY), ''])} ${r.pick(['Future ' + r.pick(SPECIALIST), '#MedStudentTwitter', ''])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Assistenzärztin Innere Medizin', 'Interne en médecine', 'Residente de pediatría (MIR)', 'Étudiante en médecine'])}` }),
  ],
  researcher: [
    (r, n) => ({ name: `${n}, ${r.pick(['PhD', 'PhD, MPH', 'ScD', 'DrPH'])}`, bio: `${r.pick(['Epidemiologist', 'Researcher', 'Health services researcher', 'Cancer biologist'])} at ${r.pick(INST)}. ${r.pick(['Trials, cohorts, open science.', 'Public health.', '#EpiTwitter'])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Postdoc', 'PhD candidate', 'Research fellow', 'Clinical trialist'])} studying ${r.pick(['sepsis', 'heart failure', 'breast cancer', 'dementia', 'HIV'])} ${r.pick(['@ ' + r.pick(INST), ''])}` }),
  ],
};

const NON_HCP: Record<string, Maker[]> = {
  patient: [
    (r) => ({ name: r.pick(FIRST), bio: `${r.pick(['Living with', 'Diagnosed with', 'Fighting', 'Surviving'])} ${r.pick(['MS', 'lupus', 'stage IV breast cancer', 'type 1 diabetes', 'Crohn\'s', 'long COVID', 'migraine'])}. ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Spoonie', 'Cancer survivor', 'T1D since 2009', 'Chronic illness warrior', 'IBD warrior'])} 💜 ${r.pick(['My oncologist is a hero.', 'Grateful to my nurses.', 'Thanks to my doctor.', ''])}` }),
    (r) => ({ name: r.pick(FIRST), bio: `${r.pick(['My cardiologist says', 'My doctor told me', 'Waiting for my neurologist'])} ${r.pick(['to walk more', 'it is fine', 'again'])}. ${r.pick(HOBBY)}` }),
    (r) => ({ name: r.pick(FIRST), bio: `${r.pick(['Lebe mit Diabetes', 'Je vis avec une sclérose en plaques', 'Vivo con artritis'])}.` }),
  ],
  caregiver: [
    (r, n) => ({ name: n, bio: `${r.pick(['Caregiver to my mom', 'Heart mom', 'Mum of a child with epilepsy', 'Carer for my husband', 'T1D dad'])}. ${r.pick(['Sharing what we learn.', 'One day at a time.', ''])}` }),
  ],
  advocate: [
    (r, n) => ({ name: n, bio: `Patient advocate | ${r.pick(['breast cancer', 'MS', 'rare disease', 'kidney disease'])} ${r.pick(['survivor', 'thriver'])} | ${r.pick(['#OncTwitter', '#bcsm', '#PatientsIncluded', ''])} | not medical advice` }),
    (r, n) => ({ name: n, bio: `ePatient, speaker, ${r.pick(['#RareDisease', '#MSawareness', '#lcsm'])} advocate.` }),
  ],
  organization: [
    (r) => ({ name: `${r.pick(['Zentiva', 'Altheon', 'Biovera', 'Corvista'])} ${r.pick(['Pharma', 'Therapeutics', 'Biosciences'])}`, bio: 'Official account. For medical information or to report side effects, visit our website.' }),
    (r) => ({ name: `${r.pick(['Riverside', 'Northgate', 'St. Brendan\'s'])} ${r.pick(['Hospital', 'Medical Center', 'Health System', 'Clinic'])}`, bio: r.pick(['Official account of our hospital. Not monitored 24/7.', 'Caring for our community since 1902. We are hiring nurses!']) }),
    (r) => ({ name: `${r.pick(['Society', 'Association', 'College'])} of ${cap(r.pick(SPECIALTY))}`, bio: `Advancing ${r.pick(SPECIALTY)} through education and research. Members-only content.` }),
    (r) => ({ name: `Journal of ${cap(r.pick(SPECIALTY))}`, bio: 'Peer-reviewed research. Latest issue online. Submit your work.' }),
    (r) => ({ name: r.pick(['Ministry of Health', 'Public Health Agency', 'Department of Health']), bio: 'Official public health information and updates.' }),
  ],
  media: [
    (r, n) => ({ name: n, bio: `${r.pick(['Health reporter', 'Science journalist', 'Medical writer', 'Health editor'])} at ${r.pick(['The Daily Post', 'a news site', 'Radio 4'])}. DMs open for tips.` }),
    (r) => ({ name: `${r.pick(['Health', 'Pharma', 'Medical'])} ${r.pick(['Wire', 'Times', 'Daily', 'Insider'])}`, bio: 'Breaking health news. Newsletter link below.' }),
  ],
  bot: [
    (r) => ({ name: `${r.pick(['Cheap', 'Best', 'Fast'])} ${r.pick(['Pills', 'Rx', 'Meds'])} ${Math.floor(r.next() * 900) + 10}`, bio: r.pick(['No prescription needed!! Fast shipping', 'DM for discounts 💊', 'Giveaway every day, follow + RT']) }),
    (r) => ({ name: r.pick(FIRST) + Math.floor(r.next() * 99999), bio: r.pick(['crypto | forex | DM me', 'Follow back 100% f4f', 'Best deals link below']) }),
  ],
  hardNegative: [
    (r, n) => ({ name: `Dr. ${n}`, bio: `${r.pick(['Economist', 'Historian', 'Physicist', 'Lawyer', 'Software engineer'])}. ${r.pick(['PhD in economics.', 'PhD in physics.', 'Doctor of Philosophy.', ''])} ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Dr Pepper addict', 'Doctor Who fan', 'Spin doctor for hire', 'Plant doctor 🌱', 'Script doctor'])}. ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: `${n}, PhD`, bio: `${r.pick(['Data scientist', 'Research scientist in machine learning', 'Professor of English', 'Chemist at a paint company'])}.` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Marketing', 'Sales', 'HR'])} at ${r.pick(['a hospital', 'Kaiser Permanente', 'a pharma company'])}. ${r.pick(HOBBY)}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Healthcare investor', 'Health tech founder', 'Medical device sales', 'Pharma marketing'])}. ${r.pick(['#MedTwitter lurker', '#digitalhealth', ''])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(HOBBY)} ${r.pick(['Baltimore, MD native.', 'From Erie, PA.', 'What we DO matters.'])}` }),
    (r) => ({ name: r.pick(FIRST), bio: `${r.pick(['Just here for the memes', 'Opinions are my own', 'Dog mom', 'Coffee addict', ''])}` }),
    (r, n) => ({ name: n, bio: `${r.pick(['Veterinarian', 'DVM', 'Vet nurse'])}. ${r.pick(['Dogs and cats.', 'Small animal practice.'])}` }),
  ],
};

/** Credentials alone, with nothing else clinical in the bio: so each credential's own weight is learned. */
const CREDENTIAL_ONLY: Record<string, string[]> = {
  physician: ['MD', 'DO', 'MBBS', 'MBChB', 'MD FACC', 'MBBS, FRCP', 'MD, FACS', 'FRCPC', 'MRCP', 'M.D.'],
  nurse: ['RN', 'BSN, RN', 'NP', 'APRN', 'FNP-C', 'MSN', 'LPN', 'CRNA'],
  pharmacist: ['PharmD', 'RPh', 'BCPS', 'PharmD, BCOP'],
  dentist: ['DDS', 'DMD', 'BDS'],
  allied_health: ['PA-C', 'DPT', 'OTR/L', 'RD', 'CCC-SLP', 'RRT'],
  researcher: ['PhD, MPH', 'DrPH', 'MPH'],
};
for (const [group, credentials] of Object.entries(CREDENTIAL_ONLY)) {
  HCP[group]!.push((r, n) => ({ name: `${n}, ${r.pick(credentials)}`, bio: `${r.pick(HOBBY)} ${r.pick(['Opinions my own.', '', '🏳️‍🌈', 'he/him'])}` }));
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function trainingProfiles(count: number, seed: number): TrainingProfile[] {
  const r = new Rng(seed);
  const out: TrainingProfile[] = [];
  const hcpGroups = Object.entries(HCP);
  const otherGroups = Object.entries(NON_HCP);
  for (let i = 0; i < count; i++) {
    const isHcp = r.chance(0.45);
    const [group, makers] = r.pick(isHcp ? hcpGroups : otherGroups);
    const personName = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    const made = r.pick(makers)(r, personName);
    const slug = personName.replace(/\W+/g, '').toLowerCase();
    const handle = isHcp && r.chance(0.25) ? `dr${slug}` : r.chance(0.1) ? `${slug}md` : `${slug}${Math.floor(r.next() * 100)}`;
    out.push({ ...made, bio: made.bio.replace(/\s+/g, ' ').trim(), handle, location: r.pick(PLACES), isHcp, group });
  }
  return out;
}
