/**
 * Generates realistic social posts (HCPs, patients, caregivers) with planted HIPAA Safe Harbor identifiers; the labels
 * come from the planting, so every span is exact. Seeded: the same seed gives the same posts. Names, places and
 * facilities here are hand-written for this generator (not the detector's name lexicon), so names it has never seen
 * are part of the test.
 *
 * Limits (stated in docs/quality.md): written by the team that wrote the detector, so it measures coverage of the
 * forms we thought of; the independent gold set (eval/gold/phi-hcp-posts.jsonl) is the real test.
 */
import { Random } from '../../src/demo/random.js';
import type { PhiType } from '../../src/nlp/phi.js';

export interface GeneratedPost { id: string; text: string; phi: Array<{ type: PhiType; start: number; end: number; text: string }> }

const FIRST = ['Maria', 'James', 'Aisha', 'Tom', 'Priya', 'Dmitri', 'Grace', 'Luis', 'Hannah', 'Kwame', 'Sofia', 'Ethan', 'Mei', 'Omar', 'Chloe', 'Rafael',
  'Ingrid', 'Tariq', 'Beatriz', 'Declan', 'Yuki', 'Nadia', 'Olu', 'Freya', 'Mateo', 'Zainab', 'Colm', 'Anika', 'Bruno', 'Leila'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Nguyen', 'Kowalski', 'Fitzgerald', 'Moreno', 'Patel', 'Schmidt', 'Abernathy', 'Castellano', 'Oyelaran',
  'Brennan', 'Takahashi', 'Dubois', 'Mensah', 'Reyes', 'Sorensen', 'Achterberg', 'Whitfield'];
const FACILITIES = ["St. Mary's", 'Mercy General', 'Riverside Medical Center', "St. Luke's Hospital", 'Lakeview Clinic', 'County General Hospital',
  'Northside Children\'s Hospital', 'Harbor View Medical Center', 'Saint Agnes', 'Pinecrest Nursing Home', 'Westbrook Cancer Center', 'Oak Valley Hospice'];
const STREETS = ['Maple Street', 'Oak Ave', 'Elm St', 'Sunset Blvd', 'Lincoln Road', 'Cedar Lane', 'Harbor Drive', 'Birch Court', 'Willow Way', 'Park Place'];
const CITIES = ['Springfield', 'Dayton', 'Tacoma', 'Boise', 'Fresno', 'Albany', 'Savannah', 'Duluth', 'Reno', 'Toledo'];
const STATES = ['OH', 'WA', 'ID', 'CA', 'NY', 'GA', 'MN', 'NV', 'TX', 'IL'];
const RELATIVES = ['dad', 'mom', 'grandma', 'grandpa', 'husband', 'wife', 'aunt', 'uncle'];
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SHORTENERS = ['bit.ly', 't.co', 'tinyurl.com', 'ow.ly'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'protonmail.com', 'hospitalmail.org'];

type Piece = string | { type: PhiType; text: string };

class Builder {
  constructor(readonly r: Random) {}
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs as T[]); }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.r.int(0, 9)); return s; }
  name(): string { return this.r.chance(0.5) ? `${this.pick(FIRST)} ${this.pick(LAST)}` : this.pick(FIRST); }
  date(): string {
    const m = this.r.int(1, 12); const d = this.r.int(1, 28); const y = this.r.int(2019, 2025);
    switch (this.r.int(0, 6)) {
      case 0: return `${m}/${d}/${y}`;
      case 1: return `${m}/${d}`;
      case 2: return `${this.pick(MONTHS)} ${d}, ${y}`;
      case 3: return `${this.pick(MONTHS_SHORT)} ${d}`;
      case 4: return `${d} ${this.pick(MONTHS)}`;
      case 5: return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      default: return `${m}-${d}-${String(y).slice(2)}`;
    }
  }
  phone(): string {
    // 8xx area codes are toll-free lines of organisations, never a person's number.
    const a = this.r.int(201, 789); const b = this.r.int(200, 999); const c = this.digits(4);
    return this.pick([`${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`]);
  }
  /** An age of 90 or more: [before, the number (the span), after] — the span convention puts only the number in the span. */
  age(): Piece[] {
    const n = this.r.int(90, 104);
    const [before, after] = this.pick([['', 'yo'], ['', ' y/o'], ['', '-year-old'], ['', ' years old'], ['aged ', '']] as Array<[string, string]>);
    return [before, { type: 'age_over_89', text: String(n) }, after];
  }
  /** A room, bed or bay: the cue word stays outside the span. */
  room(): Piece[] {
    const [cue, value] = this.pick([['room ', `${this.r.int(1, 40)}${this.pick(['A', 'B', 'C', ''])}`], ['bed ', String(this.r.int(1, 30))],
      ['Rm ', String(this.r.int(100, 699))], ['bay ', String(this.r.int(1, 12))]] as Array<[string, string]>);
    return [cue, { type: 'other_id', text: value }];
  }
  email(n: string): string { return `${n.toLowerCase().replace(/\s+/g, '.')}${this.r.int(1, 99)}@${this.pick(DOMAINS)}`; }
  url(): string { return this.r.chance(0.5) ? `https://${this.pick(SHORTENERS)}/${this.digits(3)}xQ${this.digits(2)}` : `https://www.caringbridge.org/visit/${this.pick(FIRST).toLowerCase()}${this.digits(3)}`; }
  handle(): string { return `@${this.pick(FIRST).toLowerCase()}_${this.pick(LAST).toLowerCase()}${this.r.chance(0.5) ? this.digits(2) : ''}`; }
  zip(): string { return this.r.chance(0.5) ? `${this.digits(5)}-${this.digits(4)}` : this.digits(5); }
}

type Template = (b: Builder) => Piece[];

const TEMPLATES: Template[] = [
  (b) => ['My ', ...b.age(), ` ${b.pick(RELATIVES)} is in `, ...b.room(), ' at ', { type: 'facility', text: b.pick(FACILITIES) },
    ' since ', { type: 'date', text: b.date() }, '. Still no answers. Call me at ', { type: 'phone', text: b.phone() }],
  (b) => ['Tough shift. ', ...b.age(), ' in ', ...b.room(), ', DOB ', { type: 'date', text: `${b.r.int(1, 12)}/${b.r.int(1, 28)}/${b.r.int(1920, 1934)}` },
    ', MRN ', { type: 'mrn', text: b.digits(b.r.int(7, 9)) }, '. Family refused hospice. #nursetwitter'],
  (b) => ['Pt ', { type: 'name', text: b.name() }, ' (', { type: 'mrn', text: `MR-${b.digits(7)}` }, ') back in the ED again 😩 admitted ', { type: 'date', text: b.date() }, ' 🎂'],
  (b) => { const n = b.name(); return ['Please pray for my ', b.pick(RELATIVES), ' ', { type: 'name', text: n }, ', ', { type: 'facility', text: b.pick(FACILITIES) }, ' ICU. Updates at ', { type: 'url', text: b.url() }, ' or email ', { type: 'email', text: b.email(n) }]; },
  (b) => ['Insurance denied my claim AGAIN. Member ID ', { type: 'health_plan', text: `${b.pick(['XGH', 'BCX', 'W'])}${b.digits(9)}` }, ', policy number ', { type: 'health_plan', text: b.digits(8) }, '. Who do I call? ', { type: 'handle', text: b.handle() }],
  (b) => ['Our clinic moved to ', { type: 'address', text: `${b.r.int(12, 9800)} ${b.pick(STREETS)}` }, ', ', { type: 'address', text: b.pick(CITIES) }, ' ', b.pick(STATES), ' ', { type: 'address', text: b.zip() }, '. Fax referrals to ', { type: 'fax', text: b.phone() }],
  (b) => ['Lost my wallet at ', { type: 'facility', text: b.pick(FACILITIES) }, ' on ', { type: 'date', text: b.date() }, ' — SSN card ', { type: 'ssn', text: `${b.r.int(100, 665)}-${b.r.int(10, 99)}-${b.digits(4)}` }, ' and license # ', { type: 'license', text: `D${b.digits(7)}` }, ' inside'],
  (b) => ['Pacemaker serial ', { type: 'device', text: `PM${b.digits(8)}` }, ' recalled?? Got a letter ', { type: 'date', text: b.date() }, '. My cardiologist at ', { type: 'facility', text: b.pick(FACILITIES) }, ' says wait'],
  (b) => ['Someone hit my car in the ', { type: 'facility', text: b.pick(FACILITIES) }, ' lot, plate ', { type: 'vehicle', text: `${b.pick(['7', '8'])}${b.pick(['ABC', 'KXR', 'TMZ'])}${b.digits(3)}` }, '. During chemo day. Unreal.'],
  (b) => ['Portal login from ', { type: 'ip', text: `${b.r.int(11, 223)}.${b.r.int(0, 255)}.${b.r.int(0, 255)}.${b.r.int(1, 254)}` }, " wasn't me!! Account # ", { type: 'account', text: b.digits(10) }, ' at the hospital billing office'],
  (b) => { const n = b.name(); return ['Congrats to ', { type: 'name', text: n }, ' on turning ', { type: 'age_over_89', text: String(b.r.int(90, 105)) }, ' at ', { type: 'facility', text: b.pick(FACILITIES) }, '! Born ', { type: 'date', text: b.date() }, ', still sharp as ever. ', { type: 'handle', text: b.handle() }]; },
  (b) => ['Dr. ', { type: 'name', text: b.pick(LAST) }, ' told my ', b.pick(RELATIVES), ' (', ...b.age(), ') to stop metformin on ', { type: 'date', text: b.date() }, '. Is that right? Text me ', { type: 'phone', text: b.phone() }],
  (b) => ['Visiting hours at ', { type: 'facility', text: b.pick(FACILITIES) }, ' are a joke. ', b.pick(['Grandma', 'Grandpa']), ' in ', ...b.room(), ' waited 6 hours for meds.'],
  (b) => ['New patient portal: ', { type: 'url', text: b.url() }, '. Your chart number is ', { type: 'mrn', text: b.digits(8) }, ' — do not share it.'],
  (b) => ['Moving ', b.pick(RELATIVES), ' to ', { type: 'address', text: `${b.r.int(12, 9800)} ${b.pick(STREETS)}` }, ' in ', { type: 'address', text: b.pick(CITIES) }, ' next week, closer to ', { type: 'facility', text: b.pick(FACILITIES) }],
  (b) => ['Floated to ', { type: 'facility', text: b.pick(UNITS) }, ' again. My pt ', { type: 'name', text: b.pick(['J.K.', 'M.R.', 'T.D.']) }, ' in ', ...b.room(),
    ' asked for me by name. Page me at ext ', { type: 'phone', text: b.digits(4) }],
  (b) => ['Grandma turned ', { type: 'age_over_89', text: b.pick(['ninety', 'ninety-one', 'ninety-five', 'a hundred']) }, ' at ', { type: 'facility', text: b.pick(SHORT_FACILITIES) },
    ' today, thank you ', { type: 'name', text: b.pick(FIRST) }, ', RN for the cake 🎂'],
  (b) => ['Moving my ', b.pick(RELATIVES), ' from ', { type: 'address', text: b.pick(CITIES) }, ', ', b.pick(STATES), ' to be near us. Call ', { type: 'phone', text: b.pick(INTL_PHONES) }, ' if you can help'],
];

const UNITS = ['4 West', '6 North', 'Ward 7B', 'Station 4B', '5 Peds', 'Ward 12'];
const SHORT_FACILITIES = ['Mass General', 'Dana-Farber', 'Cedars-Sinai', 'Johns Hopkins', 'Charité', 'Sunnybrook', 'Mount Sinai'];
const INTL_PHONES = ['+44 20 7946 0958', '+49 30 901820', '+33 1 45 67 89 10', '+61 2 9374 4000', '404.555.0162 ext 12'];

/** `count` posts from `seed`. Labels are exact character spans (UTF-16). */
export function generatePhiPosts(count: number, seed = 20261124): GeneratedPost[] {
  const b = new Builder(new Random(seed));
  const out: GeneratedPost[] = [];
  for (let i = 0; i < count; i++) {
    const pieces = b.pick(TEMPLATES)(b);
    let text = '';
    const phi: GeneratedPost['phi'] = [];
    for (const p of pieces) {
      if (typeof p === 'string') { text += p; continue; }
      phi.push({ type: p.type, start: text.length, end: text.length + p.text.length, text: p.text });
      text += p.text;
    }
    out.push({ id: `gen-${i}`, text, phi });
  }
  return out;
}
