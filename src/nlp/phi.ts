/**
 * PHI detection: typed spans for the 18 HIPAA Safe Harbor categories (45 CFR 164.514(b)(2)(i)) plus social-media
 * handles (R1.1), tuned for social posts (R1.3): @handles, URL shorteners, "3/14 🎂", "my 92yo dad", room and bed
 * numbers, ZIP+4. Recall first: a miss is worse than over-redaction (F2 is reported beside F1).
 *
 * Type ids (used everywhere, including the gold sets): name, address, date, age_over_89, phone, fax, email, ssn, mrn,
 * health_plan, account, license, vehicle, device, url, ip, biometric, photo, other_id, facility, handle.
 * Offsets are UTF-16 code units into the input.
 */
import type { NameLexicon } from './lexicon/load-lexicons.js';
import type { Token } from './tokenize.js';

export const PHI_TYPES = ['name', 'address', 'date', 'age_over_89', 'phone', 'fax', 'email', 'ssn', 'mrn', 'health_plan', 'account', 'license',
  'vehicle', 'device', 'url', 'ip', 'biometric', 'photo', 'other_id', 'facility', 'handle'] as const;
export type PhiType = (typeof PHI_TYPES)[number];

export interface PhiFinding {
  type: PhiType;
  start: number;
  end: number;
  text: string;
  ruleId: string;
  confidence: number;
  /** For ages: the numeric age; for dates: the 4-digit year when the date carries one. */
  value?: number;
}

export interface QuasiIdentifier {
  ruleId: string;
  /** The elements that together could identify someone ("age", "relative", "facility", "room", "date", "place"). */
  elements: Array<{ kind: string; text: string; start: number; end: number }>;
  confidence: number;
}

/** The order in which overlapping findings are kept (earlier wins). */
const PRIORITY: PhiType[] = ['email', 'url', 'ip', 'ssn', 'mrn', 'health_plan', 'account', 'license', 'device', 'vehicle', 'fax', 'phone',
  'age_over_89', 'date', 'facility', 'address', 'other_id', 'biometric', 'photo', 'name', 'handle'];
const RANK = new Map(PRIORITY.map((t, i) => [t, i]));

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const LABEL_SEP = String.raw`(?:\s*(?:number|num|no\.?|#|id|nbr)\.?)?\s*(?:is|was|:|#|=|-)?\s*#?\s*`;

interface Rule { type: PhiType; id: string; re: RegExp; group?: number; confidence: number; needsDigit?: boolean; check?: (m: RegExpExecArray, text: string) => boolean }

const RULES: Rule[] = [
  { type: 'email', id: 'phi.email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, confidence: 0.99 },
  { type: 'url', id: 'phi.url', re: /\b(?:https?:\/\/|www\.)[^\s<>"'”]+[^\s<>"'”.,;:!?)\]]/gi, confidence: 0.97 },
  { type: 'url', id: 'phi.url.shortener', re: /\b(?:bit\.ly|t\.co|tinyurl\.com|goo\.gl|ow\.ly|buff\.ly|is\.gd|lnkd\.in|rb\.gy|cutt\.ly|shorturl\.at|tiny\.cc)\/[A-Za-z0-9_-]+/gi, confidence: 0.97 },
  { type: 'url', id: 'phi.url.domain', re: /\b(?<![@\w.])[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{2,63})*\.(?:com|org|net|io|co|us|gov|edu|info|biz|me|ly|health|app|uk|ca|de|fr|es|au|in|online|site)\b(?:\/[^\s<>"']*[^\s<>"'.,;:!?)])?/gi, confidence: 0.85 },
  { type: 'ip', id: 'phi.ipv4', re: /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b/g, confidence: 0.95, needsDigit: true },
  { type: 'ip', id: 'phi.ipv6', re: /\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4})?\b/gi, confidence: 0.9,
    check: (m) => /\d/.test(m[0]) && m[0].includes(':') && !/^\d{1,2}:\d{2}$/.test(m[0]) },
  { type: 'ssn', id: 'phi.ssn.labelled', re: new RegExp(String.raw`\b(?:ssn|social security(?: number| no\.?| #)?|social)${LABEL_SEP}(\d{3}[- .]?\d{2}[- .]?\d{4})\b`, 'gi'), group: 1, confidence: 0.99, needsDigit: true },
  { type: 'ssn', id: 'phi.ssn.pattern', re: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g, confidence: 0.9, needsDigit: true },
  { type: 'mrn', id: 'phi.mrn.labelled', re: new RegExp(String.raw`\b(?:mrn|mr#|mr|medical record|med rec|chart|patient id|pt id|patient number|hospital number|record)${LABEL_SEP}([A-Z]{0,3}[- ]?\d[\d-]{3,14}[A-Z]?)\b`, 'gi'), group: 1, confidence: 0.97, needsDigit: true },
  { type: 'health_plan', id: 'phi.health-plan.labelled', re: new RegExp(String.raw`\b(?:member|membership|policy|medicare|medicaid|insurance|insurance policy|subscriber|group|health plan|plan|beneficiary|mbi|hicn|bcbs|aetna|cigna|humana|united ?healthcare|kaiser)(?: id| card)?${LABEL_SEP}([A-Z0-9][A-Z0-9-]{4,19})\b`, 'gi'), group: 1, confidence: 0.93, needsDigit: true, check: (m) => /\d/.test(m[1]!) },
  { type: 'account', id: 'phi.account.labelled', re: new RegExp(String.raw`\b(?:account|acct|a\/c|bank account|checking|savings|routing|billing|invoice|card)${LABEL_SEP}([A-Z]{0,4}\d[\d -]{4,24}\d)\b`, 'gi'), group: 1, confidence: 0.93, needsDigit: true },
  { type: 'account', id: 'phi.account.card', re: /\b(?:\d[ -]?){12,18}\d\b/g, confidence: 0.9, needsDigit: true, check: (m) => luhn(m[0].replace(/\D/g, '')) },
  { type: 'account', id: 'phi.account.iban-labelled', re: /\biban\s*(?:number|no\.?|#)?\s*(?:is|:)?\s*([a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?|[a-z]{2}\d{2}[a-z0-9]{11,30})\b/gi, group: 1, confidence: 0.95, needsDigit: true },
  { type: 'account', id: 'phi.account.iban', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, confidence: 0.9, needsDigit: true, check: (m) => m[0].replace(/\s/g, '').length >= 15 },
  { type: 'license', id: 'phi.license.labelled', re: new RegExp(String.raw`\b(?:licen[cs]e|lic|driver'?s licen[cs]e|drivers licen[cs]e|driving licen[cs]e|dl|dea|npi|certificate|cert|registration|board certification)${LABEL_SEP}([A-Z]{0,3}[- ]?\d[\dA-Z-]{3,14})\b`, 'gi'), group: 1, confidence: 0.93, needsDigit: true },
  { type: 'vehicle', id: 'phi.vehicle.plate', re: new RegExp(String.raw`\b(?:licen[cs]e plate|plate|tag|car reg|reg(?:istration)? plate|vehicle)${LABEL_SEP}([A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})\b`, 'gi'), group: 1, confidence: 0.9, check: (m) => /\d/.test(m[1]!) && /[A-Z]/i.test(m[1]!) },
  { type: 'vehicle', id: 'phi.vehicle.vin', re: /\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/g, confidence: 0.85, needsDigit: true },
  { type: 'device', id: 'phi.device.labelled', re: new RegExp(String.raw`\b(?:serial|s\/n|sn|device id|device|udi|lot|model|imei|pacemaker|pump|implant|monitor|cgm)${LABEL_SEP}([A-Z0-9][A-Z0-9-]{4,24})\b`, 'gi'), group: 1, confidence: 0.9, needsDigit: true, check: (m) => /\d/.test(m[1]!) },
  { type: 'fax', id: 'phi.fax.labelled', re: /\bfax(?:\s*(?:number|no\.?|#))?\s*(?:is|:|#|-)?\s*((?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})\b/gi, group: 1, confidence: 0.97, needsDigit: true },
  { type: 'phone', id: 'phi.phone.nanp', re: /(?<![\d-])(?:(?:\+?1|001)[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?/g, confidence: 0.95, needsDigit: true },
  { type: 'phone', id: 'phi.phone.compact', re: /(?<![\d-])\b\d{10}\b/g, confidence: 0.6, needsDigit: true, check: (m, t) => /(?:call|phone|tel|text|cell|mobile|contact|reach|number|#)\W{0,12}$/i.test(t.slice(Math.max(0, m.index - 24), m.index)) },
  { type: 'phone', id: 'phi.phone.international', re: /(?:\+|\b00)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b/g, confidence: 0.9, needsDigit: true, check: (m) => m[0].replace(/\D/g, '').length >= 9 },
  { type: 'phone', id: 'phi.phone.labelled', re: /\b(?:phone|tel|telephone|mobile|cell|cellphone|call me (?:at|on)|call (?:us|me)|text me(?: at| on)?|reach me (?:at|on)|messages to|answering at|number is|office|whatsapp|contact(?: me)? (?:at|on))\s*(?:number|no\.?|#)?\s*[:=-]?\s*(\+?\(?\d[\d ().-]{5,18}\d)(?![\d-])/gi, group: 1, confidence: 0.9, needsDigit: true, check: (m) => { const d = m[1]!.replace(/\D/g, '').length; return d >= 7 && d <= 15; } },
  { type: 'phone', id: 'phi.phone.local', re: /\b\d{3}[-.]\d{4}\b/g, confidence: 0.7, needsDigit: true, check: (m, t) => /(?:call|phone|tel|text|cell|mobile|fax|reach|at|me|number|#)\W{0,6}$/i.test(t.slice(Math.max(0, m.index - 20), m.index)) },
  { type: 'age_over_89', id: 'phi.age.yo', re: /\b(9\d|1[0-2]\d)\s?(?:-\s?)?(?:yo|y\/o|y\.o\.?|yrs?|years?|year|yr)(?:[\s-]*old)?\b/gi, group: 0, confidence: 0.95, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.aged', re: /\b(?:aged?|age of|ages?|at)\s*:?\s*(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|lbs?|pounds|minutes|min|mins|days|weeks|months|percent|bpm|mmhg|\/|\.\d))/gi, confidence: 0.9, needsDigit: true, check: (m, t) => !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) && (/^\s*ages?/i.test(m[0]) || /^aged?|age of/i.test(m[0]) || /\b(?:died|passed)\b/i.test(t.slice(Math.max(0, m.index - 20), m.index))) },
  { type: 'age_over_89', id: 'phi.age.copula', re: /\b(?:turned|turning|is|am|was|be|he's|she's|i'm|im|now)\s+(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|lbs?|pounds|minutes|min|mins|days|weeks|months|percent|bpm|mmhg|degrees|\/|\.\d|:))/gi, confidence: 0.8, needsDigit: true, check: (m, t) => !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[1]!.length)) },
  { type: 'age_over_89', id: 'phi.age.relative-parenthesis', re: /\b(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|husband|wife|aunt|uncle|patient|pt|neighbou?r|friend|resident)\s*[(,]\s*(9\d|1[0-2]\d)\s*[),]/gi, group: 1, confidence: 0.85, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.clinical-shorthand', re: /\b(9\d|1[0-2]\d)\s?(?:yo\s?)?(?:F|M|yF|yM)\b(?=\s+(?:with|w\/|pmh|hx|presenting|admitted|s\/p|on|in|who|c\/o))/g, confidence: 0.9, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.nonagenarian', re: /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/gi, confidence: 0.8 },
  { type: 'date', id: 'phi.date.iso', re: /\b(19|20)\d{2}-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b/g, confidence: 0.97, needsDigit: true },
  { type: 'date', id: 'phi.date.numeric', re: /\b(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|[12]\d|3[01])[/.-]((?:19|20)?\d{2})\b/g, confidence: 0.95, needsDigit: true, check: (m) => Number(m[1]) <= 12 || Number(m[2]) <= 12 },
  { type: 'date', id: 'phi.date.month-day', re: /(?<![\d/.])\b(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\b(?![/\d]|\s*(?:mg|ml|dose|tabs?|pills?|of\b|cups?|%))/g, confidence: 0.75, needsDigit: true },
  { type: 'date', id: 'phi.date.month-name', re: new RegExp(String.raw`\b${MONTH}\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2}))?`, 'gi'), confidence: 0.93, needsDigit: true, check: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && !/^may\s/i.test(m[0]) || /^may\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?$/i.test(m[0]) && (m[0].length > 6 || /\d{2}/.test(m[0])) },
  { type: 'date', id: 'phi.date.day-month', re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+((?:19|20)\d{2}))?`, 'gi'), confidence: 0.93, needsDigit: true, check: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  { type: 'date', id: 'phi.date.month-year', re: new RegExp(String.raw`\b${MONTH}\.?\s+((?:19|20)\d{2})\b`, 'gi'), confidence: 0.85, needsDigit: true },
  { type: 'date', id: 'phi.date.dob', re: /\b(?:dob|d\.o\.b\.?|born(?: on)?|birthday(?: is)?|date of birth)\s*:?\s*((?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?))/gi, group: 1, confidence: 0.97, needsDigit: true },
  { type: 'address', id: 'phi.address.zip-plus4', re: /\b\d{5}-\d{4}\b/g, confidence: 0.95, needsDigit: true },
  { type: 'address', id: 'phi.address.zip-labelled', re: /\b(?:zip|zipcode|zip code|postal code|postcode)\s*(?:code)?\s*:?\s*(\d{5})(?:-\d{4})?\b/gi, group: 1, confidence: 0.95, needsDigit: true },
  { type: 'address', id: 'phi.address.state-zip', re: /\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]),?\s+(\d{5})(?:-\d{4})?\b/g, group: 1, confidence: 0.9, needsDigit: true },
  { type: 'address', id: 'phi.address.street', re: /\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){0,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Row|Alley|Crescent|Cres|Close|Heights|Hts|Gardens|Grove|Park|Point|Pike|Plaza|Ridge|Run|Walk|Mews|Hill|Junction|Expressway|Freeway|Fwy|Port|Ports|Ranch|Route|Rte|Spur|Summit|Track|Turnpike|Tpke|Union|Valley|View|Villages?|Ville|Vista|Wells?|Crossing|Xing|Meadows?|Mill|Mills|Falls|Ferry|Forest|Forge|Fort|Ft|Center|Ctr|Causeway|Cove|Creek|Crest|Estates?|Glen|Green|Harbor|Haven|Island|Isle|Key|Lake|Lakes|Landing|Light|Lodge|Manor|Mount|Mountain|Oval|Pass|Path|Pines|Prairie|Shore|Shores|Springs?|Station|Stream|Throughway|Unions?|Viaduct|Via|Bypass|Camp|Canyon|Cape|Cliffs?|Common|Corners?|Course|Courts|Dale|Dam|Divide|Extension|Ext|Field|Fields|Flat|Flats|Ford|Fords|Fork|Forks|Gateway|Harbour)\b\.?(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|#|No\.?)\s*[\w-]+)?/g, confidence: 0.93, needsDigit: true },
  { type: 'address', id: 'phi.address.po-box', re: /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s*\d+\b/gi, confidence: 0.95, needsDigit: true },
  { type: 'address', id: 'phi.address.apartment', re: /\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*\d+[A-Z]?\b/g, confidence: 0.85, needsDigit: true },
  { type: 'address', id: 'phi.address.county', re: /\b(?:[A-Z][a-z]+\s){1,2}(?:County|Parish|Borough|Township)\b/g, confidence: 0.85, check: (m, t) => !/^(?:County|The)\b/.test(m[0]) && !/\s*(?:Hospital|Medical|General|Health|Clinic)/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 10)) },
  { type: 'other_id', id: 'phi.other-id.room-bed', re: /\b(?:room|rm|bed|bay|ward|cubicle|stall|pod|suite|bed\s?space|trauma|exam room|or)\s*#?\s*(?:\d{1,4}[A-Z]?|[A-Z]\d{1,3}|[A-Z]-?\d{1,3})\b(?:\s*(?:bed|b)\s*[A-Z0-9]{1,2}\b)?/gi, confidence: 0.9, needsDigit: true, check: (m) => !/^or\b/i.test(m[0]) || /\d[A-Z]?$/i.test(m[0]) && /^OR\b/.test(m[0]) },
  { type: 'other_id', id: 'phi.other-id.labelled', re: new RegExp(String.raw`\b(?:case|claim|ticket|reference|ref|confirmation|order|rx|prescription|specimen|accession|encounter|visit|employee|badge|student|passport|tax|ein|tin|itin)${LABEL_SEP}([A-Z]{0,4}[- ]?\d[\dA-Z-]{3,19})\b`, 'gi'), group: 1, confidence: 0.85, needsDigit: true },
  { type: 'biometric', id: 'phi.biometric', re: /\b(?:fingerprints?|finger prints?|voice ?prints?|retina(?:l)? scans?|iris scans?|face ?scans?|facial recognition|palm ?prints?|hand geometry|dna (?:sample|profile|test results))\b/gi, confidence: 0.7 },
  { type: 'photo', id: 'phi.photo', re: /\b(?:photo|photos|picture|pictures|pic|pics|selfie|selfies|image|images|video|snap)\s+(?:of|with)\s+(?:my|our|the|this|a|her|his|him|them)?\s*(?:patient|pt|patients|mom|dad|mum|mother|father|husband|wife|son|daughter|grandma|grandpa|grandmother|grandfather|baby|kid|child|him|her|them|face|friend|sister|brother|partner|family|resident|client)s?\b|\b(?:see|attached|posting|posted|sharing)\s+(?:the\s+)?(?:photo|pic|picture|selfie)s?\b|📸/gi, confidence: 0.7 },
  { type: 'handle', id: 'phi.handle', re: /(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g, confidence: 0.95, check: (m, t) => !/^@\d+$/.test(m[0]) && t[m.index + m[0].length] !== '.' || /[A-Za-z]/.test(m[0]) },
  { type: 'handle', id: 'phi.handle.reddit', re: /(?<![\w/])\/?u\/[A-Za-z0-9_-]{3,20}\b/g, confidence: 0.95 },
  { type: 'facility', id: 'phi.facility.saint', re: /\b(?:St\.?|Saint|Ste\.?)\s+[A-Z][a-z]+(?:['’]s)?(?:\s+(?:(?:Regional|Memorial|General|University|Community|Children['’]s|Medical|Mercy|Health|Hospital|Medical Center|Medical Centre|Clinic|Infirmary|Hospice|Center|Centre|Healthcare|Health System)\b\s*){0,3})?/g, confidence: 0.85 },
  { type: 'facility', id: 'phi.facility.named', re: /\b(?:[A-Z][A-Za-z'’.&-]+\s+){1,4}(?:Hospital|Hospitals|Medical Center|Medical Centre|Health System|Health Center|Clinic|Infirmary|Hospice|Nursing Home|Rehab(?:ilitation)? Center|Care Center|Cancer Center|Cancer Institute|Children['’]s|Memorial|General|Healthcare|Health|Medical Group|Urgent Care|Surgery Center|Dialysis Center|Institute|Sanatorium|Sanitarium|Care Home|Retirement Home|Assisted Living|Senior Living|Pharmacy|Medical)\b(?:\s+(?:Hospital|Center|Centre|Clinic|Medical Center|Campus))?/g, confidence: 0.85, check: (m) => !/^(?:The|A|An|Our|My|This|That|At|In|To|Public|Mental|Global|Women['’]s|Men['’]s|Behavioral|Digital|Home|World|Primary)\s+(?:Health|Healthcare|Medical)$/.test(m[0]) },
  { type: 'facility', id: 'phi.facility.unit', re: /\b(?:NICU|PICU|CICU|MICU|SICU|ICU|ER|ED|L&D|labor and delivery|oncology ward|cardiac unit|psych ward|burn unit|step-?down)\s+(?:at|in)\s+(?:[A-Z][\w'’.-]+\s?){1,4}/g, confidence: 0.8 },
];

const STATE_ABBR = 'A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]';
const CITY_STATE = new RegExp(String.raw`\b((?:St\.\s|Saint\s|New\s|San\s|Los\s|Las\s|El\s|Fort\s|Port\s|North\s|South\s|East\s|West\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?\s+(?:${STATE_ABBR})\b(?=\s+\d{5}|[,.;]|\s*$)`, 'g');
const MEASURE_BEFORE = /(?:sugar|glucose|bg|bs|bp|pressure|heart rate|hr|pulse|o2|spo2|sat|sats|oxygen|temp|temperature|weight|score|a1c|level|count|iq|reading|rate|saturation|percent|grade|mph|speed|%)\W{0,12}(?:\w+\W{1,3}){0,2}$/i;

function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'nurse', 'sister', 'father', 'rev', 'sr', 'jr', 'dame', 'sir', 'lady', 'lord', 'capt', 'sgt', 'officer', 'doctor', 'madam', 'mister']);
const NAME_CONTEXT = new Set(['name', 'named', 'called', 'patient', 'pt', 'dad', 'mom', 'mum', 'husband', 'wife', 'son', 'daughter', 'grandma', 'grandpa',
  'sister', 'brother', 'friend', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'colleague', 'neighbor', 'neighbour', 'boss', 'partner', 'baby', 'is', 'meet', 'from', 'with', 'and', 'by', 'to', 'dear', 'hi', 'hello', 'thanks', 'cc']);
/** Words after which an unknown capitalised word is taken as a name ("my dad Tariq", "congrats to Ingrid", "named Olu"). */
const STRONG_NAME_CONTEXT = new Set(['name', 'named', 'called', 'patient', 'pt', 'meet', 'dear', 'dad', 'mom', 'mum', 'husband', 'wife', 'son', 'daughter',
  'grandma', 'grandpa', 'sister', 'brother', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'friend', 'colleague', 'congrats', 'congratulations', 'thanks',
  'thank', 'pray', 'prayers', 'rip', 'mr', 'mrs', 'ms', 'dr', 'miss', 'nurse', 'neighbor', 'neighbour', 'boyfriend', 'girlfriend', 'fiance', 'partner', 'baby', 'resident']);
/** Capitalised words that follow those contexts without being names. */
const COMMON_CAPITALISED = new Set(['god', 'jesus', 'everyone', 'all', 'you', 'them', 'him', 'her', 'us', 'today', 'team', 'staff', 'doctor', 'nurses', 'icu',
  'er', 'ed', 'hospital', 'health', 'medical', 'the', 'a', 'an', 'and', 'is', 'was', 'has', 'had', 'in', 'at', 'on', 'with']);
const NOT_NAMES = new Set(['i', 'im', 'the', 'a', 'an', 'my', 'our', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'god', 'jesus', 'covid', 'fda', 'cdc', 'who', 'nih', 'er', 'icu', 'ok', 'lol', 'omg', 'dm', 'rt', 'ama', 'md', 'rn', 'np', 'pa', 'do', 'phd']);

export class PhiDetector {
  private readonly first: Set<string>;
  private readonly last: Set<string>;
  private readonly ambiguous: Set<string>;
  private readonly cities: Map<string, number>;

  constructor(names: NameLexicon, private readonly isConcept: (word: string) => boolean = () => false) {
    this.ambiguous = new Set(names.ambiguous.map((n) => n.toLowerCase()));
    this.first = new Set(names.first.map((n) => n.toLowerCase()));
    this.last = new Set(names.last.map((n) => n.toLowerCase()));
    this.cities = new Map();
    for (const c of names.cities) {
      const words = c.split(/\s+/).length;
      this.cities.set(c.toLowerCase(), words);
    }
  }

  /** Every PHI span in the text; overlaps resolved by type priority, then length. */
  detect(text: string, tokens: readonly Token[]): PhiFinding[] {
    const found: PhiFinding[] = [];
    const hasDigit = /\d/.test(text);
    for (const rule of RULES) {
      if (rule.needsDigit && !hasDigit) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        if (m[0].length === 0) { rule.re.lastIndex++; continue; }
        // A failed check retries one character later: "Pacemaker serial PM1234" must not lose "serial PM1234".
        if (rule.check && !rule.check(m, text)) { rule.re.lastIndex = m.index + 1; continue; }
        const g = rule.group ?? 0;
        const value = m[g];
        if (!value) { rule.re.lastIndex = m.index + 1; continue; }
        const start = g === 0 ? m.index : m.index + m[0].lastIndexOf(value);
        const trimmed = value.replace(/\s+$/, '');
        const finding: PhiFinding = { type: rule.type, start, end: start + trimmed.length, text: trimmed, ruleId: rule.id, confidence: rule.confidence };
        if (rule.type === 'age_over_89') {
          const age = /\d+/.exec(m[0]);
          if (age) finding.value = Number(age[0]);
        }
        if (rule.type === 'date') {
          const year = /\b(19|20)\d{2}\b/.exec(value) ?? /^\d{1,2}[/.-]\d{1,2}[/.-](\d{2})$/.exec(value);
          if (year) finding.value = year[0].length === 4 ? Number(year[0]) : expandYear(Number(year[1]));
        }
        found.push(finding);
      }
    }
    if (text.includes('fax') || text.includes('Fax') || text.includes('FAX')) relabelFax(text, found);
    this.names(text, tokens, found);
    this.places(text, tokens, found);
    return resolveOverlaps(found);
  }

  private names(text: string, all: readonly Token[], out: PhiFinding[]): void {
    const tokens = all.filter((t) => t.kind === 'word' || t.kind === 'number');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !isCapitalised(t.text)) continue;
      const lower = t.norm;
      if (NOT_NAMES.has(lower)) continue;
      const prev = tokens[i - 1];
      const prevNorm = prev?.norm ?? '';
      const afterTitle = prev !== undefined && TITLES.has(prevNorm) && (prev.end === t.start - 1 || text[prev.end] === '.');
      const known = this.first.has(lower) || this.last.has(lower);
      const inContext = prev !== undefined && NAME_CONTEXT.has(prevNorm);
      const ambiguous = this.ambiguous.has(lower) || this.isConcept(lower);
      const sentenceStart = t.breakBefore;
      let score = 0;
      if (afterTitle) score = 0.95;
      else if (known && !ambiguous && !sentenceStart) score = 0.85;
      else if (known && !ambiguous && sentenceStart) score = 0.7;
      else if (known && ambiguous && inContext && !sentenceStart) score = 0.6;
      else if (!known && !this.isConcept(lower) && !COMMON_CAPITALISED.has(lower) && (STRONG_NAME_CONTEXT.has(prevNorm)
        || (STRONG_NAME_CONTEXT.has(tokens[i - 2]?.norm ?? '') && ['to', 'for', 'is'].includes(prevNorm)))) score = 0.7;
      if (score === 0) continue;
      // Extend over following capitalised name-like words ("Maria Lopez", "John A. Smith").
      let j = i;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1]!;
        const gap = text.slice(tokens[j]!.end, n.start);
        if (!/^\s?[A-Z]?\.?\s?$/.test(gap) && !/^\s$/.test(gap) && !/^\.?\s$/.test(gap)) break;
        if (n.kind !== 'word' || !isCapitalised(n.text) || NOT_NAMES.has(n.norm) || n.breakBefore) break;
        if (!(this.last.has(n.norm) || this.first.has(n.norm) || /^[A-Z][a-z]+$/.test(n.text)) || this.isConcept(n.norm)) break;
        j++;
      }
      if (j === i && !afterTitle && score < 0.8 && this.last.has(lower) && !this.first.has(lower) && !inContext) continue;
      // And back over a capitalised given name the lexicon does not know ("Jožef Albin").
      let b = i;
      while (!afterTitle && b > 0 && b > i - 2) {
        const p = tokens[b - 1]!;
        if (p.kind !== 'word' || !isCapitalised(p.text) || NOT_NAMES.has(p.norm) || COMMON_CAPITALISED.has(p.norm) || this.isConcept(p.norm)
          || TITLES.has(p.norm) || STRONG_NAME_CONTEXT.has(p.norm)
          || this.ambiguous.has(p.norm) || text.slice(p.end, tokens[b]!.start) !== ' ' || tokens[b]!.breakBefore) break;
        if (out.some((f) => f.start <= p.start && f.end > p.start)) break;
        b--;
      }
      const start = tokens[b]!.start;
      const end = tokens[j]!.end;
      out.push({ type: 'name', start, end, text: text.slice(start, end), ruleId: afterTitle ? 'phi.name.title' : known ? 'phi.name.lexicon' : 'phi.name.context', confidence: score });
      i = j;
    }
    // Initials after a patient word: "pt J.D.", "patient JD".
    const initials = /\b(?:patient|pt|mr|mrs|ms|resident|client)\.?\s+([A-Z]\.\s?[A-Z]\.?|[A-Z]{2})(?![\w])/g;
    for (let m = initials.exec(text); m; m = initials.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      out.push({ type: 'name', start, end: start + m[1]!.length, text: m[1]!, ruleId: 'phi.name.initials', confidence: 0.75 });
    }
  }

  private places(text: string, tokens: readonly Token[], out: PhiFinding[]): void {
    // "Boise, ID 83702", "Dayton OH": a capitalised place before a US state abbreviation (and usually a ZIP).
    CITY_STATE.lastIndex = 0;
    for (let m = CITY_STATE.exec(text); m; m = CITY_STATE.exec(text)) {
      out.push({ type: 'address', start: m.index, end: m.index + m[1]!.length, text: m[1]!, ruleId: 'phi.address.city-state', confidence: 0.85 });
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !isCapitalised(t.text)) continue;
      for (let len = 3; len >= 1; len--) {
        if (i + len > tokens.length) continue;
        const last = tokens[i + len - 1]!;
        const phrase = text.slice(t.start, last.end);
        const words = this.cities.get(phrase.toLowerCase());
        if (words !== len || !tokens.slice(i, i + len).every((x) => isCapitalised(x.text))) continue;
        if (t.breakBefore && len === 1 && (this.first.has(t.norm) || this.last.has(t.norm))) continue;
        out.push({ type: 'address', start: t.start, end: last.end, text: phrase, ruleId: 'phi.address.city', confidence: 0.75 });
        i += len - 1;
        break;
      }
    }
  }
}

function isCapitalised(word: string): boolean {
  return /^[A-Z](?:[a-z]|['’][A-Z])/.test(word);
}

function expandYear(yy: number): number {
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

function relabelFax(text: string, found: PhiFinding[]): void {
  for (const f of found) {
    if (f.type !== 'phone') continue;
    const before = text.slice(Math.max(0, f.start - 32), f.start).toLowerCase();
    if (/\bfax(?:ed|ing|es)?\b[^.\n\d]{0,24}$/.test(before)) { f.type = 'fax'; f.ruleId = 'phi.fax.context'; }
  }
}

function resolveOverlaps(found: PhiFinding[]): PhiFinding[] {
  found.sort((a, b) => a.start - b.start || (RANK.get(a.type)! - RANK.get(b.type)!) || (b.end - b.start) - (a.end - a.start));
  const kept: PhiFinding[] = [];
  for (const f of found) {
    let drop = false;
    for (let k = kept.length - 1; k >= 0; k--) {
      const g = kept[k]!;
      if (g.end <= f.start) continue;
      if (f.end <= g.start) continue;
      // Overlap: keep the higher-priority type; on a tie, the longer span.
      const fr = RANK.get(f.type)!;
      const gr = RANK.get(g.type)!;
      if (fr < gr || (fr === gr && f.end - f.start > g.end - g.start)) kept.splice(k, 1);
      else { drop = true; break; }
    }
    if (!drop) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const RELATIVE = /\b(?:my|our|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:dad|mom|mum|mother|father|husband|wife|son|daughter|grandma|grandpa|grandmother|grandfather|sister|brother|aunt|uncle|baby|patient|pt)\b/gi;
const ANY_AGE = /\b(\d{1,3})\s?(?:-\s?)?(?:yo|y\/o|yrs?|years?|year)(?:[\s-]*old)?\b|\b(?:aged?)\s+(\d{1,3})\b/gi;

/**
 * Quasi-identifiers: details that alone are not Safe Harbor identifiers but together can point to one person in a
 * public post ("my 92yo dad in room 4B at St. Mary's on 3/14").
 */
export function quasiIdentifiers(text: string, phi: readonly PhiFinding[]): QuasiIdentifier[] {
  const elements: QuasiIdentifier['elements'] = [];
  for (const f of phi) {
    const kind = f.type === 'age_over_89' ? 'age' : f.type === 'other_id' ? 'room' : f.type === 'address' ? 'place' : f.type;
    if (['age', 'room', 'place', 'facility', 'date'].includes(kind)) elements.push({ kind, text: f.text, start: f.start, end: f.end });
  }
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) elements.push({ kind: 'relative', text: m[0], start: m.index, end: m.index + m[0].length });
  ANY_AGE.lastIndex = 0;
  for (let m = ANY_AGE.exec(text); m; m = ANY_AGE.exec(text)) {
    if (!elements.some((e) => e.kind === 'age' && e.start <= m!.index && e.end >= m!.index)) elements.push({ kind: 'age', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const kinds = new Set(elements.map((e) => e.kind));
  if (kinds.size < 2 || (kinds.size === 2 && kinds.has('relative') && kinds.has('date'))) return [];
  return [{ ruleId: 'phi.quasi-identifier.combination', elements: elements.sort((a, b) => a.start - b.start), confidence: Math.min(0.95, 0.4 + 0.15 * kinds.size) }];
}
