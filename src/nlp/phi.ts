/**
 * PHI detection: typed spans for the 18 HIPAA Safe Harbor categories (45 CFR 164.514(b)(2)(i)) plus social-media
 * handles (R1.1), tuned for social posts (R1.3): @handles, URL shorteners, "3/14 🎂", "my 92yo dad", room and bed
 * numbers, ZIP+4. Recall first: a miss is worse than over-redaction (F2 is reported beside F1).
 *
 * Type ids (used everywhere, including the gold sets): name, address, date, age_over_89, phone, fax, email, ssn, mrn,
 * health_plan, account, license, vehicle, device, url, ip, biometric, photo, other_id, facility, handle.
 * Offsets are UTF-16 code units into the input.
 *
 * Span convention (the written definitions of eval/gold/README.md, section 2): a span holds the identifying value
 * only. Cue words and titles stay outside ("room {4B}", "{92}yo", "Dr. {Okafor}", "MRN {00482913}", "ext {4417}"),
 * weekday names stay outside a date, each address part is its own span (street line with its apartment, city, ZIP)
 * and a state is never part of one.
 */
import type { NameLexicon } from './lexicon/load-lexicons.js';
import { FOREIGN_WORDS, foreignLanguageOf } from './foreign-words.js';
import { FACILITY_NEEDS_CONTEXT, FACILITY_SYSTEMS, KNOWN_FACILITIES, NOT_SITE_WORD } from './known-facilities.js';
import { normalizeWord, type Token } from './tokenize.js';

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
const PRIORITY: PhiType[] = ['photo', 'biometric', 'email', 'url', 'ip', 'ssn', 'mrn', 'health_plan', 'account', 'license', 'device', 'vehicle', 'fax', 'phone',
  'age_over_89', 'date', 'facility', 'address', 'other_id', 'name', 'handle'];
const RANK = new Map(PRIORITY.map((t, i) => [t, i]));

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Month names in German, French, Spanish, Portuguese and Italian ("14. März", "3 mars", "14 de marzo"). */
const MONTH_INTL = '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|novembro|januari|februari|maart|mei|augustus|januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)';
/** An individual's event before a holiday makes it that person's date ("she was born on Christmas Eve"). */
/** "Christmas Eve admission", "New Year's Day discharge": the event word after the holiday ties it to someone. */
const HOLIDAY_EVENT_AFTER = /^\s+(?:on the ward|in (?:the )?(?:hospital|NICU|ICU|ward|ER|A&E|hospice)|[^.!?\n]{0,30}\b(?:operiert|eingeliefert|operado|operada|ingresad[oa]|opéré|opérée|hospitalisé|hospitalisée|operato|operata|ricoverat[oa])\b|admission|admit|discharge|surgery|delivery|birth|baby|diagnosis|transplant|stroke|crash|accident|c-section|code|arrest|overdose|fall|birthday|bday|gevallen|geworden|geopereerd|overleden|geboren|opgenomen|gestorben|gestürzt|operiert|(?:9\d|1[0-2]\d)(?!\d))(?![\p{L}])/iu;
/** Words that make a bare number a birthday age ("93 today!"). */
const BIRTHDAY_CUE = /🎂|🥳|\b(?:birthday|bday|b-day|born|turns|turned|years young)\b/i;
const HOLIDAY_EVENT = /\b(?:murió|muri[oó]|falleci[oó]|faleceu|nasceu|naci[oó]|morreu|est née?|mort|spent|went home|home on|operiert|operado|opéré|had (?:his|her|my) \w+|born|birth|geboren|née?|nació|nasceu|nato|nata|died|since|seit|desde|depuis|dal|passed|passed away|admitted|discharged|surgery|operated|diagnosed|delivered|coded|transplant|accident|crash|fell|stroke|seizure|heart attack|stents?|bypass|collapsed|fall|went into labou?r|water broke|ambulance|rushed|intubated|overdosed?|intubated|extubated|induced|gave birth|miscarried|arrested|since|until|on|last|this past|turns?|turned|turning|cumple|cumplió|faz|fez|wird|compie|compirà|fête ses|birthday|bday|tun|reach|arrived|geworden|gevallen|wypisan\w*|dirawat|sejak|making|booked|transplant|operation|section|nung|từ|in der|am|op|sa|à|le|el|en|em|il|al|zu)(?![A-Za-z])[^.!?\n]{0,40}$/i;
const LABEL_SEP = String.raw`(?:\s*(?:number|num|no\.?|#|id|nbr)\.?)?\s*(?:is|was|:|#|=|-)?\s*#?\s*`;

interface Rule {
  type: PhiType; id: string; re: RegExp; group?: number; confidence: number; needsDigit?: boolean;
  /**
   * Cheap gates before the (costlier) regex runs — most posts hold no '@', no "Hospital", no age of 90 or more:
   * `words` (one of these normalised tokens is in the post; looked up once per token through RULE_TRIGGERS),
   * `substr` (a plain substring), `ageNumber` (a number from 90 to 129 is in the post), `hint` (a small regex).
   */
  words?: readonly string[];
  substr?: string;
  ageNumber?: boolean;
  hint?: RegExp;
  check?: (m: RegExpExecArray, text: string) => boolean;
}

/** Kinds of spot a place is named by ("the Chermside shops"); the word stays outside the span. */
const SPOT_NOUNS = ['shops', 'shopping centre', 'marina', 'boat ramp', 'station', 'flat', 'beach', 'market', 'mall', 'bus stop', 'bus station',
  'roundabout', 'car park', 'playground', 'pier', 'jetty', 'taxi rank', 'tube'];
/** Spot words written as part of the place's name ("Kennedy Station", "Silk Board junction"): inside the span. */
const SPOT_NOUNS_IN_NAME = ['Station', 'Junction', 'junction'];
/** First words before "station", "shops", "beach"… that say what kind of spot it is, not which ("Police station", "the Old market"). */
const NOT_SPOT_NAME = /^(?:Police|Fire|Gas|Petrol|Train|Bus|Radio|Nurses?|Space|Power|Service|Polling|Weather|Ambulance|Coast|Union|Central|Main|Grand|Penn|Victoria|King|Queen|Waterloo|Euston|Paddington|The|This|That|Our|My|Your|Their|His|Her|Every|Each|Any|Some|One|Next|Last|First|Old|New|Local|Nearest|Big|Small|Little|Beach|Fish|Farmers|Night|Flea|Super|Stock|Sea|Nurse|Dad|Mum|Mom|Charging|Docking|Work|Base|Nursing|Triage|Scrub|Hand|Washing|Feeding|Changing|Filling|Pump|Hospital|Clinic|Street|Christmas|Easter|Sunday|Saturday)\b/;

/** Phone words in the languages of the posts, for numbers whose shape alone says nothing. */
const PHONE_WORDS = String.raw`\b(?:call|ring|text|txt|dial|phone|ph|tel|tlf|telephone|t[eé]l[eé]phone|telefon|telefono|tel[eé]fono|telefone|telemóvel|cell|cellphone|celular|cel|m[oó]vil|mobile|mobil|mob|handy|portable|whatsapp|signal|landline|number|nummer|num[eé]ro|n[uú]mero|llam[ae]|ll[aá]mame|ll[aá]manos|appelez|appelle|ruf|rufen|anrufen|erreichbar|erreichen|unter|ligue|liga|chiama|chiamami|chiamate|bel|reach|contact|hotline|line|pager|beeper)`;

/** The same words as tokens (accents folded, as the tokenizer keys them), so the rule runs only on posts that hold one. */
const PHONE_TRIGGER_WORDS = ['call', 'ring', 'text', 'txt', 'dial', 'phone', 'ph', 'tel', 'tlf', 'telephone', 'telefon', 'telefono', 'telefone', 'telemovel',
  'cell', 'cellphone', 'celular', 'cel', 'movil', 'mobile', 'mobil', 'mob', 'handy', 'portable', 'whatsapp', 'signal', 'landline', 'number', 'nummer',
  'numero', 'llama', 'llame', 'llamame', 'llamanos', 'appelez', 'appelle', 'ruf', 'rufen', 'anrufen', 'erreichbar', 'erreichen', 'unter', 'ligue', 'liga',
  'chiama', 'chiamami', 'chiamate', 'bel', 'reach', 'contact', 'hotline', 'line', 'pager', 'beeper'];
/** An individual's event (or birthday, or age) before or after a holiday makes it that person's date; greetings do not. */
function holidayIsSomeones(m: RegExpExecArray, t: string): boolean {
  return (HOLIDAY_EVENT.test(t.slice(Math.max(0, m.index - 60), m.index)) || HOLIDAY_EVENT_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)))
    && !/\b(?:merry|happy|wishing|wish you|season)\W+$/i.test(t.slice(Math.max(0, m.index - 20), m.index));
}

/** Festivals and public days beyond phi.date.holiday's list, as people write them. Facts, written here. */
const WORLD_HOLIDAYS = ['Dhanteras', 'Ugadi', 'Gudi Padwa', 'Baisakhi', 'Vaisakhi', 'Navratri', 'Dussehra', 'Durga Puja', 'Raksha Bandhan', 'Rakhi',
  'Janmashtami', 'Ganesh Chaturthi', 'Karva Chauth', 'Bhai Dooj', 'Lohri', 'Bihu', 'Chhath', 'Tết', 'Tet', 'Hari Raya', 'Hari Raya Aidilfitri',
  'Hari Raya Haji', 'Deepavali', 'Thaipusam', 'Vesak', 'Chuseok', 'Seollal', 'Songkran', 'Undas', 'Todos los Santos', 'Noche Buena', 'Simbang Gabi',
  'Matariki', 'Waitangi Day', 'Melbourne Cup day', 'Melbourne Cup Day', 'Eid al-Fitr', 'Eid al-Adha', 'Eid ul-Fitr', 'Eid ul-Adha', 'Ramadan', 'Ramzan',
  'Nowruz', 'Yom Kippur', 'Rosh Hashanah', 'Passover', 'Pesach', 'Purim', 'Mardi Gras', 'Carnaval', 'Carnival', 'Fasching', 'Karneval',
  'dia de Santo António', 'dia de São João', 'São João', 'Santo António', 'dia de Reis', 'Día de Reyes', 'Corpus Christi', 'Pentecost', 'Whit Monday',
  'Pfingsten', 'Ascension Day', 'Himmelfahrt', 'Ash Wednesday', 'Palm Sunday', 'Maundy Thursday', 'Shrove Tuesday', 'Pancake Day',
  'Emancipation Day', 'Jamhuri Day', 'Madaraka Day', 'Mashujaa Day', 'Youth Day', 'Workers Day', 'Human Rights Day', 'Day of Reconciliation',
  'Republic Day', 'Kings Birthday', "King's Birthday", "Queen's Birthday", 'Labour Day', "St Brigid's Day", 'Bastille Day',
  'Quatorze Juillet', 'Tag der Deutschen Einheit', 'Dia de Portugal', 'Dia de la Hispanidad', 'Fiestas Patrias', 'Grito', 'Cinco de Mayo', 'Dia das Mães',
  'Día de la Madre', 'Muttertag', 'Vatertag', 'Fête des mères', 'Fête des pères', 'Día de la Virgen', 'Sinterklaas', 'Lebaran', 'Idul Fitri',
  'Divali', 'Saint Brigid\'s Day', 'Domingo de Ramos', 'Semana Santa', 'Ferragosto', 'Koningsdag', 'Syttende Mai', 'Tanabata', 'Obon',
  'Golden Week', 'Saint-Jean-Baptiste', 'Children\'s Day', 'Nollaig na mBan', 'Pasko', 'Bagong Taon', 'Chuseok', '추석', '설날', '敬老の日',
  '正月', 'Nyepi', 'Galungan', 'Kwanzaa', 'Mashujaa', 'Pfingstmontag', 'Fronleichnam', 'Allerseelen', 'Dia de Finados', 'Finados',
  'Tiradentes', 'Día del Niño', 'Día de la Independencia', 'Mùng 1 Tết', 'mùng 2 Tết', 'mùng 3 Tết'];

/** A cued run of digits is a phone number when it has 6–15 digits and is not a date, a time, an amount or a range. */
function cuedDigitsArePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (digits < 6 || digits > 15) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (/^\d{5}-\d{4}$/.test(value)) return false;
  if (/^\d{1,3}(?:,\d{3})+$/.test(value) || /^\d+\s*-\s*\d+$/.test(value) && digits < 9) return false;
  return true;
}

/** One street of an intersection: "5th", "W 42nd", "9th Ave", "Colfax", "Old Mill Rd", "Hwy 9", "Route 30". */
const STREETISH = String.raw`(?:(?:Hwy|Highway|Route|Rte|SR|US|I-|County Road|CR)\s?\d{1,3}|(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?(?:\d{1,3}(?:st|nd|rd|th)|\d{2,3}(?=\s(?:St|Ave|Street|Avenue))|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})(?:\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Pl|Ct|Ter|Cir)\.?)?|(?:Hwy|Highway|Route|Rte|SR|US|I-|County Road|CR)\s?\d{1,3})`;

/** Ordinal day numbers in words, first to thirty-first. */
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;

/** "Royal" names that are not hospitals ("the Royal Mail", "Royal College"), for the two "Royal <town>" rules. */
const NOT_ROYAL_HOSPITAL = /^Royal\s(?:Mail|Family|Navy|Air|Marines?|College|Society|Academy|Wedding|Albert|Opera|Ballet|Mint|Court|Highness|Household|Commission|Charter|Warrant|Assent|Institution|Ascot|Variety|Bank|Shakespeare|Festival|Botanic|Gardens|Collection|Yacht|Engineers|Artillery|Legion|Enfield)\b/;

export const RULES: Rule[] = [
  { type: 'email', id: 'phi.email', substr: '@', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, confidence: 0.99 },
  // "jenna dot whitfield at example dot com", "jorge [at] example [dot] net": the whole phrase is the address.
  { type: 'email', id: 'phi.email.spelled', hint: /\bdot\b|\[at\]|\(at\)/i, re: /(?<![\w.])[A-Za-z0-9][\w.+-]*(?:\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*[\w+-]+)*\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|@)\s*[A-Za-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*[A-Za-z0-9-]+)*?\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:com|org|net|edu|gov|io|co|uk|de|fr|es|ca|au|us|info|example)\b/gi, confidence: 0.85,
    check: (m) => /\[(?:at|dot)\]|\((?:at|dot)\)|\{at\}|\sdot\s/i.test(m[0]) && !/^(?:at|dot|me|us|him|her|them|or|and|is|was)\s/i.test(m[0]) },
  // A full fediverse handle: "@sarahRN_nights@mastodon.social", "@ellie-recovers.bsky.social" (one span with its domain).
  { type: 'handle', id: 'phi.handle.fediverse', substr: '@', re: /(?<![\w.@])@[A-Za-z0-9_][\w.-]*[A-Za-z0-9_](?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+|\.(?:bsky\.social|[a-z0-9-]+\.(?:social|app|net|org|com|xyz|online|cloud)))\b/gi, confidence: 0.95 },
  { type: 'url', id: 'phi.url', hint: /http|www\./i, re: /\b(?:https?:\/\/|www\.)[^\s<>"'”]+[^\s<>"'”.,;:!?)\]]/gi, confidence: 0.97 },
  { type: 'url', id: 'phi.url.shortener', hint: /\.(?:ly|co|com|gl|gd|in|at|cc|be|ee|it|me|to)\//i, re: /\b(?:bit\.ly|t\.co|tinyurl\.com|goo\.gl|ow\.ly|buff\.ly|is\.gd|lnkd\.in|rb\.gy|cutt\.ly|shorturl\.at|tiny\.cc|youtu\.be|linktr\.ee|chng\.it|t\.ly|t\.me|wa\.me|amzn\.to|fb\.me|x\.gd|on\.soundcloud\.com)\/[A-Za-z0-9_.@-]+/gi, confidence: 0.97 },
  { type: 'url', id: 'phi.url.domain', hint: /[a-z0-9]\.[a-z]{2}/i, re: /\b(?<![@\w.])[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{2,63})*\.(?:com|org|net|io|co|us|gov|edu|info|biz|me|ly|health|app|uk|ca|de|fr|es|au|in|online|site|example|ee|be|it|nl|ie|nz|ch|at|eu|tv|ai|link|page|social)\b(?:\/[^\s<>"']*[^\s<>"'.,;:!?)])?/gi, confidence: 0.85 },
  { type: 'ip', id: 'phi.ipv4', hint: /\d\.\d{1,3}\.\d/, re: /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b/g, confidence: 0.95, needsDigit: true },
  { type: 'ip', id: 'phi.ipv6', hint: /[0-9a-f]:[0-9a-f:]/i, re: /\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4})?\b/gi, confidence: 0.9,
    check: (m) => /\d/.test(m[0]) && m[0].includes(':') && !/^\d{1,2}:\d{2}$/.test(m[0]) },
  { type: 'ssn', id: 'phi.ssn.labelled', words: ['ssn', 'social', 'ss'], re: new RegExp(String.raw`\b(?:ssn|ss#|ss no\.?|social security(?: number| no\.?| #)?|social)(?:\s+(?:as|of|read back as))?${LABEL_SEP}(\d{3}[- .]?\d{2}[- .]?\d{4})\b`, 'gi'), group: 1, confidence: 0.99, needsDigit: true },
  // "SSN ending in 4324", "social ending 7731": the last four are still an identifier (HHS).
  { type: 'ssn', id: 'phi.ssn.ending', words: ['ssn', 'social', 'ss'], re: /\b(?:ssn|ss#|social security(?: number| no\.?| #)?|social)\s*(?:number\s*)?(?:ending|ends|that ends)(?:\s+(?:in|with))?\s*:?\s*(\d{4})\b/gi, group: 1, confidence: 0.9, needsDigit: true },
  // "the last 4 of her SSN (7731)": HHS counts a partial SSN as an identifier.
  { type: 'ssn', id: 'phi.ssn.last-four', words: ['last'], re: /\blast\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:(?:her|his|my|their|the|your|a)\s+)?(?:ssn|social(?:\s+security)?(?:\s+number|\s+#)?|ss#)\s*(?:[:(]|is|was|=)?\s*\(?(\d{4})\b/gi, group: 1, confidence: 0.9, needsDigit: true },
  { type: 'ssn', id: 'phi.ssn.pattern', hint: /\d{3}-\d{2}-\d{4}/, re: /\b(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g, confidence: 0.9, needsDigit: true },
  { type: 'mrn', id: 'phi.mrn.labelled', words: ['mrn', 'mr', 'medical', 'med', 'chart', 'patient', 'pt', 'hospital', 'record', 'ha', 'dossier', 'uhid', 'mrd', 'ip'], re: new RegExp(String.raw`\b(?:mrn|mr#|mr|medical record|med rec|chart|patient id|pt id|patient number|hospital number|record|hospital card|ha case|hospital case|dossier|uhid|mrd|ip)(?:\s(?:at|from|for|with)\s[^.,;\n]{1,30}?(?=\s(?:is|was|:)))?${LABEL_SEP}([A-Z]{0,3}[-/ ]?\d[\d\-/]{3,14}[A-Z]?)\b`, 'gi'), group: 1, confidence: 0.97, needsDigit: true },
  { type: 'health_plan', id: 'phi.health-plan.labelled', words: ['member', 'membership', 'policy', 'medicare', 'medicaid', 'insurance', 'subscriber', 'group', 'health', 'plan', 'beneficiary', 'mbi', 'hicn', 'bcbs', 'aetna', 'cigna', 'humana', 'united', 'unitedhealthcare', 'kaiser', 'ohip', 'nhs', 'chi', 'carte', 'versichertennummer', 'krankenversicherungsnummer', 'tarjeta', 'philhealth', 'phn', 'dva', 'nhif', 'nhis', 'ayushman', 'abha', 'pmjay'], re: new RegExp(String.raw`\b(?:member|membership|policy|medicare|medicaid|insurance|insurance policy|subscriber|group|health plan|plan|beneficiary|mbi|hicn|bcbs|aetna|cigna|humana|united ?healthcare|kaiser|ohip|health card|health insurance|nhs|chi|carte vitale|versichertennummer|krankenversicherungsnummer|tarjeta sanitaria|philhealth|phn|dva file|dva|medical card|medisave|nhif|nhis|ayushman bharat|abha|pmjay)(?: id| card)?${LABEL_SEP}([A-Z0-9][A-Z0-9-]{4,19}|\d{4}\s\d{3}\s\d{3}|[A-Z]{2,3}\s\d{4}\s\d{2})\b`, 'gi'), group: 1, confidence: 0.93, needsDigit: true, check: (m) => /\d/.test(m[1]!) },
  // Spaced national numbers beside their label: NHS/CHI "943 476 5919", OHIP "1234 567 890 AB", Australian Medicare "2123 45670 1".
  { type: 'health_plan', id: 'phi.health-plan.national', words: ['nhs', 'chi', 'ohip', 'medicare', 'health'], re: /\b(?:nhs|chi|ohip|medicare|health card|health insurance)(?:\s+card)?\s*(?:number|num|no\.?|#)?\.?\s*(?:is|was|:|=)?\s*#?\s*(\d{3}[\s-]\d{3}[\s-]\d{4}|\d{4}[\s-]\d{3}[\s-]\d{3}(?:[\s-]?[A-Z]{2})?|\d{4}[\s-]?\d{5}[\s-]?\d(?:[\s-/]\d)?)\b/gi, group: 1, confidence: 0.93, needsDigit: true },
  // The Medicare Beneficiary Identifier has a fixed shape (CMS: 11 characters, letters without S L O I B Z), with or without dashes.
  { type: 'health_plan', id: 'phi.health-plan.mbi', words: ['medicare', 'mbi', 'card', 'number', 'beneficiary'], re: /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g, confidence: 0.85, needsDigit: true },
  { type: 'account', id: 'phi.account.labelled', words: ['account', 'acct', 'a', 'bank', 'checking', 'savings', 'routing', 'billing', 'invoice', 'card', 'claim'], re: new RegExp(String.raw`\b(?:account|acct|a\/c|bank account|checking|savings|routing|billing|invoice|card|claim|claim number|claim no)${LABEL_SEP}([A-Z]{0,4}-?\d[\d -]{4,24}\d)\b`, 'gi'), group: 1, confidence: 0.93, needsDigit: true },
  { type: 'account', id: 'phi.account.ending', words: ['card', 'account', 'acct', 'hsa', 'fsa', 'visa', 'mastercard', 'amex', 'debit', 'credit'], re: /\b(?:card|account|acct|hsa|fsa|visa|mastercard|amex|debit|credit)\s*(?:number\s*|#\s*)?(?:ending|ends)(?:\s+(?:in|with))?\s*:?\s*(\d{4})\b/gi, group: 1, confidence: 0.85, needsDigit: true },
  // Card numbers as cards print them: four-digit groups (Amex 4-6-5) or one run; "112-4567890-1234567" (a shop order) is not one.
  { type: 'account', id: 'phi.account.card', hint: /(?:\d[ -]?){13}/, re: /(?<![\d-])\b(?:\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5}|\d{13,19})\b(?![\d-])/g, confidence: 0.9, needsDigit: true, check: (m) => luhn(m[0].replace(/\D/g, '')) },
  { type: 'account', id: 'phi.account.iban-labelled', words: ['iban'], re: /\biban\s*(?:number|no\.?|#)?\s*(?:is|:)?\s*([a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?|[a-z]{2}\d{2}[a-z0-9]{11,30})\b/gi, group: 1, confidence: 0.95, needsDigit: true },
  { type: 'account', id: 'phi.account.iban', hint: /[A-Z]{2}\d{2}/, re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, confidence: 0.9, needsDigit: true, check: (m) => m[0].replace(/\s/g, '').length >= 15 },
  { type: 'license', id: 'phi.license.labelled', words: ['license', 'licence', 'lic', 'reg', 'drivers', 'driver', 'driving', 'dl', 'dea', 'npi', 'certificate', 'cert', 'registration', 'board', 'gmc', 'nmc', 'ahpra', 'hcpc', 'gphc', 'rpps', 'lanr', 'colegiado'], re: new RegExp(String.raw`\b(?:gmc|nmc(?: pin)?|ahpra|hcpc|gphc|rpps|lanr|n[uº]m(?:ero)? de colegiado|colegiado|licen[cs]e|lic|driver'?s licen[cs]e|drivers licen[cs]e|driving licen[cs]e|dl|dea|npi|certificate|cert|registration|board certification|(?<=(?:ahpra|gmc|nmc|mci|smc|pmdc|mdcn|hpcsa|council|dr\.?\s[^,\n]{1,25},)\s)reg\.?)${LABEL_SEP}([A-Z]{0,3}[- ]?\d[\dA-Z-]{3,14})\b`, 'gi'), group: 1, confidence: 0.93, needsDigit: true },
  { type: 'vehicle', id: 'phi.vehicle.plate', words: ['plate', 'tag', 'car', 'reg', 'registration', 'vehicle', 'license', 'licence', 'rego'], re: new RegExp(String.raw`\b(?:licen[cs]e plate|plate|rego|tag|car reg|reg(?:istration)? plate|vehicle)${LABEL_SEP}([A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})\b`, 'gi'), group: 1, confidence: 0.9,
    // "Asset tag BS-00417", "Wheelchair tag WC-0381": tags on equipment are not number plates.
    check: (m, t) => /\d/.test(m[1]!) && /[A-Z]/i.test(m[1]!) && !/\b(?:asset|wheelchair|equipment|name|id|luggage|bag|dog|ear|price|pump|scanner)\s+tag\b/i.test(t.slice(Math.max(0, m.index - 16), m.index + 4)) },
  // Plate shapes no other identifier has: British "LK19 XZP", Irish "231-D-45678", Indian "KA 05 MN 4417"; and any plate
  // right after a car's make or model ("the red Hilux CA 552-910").
  { type: 'vehicle', id: 'phi.vehicle.plate-shape', hint: /[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\d{2,3}-[A-Z]{1,2}-\d|[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}|(?:Audi|BMW|Toyota|Hilux|Corolla|Camry|Tiida|Honda|Civic|Ford|Ranger|Kia|Hyundai|Nissan|Mazda|Polo|Golf|Mercedes|Prius|Swift|Vitz|Sienta)\s[A-Z]/,
    re: /\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|\d{2,3}-[A-Z]{1,2}-\d{1,6}|[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}|(?<=(?:Audi|BMW|Toyota|Hilux|Corolla|Camry|Tiida|Honda|Civic|Ford|Ranger|Kia|Hyundai|Nissan|Mazda|Polo|Golf|Mercedes|Prius|Swift|Vitz|Sienta)\s)[A-Z]{1,3}\s?\d{2,4}[- ]?\d{0,4}[A-Z]{0,2})\b/g,
    confidence: 0.75, needsDigit: true },
  { type: 'vehicle', id: 'phi.vehicle.vin', hint: /[A-Z0-9]{17}/, re: /\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/g, confidence: 0.85, needsDigit: true },
  { type: 'device', id: 'phi.device.labelled', words: ['serial', 's', 'sn', 'device', 'udi', 'imei', 'pacemaker', 'pump', 'implant', 'monitor', 'cgm', 'defibrillator', 'icd', 'stimulator'], re: new RegExp(String.raw`\b(?:serial|serial number|serial no|s\/n|sn|device id|device|udi|imei|pacemaker|pump|implant|monitor|cgm|defibrillator|icd|stimulator)${LABEL_SEP}([A-Z0-9][A-Z0-9-]{4,24})\b`, 'gi'), group: 1, confidence: 0.9, needsDigit: true, check: (m) => /\d/.test(m[1]!) },
  // A DEA registration number: two letters and seven digits, with its check digit or beside the word DEA ("(BK4471902, you have it)").
  { type: 'license', id: 'phi.license.dea-format', hint: /\b[A-Z]{2}\d{7}\b/, re: /\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}\b/g, confidence: 0.85, needsDigit: true, check: (m, t) => deaCheckDigit(m[0]) || /\bDEA\b/.test(t) },
  { type: 'fax', id: 'phi.fax.labelled', words: ['fax', 'telefax'], re: /\b(?:tele)?fax(?:\s*(?:number|no\.?|#))?\s*(?:is|:|#|-)?\s*((?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})\b/gi, group: 1, confidence: 0.97, needsDigit: true },
  { type: 'phone', id: 'phi.phone.nanp', hint: /\d{3}[\s.-]\d{4}/, re: /(?<![\d-])(?:(?:\+?1|001)[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/g, confidence: 0.95, needsDigit: true },
  { type: 'phone', id: 'phi.phone.compact', hint: /\d{10}/, re: /(?<![\d-])\b\d{10}\b/g, confidence: 0.6, needsDigit: true, check: (m, t) => PHONE_CUE.test(t.slice(Math.max(0, m.index - 30), m.index)) },
  { type: 'phone', id: 'phi.phone.international', hint: /\+\d|\b00\d/, re: /(?:\(\+\d{1,3}\)\s?|\+|\b00)\d{0,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b/g, confidence: 0.9, needsDigit: true, check: (m, t) => m[0].replace(/\D/g, '').length >= 9 && !/^\d{5}-\d{4}$/.test(m[0]) && !/\b(?:NDC|lot|UPC|GTIN)\s*#?:?\s*$/i.test(t.slice(Math.max(0, m.index - 8), m.index)) },
  { type: 'phone', id: 'phi.phone.labelled', words: ['phone', 'tel', 'telephone', 'mobile', 'cell', 'cellphone', 'call', 'text', 'reach', 'messages', 'answering', 'number', 'office', 'whatsapp', 'contact'], re: /\b(?:phone|tel|telephone|mobile|cell|cellphone|call me (?:at|on)|call (?:us|me)|text me(?: at| on)?|reach me (?:at|on)|messages to|answering at|number is|office|whatsapp|contact(?: me)? (?:at|on))\s*(?:number|no\.?|#)?\s*[:=-]?\s*(\+?\(?\d[\d ().-]{5,18}\d)(?![\d-])/gi, group: 1, confidence: 0.9, needsDigit: true, check: (m) => { const d = m[1]!.replace(/\D/g, '').length; return d >= 7 && d <= 15; } },
    // An extension is its own span, cue outside ("555-0163 x{45}", "ext {2231}", "Durchwahl {214}", "extensión {405}", "poste {12}").
  { type: 'phone', id: 'phi.phone.extension', hint: /ext|x\.?\s*\d|durchwahl|poste|apparat/i, re: /(?<![A-Za-zÀ-ÿ])(?:ext|extension|extensión|extensao|extensão|durchwahl|apparat|poste|x)\.?\s*#?\s*:?\s*(\d{2,6})\b/gi, group: 1, confidence: 0.8, needsDigit: true,
    check: (m, t) => (/^(?:ext|extensi|extens|durchwahl|apparat)/i.test(m[0]) && m[1]!.length >= 3) || /\d[\s,]*$/.test(t.slice(Math.max(0, m.index - 3), m.index)) && (/^x\d/i.test(m[0]) || !/^x/i.test(m[0])) },
  { type: 'phone', id: 'phi.phone.pager', words: ['pager', 'beeper', 'page', 'paging', 'pg', 'vocera', 'spectralink', 'direct', 'desk', 'extension', 'bleep'], re: /\b(?:pager|beeper|page me at|paging|pg|vocera|spectralink|direct line|desk line|extension|bleep(?: me)?(?: on| at)?)\s*(?:number|no\.?|#)?\s*[:=-]?\s*(\d{4,7}|\d{3}[-.]\d{4})\b/gi, group: 1, confidence: 0.8, needsDigit: true },
  // Vanity numbers: "1-800-555-CARE", "(312) 555-DOCS".
  { type: 'phone', id: 'phi.phone.vanity', hint: /\d[\s.-][A-Z]{4}/, re: /(?<![\w-])(?:1[\s.-])?\(?\d{3}\)?[\s.-](?:(?:\d{3}|[A-Z]{3})[\s.-]?[A-Z]{4}|[A-Z]{5,8}(?:-[A-Z\d]{1,4})?)(?![\w-])/g, confidence: 0.8, needsDigit: true },
  // National numbers in their usual groups, needing no cue: UK "07700 900461", "0117 496 0321", "020 7946 0958"; Australian
  // "0491 570 156", "02 5550 1234"; French "01 23 45 67 89".
  { type: 'phone', id: 'phi.phone.national-shape', hint: /\b0\d/, re: /(?<![\d+.\/-])(?:\b0[1-9]\d{3}\s\d{6}|\b0\d{3}\s\d{3}\s\d{3,4}|\b0\d{2}\s\d{4}\s\d{4}|\b0\d\s\d{4}\s\d{4}|\(0\d\)\s\d{4}\s\d{4}|\b0[1-9](?:[\s.]\d{2}){4})\b(?![.\/-]\d)/g, confidence: 0.8, needsDigit: true },
  // Spanish numbers ("91 234 56 78", "612 345 678") after a cue in Spanish or English.
  { type: 'phone', id: 'phi.phone.spain', hint: /\b[6-9]\d{1,2}\s\d{2,3}\s\d{2,3}/, re: /(?<![\d+.\/-])\b[6-9]\d{1,2}(?:\s\d{2,3}){2,3}\b(?![.\/-]\d)/g, confidence: 0.7, needsDigit: true,
    check: (m, t) => m[0].replace(/\D/g, '').length === 9 && /(?:llam\w*|al|tel[eé]fono|tel|m[oó]vil|n[uú]mero|whatsapp|call|phone)\.?\W{0,6}$/i.test(t.slice(Math.max(0, m.index - 24), m.index)) },
  // Any grouping of 6–15 digits right after a phone word in the post's language ("unter 030 12345678", "Tel. 089/1234567",
  // "celular 55 1234 5678", "ligue (11) 91234-5678"): people type numbers in every national shape, so the cue decides.
  { type: 'phone', id: 'phi.phone.cued-digits', words: PHONE_TRIGGER_WORDS, hint: /\d[\s()./-]?\d[\s()./-]?\d/, re: new RegExp(String.raw`(?:${PHONE_WORDS})\.?(?:\s+(?:me|us|her|him|them|mich|uns|moi|nous|nos|mim|pra|para|per|bitte|anytime|any time))*\s*(?:(?:at|on|au|al|unter|under|:|#|=|-|is|ist|est|es|é|number|nummer|num[eé]ro|n[uú]mero|no\.?|nr\.?)\s*){0,3}(\+?\(?\d[\d\s().\/-]{4,20}\d)(?![\d\p{L}-])`, 'giu'), group: 1, confidence: 0.8, needsDigit: true,
    check: (m) => cuedDigitsArePhone(m[1]!) },
  // Read out digit by digit to dodge scrapers: "five five five, oh one two three".
  { type: 'phone', id: 'phi.phone.spelled', words: ['oh', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'], re: /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,.-]+){6,14}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi, confidence: 0.7 },
  // Extensions listed on their own in a post about phones: "bed board x4410, rapid team x3318".
  { type: 'phone', id: 'phi.phone.x-extension', hint: /(?<![\w/])x\d{4}/, re: /(?<![\w/])x(\d{4,5})\b/g, group: 1, confidence: 0.7, needsDigit: true,
    check: (m, t) => /\b(?:call|cell|phone|ext|extension|pager|page|line|dial|number|nbr|tel)\b/i.test(t) || /\d{3}[-.]\d{4}/.test(t) },
  // National numbers in 2-4-4 and (2) 4/5-4 groups (Mexico City, Guadalajara, São Paulo, Buenos Aires): "55 5501 2388", "(11) 95550-1234", "11 5555-0183".
  { type: 'phone', id: 'phi.phone.latam-shape', hint: /\d{2}\)?\s\d{4,5}[\s-]\d{4}/, re: /(?<![\d.,\/+-])(?:\(\d{2}\)\s?\d{4,5}-\d{4}|\b\d{2}\s\d{4}[\s-]\d{4})(?![\d.,\/-])/g, confidence: 0.75, needsDigit: true },
  // German mobiles and other 4-4-4 / 4-7 groups: "0176 5550 3391", "0151 55501873".
  { type: 'phone', id: 'phi.phone.de-mobile', hint: /\b0\d{3}\s\d{4}/, re: /(?<![\d.,\/+-])\b0\d{3}\s(?:\d{4}\s\d{3,4}|\d{7,8})\b(?![.,\/-]\d)/g, confidence: 0.8, needsDigit: true },
  // Spaced-out parentheses: "( 405 ) 555 - 0179"; letter O for zero to dodge scrapers: "2O6-555-O1O9".
  { type: 'phone', id: 'phi.phone.spaced', hint: /\(\s\d{3}\s\)|\d\s-\s\d|O\d|\dO/, re: /(?:\(\s?\d{3}\s?\)\s?\d{3}\s?-\s?\d{4}|\b[2-9O][\dO]{2}-[\dO]{3}-[\dO]{4}\b)/g, confidence: 0.75, check: (m) => /\(/.test(m[0]) || /O/.test(m[0]) },
  // Grouped national numbers of 9–12 digits in three or four groups of 2–5 ("601 555 017", "93 555 01 77", "044-2555-0168",
  // "(01632 960 418)"): phones in every country write them so; dates, scores, codes and sums are not grouped this way.
  { type: 'phone', id: 'phi.phone.grouped', hint: /\d{2,5}[\s-]\d{2,5}[\s-]\d{2,5}/, re: /(?<![\d.,\/+:#-]|\d\s)(?:\(\d{2,5}\)[ -]?|\d{2,5}[ -])(?:\d{2,5}[ -]){1,2}\d{2,5}(?![\d\/:-]|[.,]\d|\s\d)/g, confidence: 0.6, needsDigit: true,
    check: (m, t) => { const d = m[0].replace(/\D/g, '').length; return d >= 9 && d <= 12 && !/\b(?:NDC|lot|ISBN|ICD|CPT|order|invoice|ref|reference|tracking|case|claim|account|acct|policy|member|id|MRN|NHS|OHIP|SIN|NI|medicare|serial|VIN|card)\b[^.!?\n]{0,16}$/i.test(t.slice(Math.max(0, m.index - 24), m.index)); } },
  { type: 'phone', id: 'phi.phone.nl-mobile', hint: /\b06-?\d{8}\b/, re: /\b06-?\d{8}\b/g, confidence: 0.8, needsDigit: true },
  { type: 'phone', id: 'phi.phone.555', substr: '555', re: /(?<![\d-])\b555[-.\s]\d{4}\b/g, confidence: 0.85, needsDigit: true },
  { type: 'phone', id: 'phi.phone.national', hint: /\b0\d/, re: /(?<![\d+-])\(?0\d{1,4}\)?[\s.-]?\d{2,4}(?:[\s.-]\d{2,4}){1,3}\b/g, confidence: 0.75, needsDigit: true, check: (m, t) => { const d = m[0].replace(/\D/g, '').length; return d >= 9 && d <= 12 && PHONE_CUE.test(t.slice(Math.max(0, m.index - 30), m.index)); } },
  { type: 'phone', id: 'phi.phone.local', hint: /\d{3}[-.]\d{4}/, re: /\b\d{3}[-.]\d{4}\b/g, confidence: 0.7, needsDigit: true, check: (m, t) => PHONE_CUE.test(t.slice(Math.max(0, m.index - 30), m.index)) },
  // Ages: the number only ("{92}yo", "aged {94}", "{90}th birthday"); "90+" and "in their 90s" are Safe Harbor's own aggregate.
  { type: 'age_over_89', id: 'phi.age.yo', ageNumber: true, re: /\b(9\d|1[0-2]\d)\s?(?:-\s?)?(?:yo|y\/o|y\.o\.?|y-o|yrs?|years?|year|yr|y)(?:[\s-]*(?:old|young|of age))?\b(?!['’])(?![\s-]*olds\b)/gi, group: 1, confidence: 0.95, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.aged', ageNumber: true, re: /\b(?:aged?|age of|ages?|at)\s*:?\s*(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|lbs?|pounds|minutes|min|mins|days|weeks|months|percent|bpm|mmhg|\/|\.\d|\+|plus\b|and (?:over|older|above|up)\b|or (?:over|older|above)\b|cutoff|cut-off|threshold|limit|bracket|group))/gi, group: 1, confidence: 0.9, needsDigit: true, check: (m, t) => !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) && (/^\s*ages?/i.test(m[0]) || /^aged?|age of/i.test(m[0]) || /\b(?:died|passed|death)\b/i.test(t.slice(Math.max(0, m.index - 40), m.index)) || /^(?:\s*[,!;.?]|\s*$|\s+(?:and|she|he|still|years|yrs))/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8))) },
  { type: 'age_over_89', id: 'phi.age.copula', ageNumber: true, re: /\b(?:are|you're|you’re|youre|dad['’]s|mum['’]s|mom['’]s|nan['’]s|gran['’]s|grandma['’]s|grandpa['’]s|turned|turns|turning|is|am|was|be|hes|shes|he's|she's|he’s|she’s|i'm|im|now|almost|nearly|reached|reaching|made it to|lived to|lived to be|wird|ist|wurde|tiene|cumple|cumplió|compie|fête)\s+(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|lbs?|pounds|minutes|min|mins|days|weeks|months|percent|bpm|mmhg|degrees|\/|\.\d|:|pages?|points?|pts|questions?|items?|beds?|patients|people|nurses|miles|feet|ft|seconds|secs?|units?|calls|tabs|pills|dollars|bucks|steps|reps|times|books?|slides?|emails?|messages|charts?|notes|admits|hours|hrs?))/gi, group: 1, confidence: 0.8, needsDigit: true, check: (m, t) => !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[1]!.length)) && (/^(?:he['’]s|she['’]s|hes|shes|i['’]m|im)\b/i.test(m[0]) || !/\b(?:room|rm|bed)\b[^.!?\d]{0,40}$/i.test(t.slice(Math.max(0, m.index - 40), m.index))) },
  { type: 'age_over_89', id: 'phi.age.relative-parenthesis', ageNumber: true, re: /\b(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|gran|granny|nana|nan|husband|wife|aunt|uncle|patient|pt|neighbou?r|friend|resident|lady|gentleman|man|woman|veteran|vet|client|widow|widower|sister|brother|cousin|godmother|godfather)(?:-in-law)?\s*[(,]\s*(9\d|1[0-2]\d)\s*[!?]*\s*[),]/gi, group: 1, confidence: 0.85, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.clinical-shorthand', ageNumber: true, re: /\b(9\d|1[0-2]\d)\s?(?:yo\s?)?(?:F|M|yF|yM)\b(?=\s*(?:with|w\/|pmh|hx|presenting|admitted|s\/p|on|in|who|c\/o|from|[,.)]|$))/g, group: 1, confidence: 0.9, needsDigit: true },
  // "Found a 97F down at home": an article before the shorthand makes it one person, whatever follows.
  { type: 'age_over_89', id: 'phi.age.article-shorthand', ageNumber: true, re: /\b(?:a|an|the|this|our|my|pt|patient)\s+(9\d|1[0-2]\d)\s?(?:yo\s?|y\/o\s?)?(?:F|M|yF|yM)\b/g, group: 1, confidence: 0.85, needsDigit: true },
  // "🎂 93 today!": a bare number with "today" in a birthday post.
  { type: 'age_over_89', id: 'phi.age.today', ageNumber: true, re: /\b(9\d|1[0-2]\d)\s+today\b/gi, group: 1, confidence: 0.75, needsDigit: true, check: (m, t) => BIRTHDAY_CUE.test(t) && !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) },
  { type: 'age_over_89', id: 'phi.age.ordinal', ageNumber: true, re: /\b(9\d|1[0-2]\d)(?:st|nd|rd|th)\s+(?:birthday|bday|b-day|birthday party|year)\b/gi, group: 1, confidence: 0.9, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.and-still', ageNumber: true, re: /\b(9\d|1[0-2]\d)\s+(?:and|&)\s+(?:still|sharp|going strong|going home|going HOME|heading home|counting|thriving|kicking|feisty|fabulous|fierce|independent|home)\b/gi, group: 1, confidence: 0.8, needsDigit: true, check: (m, t) => !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) },
  // "lat 93" (Polish puts the word first), "91 na siya" / "93 na" (Tagalog), "she turn 99" (Patois, Pidgin).
  { type: 'age_over_89', id: 'phi.age.other-orders', ageNumber: true, re: /(?<=\b(?:lat|wieku)\s)(?:9\d|1[0-2]\d)\b|\b(?:9\d|1[0-2]\d)(?=\sna\s(?:siya|sya|si|ako|ang|po|\p{Lu}))|(?<=\b(?:she|he|him|her|granny|gogo)\s(?:turn|tun|reach|mek)\s)(?:9\d|1[0-2]\d)\b/giu, confidence: 0.8, needsDigit: true },
  // "my grossmami Vreni's 95th 🎂": someone's ordinal with a celebration after it (not "the hospital's 100th anniversary").
  { type: 'age_over_89', id: 'phi.age.someones-ordinal', ageNumber: true, re: /(?<=\p{Lu}\p{Ll}+['’]s\s)(9\d|1[0-2]\d)(?=(?:st|nd|rd|th)\s*(?:🎂|🎉|🥳|🎈|!|party|bash|celebration|do\b|$))/gu, group: 1, confidence: 0.75, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.other-languages', ageNumber: true, re: /\b(9\d|1[0-2]\d)(?:\s?(?:años|anos|ans|jahre|jahren|anni|jaar|lat|lata|år|vuotta|éves|oed|tahun)\b|歲|岁|歳|\s(?:geworden|geworden!)|-?jährige[rn]?\b|-?jährig\b)/giu, group: 1, confidence: 0.9, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.name-comma', ageNumber: true, re: /(?<=\p{Lu}[\p{L}'’.-]+,\s?)(9\d|1[0-2]\d)(?=\s?(?:,|\)|\.|;|$|\s(?:and|who|was|is|died|passed|of)\b))/gu, group: 1, confidence: 0.8, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.happy-ordinal', ageNumber: true, re: /\b(?:happy|her|his|their|my|grandma['’]?s|grandpa['’]?s|celebrating|celebrated|turning|turned)\s+(9\d|1[0-2]\d)(?:st|nd|rd|th)\b/gi, group: 1, confidence: 0.85, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.of', ageNumber: true, re: /\b(?:lady|man|woman|gentleman|gent|patient|pt|grandma|grandpa|granny|gran|nan|nana|mother|father|mom|mum|dad|veteran|widow|widower|resident|soul|age|gogo|mkhulu|lola|lolo|oma|opa|abuela|abuelo|nonna|nonno|babcia|dziadek|mzee|koro|kuia|aunty|auntie|uncle|elder|client)\s+of\s+(9\d|1[0-2]\d)\b/gi, group: 1, confidence: 0.85, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.parenthesis', substr: '(', re: /\((?:[FMfm],\s?|age\s|aged\s)?(9\d|1[0-2]\d)(?:\s?(?:[FMfm]|yo|y\/o)|,\s?[FMfm])?!*\)/g, group: 1, confidence: 0.8, needsDigit: true, check: (m, t) => !MEASURE_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) },
  { type: 'age_over_89', id: 'phi.age.celebrating', ageNumber: true, re: /\b(?:celebrat\w*|reached|reaching|marking|turned|turning|lived)\s+(9\d|1[0-2]\d)\s+(?:years|yrs|trips around the sun|birthdays)\b/gi, group: 1, confidence: 0.85, needsDigit: true },
  // An age alone, exclaimed: "103!! and she beat me at gin rummy".
  { type: 'age_over_89', id: 'phi.age.exclaimed', ageNumber: true, re: /(?<=^|[.!?]\s+|\n)(9\d|1[0-2]\d)(?=\s?!+|\s+(?:and|&)\s+(?:she|he)\b)/g, group: 1, confidence: 0.65, needsDigit: true },
  // Ages in words in French, Spanish, Portuguese, Italian and German ("quatre-vingt-onze ans", "noventa e dois anos").
  { type: 'age_over_89', id: 'phi.age.words-intl', words: ['ans', 'anos', 'anni', 'jahre', 'jaar'], hint: /quatre-vingt|cent\b|noventa|cien|cem|novant|cento|neunzig|hundert/i, re: /\b((?:quatre-vingt-(?:dix(?:-(?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)|cent(?:\s(?:et\s)?un)?|noventa(?:\s(?:y|e)\s(?:un|uno|una|um|uma|dos|duas|dois|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove))?|cien|cem|novanta|novant(?:uno|adue|atré|atre|aquattro|acinque|asei|asette|otto|anove)|cento|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undneunzig|neunzig|hundert))(?=\s+(?:ans|años|anos|anni|Jahre|jaar)\b)/gi, group: 1, confidence: 0.8 },
  // "94, DNR, family at bedside": an age opening a clinical line.
  { type: 'age_over_89', id: 'phi.age.clinical-line', ageNumber: true, re: /(?<=^|[.!?:]\s+|\n)(9\d|1[0-2]\d),\s(?=DNR|DNI|full code|comfort care|hospice|[FM]\b|female|male|widow|lives alone|nursing home|from home)/g, group: 1, confidence: 0.7, needsDigit: true },
  // "seinen 100. Geburtstag", "ses 90 ans" is caught elsewhere.
  { type: 'age_over_89', id: 'phi.age.de-ordinal', ageNumber: true, re: /\b(9\d|1[0-2]\d)\.\s(?:Geburtstag|Wiegenfest)\b/g, group: 1, confidence: 0.85, needsDigit: true },
  // A role or a group word and the age: "driver 91, walked away", "a kuia who's 103", "Both 92."
  { type: 'age_over_89', id: 'phi.age.role', ageNumber: true, re: /\b(?:driver|pedestrian|passenger|cyclist|patient|pt|resident|lady|man|woman|gent|gentleman|veteran|widow|widower|kuia|koro|both|who['’]s|whos|who is)\s(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|lbs?|mins?|minutes|hours|days|weeks|months|miles|km|mph|bpm|\/|\.\d))/gi, group: 1, confidence: 0.7, needsDigit: true },
  // Ages in words in brackets, before a day, or after "mit": "(ninety-nine)", "ninety-six the morra", "mit neunzig".
  // "ninety-one and unstoppable", "ninety-two and three quarters": an age in words with what it is like.
  { type: 'age_over_89', id: 'phi.age.words-and', words: ['ninety', 'hundred'], re: /\b((?:ninety|one hundred|a hundred)(?:-\w+)?)\s+and\s+(?:still|unstoppable|three quarters|a half|a quarter|counting|thriving|fabulous|fierce|feisty|sharp|going strong|kicking)\b/gi, group: 1, confidence: 0.8 },
  { type: 'age_over_89', id: 'phi.age.words-bracket', words: ['ninety', 'hundred'], re: /\((ninety(?:-\w+)?|a hundred|one hundred)\)/gi, group: 1, confidence: 0.75 },
  { type: 'age_over_89', id: 'phi.age.words-before-day', words: ['ninety'], re: /\b(ninety-\w+)(?=\s(?:the|on|this|next|today|tomorrow)\b)/gi, group: 1, confidence: 0.7 },
  { type: 'age_over_89', id: 'phi.age.words-mit', words: ['mit'], re: /\bmit\s(neunzig|hundert|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undneunzig)\b/gi, group: 1, confidence: 0.75 },
  { type: 'age_over_89', id: 'phi.age.going-on', words: ['going'], re: /\b(9\d|1[0-2]\d)\s+going on\s+(?:9\d|1[0-2]\d)\b/gi, group: 1, confidence: 0.8, needsDigit: true },
  { type: 'age_over_89', id: 'phi.age.words', words: ['ninety', 'ninetieth', 'hundred', 'hundredth'], re: /\b((?:ninety|one hundred|a hundred|hundred)(?:[-\s](?:and[-\s])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?|ninetieth|hundredth)(?=(?:[-\s](?:years?|yrs?)(?:[-\s]old|\s+young|\s+of\s+age)?|[-\s]year[-\s]old|\s+birthday|\s+(?:and|&)\s+still)\b)/gi, group: 1, confidence: 0.85 },
  { type: 'age_over_89', id: 'phi.age.words-copula', words: ['ninety', 'hundred'], re: /\b(?:turned|turns|turning|is|was|shes|hes|she's|he's|she’s|he’s|now|almost|nearly|lived to|made it to)\s+((?:ninety|one hundred|a hundred)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)\b/gi, group: 1, confidence: 0.8 },
  // "Grandmother's 95th is August 9": a relative's ordinal of 90 or more is her birthday.
  { type: 'age_over_89', id: 'phi.age.possessive-ordinal', ageNumber: true, re: /\b(?:grand(?:ma|pa|mother|father|mom|dad)|great-grand(?:ma|pa|mother|father)|nana|nan|gran|granny|grandad|granda|gramps|nanny|mammy|mam|mammaw|mummy|mommy|daddy|pop|pops|mom|mum|mother|dad|father|aunt|auntie|uncle|husband|wife|oma|opa|abuela|abuelo|nonna|nonno|neighbou?r|patient|resident)['’]s\s+(9\d|1[0-2]\d)(?:st|nd|rd|th)\b(?!\s+(?:percentile|floor|street|st\b|ave|avenue|place|day|week|month|time|visit|admission|cycle|dose))/gi, group: 1, confidence: 0.85, needsDigit: true },
  // "My grandfather, ninety-four, was discharged"; "'how old are you?' 'ninety-one'".
  { type: 'age_over_89', id: 'phi.age.words-apposition', words: ['ninety', 'hundred'], re: /\b(?:(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|gran|granny|nana|nan|husband|wife|aunt|uncle|patient|neighbou?r|friend|resident|lady|gentleman|man|woman|veteran|widow|widower|sister|brother)(?:-in-law)?,|how old[^\n]{0,25}?)\s*["“]?((?:ninety|one hundred|a hundred)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)\b/gi, group: 1, confidence: 0.8 },
  { type: 'date', id: 'phi.date.iso', hint: /\d{4}-\d/, re: /\b(19|20)\d{2}-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b/g, confidence: 0.97, needsDigit: true },
  { type: 'date', id: 'phi.date.numeric', hint: /\d[/.-]\d{1,2}[/.-]\d/, re: /\b(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|[12]\d|3[01])[/.-]((?:19|20)?\d{2})\b/g, confidence: 0.95, needsDigit: true, check: (m) => Number(m[1]) <= 12 || Number(m[2]) <= 12 },
  { type: 'date', id: 'phi.date.month-day', hint: /\d\/\d/, re: /(?<![\d/.])\b(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\b(?![/\d]|\s*(?:mg|ml|dose|tabs?|pills?|of\b|cups?|%))/g, confidence: 0.75, needsDigit: true, check: (m, t) => !slashIsNotDate(m, t) },
  { type: 'date', id: 'phi.date.month-name', words: ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'], re: new RegExp(String.raw`\b${MONTH}\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2}))?`, 'gi'), confidence: 0.93, needsDigit: true, check: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && (!/^may\s/i.test(m[0]) || /^May\s/.test(m[0]) || /^may\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?$/i.test(m[0]) && (m[0].length > 6 || /\d{2}/.test(m[0]))) },
  { type: 'date', id: 'phi.date.day-month', words: ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'], re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+((?:19|20)\d{2}))?`, 'gi'), confidence: 0.93, needsDigit: true, check: (m, t) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && !/\b(?:happy|merry)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.index - 12), m.index)) },
  { type: 'date', id: 'phi.date.month-year', words: ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'], re: new RegExp(String.raw`\b${MONTH}\.?\s+((?:19|20)\d{2}\b|['’]\d{2}(?!\d))`, 'gi'), confidence: 0.85, needsDigit: true },
  // A month alone when it dates an individual's event ("diagnosed in March", "admitted back in June", "since October"):
  // more specific than a year. Target or hoped-for months ("by spring", "hoping for June") and "may" the verb stay out.
  { type: 'date', id: 'phi.date.event-month', hint: /\b(?:in|since|on|last|past|early|late|mid|until|through)\s+(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)/, words: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    re: /\b(?:(?:be|turns?|turning|turned)\s\d{2,3}|birthday|bday|due date|due|moved|moving|starts?|starting|begins?|began|had (?:my|his|her|a|the)|got (?:my|his|her)|spent|renewed|bedridden|first \w+|\w+(?:ectomy|otomy|ostomy|plasty|scopy)|c-section|radiation|radiotherapy|chemo|infusion|diagnosed|dx(?:'d|d)?|admitted|discharged|born|died|passed(?: away)?|buried|operated|surgery|op|transplant(?:ed)?|started|stopped|finished|quit|relapsed|delivered|induced|miscarried|fell|broke|stroke|heart attack|coded|intubated|scan(?:ned)?|biopsy|biopsied|treated|ended up|rushed|hospitali[sz]ed|first seen|seen)\b[^.!?\n]{0,40}?\b(?:in|since|on|last|this past|early|late|mid|until|through)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:january|february|march|april|june|july|august|september|october|november|december)\b)(?!\s*(?:\d|['’]\d))/gi,
    group: 1, confidence: 0.65, check: (m, t) => m[1] !== 'may' && m[1] !== 'mar' && !/^\s+(?:madness|equinox|for\b)/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 10)) },
  // A weekday and a day of the month in the posts' languages ("el jueves 12", "zaterdag 8" is caught with its month): the day only.
  { type: 'date', id: 'phi.date.weekday-day', words: ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    re: /\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda(?:-feira)?|ter[cç]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+(?:den\s+|le\s+|el\s+|il\s+)?(\d{1,2})\.?(?![\d:]|\s*(?:h\b|uur|Uhr|heures?|horas?|ore|am|pm|a\.m|p\.m|mg|ml|%|de\s|\.\s?\d|\/))/gi, group: 1, confidence: 0.7, needsDigit: true, check: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  // Ordinal days in words: "the twelfth of March", "March the fourth".
  { type: 'date', id: 'phi.date.ordinal-words', hint: /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/, words: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'twenty', 'thirty'],
    re: new RegExp(String.raw`\b(?:(?:the\s+)?${ORDINAL_WORD}\s+of\s+${MONTH}\b|${MONTH}\s+(?:the\s+)?${ORDINAL_WORD})\b`, 'gi'), confidence: 0.8, check: (m) => !/^(?:the\s+)?fourth of july$/i.test(m[0]) },
  // "bedridden since August", "da settembre", "seit März": a month after "since" in a post about a person.
  { type: 'date', id: 'phi.date.since-month', words: ['since', 'desde', 'da', 'dal', 'seit', 'depuis', 'sinds'], re: new RegExp(String.raw`\b(?:since|desde|da|dal|seit|depuis|sinds)\s+((?:January|February|March|April|June|July|August|September|October|November|December|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|maart|mei|augustus))\b(?!\s*\d)`, 'gu'), group: 1, confidence: 0.6,
    check: (m, t) => /\b(?:mein|meine|mijn|mon|ma|mi|mia|mio|minha|meu|sohn|tochter|vater|my|mum|mom|dad|nan|nana|lolo|lola|nonno|nonna|abuela|abuelo|mamá|papá|mutter|vater|opa|oma|mère|père|he|she|his|her|i['’]?ve|i have|i['’]?m|patient|pt|husband|wife|son|daughter|grand\w+)\b/i.test(t) },
  // The first day of a stay written as a range: "internado del {3} al 19 de agosto", "vom {2}. bis 9. März", "du {3} au 9 mars",
  // "from the {3rd} to the 9th of May" (the end, with its month, is found by the month rules).
  { type: 'date', id: 'phi.date.range-start', words: ['del', 'vom', 'du', 'dal', 'from', 'de', 'van'], hint: /\d\.?\s(?:al|bis|au|to|a|até|tot)\s(?:the\s)?\d/,
    re: new RegExp(String.raw`\b(?:del|vom|du|dal|from(?: the)?|de|van)\s(\d{1,2}(?:st|nd|rd|th|\.|º)?)\s(?:al|bis|au|to(?: the)?|a|até|tot)\s\d{1,2}(?:st|nd|rd|th|\.|º)?\s(?:(?:de|of)\s)?(?:${MONTH}|${MONTH_INTL})\b`, 'giu'), group: 1, confidence: 0.75, needsDigit: true,
    // A congress or a practice's holiday has dates too: the range must be someone's stay.
    check: (_m, t) => SOMEONE_CUE.test(t) || /\b(?:mi|mein|meine|mon|ma|meu|minha|mio|mia|mijn)\s/i.test(t) },
  // "90 anos no {dia 12}" (a birthday's day), "ika-{5} ng Mayo" (Tagalog), "{15} tareekh ko" (Hindi-Urdu).
  { type: 'date', id: 'phi.date.day-words', words: ['dia', 'ika', 'tareekh', 'tarikh', 'tarik'], re: /(?<=\b(?:no|el|o|nesse|neste)\s)dia\s\d{1,2}\b(?=[^.!?\n]{0,6}(?:🎉|🎂|!|$))|(?<=\d\s(?:anos|años)\s(?:no|el)\s)dia\s\d{1,2}\b|\bika-?\d{1,2}\sng\s(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre)\b|\b\d{1,2}\s(?:tareekh|tarikh|tarik)\b/gi, confidence: 0.7, needsDigit: true },
  // Tagalog month-day: "Hunyo 12", "Marso 6".
  { type: 'date', id: 'phi.date.tagalog', words: ['enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto', 'setyembre', 'oktubre', 'nobyembre', 'disyembre'], re: /\b(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre)\s\d{1,2}\b/g, confidence: 0.8, needsDigit: true },
  { type: 'date', id: 'phi.date.day-month-intl', words: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'wrzesnia', 'pazdziernika', 'listopada', 'grudnia', 'novembro', 'januari', 'februari', 'maart', 'mei', 'augustus', 'januar', 'janner', 'februar', 'marz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'janvier', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre'], re: new RegExp(String.raw`\b(\d{1,2})(?:er|re|º|ª)?\.?\s+(?:de\s+)?${MONTH_INTL}\b(?:\s+(?:de\s+)?((?:19|20)\d{2}))?`, 'giu'), confidence: 0.9, needsDigit: true, check: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 },
  { type: 'date', id: 'phi.date.ordinal-day', hint: /\d(?:st|nd|rd|th)\b/, re: /\b(?:for|results|results?\s(?:on|due)|on|since|by|until|till|to|through|thru|from|before|after|around|admitted|discharged|born|died|surgery|scheduled for|due|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\s+((?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?!\s+(?:floor|time|day|week|month|year|cycle|dose|round|birthday|century|percentile|grade|place|attempt|st\b|street|ave\b|avenue|rd\b|road|blvd|of\s+(?:the\s+)?(?:month|cycle)|patient|visit|infusion|treatment|session|trimester|hour|minute))/gi, group: 1, confidence: 0.7, needsDigit: true },
  { type: 'date', id: 'phi.date.holiday', hint: /Christmas|New Year|Stephen|Patrick|Paddy|Armistice|Remembrance|Veterans|Canada Day|Australia Day|Anzac|Bonfire|Fawkes|Hogmanay|Burns Night|Juneteenth|Good Friday|Easter|Allerheiligen|Heiligabend|Silvester|Weihnachten|Ostern|Nochebuena|Navidad|Nochevieja|Reyes|Muertos|Liberdade|Noël|Toussaint|Pâques|Lunar New Year|Chinese New Year|Rosenmontag|Karfreitag|Wigili|Heritage Day|Freedom Day|Sallah|Sankranti|Pongal|Holi\b|Onam|Saint-Jean|Fête|Thanksgiving|Halloween|Valentine|Mother|Father|Independence|Fourth of July|July 4th|Memorial Day|Labor Day|Boxing Day|Hanukkah|Diwali|Eid\b|David|Andrew|George/, words: ['dia', 'davids', 'andrews', 'georges', 'liberdade', 'rosenmontag', 'karfreitag', 'wigilia', 'wigilie', 'wigilii', 'heritage', 'freedom', 'sallah', 'makar', 'pongal', 'holi', 'onam', 'saint', 'fete', 'stephens', 'stephen', 'patricks', 'paddys', 'armistice', 'remembrance', 'veterans', 'canada', 'australia', 'anzac', 'bonfire', 'fawkes', 'hogmanay', 'burns', 'juneteenth', 'good', 'allerheiligen', 'heiligabend', 'silvester', 'weihnachten', 'ostern', 'nochebuena', 'navidad', 'nochevieja', 'reyes', 'muertos', 'noel', 'toussaint', 'paques', 'lunar', 'chinese', 'christmas', 'year', 'years', 'thanksgiving', 'easter', 'halloween', 'valentines', 'valentine', 'mothers', 'fathers', 'independence', 'fourth', 'july', 'memorial', 'labor', 'boxing', 'hanukkah', 'diwali', 'eid'], re: /\b((?:Christmas Eve|Christmas Day|Christmas|New Year['’]s (?:Eve|Day)|Día de (?:los )?Muertos|Dia da Liberdade|St\.? David['’]s Day|St\.? Andrew['’]s Day|St\.? George['’]s Day|Rosenmontag|Karfreitag|Wigilia|Wigilię|Wigilii|Heritage Day|Freedom Day|Sallah(?: day)?|Makar Sankranti|Pongal|Holi|Onam|Saint-Jean|Fête nationale|St\.? Stephen['’]s Day|Stephen['’]s Day|St\.? Patrick['’]s Day|Paddy['’]s Day|Armistice Day|Remembrance Day|Remembrance Sunday|Veterans Day|Canada Day|Australia Day|Anzac Day|Bonfire Night|Guy Fawkes Night|Hogmanay|Burns Night|Juneteenth|Good Friday|Easter Monday|Allerheiligen|Heiligabend|Silvester|Weihnachten|Ostern|Nochebuena|Navidad|Nochevieja|Reyes|Día de Muertos|Noël|Toussaint|Pâques|Lunar New Year|Chinese New Year|Thanksgiving(?: Day)?|Easter Sunday|Easter|Halloween|Valentine['’]s Day|Mother['’]s Day|Father['’]s Day|Independence Day|(?:the )?Fourth of July|July 4th|Memorial Day|Labor Day|Boxing Day|Hanukkah|Diwali|Eid)(?:\s(?:19|20)\d{2})?)(?![\p{L}])/gu, group: 1, confidence: 0.6, check: holidayIsSomeones },
  // The festivals and public days of more of the countries our posts come from, written as plain names (one list gives
  // the trigger words and the pattern): "delivered twins on {Dhanteras}", "his accident on {Ugadi}", "on {Tết}".
  { type: 'date', id: 'phi.date.holiday-world', words: WORLD_HOLIDAYS.map((h) => normalizeWord(h.split(/[\s-]/)[0]!)), re: new RegExp(String.raw`(?<![\p{L}])((?:${WORLD_HOLIDAYS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})(?:\s(?:19|20)\d{2})?)(?![\p{L}])`, 'gu'),
    group: 1, confidence: 0.6, check: holidayIsSomeones },
  { type: 'date', id: 'phi.date.day-month-numeric', hint: /\d\/\d/, re: /(?<![\d/.])\b(1[3-9]|2\d|3[01])\/(0?[1-9]|1[0-2])\b(?![/\d]|\s*(?:mg|ml|dose|tabs?|pills?|of\b|cups?|%))/g, confidence: 0.7, needsDigit: true, check: (m, t) => m[0] !== '24/7' && !slashIsNotDate(m, t) },
  { type: 'date', id: 'phi.date.dotted-day-month', hint: /\d\.\d{1,2}\./, re: /(?<![\d.])\b((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?!\d)/g, group: 1, confidence: 0.7, needsDigit: true, check: (m, t) => !LAB_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index)) },
  { type: 'date', id: 'phi.date.day-month-dash', hint: /\d-[A-Za-z]|[A-Za-z]-\d/, re: new RegExp(String.raw`\b(?:(\d{1,2})-${MONTH}|${MONTH}-(\d{1,2}))\b(?:-((?:19|20)?\d{2}))?`, 'gi'), confidence: 0.85, needsDigit: true },
  { type: 'date', id: 'phi.date.dob', words: ['dob', 'd', 'born', 'birthday', 'date'], re: /\b(?:dob|d\.o\.b\.?|born(?: on)?|birthday(?: is)?|date of birth)\s*:?\s*((?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?))/gi, group: 1, confidence: 0.97, needsDigit: true },
  { type: 'address', id: 'phi.address.zip-plus4', hint: /\d{5}-\d{4}/, re: /\b\d{5}-\d{4}\b/g, confidence: 0.95, needsDigit: true },
  { type: 'address', id: 'phi.address.zip-labelled', words: ['zip', 'zipcode', 'postal', 'postcode'], re: /\b(?:zip|zipcode|zip code|postal code|postcode)\s*(?:code)?\s*:?\s*(\d{5})(?:-\d{4})?\b/gi, group: 1, confidence: 0.95, needsDigit: true },
  { type: 'address', id: 'phi.address.state-zip', hint: /[A-Z]{2},?\s+\d{5}/, re: /\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]),?\s+(\d{5})(?:-\d{4})?\b/g, group: 1, confidence: 0.9, needsDigit: true },
  { type: 'address', id: 'phi.address.street', re: /(?:\b(?:Apt|Apartment|Unit|Suite|Ste)\.?\s*#?\s*\d{1,5}[A-Z]?,?\s+)?\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){0,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Row|Alley|Crescent|Cres|Close|Esplanade|Parade|Promenade|Quay|Heights|Hts|Gardens|Grove|Park|Point|Pike|Plaza|Ridge|Run|Walk|Mews|Hill|Junction|Expressway|Freeway|Fwy|Port|Ports|Ranch|Route|Rte|Spur|Summit|Track|Turnpike|Tpke|Union|Valley|View|Villages?|Ville|Vista|Wells?|Crossing|Xing|Meadows?|Mill|Mills|Falls|Ferry|Forest|Forge|Fort|Ft|Center|Ctr|Causeway|Cove|Creek|Crest|Estates?|Glen|Green|Harbor|Haven|Island|Isle|Key|Lake|Lakes|Landing|Light|Lodge|Manor|Mount|Mountain|Oval|Pass|Path|Pines|Prairie|Shore|Shores|Springs?|Station|Stream|Throughway|Unions?|Viaduct|Via|Bypass|Camp|Canyon|Cape|Cliffs?|Common|Corners?|Course|Courts|Dale|Dam|Divide|Extension|Ext|Field|Fields|Flat|Flats|Ford|Fords|Fork|Forks|Gateway|Harbour)\b\.?(?:,?\s*(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|Ste|[Uu]nit|#|No\.?)\.?\s*#?\s*[\w-]+)?/g, confidence: 0.93, needsDigit: true },
  // Roads where something happened to someone: "on Route 9", "I-95", "Highway 101", "on Elm Street", "the corner of Main and 5th".
  { type: 'address', id: 'phi.address.highway', hint: /I-\d|Interstate|Route|Rte|Highway|Hwy|US-?\d|SR-?\d|County Road|CR-?\d|M\d|A\d|N\d/, re: /\b(?:(?:Route \d{1,3}[A-Z]?|Hwy\.? \d{1,3}|Highway \d{1,3}|I-\d{1,3}) (?:at|near) [Ee]xit \d{1,3}[A-Z]?|I-\d{1,3}|Interstate \d{1,3}|Route \d{1,3}[A-Z]?|Rte\.? \d{1,3}|Highway \d{1,3}|Hwy\.? \d{1,3}|US-? ?\d{1,3}|SR-?\d{1,3}|State Road \d{1,3}|State Route \d{1,3}|County Road \d{1,3}[A-Z]?|CR-?\d{1,3}|(?<=\bthe )(?:M\d{1,2}|A\d{1,4}|N\d{1,2}))\b/g, confidence: 0.8, needsDigit: true, check: (m) => !/^Route 66$/.test(m[0]) },
  { type: 'address', id: 'phi.address.street-named', words: ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'way', 'parkway', 'pkwy', 'pike', 'turnpike', 'court', 'ct', 'terrace', 'ter', 'circle', 'cir', 'highway', 'hwy', 'expressway', 'trail', 'trl', 'crescent', 'cres', 'close', 'place', 'pl', 'strasse', 'straße'], re: /\b(?:on|off|at|near|along|down|up|by|crossing|corner of|of|onto|to|from|an der|in der|auf der)\s+(?:the\s+)?((?:(?:North|South|East|West|N|S|E|W)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?\s(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Parkway|Pkwy|Pike|Turnpike|Court|Ct|Terrace|Ter|Circle|Cir|Highway|Hwy|Expressway|Trail|Trl|Crescent|Cres|Close|Place|Pl|Straße|Strasse)\.?)(?![\p{L}])/gu, group: 1, confidence: 0.75, check: (m) => !/^(?:of|to|from)\s/i.test(m[0]) || /\s(?:St|Rd|Ave|Blvd|Ln|Dr|Street|Road|Avenue|Lane|Drive|Boulevard|Highway|Hwy|Pkwy)\.?$/.test(m[1]!) },
  // Rural routes with their box: "RR 3 Box 118", "Rural Route 2, Box 14", "R.R. 1".
  { type: 'address', id: 'phi.address.rural-route', hint: /\b(?:RR|R\.R\.|Rural Route|HC)\s?\d/i, re: /\b(?:RR|R\.R\.|Rural Route|HC)\s?#?\d{1,3}(?:,?\s+Box\s+\d{1,5})?\b/gi, confidence: 0.9, needsDigit: true,
    // "SpO2 91%, RR 28, HR 112": among vital signs RR is the respiratory rate.
    check: (m, text) => !/\b(?:SpO2|sats?|HR|BP|pulse|temp|GCS|O2)\b/i.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)) },
  // A house number and a street with no suffix or with one of the rarer ones: "1180 Grand Concourse", "411 Pine" after "at".
  { type: 'address', id: 'phi.address.street-bare', hint: /\d{2} [A-Z]/, re: /\b(?:at|to|on|from|lives? at|address(?: is)?:?)\s+(\d{1,5}\s+(?:[NSEW]\.?\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:\s(?:Concourse|Broadway|Row|Square|Plaza|Mews|Walk|Esplanade|Promenade|Gardens|Green|Grove|Rise|Vale|Parade|Quay|Wharf))?(?:,\s(?:Apt|Apartment|Unit|Suite|Ste|Flat)\.?\s*#?\s*\w{1,5})?)(?=[\s,.!?;:)]|$)/gu, group: 1, confidence: 0.65, needsDigit: true,
    check: (m) => !/\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|PM|AM|Units?|Patients?|People|Beds?|Days?|Weeks?|Hours?|Mg|Pts|Kids|Times|West|East|North|South|Ward|Bed|Room)\b/.test(m[1]!) },
  // Australian unit/number: "Unit 4/27 Kembla St", "2/15 Smith Road".
  { type: 'address', id: 'phi.address.au-unit', hint: /\d\/\d{1,4} [A-Z]/, re: /\b(?:(?:Unit|Flat|Apt)\s)?\d{1,4}\/\d{1,4}\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:Street|St|Road|Rd|Avenue|Ave|Parade|Pde|Crescent|Cres|Drive|Dr|Place|Pl|Court|Ct|Lane|Ln|Terrace|Tce|Highway|Hwy|Close|Cl|Way)\b\.?/gu, confidence: 0.85, needsDigit: true },
  // Irish Eircodes ("H91 X2K4") and a French département postcode in brackets after a town ("Saint-Malo (35400)").
  { type: 'address', id: 'phi.address.eircode', hint: /\b[AC-FHKNPRTV-Y]\d[\dW]\s?[0-9AC-FHKNPRTV-Y]{4}\b/, re: /\b[AC-FHKNPRTV-Y]\d[\dW]\s?(?=[0-9AC-FHKNPRTV-Y]{4}\b)(?=\w*[A-Z])[0-9AC-FHKNPRTV-Y]{4}\b/g, confidence: 0.8, needsDigit: true },
  { type: 'address', id: 'phi.address.postcode-bracket', substr: '(', hint: /\(\d{5}\)/, re: /(?<=\p{Lu}[\p{L}'’-]+\s?\()(\d{5})(?=\))/gu, group: 1, confidence: 0.8, needsDigit: true },
  // A bare US ZIP given as someone's: "my son's ZIP is 60629", "zip: 90210".
  { type: 'address', id: 'phi.address.zip-is', words: ['zip', 'zipcode', 'plz', 'cp', 'cep'], re: /\b(?:zip|zipcode|zip code|PLZ|CP|CEP|código postal|code postal)\s*(?:code)?\s*(?:is|was|:|=|-|ist|es|est|é)?\s*(\d{5}(?:-\d{3,4})?)\b/gi, group: 1, confidence: 0.9, needsDigit: true },
  // Neighbourhoods named with their word in Spanish, Portuguese, French and Italian: "colonia Santa Úrsula", "bairro Jardim América".
  { type: 'address', id: 'phi.address.neighbourhood', words: ['brgy', 'barangay', 'vila', 'colonia', 'col', 'barrio', 'bairro', 'quartier', 'zona', 'frazione', 'localidad', 'vila', 'villa', 'urbanizacion', 'fraccionamiento'], re: /\b(?:Brgy\.|Barangay|[Vv]ila(?=\s\p{Lu}\p{Ll}+)|[Cc]olonia|[Cc]ol\.|[Bb]arrio|[Bb]airro|[Qq]uartier|[Zz]ona|[Ff]razione|[Ll]ocalidad|[Ff]raccionamiento|[Uu]rbanización)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s(?:(?:de|del|da|do|dos|das|di|la|las|los)\s)?\p{Lu}[\p{L}'’-]+){0,2})/gu, group: 1, confidence: 0.75 },
  // German streets without a house number after "in der", "an der": "zuletzt gesehen in der Lindenstraße".
  { type: 'address', id: 'phi.address.de-street-article', hint: /(?:stra(?:ß|ss)e|gasse|weg|allee|platz|ring|damm|straat|laan|plein|gracht|kade|singel|dijk)\b/i, re: /\b(?:in der|an der|auf der|in die|Ecke|aan de|op de|in de)\s+(\p{Lu}[\p{L}-]*(?:stra(?:ß|ss)e|gasse|weg|allee|platz|ring|damm|straat|laan|plein|gracht|kade|singel|dijk)|\p{Lu}[\p{L}]+er\s(?:Straße|Strasse|Allee|Gasse))\b/gu, group: 1, confidence: 0.75 },
  // Hyphenated towns after a place word in French, Spanish, Portuguese: "à Saint-Jean-de-Luz", "en San-Sebastián".
  { type: 'address', id: 'phi.address.hyphen-town', hint: /\p{Lu}\p{Ll}+-\p{L}/u, re: /\b(?:à|a|en|de|in|from|near|to|em|aus|nach|bei)\s+((?:Saint|Sainte|St|Ste|San|Santa|Santo|São|Sankt|Bad|Le|La|Les|Villers|Châlons|Aix|Boulogne|Neuilly|Issy|Mont|Pont|Fontenay|Ivry|Vitry)-[\p{L}'’]+(?:-[\p{L}'’]+){0,4})/gu, group: 1, confidence: 0.75 },
  { type: 'address', id: 'phi.address.street-prefix-bare', words: ['rua', 'avenida', 'calle', 'carrera', 'travessa', 'via', 'viale', 'corso', 'piazza', 'largo', 'rue', 'chemin', 'plaza', 'praca', 'paseo', 'camino'], re: /\b(?:perto d[ao]|na|no|em|en la|en el|en|sur la|dans la|in|nella|nel|on|at|near|de la|du|da|do)\s+((?:Rua|Avenida|Calle|Carrera|Travessa|Via|Viale|Corso|Piazza|Largo|Rue|Chemin|Plaza|Praça|Paseo|Camino)\s+(?:(?:de|da|do|dos|das|del|della|delle|dei|di|des|du|de la|la|le|les|el)\s+)*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})/gu, group: 1, confidence: 0.7 },
  // Named highways and Irish counties wherever they are: "Bruce Hwy, Gympie", "Co. Clare", "County Kerry"; Indian and NZ highways.
  // "at the Chermside shops", "found at Saltford marina", "the Raglan boat ramp", "cardiac arrest at Whitechapel station":
  // a place named by the kind of spot it is. The spot word stays outside unless it is written as part of the name
  // ("Kennedy Station", "Silk Board junction" keep theirs when capitalised or a junction).
  { type: 'address', id: 'phi.address.place-before-noun',
    re: new RegExp(String.raw`(?<![\p{L}'’])(\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}+)?)(?:\s(?:${SPOT_NOUNS_IN_NAME.join('|')})\b|(?=\s(?:${SPOT_NOUNS.join('|')})\b))`, 'gu'),
    confidence: 0.6, check: (m) => !NOT_SPOT_NAME.test(m[1]!) },
  { type: 'address', id: 'phi.address.named-highway', hint: /\p{Lu}\p{Ll}+\s(?:Hwy|Highway|Motorway|Fwy|Freeway|Expressway)\b|\b(?:Co\.?|County)\s\p{Lu}|\b(?:NH|SH)\s?\d/u, re: /\b(?:(?<!the\s)(?:\p{Lu}\p{Ll}+\s(?:Hwy|Highway|Motorway|Fwy|Freeway|Expressway))|(?:Co\.|County)\s(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)|(?:NH|SH)\s?\d{1,3}[A-Z]?)\b/gu, confidence: 0.75 },
  // A street line without a number between two address parts: "Hawthorn House, Station Road, Bishop's Castle".
  { type: 'address', id: 'phi.address.street-between-commas', hint: /,\s\p{Lu}\p{Ll}+\s(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|Terrace|Gardens|Rd|St|Ln|Ave)\b,/u, re: /(?<=,\s)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|Terrace|Gardens|Rd|St|Ln|Ave))(?=,)/gu, group: 1, confidence: 0.7 },
  // Hyphenated town names after a place word: "in Ashby-de-la-Zouch", "near Stratford-upon-Avon".
  { type: 'address', id: 'phi.address.hyphen-town-any', hint: /\p{Lu}\p{Ll}+-\p{Ll}{1,5}-/u, re: /\b(?:in|from|near|to|outside|past|at)\s(\p{Lu}\p{Ll}+(?:-\p{Ll}{1,5}){1,3}-\p{Lu}\p{Ll}+)/gu, group: 1, confidence: 0.75 },
  { type: 'address', id: 'phi.address.ordinal-street', hint: /\d(?:st|nd|rd|th)\s(?:St|Street|Ave|Avenue)\b/, re: /\b(?:[NSEW]\.?\s)?\d{1,3}(?:st|nd|rd|th)\s(?:St|Street|Ave|Avenue)\b\.?/g, confidence: 0.75, needsDigit: true },
  { type: 'address', id: 'phi.address.po-box', words: ['box'], re: /\b(?:P\.?\s?O\.?\s?Box|Post Office Box)\s*\d+\b/gi, confidence: 0.95, needsDigit: true },
  { type: 'address', id: 'phi.address.apartment', words: ['apt', 'apartment', 'suite', 'ste', 'unit'], re: /\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s*#?\s*\d+[A-Z]?\b(?!\s+of\b)/g, confidence: 0.85, needsDigit: true },
  { type: 'address', id: 'phi.address.county', words: ['county', 'parish', 'borough', 'township'], re: /\b(?:[A-Z][a-z]+\s){1,2}(?:County|Parish|Borough|Township)\b/g, confidence: 0.85, check: (m, t) => !/^(?:County|The)\b/.test(m[0]) && !/\s*(?:Hospital|Medical|General|Health|Clinic)/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 10)) },
  // Street lines written the European and Latin American way: "Rua do Arenque 1634", "Hauptstraße 5", "Kossuth Lajos utca 12".
  { type: 'address', id: 'phi.address.street-prefix', words: ['rua', 'avenida', 'av', 'avda', 'calle', 'c', 'carrera', 'travessa', 'estrada', 'rodovia', 'via', 'viale', 'corso', 'piazza', 'largo', 'rue', 'avenue', 'chemin', 'boulevard', 'bd', 'impasse', 'allee', 'place', 'quai', 'ul', 'ulica', 'aleja', 'al', 'plac', 'calea', 'strada', 'bulevardul', 'str'], re: /\b(?:Rua|Avenida|Av\.|Avda\.?|Calle|C\/|Carrera|Travessa|Estrada|Rodovia|Via|Viale|Corso|Piazza|Largo|Rue|Avenue|Chemin|Boulevard|Bd|Impasse|Allée|Place|Quai|Ul\.|ul\.|ulica|Aleja|al\.|Plac|Calea|Strada|Bulevardul|Str\.)\s+(?:(?:de|da|do|dos|das|del|della|delle|dei|di|des|du|de la|la|le|les|el|of|the)\s+)*[\p{Lu}\d][\p{L}'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|des|du|la|le|y)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3},?\s+(?:n[º°o]\.?\s*)?\d{1,5}[A-Za-z]?\b/gu, confidence: 0.85, needsDigit: true },
  { type: 'address', id: 'phi.address.street-suffix', hint: /stra(?:ß|ss)e|str\.|gasse|weg|platz|allee|ring|damm|ufer|gade|vej|gatan|väg|gränd|katu|tie|kuja|polku|utca|út|tér|straat|laan|gracht|plein|dreef|kade|vei|gata|ulice|třída|náměstí|ulica|cesta|sok|cadde|bulvar/i, re: /\b(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|gade|vej|gatan|vägen|väg|gränd|katu|tie|kuja|polku|utca|út|tér|straat|laan|gracht|plein|dreef|kade|veien|gata|gaten|vei|ulice|třída|náměstí|ulica|cesta|sokak|sokağı|caddesi|bulvarı)\.?\s+\d{1,5}[A-Za-z]?\b/gu, confidence: 0.85, needsDigit: true },
  { type: 'address', id: 'phi.address.postcode', hint: /\d{4}/, re: /(?<=(?:,|\n|^|>)\s{0,2})(\d{4,5})(?=\s+\p{Lu}[\p{L}'’-]{2,})/gu, group: 1, confidence: 0.75, needsDigit: true },
  { type: 'address', id: 'phi.address.postcode-city', hint: /\d{4}/, re: /(?<=(?:,|\n|^|>)\s{0,2}\d{4,5}\s+)(\p{Lu}[\p{L}'’-]{2,}(?:[\s-]\p{Lu}[\p{L}'’-]+)?)/gu, group: 1, confidence: 0.75, needsDigit: true },
  // Where something happened: "the corner of Broad and Olney", "wreck at Main and 5th".
  { type: 'address', id: 'phi.address.intersection', words: ['corner', 'intersection', 'at', 'of', 'to', 'near', 'on'], hint: /\s(?:and|&|\/|y|et)\s(?:[NSEW]\.?\s)?[\dA-Z]/, re: new RegExp(String.raw`\b(?:corner of|intersection of|at|to|near|on)\s+(${STREETISH}\s(?:and|&|\/|y|et)\s${STREETISH})(?![\p{L}\d])`, 'gu'), group: 1, confidence: 0.75, check: (m, t) => /^(?:corner|intersection)/i.test(m[0]) || (/\d(?:st|nd|rd|th)\b|\b(?:St|Ave|Rd|Blvd|Street|Avenue|Road|Hwy|Highway|Route|Dr|Ln|Way|Pkwy)\b|\b(?:Hwy|Route|I-)\s?\d/.test(m[1]!) || /\b(?:wreck|crash|accident|mvc|mva|rtc|hit|shot|collision|fell|found|struck|ran|crossing|corner|lives?|parking lot|call|callout|pedestrian|bike|cyclist|collapsed|cpr|unresponsive|came to|fall|stabbing|fire)\b/i.test(t)) && !/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(m[1]!) },
  // Number-first street lines in French, Spanish and Italian: "12 rue des Lilas", "3 avenue Foch", "5 place de la Mairie".
  { type: 'address', id: 'phi.address.street-number-first', words: ['rue', 'avenue', 'boulevard', 'bd', 'chemin', 'allee', 'impasse', 'place', 'quai', 'route', 'cours'], re: /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours)\s+(?:(?:de la|de l['’]|des|du|de|d['’])\s*)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}/gu, confidence: 0.85, needsDigit: true },
  // A British town before its postcode: "14 Rowan Close, Leeds LS6 2QT".
  { type: 'address', id: 'phi.address.uk-town', hint: /[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/, re: /(?<=,\s?|\n)(\p{Lu}\p{Ll}+(?:['’]s)?(?:[\s-]\p{Lu}\p{Ll}+)?),?\s+(?=[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)/gu, group: 1, confidence: 0.8 },
  { type: 'address', id: 'phi.address.uk-postcode', hint: /[A-Z]\d/, re: /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b/g, confidence: 0.8, needsDigit: true },
  { type: 'address', id: 'phi.address.canada-postcode', hint: /[A-Z]\d[A-Z]/, re: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b/g, confidence: 0.8, needsDigit: true },
  { type: 'other_id', id: 'phi.other-id.room-bed', words: ['room', 'rm', 'bed', 'bay', 'cubicle', 'stall', 'pod', 'bedspace', 'trauma', 'exam', 'resus', 'iso', 'isolation', 'cot', 'crib', 'chair', 'recliner', 'slot', 'or', 'stretcher', 'gurney', 'hall', 'hallway', 'locker', 'cube', 'seat', 'bunk', 'isolette', 'incubator', 'warmer', 'spot', 'curtain', 'booth', 'space', 'zimmer', 'chambre', 'habitacion', 'cama', 'bett', 'lit', 'box', 'sala', 'sali', 'stanza', 'kamer', 'cuarto', 'quarto', 'leito', 'letto', 'katil', 'zi', 'cabin'], re: /\b(?:room|rm|bed|bay|cubicle|stall|pod|bed\s?space|bedspace|trauma|trauma bay|exam room|exam|resus|resus bay|iso room|isolation room|cot|crib|chair|recliner|slot|or|stretcher|gurney|hall bed|hallway bed|hallway|hall|locker|cube|seat|bunk|isolette|incubator|warmer|spot|curtain|booth|space|zimmer|chambre|habitación|habitacion|cama|bett|lit|box|sala|sali|stanza|kamer|cuarto|quarto|leito|letto|katil|zi|cabin)\.?\s*(?:no\.?|number|#|is|was)?\s*[#(]?\s*(\d{1,2}-\d{3}|\d{1,2}\.\d{2}(?!\d)|\d{1,4}[A-Z]?|[A-Z]\d{1,3}|[A-Z]-?\d{1,3}|\d{1,3}-\d{1,2}[A-Z]?)\b/gi, group: 1, confidence: 0.9, needsDigit: true, check: (m, t) => (!/^or\b/i.test(m[0]) || /^OR\b/.test(m[0])) && !/^\s*(?:mg|ml|mcg|units?|%|hours?|hrs?|minutes?|mins?|days?|weeks?|lbs?|kg|am|pm)\b/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8)) },
  // Nurses' shorthand without a cue word: "the lady in 412", "pt in 14 keeps pressing the call light".
  { type: 'other_id', id: 'phi.other-id.person-in-room', hint: /\b(?:in|from)\s+\d/, re: /\b(?:pt|patient|lady|man|guy|gentleman|gent|woman|kid|baby|mom|dad|grandma|grandpa|family|husband|wife|daughter|son|girl|boy|dude|sweetheart|resident|frequent flyer|(?:mr|mrs|ms|miss|mx)\.?\s+[A-Za-z][\w'’-]*|[A-Z]\.\s?[A-Z]\.?)\s+(?:\w+\s+)?(?:in|from)\s+(\d{1,4}[A-Z]?)\b(?!\s*(?:mg|ml|mcg|units?|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|lbs?|kg|am|pm|degrees|:|\/|\.\d))/gi, group: 1, confidence: 0.75, needsDigit: true },
  { type: 'other_id', id: 'phi.other-id.room-words', words: ['room', 'bed', 'bay'], re: /\b(?:room|bed|bay)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi, group: 1, confidence: 0.7 },
  { type: 'other_id', id: 'phi.other-id.bed-letter', words: ['bed', 'bay', 'pod', 'cubicle', 'stall', 'cama', 'bett', 'lit'], re: /\b(?:bed|bay|pod|cubicle|stall|cama|bett|lit)\s+([A-H])\b(?![\w'’])/g, group: 1, confidence: 0.75 },
  { type: 'other_id', id: 'phi.other-id.trauma-name', words: ['trauma'], re: /\b((?:Trauma|TRAUMA)\s+(?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Zebra|Yankee|Xray|X-ray|Whiskey|Tango|Sierra|Romeo|Quebec|Papa|Oscar|November|Mike|Lima|Kilo|Juliet|India|Hotel|Golf|Zulu|Victor|Uniform|Aardvark|Badger|Cobra|Dolphin|Falcon|Gecko|Jaguar|Koala|Lemur|Mongoose|Orca|Panda|Raven|Tiger|Walrus|Yak|Red|Blue|Green|Orange|Purple|Silver|Gold)(?:\s+\d{1,4})?)\b/g, group: 1, confidence: 0.8 },
  { type: 'other_id', id: 'phi.other-id.trauma-alias', words: ['trauma', 'alias', 'aka', 'unknown', 'code', 'assigned'], re: /\b(?:[Tt]rauma|TRAUMA|[Aa]lias|aka|AKA|[Uu]nknown|[Cc]ode name|[Aa]ssigned name)\s+(?:name\s+)?(?:patient\s+)?((?:Trauma|Doe|Unknown|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Zebra|Yankee|Xray|X-ray|Whiskey|Tango|Sierra|Romeo|Quebec|Papa|Oscar|November|Mike|Lima|Kilo|Juliet|India|Hotel|Golf|Zulu|Victor|Uniform|Aardvark|Badger|Cobra|Dolphin|Falcon|Gecko|Jaguar|Koala|Lemur|Mongoose|Orca|Panda|Raven|Tiger|Walrus|Yak|Red|Blue|Green|Orange|Purple|Silver|Gold)(?:[\s,]+[A-Z][a-z]+)?(?:\s+\d{1,4})?)\b/g, group: 1, confidence: 0.7 },
  { type: 'other_id', id: 'phi.other-id.doe-alias', words: ['doe', 'unknown', 'trauma'], re: /\b((?:John|Jane|Baby|Unknown|Trauma)\s+Doe(?:\s*#?\d{1,4})?|Unknown\s+(?:Male|Female|Patient)(?:\s*#?\d{1,4})?|Trauma\s+(?:Male|Female|Unknown|Patient)(?:\s*#?\d{1,4})?|Doe,\s+(?:John|Jane|Baby)(?:\s*#?\d{1,4})?)\b/g, group: 1, confidence: 0.8 },
  { type: 'other_id', id: 'phi.other-id.tattoo', words: ['tattoo', 'tattoos', 'tattooed', 'tat', 'birthmark', 'port'], re: /\b((?:(?:a|an|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2})?(?:tattoo|tat|birthmark|port[- ]wine stain)(?:\s+(?:of|that says|saying|reading|with)\s+[^.,;!?\n]{2,40}?|\s+["“][^"”\n]{1,30}["”])?(?:\s+(?:on|across|over|covering|down|along|behind)\s+(?:his|her|their|the)\s+(?:left\s+|right\s+|upper\s+|lower\s+|inner\s+|whole\s+)?(?:arm|forearm|neck|hand|chest|back|leg|ankle|wrist|face|shoulder|calf|thigh|knuckles|cheek|forehead|ear|scalp|head|fingers|throat|ribs|stomach|hip)))\b/gi, group: 1, confidence: 0.6, check: (m) => /\s(?:of|that says|saying|reading|with|on|across|over|covering|down|along|behind)\s/i.test(m[1]!) || /^(?:a|an|his|her|their|the)\s+\S+\s+(?:tattoo|tat|birthmark)/i.test(m[1]!) },
  { type: 'other_id', id: 'phi.other-id.labelled', words: ['case', 'reference', 'ref', 'confirmation', 'order', 'rx', 'prescription', 'script', 'refill', 'specimen', 'accession', 'encounter', 'visit', 'employee', 'badge', 'student', 'passport', 'tax', 'ein', 'tin', 'itin', 'band', 'wristband', 'bracelet', 'slip', 'token', 'complaint'], re: new RegExp(String.raw`\b(?:case|reference|ref|confirmation|order|rx|prescription|script|refill|specimen|accession|encounter|visit|employee|badge|student|passport|tax|ein|tin|itin|(?:id |identification |hospital )?(?:band|wristband|bracelet)|(?:opd |queue )?slip|token|complaint)(?:\s(?:number|no\.?|#)\s(?:with|at|from)\s[^.,;\n]{1,30}?(?=\s(?:is|was|:)))?${LABEL_SEP}([A-Z]{0,4}[- ]?\d[\dA-Z-]{3,19})\b`, 'gi'), group: 1, confidence: 0.85, needsDigit: true,
    check: (m, t) => !/^order/i.test(m[0]) || !SHOP_ORDER.test(sentenceAround(t, m.index, m.index + m[0].length)) },
  // Numbers whose cue word is too common to trust alone, so an explicit number mark must follow: "pt #4471", "study ID 014-223",
  // "Incident report #IR-55213", "my transplant list # is UN88213".
  { type: 'other_id', id: 'phi.other-id.numbered', words: ['pt', 'patient', 'resident', 'client', 'subject', 'participant', 'study', 'enrollment', 'incident', 'report', 'list', 'waitlist', 'file', 'docket', 'complaint', 'tracking', 'authorization', 'authorisation', 'auth', 'referral', 'requisition', 'sample', 'kit', 'booking', 'inmate', 'unos', 'registry', 'voucher'], re: new RegExp(String.raw`\b(?:pt|patient|resident|client|subject|participant|study|enrollment|incident|report|list|waitlist|file|docket|complaint|tracking|authori[sz]ation|auth|referral|requisition|sample|kit|booking|inmate|unos|registry|voucher)(?:\s+(?:report|list|id|subject))?\s*(?:#|no\.?|number|num|id)\s*(?:is|was|:|=)?\s*#?\s*([A-Z]{0,4}-?\d[\dA-Z-]{2,19})\b`, 'gi'), group: 1, confidence: 0.8, needsDigit: true, check: (m) => /\d{3}/.test(m[1]!) },
  { type: 'other_id', id: 'phi.other-id.study-subject', words: ['subject', 'participant'], re: /\b(?:subject|participant)\s+(\d{3,6}(?:-\d{2,6})?)\b(?!\s*(?:%|mg|ml|patients|people|subjects|participants))/gi, group: 1, confidence: 0.75, needsDigit: true },
  // "Trauma alias Zephyr Orange": an assigned alias, whatever words the hospital's list uses.
  // "Gary in ED 9", "ER 12": an emergency-department bed or room by its number.
  { type: 'other_id', id: 'phi.other-id.ed-bed', words: ['ed', 'er'], re: /\b(?:ED|ER)\s+(?:bed\s+|room\s+|#\s?)?(\d{1,2}[A-Z]?)\b(?!\s*(?:mg|ml|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|visits?|times|patients|nurses|beds|docs?|doctors|shifts?|x\b|:|\/|\.\d))/g, group: 1, confidence: 0.7, needsDigit: true },
  // Trauma aliases from the phonetic alphabet: "Zulu-Kilo 44", "Tango Romeo".
  { type: 'other_id', id: 'phi.other-id.phonetic-alias', words: ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu'], re: /\b((?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Xray|Yankee|Zulu)[-\s](?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Xray|Yankee|Zulu)(?:[-\s]\d{1,4})?)\b/g, confidence: 0.7 },
  // "Mom's room at Sunrise of Fairfax is 212".
  { type: 'other_id', id: 'phi.other-id.room-is', words: ['room'], re: /\broom\s+(?:at|in)\s+[^.,;!?\n]{1,40}?\s+(?:is|was)\s+(?:#\s?)?(\d{1,4}[A-Z]?)\b(?!\s*(?:mg|%|degrees|°|people|patients))/gi, group: 1, confidence: 0.75, needsDigit: true },
  { type: 'other_id', id: 'phi.other-id.alias', words: ['alias', 'name'], re: /\b(?:alias|[Tt]rauma name|[Aa]ssigned name)(?:\s+(?:today|tonight|was|is|were))*\s*:?\s*["“]?(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?(?:\s+\d{1,4})?)/gu, group: 1, confidence: 0.75 },
  // Plain text carries no face or voice: an exported media placeholder that shows a face or records a voice is the identifier.
  { type: 'photo', id: 'phi.photo.placeholder', substr: '[', re: /\[(?:photo|image|picture|pic|video|selfie|screenshot|img|foto|bild)\b[^\]\n]{0,200}\]/gi, confidence: 0.85 },
  { type: 'biometric', id: 'phi.biometric.placeholder', substr: '[', re: /\[(?:audio|voice(?: memo| note| message| recording)?|recording|voicemail|sound)\b[^\]\n]{0,200}\]/gi, confidence: 0.85 },
  { type: 'handle', id: 'phi.handle', substr: '@', re: /(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?(?![\w@])/g, confidence: 0.95, check: (m, t) => !/^@\d+$/.test(m[0]) && t[m.index + m[0].length] !== '.' || /[A-Za-z]/.test(m[0]) },
  { type: 'handle', id: 'phi.handle.reddit', substr: 'u/', re: /(?<![\w/])\/?u\/[A-Za-z0-9_-]{3,30}\b/g, confidence: 0.95 },
  // Beds and rooms in a nurse's assignment or a move: "assignment tonight: 401, 403, 404 and an admit to 402", "moved Henderson from 22 to 24",
  // "whoever is in 1117".
  { type: 'other_id', id: 'phi.other-id.inmate-rx', words: ['inmate', 'rx', 'prescription', 'offender', 'booking'], re: /\b(?:inmate|offender|booking|rx number|rx no\.?|prescription number)(?:\s(?:number|no\.?|#))?,?\s(?:[\w\s]{0,12}?(?:it|is|was)\s)?#?([A-Z]{0,2}-?\d{5,9})\b/gi, group: 1, confidence: 0.7, needsDigit: true },
  // "badge no 40417, surname Okoye": a name given as a surname.
  { type: 'name', id: 'phi.name.surname-label', words: ['surname', 'nachname', 'apellido', 'sobrenome', 'cognome', 'nom'], re: /\b(?:surname|last name|family name|Nachname|apellido|sobrenome|cognome|nom de famille)\s*:?\s(\p{Lu}[\p{L}'’-]+)/gu, group: 1, confidence: 0.8 },
  // '"Trauma Kiwi" and "Trauma Mango"': a trauma alias in quotes, whatever word the unit picks.
  { type: 'other_id', id: 'phi.other-id.trauma-quoted', words: ['trauma'], re: /["“](Trauma\s\p{Lu}\p{Ll}+(?:\s\d{1,3})?)["”]/gu, group: 1, confidence: 0.75 },
  { type: 'other_id', id: 'phi.other-id.room-list', words: ['assignment', 'assigned', 'rooms', 'beds', 'bays', 'pts', 'patients'], re: /\b(?:assignment|assigned|my rooms|rooms|beds|bays|my pts|my patients)(?:\s(?:tonight|today|is|are|was|were))*\s?:?\s*((?:\d{1,4}[A-Z]?(?:,\s?|\s(?:and|&)\s|\s)){1,8}\d{1,4}[A-Z]?)\b/g, group: 1, confidence: 0.7, needsDigit: true },
  { type: 'other_id', id: 'phi.other-id.room-move', words: ['from', 'to', 'in'], hint: /\b(?:from|to|in)\s\d{2,4}\b/, re: /\b(?:moved|move|transferred|swapped|switched|put|went|going|coming|admit(?:ted)?(?: coming)?|whoever is|who['’]?s|the one|pt|patient|lady|guy|man|woman)\b[^.!?\n]{0,24}?\b(?:from|to|in)\s+(\d{2,4}[A-Z]?)\b(?!\s*(?:mg|ml|mcg|kg|lbs?|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|am|pm|times|units|feet|ft|miles|\/|:|\.\d|-\d))/g, group: 1, confidence: 0.6, needsDigit: true,
    check: (m, t) => !/^(?:19|20)\d{2}$/.test(m[1]!) && /\b(?:room|rm|bed|bay|assignment|admit|call light|moved|transferred|swapped|whoever|meds|pt|patient|nurse|unit|floor|charge)\b/i.test(t) },
  // A described tattoo or birthmark identifies a person: "the one with the parrot tattoo", "spiderweb tattoo on his left elbow".
  { type: 'other_id', id: 'phi.other-id.mark', words: ['tattoo', 'tattoos', 'birthmark'], re: /\b(?:(?:a|an|the|his|her|their|my)\s)?((?!(?:a|an|the|his|her|their|my|with|has|had|got|get|no|any|new|first|removed|fresh|small|little|big)\s)[\p{L}-]+\s(?:tattoo|birthmark)(?:\s(?:on|across|over)\s(?:his|her|their|the)\s(?:(?:left|right|upper|lower)\s)?[\p{L}]+)?)/gu, group: 1, confidence: 0.6 },
  { type: 'facility', id: 'phi.facility.saint', words: ['st', 'saint', 'ste'], re: /\b(?!(?:St\.?|Saint)\s+\w+['’]s\s+Day\b)(?:St\.?|Saint|Ste\.?)\s+[A-Z][a-z]+(?:['’]s)?(?:\s+(?:(?:Regional|Memorial|General|University|Community|Children['’]s|Medical|Mercy|Health|Hospital|Medical Center|Medical Centre|Clinic|Infirmary|Hospice|Center|Centre|Healthcare|Health System)\b\s*){0,3})?/g, confidence: 0.85, check: (m, t) => !/\d{1,6}[A-Za-z]?\s+\p{Lu}\p{Ll}+\s+$/u.test(t.slice(Math.max(0, m.index - 24), m.index)) && !/^St\.\s+(?:We|They|I|He|She|It|The|A|An|My|Our|Your|This|That|There|Then|So|But|And|Apt|Unit)\b/.test(m[0]) && !/^\S+\s+(?:Unit|Apt|Apartment|Suite|Ste|Floor|Fl)\b/.test(m[0]) && !/\d+[A-Za-z]?\s+$/.test(t.slice(Math.max(0, m.index - 12), m.index)) && !/^\S+\s+[A-Z][a-z]+['’]?s?\s+(?:Road|Rd|Street|Avenue|Ave|Lane|Ln|Drive|Way|Place|Square|Close|Crescent)\b/.test(m[0] + t.slice(m.index + m[0].length, m.index + m[0].length + 12)) },
  { type: 'facility', id: 'phi.facility.saint-lower', words: ['st', 'saint'], re: /\b(?:at|to|from|in)\s+((?:st\.?|saint)\s+[a-z]+['’]?s)\b(?:\s+(?:hospital|medical center|children['’]?s|health))?/g, group: 1, confidence: 0.7 },
  { type: 'facility', id: 'phi.facility.named', words: ['hospital', 'hospitals', 'medical', 'health', 'clinic', 'infirmary', 'hospice', 'home', 'center', 'centre', 'cancer', 'institute', 'childrens', 'memorial', 'general', 'healthcare', 'group', 'care', 'pharmacy', 'sanatorium', 'sanitarium', 'living', 'campus', 'family', 'pediatrics', 'paediatrics', 'dermatology', 'cardiology', 'orthopedics', 'orthopaedics', 'oncology', 'physicians', 'physician', 'womens', 'dental', 'dentistry', 'eye', 'imaging', 'radiology', 'surgical', 'partners', 'methodist', 'baptist', 'presbyterian', 'lutheran', 'adventist', 'heart', 'nursing', 'rehabilitation', 'behavioral', 'dialysis'], re: /(?<![\p{L}\d])(?:\p{Lu}[\p{L}'’.&-]+\s+){1,4}(?:Methodist|Baptist|Presbyterian|Lutheran|Adventist|Heart and Vascular(?: Center| Institute)?|Heart (?:Institute|Center|Hospital)|Living Center|Nursing Center|(?:Nursing|Health) and Rehabilitation(?: Center)?|Behavioral Health|Hospital|Hospitals|Medical Center|Medical Centre|Health System|Health Center|Clinic|Infirmary|Hospice|Nursing Home|Rehab(?:ilitation)? Center|Care Center|Cancer Center|Cancer Institute|Children['’]s|Memorial|General|Healthcare|Health|Medical Group|Urgent Care|Surgery Center|Dialysis Center|Dialysis|Institute|Sanatorium|Sanitarium|Care Home|Retirement Home|Assisted Living|Senior Living|Pharmacy|Medical|Family Medicine|Family Practice|Pediatrics|Paediatrics|Dermatology|Cardiology Associates|Orthopedics|Orthopaedics|Oncology Associates|Physicians|Physician Group|Women['’]s Health|Dental|Dentistry|Eye Center|Imaging|Radiology|Surgical Associates|Medical Associates|Health Partners)\b(?:\s+(?:Hospital|Center|Centre|Clinic|Medical Center|Campus))?(?:\s+of\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)?(?![\p{L}])/gu, confidence: 0.85, check: (m, t) => !/^(?:The|A|An|Our|My|This|That|At|In|To|Public|Mental|Global|Women['’]s|Men['’]s|Behavioral|Digital|Home|World|Primary)\s+(?:Health|Healthcare|Medical)$/.test(m[0]) && !denominationNotFacility(m, t) },
  // Head word first, as in many languages: "Hospital La Paz", "Klinikum Großhadern", "Hôpital Necker", "CHU de Bordeaux", "Hospital for Special Surgery".
  { type: 'facility', id: 'phi.facility.head-first', words: ['allospedale', 'dellospedale', 'lospedale', 'nellospedale', 'allhopital', 'delhopital', 'ysbyty', 'lkh', 'institut', 'maternite', 'clinique', 'hospital', 'hopital', 'lhopital', 'dhopital', 'clinica', 'klinikum', 'uniklinik', 'universitatsklinikum', 'universitatsspital', 'krankenhaus', 'kantonsspital', 'spital', 'centre', 'chu', 'ospedale', 'policlinico', 'sjukhuset', 'ziekenhuis', 'szpital', 'sanatorio', 'infirmary', 'hospice'], re: /(?<![\p{L}])(?<!(?!(?:Das|Dem|Im|Am|Ins|Zum|Vom|Al|El|La|Le|Il|Lo|O|A|Do|Da|No|Na|Del|Au|Du|Les|Des)\s)\p{Lu}[\p{L}'’.]*\s)(?:Hospital(?: Universitario| General| Regional| Infantil| Clínic| das Clínicas)?|Ysbyty|LKH|Institut|[Mm]aternité|[Cc]linique|Hôpital|Clínica|Clinica|Klinikum|Uniklinik|Universitätsklinikum|Universitätsspital|Krankenhaus|Kantonsspital|Spital|Centre Hospitalier(?: Universitaire)?|CHU|Ospedale|Policlinico|Sjukhuset|Ziekenhuis|Szpital|Sanatorio|Royal Infirmary|Infirmary|Hospice|Hospital for Sick Children)(?:\s+(?:de|del|de la|des|du|di|of|for|the|la|le|San|Santa|Sant['’]|St\.?|Saint|Sainte|am|an der|zum|zur|do|da|dos|das|und|y|et|e|&))*\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}{2,})(?:\s+(?:de|del|de la|di|y|et|and|&)?\s*\p{Lu}[\p{L}'’-]+){0,3}/gu, confidence: 0.85, check: (m) => !/\s(?:ICU|NICU|PICU|CICU|MICU|SICU|ER|ED|OR|A&E|L&D|ICU\w*)$/.test(m[0]) && !/^(?:Hospital|Clinic|Infirmary)\s+(?:The|A|An|In|At|To|For|Is|Was|And|Or|But|So|Staff|Food|Bed|Beds|Bills?|Parking|Visit|Gown|Policy)\b/.test(m[0]) },
  // A named place with a lower-case head word, as people type it: "Oak Ridge nursing home", "Riverside hospital", "Sunset Manor".
  { type: 'facility', id: 'phi.facility.named-foreign-suffix', words: ['memory', 'nursing', 'birthing', 'suite', 'behavioral', 'behavioural', 'regional', 'ortho', 'maternity', 'mc', 'umc', 'gasthuis', 'aged', 'age', 'ziekenhuis', 'kinderziekenhuis', 'klinikum', 'krankenhaus', 'klinik', 'kliniek', 'spital', 'sjukhus', 'sykehus', 'sygehus', 'rehab', 'birth', 'sleep', 'surgery', 'eye'], re: /(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’.&-]+\s+){1,3})(?:Ziekenhuis|Kinderziekenhuis|Gasthuis|Klinikum|Krankenhaus|Klinik|Kliniek|Spital|Sjukhus|Sykehus|Sygehus|Rehab|MC|UMC|Memory Care|Nursing|Birthing Centre|Birthing Center|Birth Suite|Behavioral|Behavioural|Regional|Ortho|Maternity|Birth Center|Birth Centre|Sleep Center|Sleep Centre|Surgery Centre|Eye Hospital|Aged Care|Nursing Care|old age home|Old Age Home)(?![\p{L}])/gu, confidence: 0.8,
    check: (m) => !NOT_FACILITY_START.test(m[1]!) },
  // Head word first in other languages: "RSA Villa Serena", "Klinikum Erfurt", "Residencia San José", "CHU de Nantes".
  { type: 'facility', id: 'phi.facility.foreign-head-first', hint: /\b(?:Résidence|Residence|DPS|RSA|Casa di Cura|Casa de Repouso|[Rr]esidencia|Residenza|Seniorenheim|Pflegeheim|Altenheim|Kliniek|Sanatorio|Maison de retraite|EHPAD|CHU|CHR|CHSLD|Centre Hospitalier|Centro de Salud|Hospital Universitario|Fundación|Zorgcentrum|Verpleeghuis|Lar|Szpital\w*|Oddzia\w*)\b/, re: /\b(?:Résidence|DPS|RSA|Casa di Cura|Casa de Repouso|[Rr]esidencia|Residenza|Seniorenheim|Pflegeheim|Altenheim|Kliniek|Sanatorio|Maison de retraite|EHPAD|CHU|CHR|CHSLD|Centre Hospitalier|Centro de Salud|Hospital Universitario|Fundación|Zorgcentrum|Verpleeghuis|Lar|Szpital(?:u|a|em)?|Oddzia(?:ł|le|łu)(?:\s\p{Lu}\p{Ll}+)?)\s+(?:(?:de|del|della|di|du|des|la|le|van|het|der|do|da|dos|d['’])\s*)*\p{Lu}[\p{L}'’-]+(?:\s(?:(?:de|del|della|di|du|des|la)\s)?\p{Lu}[\p{L}'’-]+){0,3}/gu, confidence: 0.8 },
  { type: 'facility', id: 'phi.facility.named-lower-head', words: ['hospital', 'clinic', 'hospice', 'nursing', 'care', 'rehab', 'medical', 'cancer', 'urgent', 'memory', 'assisted', 'senior', 'infirmary', 'manor', 'lodge', 'centre', 'health', 'surgery'], re: /(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’.&-]+\s+){1,3})(?:hospital|clinic|hospice|nursing home|nursing facility|care home|care center|care centre|rehab|rehab center|medical center|medical centre|cancer center|cancer centre|urgent care|memory care|assisted living|senior living|infirmary|Manor|Lodge|Care Centre|Health Centre|Surgery)(?![\p{L}])/gu, confidence: 0.75, check: (m, t) => !/\bof\s$/.test(t.slice(Math.max(0, m.index - 4), m.index)) && !NOT_FACILITY_START.test(m[1]!) && !/['’]s\s*$/.test(m[1]!) && !/^(?:Children['’]s|Veterans|VA|County|City|State|General|Mental|Regional|Community|University|Teaching|Local|Private|Public|Cancer|Animal|Pet|Vet|Dental|Eye|Walk|Free|Urgent|Big|Small|New|Old|Good|Best|Bad|Worst|Same|Other|Every|Each|Which|What|Why|How|When|Where|Who|Whose)\s*$/.test(m[1]!.trim()) },
  { type: 'facility', id: 'phi.facility.unit-at', words: ['icu', 'nicu', 'picu', 'cicu', 'micu', 'sicu', 'cvicu', 'er', 'ed', 'a', 'l', 'labor', 'oncology', 'cardiac', 'psych', 'burn', 'step', 'stepdown', 'cath', 'maternity'], re: /\b(?:NICU|PICU|CICU|MICU|SICU|CVICU|ICU|ER|ED|A&E|L&D|labor and delivery|oncology ward|cardiac unit|psych ward|burn unit|step-?down|cath lab|maternity ward)\s+(?:at|in|of)\s+((?:[A-Z][\w'’.-]+\s?){1,4})/g, group: 1, confidence: 0.8, check: (m) => !NOT_FACILITY_START.test(m[1]!) },
  // A VA site: "the Dayton VA", "the VA in Dayton" ("the VA" alone is the agency or any VA: not labelled).
  { type: 'facility', id: 'phi.facility.va-site', substr: 'VA', re: /(?<![\p{L}])(?:(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\sVA)(?![\p{L}])(?!\s+(?:loans?|benefits|claims?|disability|rating|mortgage|home loan))|(VA\s(?:in|at)\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))/gu, confidence: 0.8, check: (m) => !NOT_FACILITY_START.test(m[1] ?? 'x') && !/^(?:Veterans|Local|Nearest|Which|Every|Any|Some|No)\b/.test(m[1] ?? '') },
  // Care homes named without a head word, after "at" in a post about care: "Visiting hours at Whispering Pines", "lived at Oak Hollow".
  { type: 'facility', id: 'phi.facility.care-home-name', words: ['court', 'view', 'place', 'pines', 'oaks', 'hollow', 'meadows', 'gardens', 'acres', 'haven', 'glen', 'springs', 'woods', 'brook', 'creek', 'grove', 'estates', 'village', 'ridge', 'pointe', 'commons', 'crossing', 'lodge', 'manor', 'house'], re: /\b(?:at|into|to visit|visiting|care home is|home is|thank you|thanks|moved into|from)\s+((?:\p{Lu}\p{Ll}+\s+){1,2}(?:Pines|Oaks|Hollow|Meadows|Gardens|Acres|Haven|Glen|Springs|Woods|Brook|Creek|Grove|Estates|Village|Ridge|Pointe|Commons|Crossing|Lodge|Manor|House|Court|View|Place))\b/gu, group: 1, confidence: 0.7, check: (m, t) => !NOT_FACILITY_START.test(m[1]!) && CARE_HOME_CONTEXT.test(t) },
  // Named wards and units: "Ward 7B", "Station 4B", "4 West", "5 Peds".
  { type: 'facility', id: 'phi.facility.ward', words: ['ward', 'station', 'wing', 'pavilion', 'pod', 'unit', 'uti', 'reparto', 'planta', 'sala', 'afdeling'], re: /\b(?:Ward|Station|Wing|Pavilion|Pod|ward|station|UTI|Reparto|Planta|Sala|Afdeling|(?<!(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln|Dr|Drive|Way|Ct|Court|Pl|Place)\.?,?\s)Unit(?!\s\d{1,4}\/)(?!\s\d{1,4},\s\d{1,5}\s[A-Z]))\s+(?:no\.?\s)?(?:\d{1,2}[A-Za-z]?|(?<=[Ww]ard\s(?:no\.?\s)?)\d{3}|[A-Z](?:\d{1,2})?)\b(?!\/)(?!\s*(?:mg|ml|%|hours?|mins?|minutes?|days?|weeks?|patients|beds|nurses|of\b|quiz|exam|test|lecture|module|homework))/g, confidence: 0.85, needsDigit: true },
  { type: 'facility', id: 'phi.facility.floor-unit', hint: /\d\s?(?:Ouest|Est|Nord|Sud|Noord|Oost|Zuid|West|East|North|South|Peds|Ortho|Surg|Med|Tele|Onc|Neuro|Cardiac|Rehab|Main|Acute|Pediatrics|Paeds|NW|NE|SW|SE|Tower)/, re: /\b(?:[A-Z]\d{1,2}\s)?\d{0,2}\s?(?:Ouest|Est|Nord|Sud|Noord|Oost|Zuid|West|East|North|South|Peds|Ortho|Surg|Med-Surg|MedSurg|Tele|Onc|Neuro|Cardiac|Rehab|Main|Acute|Oncology|Pediatrics|Paeds|NW|NE|SW|SE|Tower)\b(?![-\s]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct)\b)/g, confidence: 0.8, needsDigit: true, check: (m, t) => !/\d\s*$/.test(t.slice(Math.max(0, m.index - 3), m.index)) },
  // "on 5 south", "floated to 4 north": a lower-case floor unit after a move or place word.
  { type: 'facility', id: 'phi.facility.floor-unit-lower', hint: /\d\s(?:north|south|east|west)\b/, re: /\b(?:on|to|from|at|floated to|float to|up to|down to|transferred to|moved to)\s+(\d{1,2}\s(?:north|south|east|west))\b/g, group: 1, confidence: 0.7, needsDigit: true },
  // Named wards and pods: "Hollybrook ward", "the Purple Pod", "Rainbow unit".
  { type: 'facility', id: 'phi.facility.ward-word', words: ['ward'], re: /\b(Ward\s\p{Lu}\p{Ll}{3,})\b/gu, group: 1, confidence: 0.6, check: (m) => !/^Ward\s(?:The|And|Was|Is|Round|Rounds|Clerk|Sister|Manager|Staff|Nurse|Nurses|Team|Phone|Desk|Today|Tonight)$/.test(m[1]!) },
  { type: 'facility', id: 'phi.facility.named-ward', words: ['ward', 'pod', 'unit', 'wing'], re: /(?<![\p{L}])((?:\p{Lu}\p{Ll}+\s){1,2}(?:ward|Ward|Pod|pod|Wing|wing))(?![\p{L}])(?!\s(?:[A-Z]\d|\d))/gu, group: 1, confidence: 0.65,
    check: (m) => !/^(?:The|A|An|Our|My|This|That|Every|Each|Any|No|Which|Maternity|Labour|Labor|Surgical|Medical|Psych|Psychiatric|Cardiac|Oncology|Geriatric|Paediatric|Pediatric|Children['’]s|Isolation|Covid|Acute|General|Private|Public|Female|Male|Womens|Mens|Day|Night|Escape|Seed|East|West|North|South|New|Old|Main)\s/.test(m[1]!) },
  // "afdeling C3", "Wad 12" (Malay), "reparto Cardiologia 2", "oddział Interny II", "MMW 2": wards in other languages and
  // ward codes; the department word stays in the span as in "Ward 7B".
  { type: 'facility', id: 'phi.facility.ward-intl', words: ['afdeling', 'wad', 'reparto', 'oddział', 'oddziale', 'oddziału', 'servizio', 'servicio', 'abteilung'],
    re: /\b(?:[Aa]fdeling|[Ww]ad|[Rr]eparto|[Oo]ddzia(?:ł|le|łu)|[Ss]ervizio|[Ss]ervicio|[Aa]bteilung)\s(?:(?:\p{Lu}[\p{L}]+\s){0,2}(?:\d{1,2}[A-Za-z]?|[IVX]{1,4}|[A-Z]\d{0,2})|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s(?:\d{1,2}|[IVX]{1,4}))(?![\p{L}\d])/gu, confidence: 0.75 },
  // "Pinderfields A&E", "Hillingdon ED": a place name before an emergency department is the hospital.
  { type: 'facility', id: 'phi.facility.before-ed', hint: /[a-z] (?:A&E|ED|ER|Emergency Department)\b/, re: /(?<![\p{L}])(\p{Lu}\p{Ll}{3,}(?:\s\p{Lu}\p{Ll}+)?)\s(?:A&E|ED|ER|Emergency Department)\b/gu, group: 1, confidence: 0.65,
    check: (m) => !NOT_FACILITY_START.test(m[1]!) && !/^(?:Peds|Paeds|Adult|Main|Busy|Local|Nearest|County|Covid|Night|Day|Every|Whole|Entire|Rural|Urban|Overnight|Weekend|Today|Tonight|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Summer|Winter|Level|Trauma|Major|Minor|Freestanding|Standalone|Pediatric|Paediatric|Children|Childrens|Veterinary|Vet|Animal|Dental|Psych|Psychiatric|Which|What|This|That|Their|Your|Every|Empty|Full|Quiet|Crazy|Insane|Packed|Chaotic)\b/.test(m[1]!) },
  // "the Royal Stoke", "taken to the Royal Berkshire": English hospitals known by "the Royal" and their town.
  { type: 'facility', id: 'phi.facility.the-royal', words: ['royal'], re: /\b[Tt]he\s(Royal\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu, group: 1, confidence: 0.7,
    check: (m) => !NOT_ROYAL_HOSPITAL.test(m[1]!) },
  // Australian base hospitals ("doing well at Dubbo Base") and Appalachian Regional sites ("Harlan ARH").
  { type: 'facility', id: 'phi.facility.base-arh', hint: /\p{Lu}\p{Ll}+\s(?:Base|ARH)\b/u, re: /\b(?:at|to|in|from|into)\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:Base|ARH))\b/gu, group: 1, confidence: 0.7 },
  // A named place with its front desk, reception or respite bed is a care site: "the Pinecrest front desk".
  { type: 'facility', id: 'phi.facility.front-desk', hint: /front desk|reception desk|respite|nurses['’]? station|visiting hours|[Tt]he [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:staff|carers|care team)/, re: /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s(?:front desk|reception desk|respite (?:bed|unit|care)|nurses['’]? station|visiting hours|(?<=[Tt]he\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s)(?:staff|carers|care team))\b/gu, group: 1, confidence: 0.65,
    check: (m) => !NOT_FACILITY_START.test(m[1]!) && !/^(?:ICU|ER|ED|Hospital|Clinic|Ward|Unit|Weekend|Night|Day|Main|New|Old)\b/.test(m[1]!) },
  // "on 4C for 3 months", "back on 6B": a unit code in a post about a stay.
  { type: 'facility', id: 'phi.facility.unit-code', hint: /\b\d{1,2}[A-Z]{1,2}\b/, re: /\b(?:was on|were on|back on|on|to|from|floated to)\s(\d{1,2}[A-Z]{1,2})\b(?!\s*(?:mg|ml|\/|-\d))/g, group: 1, confidence: 0.6, needsDigit: true,
    check: (m, t) => !/^\d{1,2}(?:G|D|K|AM|PM|X|MB|GB|TB|HP|V|W|A|AH)$/.test(m[1]!) && /\b(?:NICU|PICU|ICU|ward|unit|hospital|admitted|nurses|SickKids|stay|months|weeks|discharged|inpatient|oncology|peds)\b/i.test(t) },
  // Hospitals known by an acronym ending in H, in a post about care: "at SCUH", "into UNTH", "the QEUH".
  { type: 'facility', id: 'phi.facility.acronym-h', hint: /\b(?:[A-Z]{1,4}H|UH[A-Z]{1,2})\b/, re: /\b(?:at|in|to|from|into|the|outside|of)\s([A-Z]{2,5}H|UH[A-Z]{1,2})\b/g, group: 1, confidence: 0.65,
    check: (m, t) => !NOT_INITIALS.has(m[1]!) && !/^(?:OMH|CBH|RNH|LOH|BTH|DTH|GTH)$/.test(m[1]!) && /\b(?:ward|admitted|discharged|icu|er|a&e|resus|nurses?|doctors?|surgery|op|stable|visiting|visit|bed|theatre|transferred|flown|taken|born|birth|died|passed|chemo|clinic|appointment|trolley|corridor|waiting|since)\b/i.test(t) },
  // "at Royal Stoke", "to Royal Bournemouth": the same without "the".
  { type: 'facility', id: 'phi.facility.royal', words: ['royal'], re: /\b(?:at|to|from|in|into)\s(Royal\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu, group: 1, confidence: 0.65,
    check: (m) => !NOT_ROYAL_HOSPITAL.test(m[1]!) },
  // Named units and suites: "the Bluebell Unit", "our new Sunflower Suite", "Sandringham Unit".
  { type: 'facility', id: 'phi.facility.named-unit', words: ['unit', 'suite'], re: /(?<![\p{L}])(\p{Lu}\p{Ll}+\s(?:Unit|Suite))\b(?!\s\d)/gu, group: 1, confidence: 0.6,
    check: (m) => !/^(?:Stroke|Burns?|Renal|Cardiac|Intensive|Coronary|Maternity|Neonatal|Dialysis|Oncology|Surgical|Medical|Assessment|Admissions?|Observation|Psychiatric|Mental|Mother|Day|Night|Care|Trauma|Acute|Rehab|Rehabilitation|Spinal|Transplant|Delivery|Labour|Labor|Birth|Birthing|Special|High|Critical|Emergency|Isolation|Infectious|Respiratory|Palliative|Eating|Detox|Teenage|Adolescent|Childrens|Children|Womens|Secure|Forensic|Storage|Rental|Housing|Family|Bridal|Honeymoon|Presidential|Executive|Office|Software|Test|Unit|Each|Every|The|This|That|Our|Your|Their|Which|One|Two|Three)\s/.test(m[1]!) },
  { type: 'facility', id: 'phi.facility.floor-unit-compact', hint: /\d[NSEW]\b/, re: /\b(?:on|to|from|at|floated to|float to|up to|down to|working|work|transferred to|moved to)\s+(\d{1,2}(?:N|S|E|W|NW|NE|SW|SE))\b/g, group: 1, confidence: 0.7, needsDigit: true },
  { type: 'facility', id: 'phi.facility.building-unit', hint: /\b(?:on|to|floated|float|working|work|transferred|admitted)\s+\p{Lu}/u, re: /\b(?:floated to|float to|working on|work on|up to|transferred to|admitted to|moved to|on|to)\s+(\p{Lu}\p{Ll}{2,}\s\d{1,2}[A-Z]?)\b(?!\s*(?:mg|ml|mcg|units?|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|times|x\b|:|\/|\.\d))/gu, group: 1, confidence: 0.65, needsDigit: true, check: (m) => !/^(?:Week|Day|Month|Year|Room|Rm|Bed|Bay|Ward|Station|Unit|Floor|Level|Cycle|Round|Dose|Stage|Grade|Type|Phase|Page|Chapter|Step|Hour|Gen|Version|Covid|Zone|Lot|Box|Pod|Gate|Exit|Route|Highway|Hwy|Rte|Interstate|County|Road|Junction|Platform|Terminal|Pier|Channel|Apt|Suite|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|Easter|Ozempic|Mounjaro|Wegovy|Insulin|Humalog|Lantus|Zepbound|Tirzepatide)\b/.test(m[1]!) },
];

/** Normalised trigger word → the indexes of the rules it wakes up. */
const RULE_TRIGGERS = new Map<string, number[]>();
RULES.forEach((rule, index) => {
  for (const w of rule.words ?? []) {
    const list = RULE_TRIGGERS.get(w) ?? [];
    if (!list.includes(index)) list.push(index);
    RULE_TRIGGERS.set(w, list);
  }
});
const AGE_NUMBER = /(?<!\d)(?:9\d|1[0-2]\d)(?!\d)/;

/** Words before a phone number that say it is one ("call", "cell:", "reach me at", "tel."). */
const PHONE_CUE = /(?:call|calling|phone|ph|tel|t[eé]l[eé]phone|tel[eé]fono|llam\w*|appel\w*|rufen|anrufen|unter|from|rang|rings?|telephone|text|txt|cell|mobile|mob|fax|reach|contact|number|nbr|no|#|whatsapp|signal|pager|page|landline|hotline|line|office|desk|dial|ring|voicemail|vm|at|on|me)\.?\W{0,8}$/i;
/** Capitalised words that start a phrase without naming a facility ("At", "The", "Our"). */
const NOT_FACILITY_START = /^(?:The|A|An|Our|My|This|That|At|In|To|From|And|Of|For|With|On|Your|Their|His|Her|Its|Some|Any|Every|No|Local|Nearest|Public|Mental|Global|Digital|Home|World|Primary|Behavioral|Women['’]s|Men['’]s)\b/;
const LEADING_STOPWORDS = /^(?:(?:The|A|An|Our|My|This|That|At|In|To|From|And|Of|For|With|On|Your|Their|His|Her|Its|Went|Go|Back|Transferred|Admitted|Born|Visited|Called)\s+)+/;
const GENERIC_SHORT_NAMES = new Set(['childrens', 'memorial', 'methodist', 'baptist', 'presby', 'mercy', 'general', 'providence', 'sunrise', 'temple', 'lincoln',
  'advocate', 'aurora', 'banner', 'swedish', 'mri', 'einstein']);
const FACILITY_CONTEXT_BEFORE = /\b(?:ward|unit|wing|The|al|alla|allo|au|à l['’]|de|du|dal|dalla|no|na|im|ins|in der|en el|del|at|to|from|in|into|outside|transferred|admitted|discharged|airlifted|flown|rushed|visit(?:ed|ing)?|the)\s+$/i;
const FACILITY_CONTEXT_AFTER = /^\s*(?:billing|at\s[A-Z]|hospital|clinic|er|ed|icu|nicu|picu|oncology|cardiology|peds|ward|floor|campus|cancer|children['’]?s|med|medical|health|nurses?|docs?|doctors?|residency|rotation|emergency|ortho|neuro|surgery|staff|team|trauma|psych|rehab|transplant|wait|parking)\b/i;

const STATE_ABBR = 'A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]';
const CITY_STATE = new RegExp(String.raw`\b((?:St\.\s|Saint\s|New\s|San\s|Los\s|Las\s|El\s|Fort\s|Port\s|North\s|South\s|East\s|West\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s+(?:${STATE_ABBR})\b(?![\w'’-])|\s+(?:${STATE_ABBR})\b(?=\s+\d{5}|[,.;!?)]|\s*$))`, 'g');
const STATE_FULL = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|British Columbia|New Brunswick|Newfoundland|Queensland|Victoria|Tasmania|New South Wales';
const AU_CA_GATE = /\b(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA|ON|BC|AB|QC|MB|SK|NS|NB|NL|PE)\b/;
const AU_CA_TOWN = /\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),?\s+(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA|ON|BC|AB|QC|MB|SK|NS|NB|NL|PE)(?:\s+(\d{4})\b|(?=\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b))/gu;
const STATE_NAMES = new Set(STATE_FULL.toLowerCase().split('|'));
/** Countries and large regions: Safe Harbor keeps them (not "smaller than a state"). Facts, written here. */
const COUNTRY_NAMES = new Set(['america', 'usa', 'us', 'canada', 'mexico', 'england', 'scotland', 'wales', 'ireland', 'britain', 'uk', 'france', 'germany',
  'spain', 'italy', 'portugal', 'brazil', 'india', 'china', 'japan', 'korea', 'australia', 'nigeria', 'ghana', 'kenya', 'egypt', 'israel', 'turkey', 'russia',
  'ukraine', 'poland', 'sweden', 'norway', 'denmark', 'finland', 'netherlands', 'holland', 'belgium', 'switzerland', 'austria', 'greece', 'europe', 'asia',
  'africa', 'the states', 'rehab', 'hospice', 'heaven', 'town', 'the city', 'the country', 'florida', 'texas', 'california', 'jamaica', 'haiti', 'cuba',
  'vietnam', 'thailand', 'philippines', 'pakistan', 'bangladesh', 'iran', 'iraq', 'syria', 'lebanon', 'jordan', 'colombia', 'peru', 'chile', 'argentina',
  'venezuela', 'puerto rico', 'guatemala', 'honduras', 'el salvador', 'new zealand', 'south africa', 'singapore', 'malaysia', 'indonesia', 'iceland',
  // The same countries as their people write them ("in Deutschland", "en Belgique", "W Polsce").
  'deutschland', 'belgique', 'belgië', 'belgie', 'nederland', 'polska', 'polsce', 'españa', 'espana', 'italia', 'brasil', 'méxico', 'schweiz', 'suisse',
  'svizzera', 'österreich', 'osterreich', 'éire', 'eire', 'sverige', 'norge', 'danmark', 'suomi', 'türkiye', 'pilipinas', 'aotearoa', 'bharat', 'portugal']);
/**
 * A state's equivalents abroad — provinces, Länder, regions — are as large as a US state, so Safe Harbor keeps them too
 * ("Pflegekräfte in Bayern", "public hospitals in Gauteng", "au Québec"). Facts, written here.
 */
const REGION_NAMES = ['ontario', 'québec', 'quebec', 'alberta', 'british columbia', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick', 'newfoundland',
  'queensland', 'new south wales', 'tasmania', 'western australia', 'south australia', 'northern territory', 'gauteng', 'kwazulu-natal', 'western cape',
  'eastern cape', 'limpopo', 'mpumalanga', 'maharashtra', 'tamil nadu', 'kerala', 'karnataka', 'punjab', 'sindh', 'gujarat', 'rajasthan', 'bihar',
  'west bengal', 'uttar pradesh', 'bayern', 'baden-württemberg', 'nordrhein-westfalen', 'niedersachsen', 'hessen', 'sachsen', 'brandenburg', 'thüringen',
  'catalunya', 'cataluña', 'catalonia', 'andalucía', 'andalusia', 'galicia', 'lombardia', 'lombardy', 'toscana', 'tuscany', 'sicilia', 'sicily', 'île-de-france',
  'ile-de-france', 'bretagne', 'normandie', 'wallonie', 'vlaanderen', 'flanders', 'minas gerais', 'rio grande do sul', 'bahia', 'luzon', 'mindanao', 'visayas'];
for (const r of REGION_NAMES) STATE_NAMES.add(r);
const CITY_FULL_STATE = new RegExp(String.raw`\b((?:St\.\s|Saint\s|New\s|San\s|Los\s|Las\s|El\s|Fort\s|Port\s|North\s|South\s|East\s|West\s|Mount\s|Mt\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+(?:${STATE_FULL})\b`, 'g');
const RESIDENCE = /\b(?:(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Way|Court|Ct|Drive|Dr|Place|Pl|Terrace|Circle|Parkway|Pkwy|Highway|Hwy|Apt\s*\w+|apt\s*\w+)\.?,?|lives?|living|lived|moved|moving|move|relocated|relocating|resides?|residing|grew up|raised|hometown(?: is| of)?|home|farm|house|trailer|apartment|condo|neighbou?rhood|town of|city of|village of|county of|back home|visiting (?:her|his|my|our|their) \w+|flew|drove|driving|commutes?)\s+(?:back\s+|all the way\s+|out\s+)?(?:in|to|from|near|outside(?: of)?|at|by)\s+((?:St\.\s|Saint\s|New\s|San\s|Los\s|Las\s|El\s|Fort\s|Port\s|North\s|South\s|East\s|West\s|Mount\s|Mt\.\s)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)/gu;
/** Words after which a small town's name is the place ("from Dunmore", "outside Kingston", "grew up in Ballymena"). */
const PLACE_WORD_BEFORE = new Set(['past', 'beyond', 'in', 'from', 'near', 'outside', 'around', 'to', 'into', 'of', 'nr', 'via', 'towards', 'toward', 'aus', 'nach', 'bei', 'en', 'de', 'desde', 'em', 'da', 'di', 'a', 'à', 'vers']);
/** Lower-case words inside a place name ("Villafranca del Cid", "Stratford upon Avon", "Frankfurt am Main"). */
const PLACE_PARTICLES = new Set(['de', 'del', 'della', 'la', 'le', 'les', 'sur', 'sous', 'upon', 'on', 'am', 'an', 'im', 'der', 'do', 'da', 'dos', 'das', 'di', 'en', 'y', 'of', 'the', 'by']);
/** Words after a place name that make it an eponym ("Glasgow Coma Scale", "Ottawa ankle rules", "Lyme disease"). */
const EPONYM_AFTER = /^[\s-]+(?:coma|ankle|knee|foot|rules?|criteria|score|scale|classification|protocol|disease|fever|syndrome|virus|strain|agreement|convention|declaration|charter|statement|questionnaire|model|method|approach|technique|procedure|sign|test|maneuver|manoeuvre)\b/i;
const TWO_CAPITALS = /[A-Z]{2}/;
const PLACE_PREPOSITION = new Set(['past', 'in', 'near', 'outside', 'from', 'en', 'em', 'nach', 'aus', 'sa', 'w', 'we']);
/** Second words of two-word towns ("Shaker Heights", "Niagara Falls", "Palm Springs"). */
const PLACE_SECOND_WORD = new Set(['west', 'east', 'north', 'south', 'heights', 'falls', 'springs', 'city', 'beach', 'park', 'hills', 'valley', 'lake', 'creek', 'harbor', 'harbour', 'point',
  'grove', 'ridge', 'village', 'junction', 'bay', 'forest', 'glen', 'mills', 'rapids', 'bluffs', 'township']);
/** Capitalised words after "in"/"near" that are systems, products and languages, not towns. */
const NOT_PLACES = new Set(['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'medicare', 'medicaid', 'epic', 'cerner', 'meditech', 'pyxis', 'omnicell', 'mychart', 'excel', 'teams', 'zoom', 'slack', 'tiktok',
  'instagram', 'facebook', 'twitter', 'reddit', 'youtube', 'spanish', 'english', 'french', 'german', 'latin', 'tagalog', 'mandarin', 'cantonese', 'arabic',
  'hindi', 'urdu', 'peds', 'psych', 'ortho', 'onc', 'neuro', 'cardio', 'derm', 'tele', 'rehab', 'hospice', 'triage', 'recovery', 'residency', 'fellowship',
  'nursing', 'pharmacy', 'covid', 'remission', 'labor', 'heaven', 'vegas', 'person', 'public', 'general', 'total', 'fact', 'addition', 'theory', 'practice',
  'lockdown', 'quarantine', 'isolation', 'safe', 'canada', 'europe', 'america', 'australia', 'asia', 'africa', 'ireland', 'scotland', 'wales', 'england',
  // Days of the week (also plural, and in the other languages of our posts) and nationality words are not places.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays',
  'sundays', 'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sabato', 'lunedì', 'martedì', 'mercoledì',
  'giovedì', 'venerdì', 'wigilia', 'wigilię', 'irish', 'canadian', 'british', 'american', 'australian', 'brgy', 'ospital']);
const INITIALS_GATE = /[A-Z]\.?\s?[A-Z]/;
/** The words RESIDENCE can start with: a post without any of them skips that (unicode, many-branched) regex. */
const RESIDENCE_WORDS = new Set(['st', 'street', 'ave', 'avenue', 'rd', 'road', 'blvd', 'boulevard', 'lane', 'ln', 'way', 'court', 'ct', 'drive', 'dr',
  'place', 'pl', 'terrace', 'circle', 'parkway', 'pkwy', 'highway', 'hwy', 'apt', 'live', 'lives', 'living', 'lived', 'moved', 'moving', 'move',
  'relocated', 'relocating', 'resides', 'reside', 'residing', 'grew', 'raised', 'hometown', 'home', 'farm', 'house', 'trailer', 'apartment', 'condo',
  'neighborhood', 'neighbourhood', 'town', 'city', 'village', 'county', 'back', 'visiting', 'flew', 'drove', 'driving', 'commute', 'commutes']);
const MEASURE_BEFORE = /(?:sugar|glucose|bg|bs|bp|pressure|heart rate|hr|pulse|o2|spo2|sat|sats|oxygen|temp|temperature|weight|score|a1c|level|count|iq|reading|rate|saturation|percent|grade|mph|speed|%)\W{0,12}(?:\w+\W{1,3}){0,2}$/i;

/** A lab or vital sign just before a number ("K 6.8.", "Hgb 7.1."): a value, not a dotted day and month. */
const LAB_BEFORE = /\b(?:k|na|mg|ca|cl|cr|bun|hb|hgb|hct|ph|inr|a1c|hba1c|temp|t|bg|bs|glucose|wbc|plt|lac|lactate|trop|tsh|crp|alb|phos|ag)\s*[:=]?\s*$/i;
/** Words before a slash pair that make it a score or a ratio ("pain 8/10", "ratio 1/4"), not a date. */
const SCORE_BEFORE = /\b(?:pain|rated?|rating|score|scale|ratio|ratios|went|out of|would|stars?|gcs|apgar)\b[^.!?\n]{0,12}$/i;

/** "8/10 → 3/10", "10/10 would float again", "1/4 on stepdown", "Pi day is 3/14", "9/11 anniversary": no one's date. */
function slashIsNotDate(m: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, m.index - 32), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
  if (/\/10$/.test(m[0]) && (SCORE_BEFORE.test(before) || /^\s*(?:→|->|=|would|pain|stars?|recommend|!)/i.test(after) || /(?:→|->)\s*$/.test(before))) return true;
  // "thread 1/12", "part 2/5": a numbered series, not a date.
  if (/\b(?:thread|part|pt|tweet|post|slide|episode|ep|page|day)\s*$/i.test(before) || /^\s*(?:🧵|👇)/u.test(after)) return true;
  // "Unit 4/27 Kembla St": an Australian unit and house number before a street.
  if (/^\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:Street|St|Road|Rd|Avenue|Ave|Parade|Pde|Crescent|Cres|Drive|Dr|Place|Pl|Court|Ct|Lane|Ln|Terrace|Tce|Highway|Hwy|Close|Way)\b/u.test(after)) return true;
  if (/\bratios?\b[^.!?\n]{0,20}$/i.test(before) || /^\s*(?:ratio|split)\b/i.test(after)) return true;
  if (/\bpi day\b[^.!?\n]{0,10}$/i.test(before) || (m[0] === '9/11' && /^\s*(?:anniversary|attacks?|memorial|responders?|victims|truthers?)/i.test(after))) return true;
  return false;
}

/** "First Baptist Church", "United Methodist": a denomination that names a church, not a hospital. */
function denominationNotFacility(m: RegExpExecArray, text: string): boolean {
  if (!/(?:Methodist|Baptist|Presbyterian|Lutheran|Adventist)$/.test(m[0])) return false;
  return /^(?:First|United|Southern|Free Will|Missionary|Independent|Reformed|Seventh-day|Seventh Day)\b/.test(m[0].replace(/^(?:The|At|In|To)\s+/, ''))
    || /^\s+(?:church|chapel|conference|congregation|minister|pastor|school|university|college|seminary)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
}

/** A post about residential care: a head-less place name after "at" is then the care home. */
const CARE_HOME_CONTEXT = /\(\s?(?:9\d|1[0-2]\d)\s?\)|\b(?:aged care|care home|carers|100|room \d|respite|front desk|fell|nursing|memory care|assisted|care home|facility|visiting hours|visit(?:ed|ing)? (?:her|him|mom|dad|grandma|grandpa|nan|nana)|resident|aides?|staff|hospice|rehab|skilled|snf|alf|moved (?:her|him) in|lived at|lives at|she['’]s \d|he['’]s \d|years old|yo\b|social chair|activities)\b/i;

/** DEA check digit: (d1 + d3 + d5) + 2 × (d2 + d4 + d6), last digit equals d7. */
function deaCheckDigit(id: string): boolean {
  const d = id.slice(2).split('').map(Number);
  return ((d[0]! + d[2]! + d[4]!) + 2 * (d[1]! + d[3]! + d[5]!)) % 10 === d[6];
}

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

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'nurse', 'sister', 'father', 'rev', 'sr', 'jr', 'dame', 'sir', 'lady', 'lord',
  'capt', 'sgt', 'officer', 'doctor', 'madam', 'mister', 'dra', 'doc', 'herr', 'frau', 'mme', 'mlle', 'sra', 'srta', 'don', 'dona', 'doña', 'señor', 'senor',
  'señora', 'senora', 'monsieur', 'madame', 'pastor', 'coach', 'judge', 'chaplain', 'matron', 'np', 'rn', 'pani', 'pan', 'signora', 'signor', 'sig', 'maam', 'hajah', 'haji', 'hajjah', 'pakcik', 'makcik', 'encik', 'puan', 'tuan', 'hj']);
const NAME_CONTEXT = new Set(['name', 'named', 'called', 'patient', 'pt', 'dad', 'mom', 'mum', 'husband', 'wife', 'son', 'daughter', 'grandma', 'grandpa',
  'sister', 'brother', 'friend', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'colleague', 'neighbor', 'neighbour', 'boss', 'partner', 'baby', 'is', 'meet', 'from', 'with', 'and', 'by', 'to', 'dear', 'hi', 'hello', 'thanks', 'cc']);
/** Words after which an unknown capitalised word is taken as a name ("my dad Tariq", "congrats to Ingrid", "named Olu"). */
const STRONG_NAME_CONTEXT = new Set(['name', 'named', 'called', 'patient', 'pt', 'meet', 'dear', 'dad', 'mom', 'mum', 'husband', 'wife', 'son', 'daughter',
  'grandma', 'grandpa', 'sister', 'brother', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'friend', 'colleague', 'congrats', 'congratulations', 'thanks',
  'thank', 'pray', 'prayers', 'rip', 'mr', 'mrs', 'ms', 'dr', 'miss', 'nurse', 'neighbor', 'neighbour', 'boyfriend', 'girlfriend', 'fiance', 'partner', 'baby',
  'resident', 'stepdad', 'stepmom', 'stepson', 'stepdaughter', 'grandson', 'granddaughter', 'grandchild', 'toddler', 'bestie', 'coworker', 'roommate',
  'doc', 'doctor', 'dra', 'prof', 'professor', 'little', 'sweet', 'precious', 'coordinator', 'navigator', 'therapist', 'aide', 'caregiver', 'carer',
  'midwife', 'chaplain', 'physio', 'dietitian', 'dietician', 'pharmacist', 'consultant', 'registrar', 'worker', 'counselor', 'counsellor', 'volunteer', 'driver',
  'receptionist', 'paramedic', 'medic', 'contact', 'email', 'ask', 'text', 'message', 'dm', 'shoutout', 'birthday', 'bday', 'welcome', 'bisabuela', 'bisabuelo',
  'tata', 'taid', 'nain', 'koro', 'kuia', 'lolo', 'lola', 'tatay', 'nanay', 'sig', 'signor', 'signora', 'pielęgniarce', 'pielęgniarka', 'pielegniarce',
  'tannie', 'oom', 'ouma', 'oupa', 'mzee', 'bibi', 'babu', 'enfermeira', 'enfermeiro', 'gogo', 'mkhulu', 'boy', 'girl', 'mention', 'ring', 'call', 'tita', 'tito', 'ate', 'kuya', 'vó', 'vo', 'vovó', 'vovo', 'vô', 'nonnina', 'zia', 'zio', 'tía', 'tío', 'abuelita', 'abuelito', 'omi', 'opi', 'uropa', 'uroma', 'papy', 'mamie', 'dona', 'doña', 'don', 'enfermera', 'enfermero', 'infirmière', 'infirmier', 'krankenschwester', 'pfleger', 'preceptor', 'attending', 'intern', 'surgeon', 'oncologist', 'cardiologist', 'pcp', 'gp', 'np', 'pa', 'rn', 'tech', 'cna', 'client', 'mrn', 'bff',
  'hubby', 'wifey', 'fiancé', 'fiancée', 'spouse', 'twin', 'twins', 'sis', 'bro', 'kiddo', 'daughters', 'sons', 'mama', 'papa', 'abuela', 'abuelo',
  'nana', 'nan', 'gran', 'granny', 'grandad', 'granddad', 'auntie', 'aunty', 'oma', 'opa', 'nonna', 'nonno', 'bubbe', 'zayde', 'meemaw', 'pawpaw', 'gigi', 'yaya',
  // Greetings and relations in the other languages of the posts ("hey Bazza", "ma grand-mère Françoise", "mi tía Lupe").
  'hey', 'hi', 'hello', 'hiya', 'mere', 'pere', 'grand-mere', 'grand-pere', 'mamie', 'papi', 'fille', 'fils', 'frere', 'soeur', 'mari', 'femme', 'tante', 'oncle',
  'madre', 'padre', 'hija', 'hijo', 'tia', 'tio', 'hermana', 'hermano', 'esposo', 'esposa', 'prima', 'primo', 'mutter', 'vater', 'tochter', 'sohn', 'bruder',
  'schwester', 'onkel', 'mann', 'frau', 'enkel', 'enkelin', 'avo', 'avó', 'avô', 'nonna', 'nonno']);
/** Capitalised words that follow those contexts without being names. */
const COMMON_CAPITALISED = new Set(['god', 'jesus', 'everyone', 'all', 'you', 'guys', 'folks', 'friends', 'fam', 'reddit', 'twitter', 'doc', 'nurse', 'there', 'y', 'yall', 'again', 'world', 'internet', 'docs', 'them', 'him', 'her', 'us', 'today', 'team', 'staff', 'doctor', 'nurses', 'icu',
  'er', 'ed', 'hospital', 'health', 'medical', 'the', 'a', 'an', 'and', 'is', 'was', 'has', 'had', 'in', 'at', 'on', 'with', 'for', 'who', 'he', 'she',
  'they', 'we', 'it', 'this', 'that', 'i', 'my', 'our', 'your', 'his', 'their', 'just', 'so', 'but', 'not', 'no', 'yes', 'still', 'also', 'then', 'now',
  // Pronouns of people and the public programmes that "say" and "call" like people do.
  'nobody', 'somebody', 'everybody', 'anybody', 'noone', 'someone', 'anyone', 'medicaid', 'medicare', 'healthline', 'police']);
/** Kinship words written like names ("Nana", "Gran", "Abuela"): the gold rules keep them outside name spans. */
const KINSHIP = ['nana', 'nan', 'gran', 'granny', 'grandma', 'grandpa', 'grandad', 'granddad', 'grampa', 'gramps', 'abuela', 'abuelo', 'abuelita', 'abuelito',
  'mama', 'papa', 'mom', 'dad', 'mum', 'mommy', 'daddy', 'pop', 'pops', 'oma', 'opa', 'mamie', 'papi', 'mami', 'auntie', 'aunty', 'uncle', 'bubbe', 'zayde',
  'meemaw', 'memaw', 'pawpaw', 'papaw', 'mawmaw', 'gigi', 'yaya', 'nonna', 'nonno', 'babcia', 'dziadek', 'baba', 'dedushka', 'ammi', 'abba', 'nani', 'dadi',
  'nanu', 'dada', 'ma', 'pa', 'sis', 'bro', 'hubby', 'wifey', 'baby', 'babe', 'mother', 'father', 'sister', 'brother', 'grandmother', 'grandfather',
  'mam', 'mammy', 'gogo', 'mzee', 'vater', 'mutter', 'grossvater', 'großvater', 'grossmutter', 'großmutter', 'vovó', 'vovô', 'avó', 'avô', 'mãe', 'pai'];
const NOT_NAMES = new Set(['i', 'im', 'the', 'a', 'an', 'my', 'our', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'god', 'jesus', 'covid', 'fda', 'cdc', 'who', 'nih', 'er', 'icu', 'ok', 'lol', 'omg', 'dm', 'rt', 'ama', 'md', 'rn', 'np', 'pa', 'do', 'phd', 'dr', 'mr',
  'mrs', 'ms', 'st', 'hi', 'hey', 'thanks', 'thank', 'dear', 'yes', 'no', 'also', 'just', 'so', 'but', 'and', 'or', 'if', 'when', 'then', 'now', 'today',
  'tonight', 'tomorrow', 'yesterday', 'christmas', 'easter', 'thanksgiving', 'pt', 'pts', 'ed', 'ems', 'nicu', 'picu', 'hipaa', 'mri', 'ct', 'ekg', 'ecg',
  'bp', 'hr', 'iv', 'po', 'iban', 'dea', 'dob', 'npi', 'license', 'licence', 'está', 'esta', 'maman', 'papa', 'surgeon', 'attending', 'princess', 'prince', 'king', 'queen', 'saint', 'prn', 'bid', 'tid', 'qid', 'stat', 'dnr', 'dni', 'copd', 'chf', 'uti', 'ivf', 'ob', 'gyn', 'ent', 'gi', 'usa', 'uk', 'eu', 'nhs',
  ...KINSHIP]);
/** Post-nominal credentials that follow a clinician's name ("Maya Chen, RN"). */
const CREDENTIAL_AFTER = /^,?\s+(?:RN|MD|DO|NP|PA|PA-C|BSN|MSN|CNA|LPN|LVN|PharmD|RPh|DNP|CRNA|APRN|FNP|FNP-C|DDS|DMD|MBBS|FRCP|FACC|PhD|CNM|RRT|PT|DPT|OT|OTR|SLP|EMT|EMT-P|MA|CMA|RD|LCSW|MPH)\b/;
/** Two-letter and dotted abbreviations that look like initials but are not a person's ("U.S.", "A.M."). */
const NOT_INITIALS = new Set(['US', 'UK', 'EU', 'UN', 'DC', 'AM', 'PM', 'ER', 'ED', 'OR', 'IV', 'PO', 'MD', 'DO', 'RN', 'NP', 'PA', 'PT', 'OT', 'ST', 'GI',
  'OB', 'ID', 'IM', 'FM', 'EM', 'ENT', 'HR', 'BP', 'CT', 'TV', 'OK', 'AI', 'ML', 'AC', 'BC', 'AD', 'LA', 'NY', 'NJ', 'SF', 'IT', 'PR', 'QA', 'RT', 'DM',
  'PS', 'FYI', 'ICU', 'CEO', 'USA', 'ASAP', 'VA', 'MS', 'MA', 'CA', 'TX', 'FL', 'GA', 'OH', 'MI', 'NC', 'SC', 'AZ', 'WA', 'CO', 'OK', 'IN', 'IL', 'PE',
  'MI', 'DX', 'TX', 'RX', 'HX', 'SX', 'FX', 'BS', 'OD', 'SOB', 'CP', 'LOL', 'TBH', 'IMO', 'PRN', 'NPO', 'DNR', 'ICD', 'CPT', 'NDC', 'EMS', 'OMG', 'ADHD']);

export class PhiDetector {
  private readonly first: Set<string>;
  private readonly last: Set<string>;
  private readonly ambiguous: Set<string>;
  private readonly plainWords: Set<string>;
  private readonly commonWords: Set<string>;
  private readonly cities: Map<string, number>;
  /** Smaller places, taken only after a place word (lower-case name → its number of words). */
  private readonly towns: Map<string, number>;
  private readonly placeFirstWords: Set<string>;
  private readonly facilities: Map<string, string[][]>;

  constructor(names: NameLexicon, private readonly isConcept: (word: string) => boolean = () => false) {
    this.ambiguous = new Set(names.ambiguous.map((n) => n.toLowerCase()));
    this.first = new Set(names.first.map((n) => n.toLowerCase()));
    this.last = new Set(names.last.map((n) => n.toLowerCase()));
    this.plainWords = new Set(names.plainWords ?? []);
    this.commonWords = new Set(names.commonWords ?? []);
    for (const k of KINSHIP) this.plainWords.add(k);
    this.cities = new Map();
    for (const c of names.cities) this.cities.set(c.toLowerCase(), c.split(/\s+/).length);
    this.towns = new Map();
    for (const c of names.towns ?? []) this.towns.set(c.toLowerCase(), c.split(/\s+/).length);
    // First words of every place name: most capitalised words start none, so the phrase lookups are skipped for them.
    this.placeFirstWords = new Set();
    for (const c of [...names.cities, ...(names.towns ?? [])]) this.placeFirstWords.add(c.toLowerCase().split(/[\s-]/)[0]!);
    // Known facility names indexed by their first normalised token; each entry is the token sequence.
    this.facilities = new Map();
    for (const f of KNOWN_FACILITIES) {
      const seq = tokenizeKey(f);
      if (seq.length === 0) continue;
      const list = this.facilities.get(seq[0]!) ?? [];
      list.push(seq);
      list.sort((a, b) => b.length - a.length);
      this.facilities.set(seq[0]!, list);
    }
  }

  /** Every PHI span in the text; overlaps resolved by type priority, then length. */
  detect(text: string, tokens: readonly Token[]): PhiFinding[] {
    const found: PhiFinding[] = [];
    const hasDigit = /\d/.test(text);
    const ageNumber = hasDigit && AGE_NUMBER.test(text);
    // One map lookup per token marks the rules whose trigger words the post contains (measured: cheaper than a regex
    // or a Set test per rule).
    const triggered = new Uint8Array(RULES.length);
    for (const t of tokens) {
      const list = RULE_TRIGGERS.get(t.norm);
      if (list) for (const r of list) triggered[r] = 1;
    }
    for (let r = 0; r < RULES.length; r++) {
      const rule = RULES[r]!;
      if (rule.needsDigit && !hasDigit) continue;
      if (rule.words && triggered[r] === 0) continue;
      if (rule.ageNumber && !ageNumber) continue;
      if (rule.substr !== undefined && !text.includes(rule.substr)) continue;
      if (rule.hint && !rule.hint.test(text)) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        if (m[0].length === 0) { rule.re.lastIndex++; continue; }
        // A failed check retries one character later: "Pacemaker serial PM1234" must not lose "serial PM1234".
        if (rule.check && !rule.check(m, text)) { rule.re.lastIndex = m.index + 1; continue; }
        const g = rule.group ?? 0;
        const value = m[g];
        if (!value) { rule.re.lastIndex = m.index + 1; continue; }
        let start = g === 0 ? m.index : m.index + m[0].lastIndexOf(value);
        let trimmed = value.replace(/\s+$/, '');
        if (rule.type === 'facility') {
          // "At Riverside Medical Center" → "Riverside Medical Center": sentence-initial prepositions are not part of the name.
          const lead = LEADING_STOPWORDS.exec(trimmed);
          if (lead) { start += lead[0].length; trimmed = trimmed.slice(lead[0].length); }
          if (!trimmed || NOT_FACILITY_START.test(trimmed) && !/\s/.test(trimmed)) continue;
        }
        const finding: PhiFinding = { type: rule.type, start, end: start + trimmed.length, text: trimmed, ruleId: rule.id, confidence: rule.confidence };
        if (rule.type === 'age_over_89') {
          const age = /\d+/.exec(trimmed);
          const n = age ? Number(age[0]) : wordsToAge(trimmed);
          if (n !== undefined) finding.value = n;
        }
        if (rule.type === 'date') {
          const year = /\b(19|20)\d{2}\b/.exec(value) ?? /^\d{1,2}[/.-]\d{1,2}[/.-](\d{2})$/.exec(value);
          if (year) finding.value = year[0].length === 4 ? Number(year[0]) : expandYear(Number(year[1]));
        }
        found.push(finding);
      }
    }
    // "401, 403, 404 and 410": one room number per span.
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k]!;
      if (f.ruleId !== 'phi.other-id.room-list') continue;
      found.splice(k, 1);
      for (const m of f.text.matchAll(/\d{1,4}[A-Z]?/g)) found.push({ ...f, start: f.start + m.index, end: f.start + m.index + m[0].length, text: m[0] });
    }
    if (text.includes('fax') || text.includes('Fax') || text.includes('FAX')) relabelFax(text, found);
    if (ageNumber) bareAges(text, found);
    if (found.some((f) => f.type === 'age_over_89')) repeatedAges(text, found);
    const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
    this.knownFacilities(text, words, found);
    if (CARE_MOVE_GATE.test(text)) this.careMoveFacilities(text, found);
    this.names(text, words, found);
    this.signOffName(text, tokens, found);
    this.places(text, tokens, found);
    // "at John Hunter", "to MP Shah": a person's name where a patient is taken or treated is the hospital named after them.
    if (CARE_NAMED_AFTER.test(text)) {
      for (let k = 0; k < found.length; k++) {
        const f = found[k]!;
        if (f.type !== 'name' || !/\s/.test(f.text) || !/(?:\b(?:at|from|into)|\b(?:taken|rushed|flown|transferred|went|gone|sent|brought|airlifted|admitted|moved|one|two|three)\s(?:\w+\s)?to)\s$/i.test(text.slice(Math.max(0, f.start - 24), f.start)) || /^['’]s\b/.test(text.slice(f.end, f.end + 3))) continue;
        found[k] = { ...f, type: 'facility', ruleId: 'phi.facility.named-after-person', confidence: 0.55 };
      }
    }
    // "Aisha Balogun, MD": a credential after it makes a capitalised place-like phrase a person.
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k]!;
      if (f.type === 'address' && /^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(f.text) && this.first.has(f.text.split(/\s/)[0]!.toLowerCase()) && CREDENTIAL_AFTER.test(text.slice(f.end, f.end + 12))) found[k] = { ...f, type: 'name', ruleId: 'phi.name.credential' };
    }
    dropNotAnIndividuals(text, found);
    // A full fediverse handle holds an e-mail-like part ("@nina@mastodon.social"): the handle is the one identifier.
    for (const h of found.filter((f) => f.ruleId === 'phi.handle.fediverse')) {
      for (let k = found.length - 1; k >= 0; k--) if (found[k] !== h && found[k]!.start < h.end && h.start < found[k]!.end) found.splice(k, 1);
    }
    return resolveOverlaps(found).filter((f) => (f.type !== 'handle' || !isOrganisationHandle(f.text)) && ((f.type !== 'phone' && f.type !== 'fax') || !isPublicLine(f.text, text, f.start)));
  }

  /**
   * "admitted to Lankenau", "took her to Hillcrest instead of Fairview", "surgery at ThedaCare", "left Parkview AMA": a
   * capitalised name where a patient is moved, treated or visited is a facility even without a head word, unless it is a
   * town, a state, a month or an everyday word (a town there is an address).
   */
  private careMoveFacilities(text: string, out: PhiFinding[]): void {
    CARE_MOVE.lastIndex = 0;
    for (let m = CARE_MOVE.exec(text); m; m = CARE_MOVE.exec(text)) {
      let start = m.index + m[0].length - m[1]!.length;
      let name = m[1]!;
      if (/^left\b/i.test(m[0]) && !/^(?:\S+\s+){1,3}?AMA\b/.test(text.slice(start, start + name.length + 5))) continue;
      this.pushCareFacility(text, start, name, out);
      // "… to Hillcrest instead of Fairview": the alternative named right after is a facility too.
      const alt = /^\s+(?:instead of|rather than|and then(?: to)?|then to|or)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/u.exec(text.slice(start + name.length));
      if (alt) {
        start = start + name.length + alt[0].length - alt[1]!.length;
        name = alt[1]!;
        this.pushCareFacility(text, start, name, out);
      }
    }
  }

  private pushCareFacility(text: string, start: number, raw: string, out: PhiFinding[]): void {
    // Trailing capitalised words that are not part of the name ("Lankenau On", "Presbyterian Tonight").
    const words = raw.split(/\s+/);
    // Trailing unit words and abbreviations ("Parkview AMA", "Presbyterian ICU") are not part of the name.
    while (words.length > 1 && (NOT_SITE_WORD.test(words.at(-1)!) || /^(?:AMA|[A-Z]{2,4})$/.test(words.at(-1)!))) words.pop();
    if (words.length === 0 || NOT_SITE_WORD.test(words[0]!)) return;
    const name = words.join(' ');
    const key = name.toLowerCase();
    const firstKey = normalizeWord(words[0]!);
    // A town that is also a hospital's name ("walked out of Beaumont") is the hospital here; any other town is an address.
    const knownFacility = this.facilities.get(firstKey)?.some((seq) => seq.length === words.length && seq.join(' ') === words.map(normalizeWord).join(' '));
    if (NOT_FACILITY_START.test(name) || STATE_NAMES.has(key) || COUNTRY_NAMES.has(key) || NOT_PLACES.has(key) || MONTH_NAMES.has(key)
      || NOT_NAMES.has(firstKey) || (this.cities.has(key) && !knownFacility) || this.isConcept(key) || COMMON_CAPITALISED.has(firstKey)) return;
    // One everyday word ("Target", "Walmart" is not one, but "Home", "Work" are) or a given name ("took her to Grace") is not a place.
    if (words.length === 1 && !knownFacility && (this.commonWords.has(key) || this.plainWords.has(key) || this.first.has(key))) return;
    if (out.some((f) => f.type === 'facility' && f.start < start + name.length && start < f.end)) return;
    out.push({ type: 'facility', start, end: start + name.length, text: name, ruleId: 'phi.facility.care-move', confidence: 0.7 });
  }

  private knownFacilities(text: string, tokens: readonly Token[], out: PhiFinding[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.facilities.get(tokens[i]!.norm);
      if (!candidates) continue;
      for (const seq of candidates) {
        if (i + seq.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < seq.length && ok; k++) ok = tokens[i + k]!.norm === seq[k] && (k === 0 || tokens[i + k]!.start - tokens[i + k - 1]!.end <= 2);
        if (!ok) continue;
        const first = tokens[i]!;
        const last = tokens[i + seq.length - 1]!;
        // Short all-capital forms (MGH, UCSF) must be written in capitals; other names need a capital letter, except
        // unambiguous names of two or more words typed in lower case ("mass general", "dana farber").
        if (!/^\p{Lu}/u.test(first.text) && (seq.length < 2 || FACILITY_NEEDS_CONTEXT.has(seq.join(' ')))) continue;
        const key = seq.join(' ');
        // "Dwayne Kessler": a hospital's name right after a given name is a surname; "Kings County, NS": a county with its province.
        const prevTok = tokens[i - 1];
        if (prevTok && isCapitalised(prevTok.text) && this.first.has(prevTok.norm) && !this.plainWords.has(prevTok.norm) && first.start - prevTok.end === 1 && seq.length === 1) continue;
        if (/county$/.test(key) && /^,\s?[A-Z]{2}\b/.test(text.slice(last.end, last.end + 6))) continue;
        if (FACILITY_NEEDS_CONTEXT.has(key)) {
          const before = text.slice(Math.max(0, first.start - 24), first.start);
          const after = text.slice(last.end, last.end + 24);
          // "Mayo in Rochester": the site's town after it.
          const townAfter = /^\s+in\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)/u.exec(after);
          // "MGH or BWH?": another hospital named beside it is context enough.
          const paired = /\b(?:or|and|vs\.?|versus)\s+$/i.test(before) && out.some((f) => f.type === 'facility' && f.end <= first.start && first.start - f.end <= 12)
            || /^\s+(?:or|and|vs\.?|versus)\s+\p{Lu}{2,}/u.test(after);
          if (!paired && !FACILITY_CONTEXT_BEFORE.test(before) && !FACILITY_CONTEXT_AFTER.test(after) && !(townAfter && this.cities.has(townAfter[1]!.toLowerCase()))) continue;
          // Words that are also generic ("our Children's hospital", "the Memorial service") need a place preposition before.
          const unitAfter = /^ (?:ICU|NICU|PICU|CICU|CCU|ER|ED)\b/.exec(after);
          if (GENERIC_SHORT_NAMES.has(key) && !unitAfter && !/\b(?:at|to|from|in|into|transferred|admitted|discharged|airlifted|flown|rushed)\s+$/i.test(before)) continue;
          // "thank you Mercy ICU": the unit of a generically named hospital is written as one name.
          if (GENERIC_SHORT_NAMES.has(key) && unitAfter) {
            out.push({ type: 'facility', start: first.start, end: last.end + unitAfter[0].length, text: text.slice(first.start, last.end + unitAfter[0].length), ruleId: 'phi.facility.known-unit', confidence: 0.8 });
            i += seq.length - 1;
            break;
          }
          // "Dr. Duke", "Mrs. Mercy": a title makes it a person.
          if (/\b(?:dr|mr|mrs|ms|miss|prof)\.?\s+$/i.test(before)) continue;
        }
        let end = last.end;
        // "Mayo Clinic", "Mass General Hospital", "Duke Cancer Center": take a head word that follows.
        const tail = /^\s+(?:Maternity|Hospice|Rehab|Wing|Hospital|Clinic|Medical Center|Medical Centre|Cancer Center|Cancer Institute|Children['’]s(?: Hospital)?|Health|Healthcare|Medicine|Memorial)\b/.exec(text.slice(end));
        if (tail) end += tail[0].length;
        else if (FACILITY_SYSTEMS.has(key)) end = this.siteAfter(text, end);
        out.push({ type: 'facility', start: first.start, end, text: text.slice(first.start, end), ruleId: 'phi.facility.known', confidence: 0.85 });
        i += seq.length - 1;
        break;
      }
    }
  }

  /** The end of a system's site name: up to three capitalised words, or "of" and one ("Kaiser Oakland", "Sunrise of Bethesda"). */
  private siteAfter(text: string, end: number): number {
    const site = /^(?:\s+of)?(?:\s(?:\p{Lu}[\p{L}'’.-]*)){1,3}/u.exec(text.slice(end, end + 48));
    if (!site) return end;
    let extended = end;
    const re = /(\s+of)?\s(\p{Lu}[\p{L}'’.-]*)/uy;
    let at = 0;
    for (let k = 0; k < 3; k++) {
      re.lastIndex = at;
      const m = re.exec(site[0]);
      if (!m || NOT_SITE_WORD.test(m[2]!.replace(/[.’']+$/, '')) || (m[1] && k > 0)) break;
      at = re.lastIndex;
      extended = end + at;
    }
    return extended;
  }

  private names(text: string, tokens: readonly Token[], out: PhiFinding[]): void {
    const taken = (offset: number) => out.some((f) => f.start <= offset && f.end > offset && f.type !== 'name');
    // "Mio nonno", "Elle a 95 ans", "uma vaga de UTI": in a post written in another language, that language's frequent
    // words are not the given names the lexicon also lists. Decided once per post, and only when a candidate asks.
    let language: string | null | undefined;
    const postLanguage = () => (language ??= foreignLanguageOf(tokens.map((t) => t.norm), (n) => this.commonWords.has(n)) ?? null);
    const isForeignWord = (norm: string) => {
      const langs = FOREIGN_WORDS.get(norm);
      return langs !== undefined && langs.includes(postLanguage() ?? '');
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      // Fast path (most tokens): a lower-case word is only ever a name when the lexicon knows it.
      const c0 = t.text.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122 && !this.first.has(t.norm) && !this.last.has(t.norm)) continue;
      // Fast path for capitalised words: without a known name, a title, a relation word or a credential after it, skip.
      if (!this.first.has(t.norm) && !this.last.has(t.norm) && !this.first.has(t.norm.slice(0, -1)) && !this.last.has(t.norm.slice(0, -1))) {
        const p1 = tokens[i - 1]?.norm;
        const p2 = tokens[i - 2]?.norm;
        const next = text.charCodeAt(t.end);
        if (t.text.length > 1 && !(p1 !== undefined && (TITLES.has(p1) || STRONG_NAME_CONTEXT.has(p1) || NAME_CONTEXT.has(p1)))
          && !(p2 !== undefined && STRONG_NAME_CONTEXT.has(p2)) && next !== 44 && !(next === 32 && /^ [A-Z]/.test(text.slice(t.end, t.end + 2)))
          && !(next === 32 && t.text.length > 2 && PERSON_ACTION_FIRST.has(tokens[i + 1]?.norm ?? '') && PERSON_ACTION_AFTER.test(text.slice(t.end, t.end + 40)))) continue;
      }
      // "Mrs. K in bed 4": a single initial after a title.
      if (t.text.length === 1 && /^\p{Lu}$/u.test(t.text) && t.text !== 'I' && t.text !== 'A' && tokens[i - 1] && TITLES.has(tokens[i - 1]!.norm) && !/^(?:np|rn|doc|coach|judge|pastor|sister|father|nurse)$/.test(tokens[i - 1]!.norm)
        && text.slice(tokens[i - 1]!.end, t.start).length <= 2 && !out.some((f) => f.start <= t.start && f.end > t.start)) {
        out.push({ type: 'name', start: t.start, end: t.end, text: t.text, ruleId: 'phi.name.title-initial', confidence: 0.75 });
        continue;
      }
      // "Matej's address": look the name up without its possessive.
      const lower = /['’]s$/.test(t.text) ? t.norm.slice(0, -1) : t.norm;
      if (NOT_NAMES.has(lower) || lower.length < 2 || COUNTRY_NAMES.has(lower) || STATE_NAMES.has(lower)) continue;
      // "June" is a month unless the words around it make it a person ("Mrs. June", "June said", "June's walker").
      if (MONTH_NAMES.has(lower) && !monthIsPerson(text, tokens, i)) continue;
      const prev = tokens[i - 1];
      const prevNorm = prev?.norm ?? '';
      const sentenceStart = i === 0 || prev!.sentence !== t.sentence || /[.!?]\s*$/.test(text.slice(prev!.end, t.start));
      const capital = isCapitalised(t.text);
      const allCaps = !capital && /^\p{Lu}{3,}$/u.test(t.text);
      const known = this.first.has(lower) || this.last.has(lower);
      const ambiguous = this.ambiguous.has(lower) || this.isConcept(lower);
      const afterTitle = (capital || /^\p{Lu}$/u.test(t.text) && lower !== 'i' && lower !== 'a') && prev !== undefined && TITLES.has(prevNorm) && (prev.end === t.start - 1 || text[prev.end] === '.')
        && !(prevNorm === 'don' && !/^Don$/.test(prev.text)) && !/^(?:np|rn|doc|coach|judge|pastor)$/.test(prevNorm) || (capital && prev !== undefined
        && /^(?:NP|RN|Doc|Coach|Judge|Pastor)$/.test(prev.text) && prev.end === t.start - 1);
      const joined = !t.breakBefore || (prev !== undefined && /^\s*:\s*$/.test(text.slice(prev.end, t.start)) && /^(?:name|named|patient|pt)$/.test(prevNorm));
      const inContext = prev !== undefined && joined && NAME_CONTEXT.has(prevNorm);
      const strongContext = prev !== undefined && joined && (STRONG_NAME_CONTEXT.has(prevNorm)
        || (STRONG_NAME_CONTEXT.has(tokens[i - 2]?.norm ?? '') && ['to', 'for', 'is', 'named', 'called'].includes(prevNorm)));
      let score = 0;
      if (capital) {
        if (afterTitle) score = 0.95;
        else if (MONTH_NAMES.has(lower)) score = 0.7;
        else if (known && !ambiguous && !sentenceStart) score = 0.85;
        else if (known && !ambiguous && sentenceStart && (!this.plainWords.has(lower) || this.nameFollows(tokens, i))) score = 0.7;
        else if (known && ambiguous && (inContext || strongContext) && !sentenceStart) score = 0.6;
        else if (!known && !this.isConcept(lower) && !COMMON_CAPITALISED.has(lower) && strongContext) score = 0.7;
        else if (!this.isConcept(lower) && !COMMON_CAPITALISED.has(lower) && (known || !this.commonWords.has(lower)) && CREDENTIAL_AFTER.test(text.slice(t.end, t.end + 12))) score = 0.75;
        // "Bartholomew keeps pulling his IV", "Will got his cast off": a person's action after the word. A word that is also an
        // everyday word ("Hope", "Will") needs a personal pronoun in the sentence as well.
        else if (!this.isConcept(lower) && !COMMON_CAPITALISED.has(lower) && !FAMOUS_FIGURES.has(lower) && !this.cities.has(lower) && PERSON_ACTION_AFTER.test(text.slice(t.end, t.end + 40))
          && (((known && !ambiguous) || !this.commonWords.has(lower)) || ((known || this.first.has(lower)) && (/\b(?:his|her|he|she|him|their)\b/i.test(sentenceAround(text, t.start, t.end))
            || /^\s+(?:from (?:PT|OT|RT|pt|ot|rt|pharmacy|transport|radiology|group|church|work|school|our|my)\b|in \d{1,4}[A-Z]?(?:\?|,|\s(?:is|was|keeps|wants|needs|asked|says)))/.test(text.slice(t.end, t.end + 24)))))) score = 0.6;
      } else if (allCaps) {
        // "ELLIE" embroidered on a blanket: a known given name written in capitals that is no English word.
        if (this.first.has(lower) && !this.plainWords.has(lower) && !this.commonWords.has(lower) && !ambiguous && !this.cities.has(lower)
          && !/^\p{Lu}{2,}$/u.test(prev?.text ?? '') && !/^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '')) score = 0.6;
      } else if (/^\p{Ll}+$/u.test(t.text)) {
        // Lower-case posts: "my dad bob", "follow up with patricia desrosiers". Only names that are no English word.
        if (known && !this.plainWords.has(lower) && !this.commonWords.has(lower) && !ambiguous && lower.length >= 3
          && (strongContext || inContext || (this.first.has(lower) && this.lowerSurnameFollows(tokens, i)))) score = 0.6;
      }
      if (score === 0 || taken(t.start) || !afterTitle && isForeignWord(lower)) continue;
      // Extend over following name-like words ("Maria Lopez", "John A. Smith", "Szabina J Gelencsér", "Willemine ten Pas").
      let j = i;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1]!;
        const gap = text.slice(tokens[j]!.end, n.start);
        if (!/^\.?\s$/.test(gap) && gap !== ' ') break;
        const single = /^\p{Lu}$/u.test(n.text);
        const afterInitial = /^\p{Lu}$/u.test(tokens[j]!.text);
        if (n.kind !== 'word' || (!single && NOT_NAMES.has(n.norm)) || (n.sentence !== t.sentence && !afterInitial) || this.isConcept(n.norm) || taken(n.start)) break;
        const particle = /^(?:van|von|de|da|do|del|della|di|du|la|le|ten|ter|bin|ibn|al|el|dos|das)$/.test(n.text) && /^\p{Lu}/u.test(tokens[j + 2]?.text ?? '');
        const nameLike = capital || allCaps ? (isCapitalised(n.text) && !COMMON_CAPITALISED.has(n.norm) && !CREDENTIAL_WORD.test(n.text)
          && (this.first.has(n.norm) || this.last.has(n.norm) || !this.commonWords.has(n.norm.replace(/s$/, ''))))
          : (/^\p{Ll}{2,}$/u.test(n.text) && !this.plainWords.has(n.norm) && !this.commonWords.has(n.norm) && !this.isConcept(n.norm));
        if (!single && !particle && (!nameLike || isForeignWord(n.norm))) break;
        if (single && !/^\p{Lu}/u.test(tokens[j + 2]?.text ?? '')) break;
        j++;
      }
      if (j === i && !afterTitle && score < 0.8 && this.last.has(lower) && !this.first.has(lower) && !inContext && !strongContext) continue;
      // And back over a capitalised given name the lexicon does not know ("Jožef Albin").
      let b = i;
      while (capital && !afterTitle && b > 0 && b > i - 2) {
        const p = tokens[b - 1]!;
        if (p.kind !== 'word' || !isCapitalised(p.text) || NOT_NAMES.has(p.norm) || COMMON_CAPITALISED.has(p.norm) || this.isConcept(p.norm)
          || TITLES.has(p.norm) || STRONG_NAME_CONTEXT.has(p.norm) || NAME_CONTEXT.has(p.norm)
          || this.ambiguous.has(p.norm) || text.slice(p.end, tokens[b]!.start) !== ' ' || tokens[b]!.breakBefore || isForeignWord(p.norm)) break;
        const pStart = p.sentence !== t.sentence || b - 1 === 0 || tokens[b - 2]?.sentence !== p.sentence;
        if (pStart && this.plainWords.has(p.norm) && !this.first.has(p.norm)) break;
        // "Email Tasha", "Chiamare Giulia": a sentence-initial word the name lists do not know is a verb or a word, not a given name.
        if (pStart && !this.first.has(p.norm) && (this.commonWords.has(p.norm) || !this.last.has(p.norm))) break;
        if (taken(p.start)) break;
        b--;
      }
      const start = tokens[b]!.start;
      let end = tokens[j]!.end;
      // A possessive is not part of the name ("Maclean's killers").
      const possessive = /['’]s$/.exec(text.slice(start, end));
      if (possessive) end -= 2;
      out.push({ type: 'name', start, end, text: text.slice(start, end), ruleId: afterTitle ? 'phi.name.title' : known ? 'phi.name.lexicon' : 'phi.name.context', confidence: score });
      i = j;
    }
    // Initials: "pt J.D.", "patient JD", and dotted initials anywhere ("J.K. was back").
    const initials = /\b(?:patient|pt|mr|mrs|ms|resident|client|baby|infant|initials|initialed)\.?:?\s+([A-Z]\.\s?[A-Z]\.?(?:\s?[A-Z]\.)?|[A-Z]{2,3})(?![\w])|(?<![\w.])([A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?![\w])/g;
    // Both forms need two capitals close together; most posts have none (the regex is not cheap).
    for (let m = INITIALS_GATE.test(text) ? initials.exec(text) : null; m; m = initials.exec(text)) {
      const value = m[1] ?? m[2]!;
      // "bed 14, R.T., 96": dotted initials before an age are a patient's, even when they spell an abbreviation.
      const beforeAge = m[2] !== undefined && /^,?\s\d{2,3}\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
      if (NOT_INITIALS.has(value.replace(/[.\s]/g, '')) && !beforeAge) continue;
      const start = m.index + m[0].lastIndexOf(value);
      out.push({ type: 'name', start, end: start + value.length, text: value, ruleId: 'phi.name.initials', confidence: m[1] ? 0.75 : 0.6 });
    }
    // "Wren (my daughter)", "Tariq (my husband's cousin)": a name glossed by its relation in brackets.
    const glossed = text.includes('(') ? /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s*\((?:my|our|his|her|their)\s+[^)\n]{0,20}?\b(?:daughter|son|wife|husband|mom|mum|dad|mother|father|sister|brother|grandma|grandpa|grandson|granddaughter|aunt|uncle|cousin|niece|nephew|partner|friend|patient|kid|baby|twin)s?\)/gu : null;
    for (let m = glossed?.exec(text); m; m = glossed!.exec(text)) {
      const w = m[1]!.toLowerCase();
      if (NOT_NAMES.has(w) || COMMON_CAPITALISED.has(w) || this.isConcept(w) || out.some((f) => f.start <= m!.index && f.end > m!.index)) continue;
      out.push({ type: 'name', start: m.index, end: m.index + m[1]!.length, text: m[1]!, ruleId: 'phi.name.glossed', confidence: 0.7 });
    }
    // Lower-case posts: "lol kevin from pharmacy said…": a known given name (no English word) before "from <dept>" or a person's verb.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!this.first.has(t.norm) || t.text.charCodeAt(0) < 97 || t.text.length < 3 || this.plainWords.has(t.norm) || this.commonWords.has(t.norm) || this.ambiguous.has(t.norm)
        || this.isConcept(t.norm) || NOT_NAMES.has(t.norm) || MONTH_NAMES.has(t.norm)) continue;
      if (!/^\s+(?:from|in) (?:pharmacy|transport|radiology|the lab|lab|billing|security|evs|housekeeping|admitting|registration|it|rt|pt|ot|dietary|nutrition|accounting|hr|ortho|peds|icu|the er|the ed|nights|days)\b/.test(text.slice(t.end, t.end + 24))
        && !/^\s+(?:said|says|told|asked|texted|called|yelled|refused|insisted)\b/.test(text.slice(t.end, t.end + 16))) continue;
      if (out.some((f) => f.start < t.end && t.start < f.end)) continue;
      out.push({ type: 'name', start: t.start, end: t.end, text: t.text, ruleId: 'phi.name.lower-context', confidence: 0.6 });
    }
    // Sign-offs: "xo Maddie", "Love, Ray", "Cheers, Jess" near the end of the post.
    const signOff = /(?:^|[\n.!?]\s*|\s)(?:xo+|xoxo|love|cheers|regards|best|thanks|ta|sincerely|hugs)\s*,?\s+(\p{Lu}\p{Ll}+)(?=\s*(?:\(|$|[!.,]?\s*$|\n|[\u{1F300}-\u{1FAFF}\u2764]))/gu;
    for (let m = /\b(?:xo+|xoxo|love|cheers|regards|best|thanks|ta|sincerely|hugs)\b/i.test(text) ? signOff.exec(text) : null; m; m = signOff.exec(text)) {
      const w = m[1]!.toLowerCase();
      const start = m.index + m[0].lastIndexOf(m[1]!);
      if (text.length - start > 48 || NOT_NAMES.has(w) || COMMON_CAPITALISED.has(w) || this.isConcept(w) || out.some((f) => f.start < start + m![1]!.length && start < f.end)) continue;
      out.push({ type: 'name', start, end: start + m[1]!.length, text: m[1]!, ruleId: 'phi.name.sign-off', confidence: 0.6 });
    }
    // Signatures: "— Jess", "~Dr. Amara" on the last line.
    const signature = !(text.includes('-') || text.includes('–') || text.includes('—') || text.includes('~')) ? null : /(?:^|\n|\s)[-–—~]\s?(?:(?:Dr|Nurse|NP|RN)\.?\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:\s(?:&|and)\s(\p{Lu}\p{Ll}+))?(?:,?\s+[A-Z][A-Za-z-]{1,6})?\s*$/u.exec(text);
    if (signature && !NOT_NAMES.has(signature[1]!.toLowerCase()) && !this.isConcept(signature[1]!.toLowerCase())) {
      const start = signature.index + signature[0].indexOf(signature[1]!);
      out.push({ type: 'name', start, end: start + signature[1]!.length, text: signature[1]!, ruleId: 'phi.name.signature', confidence: 0.6 });
      const second = signature[2];
      if (second && !NOT_NAMES.has(second.toLowerCase()) && !this.isConcept(second.toLowerCase())) {
        const s2 = signature.index + signature[0].lastIndexOf(second);
        out.push({ type: 'name', start: s2, end: s2 + second.length, text: second, ruleId: 'phi.name.signature', confidence: 0.6 });
      }
    }
    this.namesWithAge(text, out, isForeignWord, postLanguage);
    this.nameBeforeNumber(text, out, isForeignWord, postLanguage);
    this.possessiveAndFamilyNames(text, out);
    this.titledLowerSurnames(text, out);
    for (const m of text.matchAll(/\b(?:DR|MR|MRS|MS|Dr|Mr|Mrs|Ms|NURSE)\.?\s([A-Z][A-Z'’-]{2,})\b/g)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (NOT_INITIALS.has(m[1]!) || out.some((f) => f.start < start + m[1]!.length && start < f.end)) continue;
      out.push({ type: 'name', start, end: start + m[1]!.length, text: m[1]!, ruleId: 'phi.name.title-caps', confidence: 0.7 });
    }
    this.initialSurnames(text, out);
    this.coordinatedNames(text, out);
    this.capitalisedNames(text, out);
    this.nicknamedNames(text, out);
    trimLeadingTitles(text, out);
    this.roomAfterName(text, out);
  }

  /**
   * "LUCILLE TREMBLAY on masking tape", "HOLLOWAY, DEREK" on a bracelet, "R. O'SULLIVAN" on a badge, "FRANK" on a
   * wristband: names written in capitals. Every word must be a known given name or surname that is no everyday word
   * (so shouting — "PLEASE SHARE" — is not a name), except a single quoted word, which only has to be a given name.
   */
  private capitalisedNames(text: string, out: PhiFinding[]): void {
    if (!/\p{Lu}{3}/u.test(text)) return;
    const known = (w: string) => this.first.has(w) || this.last.has(w);
    for (const m of text.matchAll(CAPITALS_NAME)) {
      const phrase = m[0].replace(/[,.]$/, '');
      const words = phrase.split(/[\s,]+/).filter((w) => w.length > 0);
      const names = words.filter((w) => !/^\p{Lu}\.?$/u.test(w)).map((w) => normalizeWord(w));
      if (names.length === 0 || names.some((w) => NOT_INITIALS.has(w.toUpperCase()) || COUNTRY_NAMES.has(w) || STATE_NAMES.has(w) || this.cities.has(w))) continue;
      const quoted = /["“]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^["”]/.test(text.slice(m.index + phrase.length, m.index + phrase.length + 1));
      const ok = words.length >= 2 ? names.every((w) => known(w) && !this.commonWords.has(w)) : quoted && this.first.has(names[0]!);
      if (!ok) continue;
      const start = m.index;
      const end = start + phrase.length;
      if (out.some((f) => f.start < end && start < f.end)) continue;
      out.push({ type: 'name', start, end, text: phrase, ruleId: 'phi.name.capitals', confidence: 0.65 });
    }
  }

  /**
   * 'Margaret "Peggy" Ann Sullivan', "Bridget (Bridie) Foley": a name with its nickname inside is one name (the pieces
   * were found apart, or not at all).
   */
  private nicknamedNames(text: string, out: PhiFinding[]): void {
    if (!/["“(]/.test(text)) return;
    for (const m of text.matchAll(NICKNAMED_NAME)) {
      const start = m.index;
      const end = start + m[0].length;
      const first = normalizeWord(m[1]!.split(' ')[0]!);
      if (!this.first.has(first) && !out.some((f) => f.type === 'name' && f.start <= start && f.end > start)) continue;
      if (out.some((f) => f.type !== 'name' && f.start < end && start < f.end)) continue;
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.type === 'name' && out[k]!.start < end && start < out[k]!.end) out.splice(k, 1);
      out.push({ type: 'name', start, end, text: m[0], ruleId: 'phi.name.nickname', confidence: 0.75 });
    }
  }

  /** "…didn't tell me. 🙃 Tama", "Thank you all! — Sian": a capitalised word closing a post after its last sentence signs it. */
  private signOffName(text: string, tokens: readonly Token[], out: PhiFinding[]): void {
    let k = tokens.length - 1;
    while (k >= 0 && (tokens[k]!.kind === 'symbol' || tokens[k]!.kind === 'punct' && /^[.!)]$/.test(tokens[k]!.text))) k--;
    const t = tokens[k];
    if (!t || t.kind !== 'word' || k < 3 || !/^\p{Lu}\p{Ll}{1,14}$/u.test(t.text)) return;
    const before = text.slice(tokens[k - 1]!.end, t.start);
    const prev = tokens[k - 1]!;
    // After a sentence's end, a dash, or an emoji: not the last word of a running sentence.
    if (!(/^\s+(?:[-—–~]\s*)?$/.test(before) && (prev.kind === 'symbol' || /^[.!?…)]$/.test(prev.text) || /[-—–~]/.test(before)))) return;
    const w = t.norm;
    if (NOT_NAMES.has(w) || COMMON_CAPITALISED.has(w) || this.isConcept(w) || this.cities.has(w)
      || COUNTRY_NAMES.has(w) || STATE_NAMES.has(w) || MONTH_NAMES.has(w) || KINSHIP.includes(w) || FOREIGN_WORDS.has(w)) return;
    // Only a known given name: closing exclamations ("Phew.", "Absurdo.", "Vergüenza.") look the same.
    if (!this.first.has(w) || this.plainWords.has(w)) return;
    if (out.some((f) => f.start < t.end && t.start < f.end)) return;
    out.push({ type: 'name', start: t.start, end: t.end, text: t.text, ruleId: 'phi.name.sign-off', confidence: 0.6 });
  }

  /** "Trish 0491 570 737", "Ring Bev on 0113 496 0381": a capitalised word right before a phone number that was found. */
  private nameBeforeNumber(text: string, out: PhiFinding[], isForeignWord: (norm: string) => boolean, postLanguage: () => string | null): void {
    for (const f of out.filter((g) => g.type === 'phone')) {
      const from = Math.max(0, f.start - 24);
      const m = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:\s(?:on|at|@|:|-|–))?\s$/u.exec(text.slice(from, f.start));
      if (!m) continue;
      const w = m[1]!.toLowerCase();
      if (NOT_NAMES.has(w) || COMMON_CAPITALISED.has(w) || this.isConcept(w) || this.cities.has(w) || STATE_NAMES.has(w) || COUNTRY_NAMES.has(w) || KINSHIP.includes(w)
        || (this.commonWords.has(w) && !this.first.has(w)) || /^(?:call|ring|text|phone|tel|mobile|cell|fax|office|whatsapp|contact|line|number|desk|ward|reception|home)$/.test(w)
        // German capitalises every noun ("auf dem Zettel (0911…)", "Telefon am Bett 030…"): there only a given name counts.
        || isForeignWord(w) || (!this.first.has(w) && postLanguage() === 'de')) continue;
      const s0 = from + m.index;
      if (out.some((g) => g.start < s0 + m[1]!.length && s0 < g.end)) continue;
      out.push({ type: 'name', start: s0, end: s0 + m[1]!.length, text: m[1]!, ruleId: 'phi.name.before-number', confidence: 0.6 });
    }
  }

  /** "Earl Whitaker, 90, walked out", "dziadek Zbigniew (92)": a capitalised name with a person's age right after it. */
  private namesWithAge(text: string, out: PhiFinding[], isForeignWord: (norm: string) => boolean, postLanguage: () => string | null): void {
    if (!/\p{Ll}(?:,\s|\s\()\d/u.test(text)) return;
    for (const m of text.matchAll(NAME_WITH_AGE)) {
      const phrase = m[1]!;
      const words = phrase.toLowerCase().split(/\s+/);
      if (words.some((w) => NOT_NAMES.has(w) || COMMON_CAPITALISED.has(w) || this.isConcept(w) || STATE_NAMES.has(w) || COUNTRY_NAMES.has(w) || MONTH_NAMES.has(w)
        || KINSHIP.includes(w) || TITLES.has(w)) || this.cities.has(phrase.toLowerCase()) || this.towns.has(phrase.toLowerCase())) continue;
      if (words.every((w) => this.commonWords.has(w) && !this.first.has(w)) || words.some(isForeignWord)) continue;
      if (postLanguage() === 'de' && words.every((w) => !this.first.has(w) && !this.last.has(w))) continue;
      const start = m.index;
      if (out.some((f) => f.start < start + phrase.length && start < f.end)) continue;
      out.push({ type: 'name', start, end: start + phrase.length, text: phrase, ruleId: 'phi.name.with-age', confidence: 0.6 });
    }
  }

  /**
   * "Maddie's tubes fell out", "Lily's cochlear implant": a capitalised word with a possessive before something only a
   * person has; "The Okafor family": a surname before "family". Everyday words ("Today's", "Everyone's") are left out.
   */
  private possessiveAndFamilyNames(text: string, out: PhiFinding[]): void {
    if (text.includes("'s ") || text.includes('’s ')) {
      for (const m of text.matchAll(POSSESSIVE_PERSON)) {
        const w = m[1]!;
        const key = w.toLowerCase();
        if (NOT_NAMES.has(key) || COMMON_CAPITALISED.has(key) || this.isConcept(key) || FAMOUS_FIGURES.has(key) || KINSHIP.includes(key)
          || (!this.first.has(key) && this.commonWords.has(key)) || this.cities.has(key) || STATE_NAMES.has(key) || COUNTRY_NAMES.has(key)) continue;
        const start = m.index;
        if (out.some((f) => f.start < start + w.length && start < f.end)) continue;
        out.push({ type: 'name', start, end: start + w.length, text: w, ruleId: 'phi.name.possessive', confidence: 0.6 });
      }
    }
    if (FAMILY_WORD.test(text)) {
      for (const m of text.matchAll(/\b[Tt]he\s(\p{Lu}[\p{Ll}'’-]+)\s(?:family|household|twins|kids|boys|girls|whānau|whanau)\b/gu)) {
        const w = m[1]!;
        const key = w.toLowerCase();
        if (NOT_NAMES.has(key) || COMMON_CAPITALISED.has(key) || this.isConcept(key) || (this.commonWords.has(key) && !this.last.has(key)) || this.cities.has(key)) continue;
        const start = m.index + m[0].indexOf(w);
        if (out.some((f) => f.start < start + w.length && start < f.end)) continue;
        out.push({ type: 'name', start, end: start + w.length, text: w, ruleId: 'phi.name.family', confidence: 0.65 });
      }
    }
  }

  /** "mrs goldberg on 5 south", "mrs o'brien in 12": a lower-case surname after a title, when it is no everyday word. */
  private titledLowerSurnames(text: string, out: PhiFinding[]): void {
    if (!/\b(?:mrs|mr|ms|miss|dr|nurse)\b/.test(text)) return;
    const re = /\b(?:mrs|mr|ms|miss|dr|nurse)\.?\s+([a-z][a-z'’-]{2,})\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const w = m[1]!;
      const key = w.replace(/['’]s$/, '');
      if (this.commonWords.has(key) || this.plainWords.has(key) || NOT_NAMES.has(key) || this.isConcept(key) || KINSHIP.includes(key)) continue;
      const start = m.index + m[0].length - w.length;
      const end = start + key.length;
      if (out.some((f) => f.start < end && start < f.end)) continue;
      out.push({ type: 'name', start, end, text: text.slice(start, end), ruleId: 'phi.name.title-lower', confidence: 0.65 });
    }
  }

  /** "Rx for J. Whitcombe", "name D. Ashworth": an initial and a capitalised surname that is no everyday word. */
  private initialSurnames(text: string, out: PhiFinding[]): void {
    if (!INITIAL_SURNAME_GATE.test(text)) return;
    const re = /(?<![\p{L}\d.])(\p{Lu}\.\s?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const surname = m[1]!.replace(/^\p{Lu}\.\s?/u, '').toLowerCase();
      if ((this.commonWords.has(surname) && !this.last.has(surname)) || NOT_NAMES.has(surname) || this.isConcept(surname) || STATE_NAMES.has(surname)
        || COUNTRY_NAMES.has(surname) || this.cities.has(surname)) continue;
      const start = m.index;
      const end = start + m[1]!.length;
      if (out.some((f) => f.start < end && start < f.end && f.type !== 'name')) continue;
      const k = out.findIndex((f) => f.type === 'name' && f.start < end && start < f.end);
      if (k >= 0) { if (out[k]!.start <= start && out[k]!.end >= end) continue; out.splice(k, 1); }
      out.push({ type: 'name', start, end, text: m[1]!, ruleId: 'phi.name.initial-surname', confidence: 0.7 });
    }
  }

  /**
   * "Oluwaseun, Priya, Tomasz, Siobhán and Li Wei", "Mai and Tou Vang", "Will and Rose from PT": a capitalised word joined
   * to a found name by a comma or "and" is a name too, when it is no everyday word, place, drug or condition.
   */
  private coordinatedNames(text: string, out: PhiFinding[]): void {
    if (!out.some((g) => g.type === 'name')) return;
    const after = COORDINATED_AFTER;
    const before = COORDINATED_BEFORE;
    const ok = (word: string) => {
      const parts = word.toLowerCase().split(/\s+/);
      return parts.every((w) => !NOT_NAMES.has(w) && !COMMON_CAPITALISED.has(w) && !this.isConcept(w) && !STATE_NAMES.has(w) && !COUNTRY_NAMES.has(w)
        && !MONTH_NAMES.has(w) && !FAMOUS_FIGURES.has(w) && (this.first.has(w) || this.last.has(w) || !this.commonWords.has(w)))
        && !this.cities.has(word.toLowerCase());
    };
    for (let round = 0; round < 6; round++) {
      let added = false;
      for (const f of out.filter((g) => g.type === 'name')) {
        const a = after.exec(text.slice(f.end, f.end + 40));
        if (a) {
          const word = a[1]!;
          const start = f.end + a[0].length - word.length;
          if (ok(word) && !out.some((g) => g.start < start + word.length && start < g.end)) {
            out.push({ type: 'name', start, end: start + word.length, text: word, ruleId: 'phi.name.coordinated', confidence: 0.6 });
            added = true;
          }
        }
        const b = before.exec(text.slice(Math.max(0, f.start - 40), f.start));
        if (b) {
          const word = b[1]!;
          const start = f.start - b[0].length;
          if (ok(word) && !out.some((g) => g.start < start + word.length && start < g.end)) {
            out.push({ type: 'name', start, end: start + word.length, text: word, ruleId: 'phi.name.coordinated', confidence: 0.6 });
            added = true;
          }
        }
      }
      if (!added) break;
    }
  }

  /** "mrs o'reilly in 9", "RK in 22, TM in 24": a bed or room number right after a patient's name or initials. */
  private roomAfterName(text: string, out: PhiFinding[]): void {
    if (!/\sin\s\d/.test(text)) return;
    const initials = /(?<![\p{L}\d.])(\p{Lu}{2,3})\s+in\s+(\d{1,4}[A-Za-z]?)(?![\p{L}\d])(?!\s*(?:mg|ml|mcg|kg|lbs?|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|am|pm|times))/gu;
    for (let m = initials.exec(text); m; m = initials.exec(text)) {
      if (NOT_INITIALS.has(m[1]!)) continue;
      const start = m.index;
      if (!out.some((f) => f.start < start + m![1]!.length && start < f.end)) {
        out.push({ type: 'name', start, end: start + m[1]!.length, text: m[1]!, ruleId: 'phi.name.initials-room', confidence: 0.6 });
      }
    }
    for (const f of out.filter((g) => g.type === 'name')) {
      const m = /^\s+in\s+(\d{1,4}[A-Za-z]?)(?![\p{L}\d])(?!\s*(?:mg|ml|mcg|kg|lbs?|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|yrs?|am|pm|times|\/))/u.exec(text.slice(f.end, f.end + 16));
      if (!m) continue;
      const start = f.end + m[0].length - m[1]!.length;
      if (out.some((g) => g.start < start + m[1]!.length && start < g.end)) continue;
      out.push({ type: 'other_id', start, end: start + m[1]!.length, text: m[1]!, ruleId: 'phi.other-id.room-after-name', confidence: 0.6 });
    }
  }

  /**
   * "transferred to St. Luke's in Boise", "near Latrobe", "near Shaker Heights": a town our city list lacks, after a place
   * preposition, when the word is no English word, given name, drug or condition (and not a month, state, country or product).
   */
  private unlistedPlace(text: string, tokens: readonly Token[], i: number, out: PhiFinding[]): void {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.sentence !== prev.sentence || text.slice(prev.end, t.start) !== ' ' || t.text.length < 4 || /['’]s$/.test(t.text)) return;
    const next = tokens[i + 1];
    const twoWords = next !== undefined && next.kind === 'word' && text.slice(t.end, next.start) === ' ' && PLACE_SECOND_WORD.has(next.norm) && isCapitalised(next.text);
    const w = t.norm;
    if (!twoWords && (this.commonWords.has(w) || this.plainWords.has(w))) return;
    if (this.first.has(w) || this.isConcept(w) || NOT_NAMES.has(w) || NOT_PLACES.has(w) || STATE_NAMES.has(w) || COUNTRY_NAMES.has(w)
      || COMMON_CAPITALISED.has(w) || MONTH_NAMES.has(w) || FOREIGN_WORDS.has(w) || !/^(?:\p{Lu}\p{Ll}+|Kwa\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+)$/u.test(t.text)) return;
    if (out.some((f) => f.start < t.end && t.start < f.end)) return;
    const end = twoWords ? next!.end : t.end;
    // A capitalised word after it ("in Boise General") makes it part of another name.
    if (/^\s\p{Lu}/u.test(text.slice(end, end + 2))) return;
    out.push({ type: 'address', start: t.start, end, text: text.slice(t.start, end), ruleId: 'phi.address.unlisted-place', confidence: 0.6 });
  }

  /**
   * "Cangas de Onís", "Frankfurt am Main": a place word and a capitalised word after a found town belong to it; "Toowong 4066":
   * a postcode right after a town is part of the address.
   */
  private townTails(text: string, out: PhiFinding[]): void {
    const towns = out.filter((f) => f.type === 'address' && /^phi\.address\.(?:city|town|unlisted-place|residence)$/.test(f.ruleId));
    for (const f of towns) {
      const tail = /^\s(?:de|del|de la|da|do|dos|das|di|la|sur|am|an der|upon)\s(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(f.end, f.end + 30));
      if (tail && !this.commonWords.has(tail[1]!.toLowerCase()) && !NOT_NAMES.has(tail[1]!.toLowerCase())
        && !out.some((g) => g !== f && g.start < f.end + tail[0].length && f.end < g.end)) {
        f.end += tail[0].length;
        f.text = text.slice(f.start, f.end);
      }
      const code = /^,?\s(\d{4,5})(?![\d.,:\/-]\d|\s?(?:mg|ml|kg|am|pm|%|years?|yrs?|people|patients|steps))/.exec(text.slice(f.end, f.end + 12));
      if (!code) continue;
      const start = f.end + code[0].length - code[1]!.length;
      if (out.some((g) => g.start < start + code[1]!.length && start < g.end)) continue;
      out.push({ type: 'address', start, end: start + code[1]!.length, text: code[1]!, ruleId: 'phi.address.town-postcode', confidence: 0.7 });
    }
  }

  /** A capitalised name-like word follows ("Long Nguyen"), so a sentence-initial dictionary word is a given name. */
  private nameFollows(tokens: readonly Token[], i: number): boolean {
    const n = tokens[i + 1];
    return n !== undefined && n.sentence === tokens[i]!.sentence && isCapitalised(n.text) && (this.last.has(n.norm) || this.first.has(n.norm))
      && !this.plainWords.has(n.norm);
  }

  /** A lower-case surname-like word follows a lower-case given name ("patricia desrosiers"). */
  private lowerSurnameFollows(tokens: readonly Token[], i: number): boolean {
    const n = tokens[i + 1];
    return n !== undefined && n.sentence === tokens[i]!.sentence && /^\p{Ll}{3,}$/u.test(n.text) && !this.plainWords.has(n.norm) && !this.isConcept(n.norm)
      && !NOT_NAMES.has(n.norm) && !this.commonWords.has(n.norm);
  }

  private places(text: string, tokens: readonly Token[], out: PhiFinding[]): void {
    // "Boise, ID 83702", "Dayton OH": a capitalised place before a US state abbreviation (and usually a ZIP).
    CITY_STATE.lastIndex = 0;
    for (let m = TWO_CAPITALS.test(text) ? CITY_STATE.exec(text) : null; m; m = CITY_STATE.exec(text)) {
      out.push({ type: 'address', start: m.index, end: m.index + m[1]!.length, text: m[1]!, ruleId: 'phi.address.city-state', confidence: 0.85 });
    }
    // "Parramatta NSW 2150", "Hamilton, ON L8N 3Z5": a town before an Australian state or Canadian province, and the postcode.
    AU_CA_TOWN.lastIndex = 0;
    for (let m = AU_CA_GATE.test(text) ? AU_CA_TOWN.exec(text) : null; m; m = AU_CA_TOWN.exec(text)) {
      if (NOT_FACILITY_START.test(m[1]!) || STATE_NAMES.has(m[1]!.toLowerCase())) continue;
      out.push({ type: 'address', start: m.index, end: m.index + m[1]!.length, text: m[1]!, ruleId: 'phi.address.au-ca-town', confidence: 0.8 });
      if (m[2]) { const s = m.index + m[0].length - m[2].length; out.push({ type: 'address', start: s, end: s + m[2].length, text: m[2], ruleId: 'phi.address.au-postcode', confidence: 0.85 }); }
    }
    // "Lebanon, Pennsylvania": the same before a full state name.
    CITY_FULL_STATE.lastIndex = 0;
    for (let m = text.includes(', ') ? CITY_FULL_STATE.exec(text) : null; m; m = CITY_FULL_STATE.exec(text)) {
      if (NOT_FACILITY_START.test(m[1]!) || STATE_NAMES.has(m[1]!.toLowerCase())) continue;
      out.push({ type: 'address', start: m.index, end: m.index + m[1]!.length, text: m[1]!, ruleId: 'phi.address.city-full-state', confidence: 0.8 });
    }
    // "she lives in Kettering", "moved to Bozeman": a capitalised place after a residence verb.
    RESIDENCE.lastIndex = 0;
    const residence = tokens.some((t) => RESIDENCE_WORDS.has(t.norm));
    for (let m = residence ? RESIDENCE.exec(text) : null; m; m = RESIDENCE.exec(text)) {
      const place = m[1]!;
      const key = place.toLowerCase();
      if (STATE_NAMES.has(key) || COUNTRY_NAMES.has(key) || NOT_PLACES.has(key) || KINSHIP.includes(key) || this.isConcept(key) || NOT_FACILITY_START.test(place)) continue;
      const start = m.index + m[0].lastIndexOf(place);
      out.push({ type: 'address', start, end: start + place.length, text: place, ruleId: 'phi.address.residence', confidence: 0.7 });
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const c0 = t.text.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122 || !isCapitalised(t.text)) continue;
      const prevNorm = tokens[i - 1]?.norm ?? '';
      // A town right after a street line, a postcode or a unit and a comma is the town of that address ("2205 W Elm St #14, Lodi").
      const afterAddress = /,\s$/.test(text.slice(Math.max(0, t.start - 2), t.start))
        && out.some((f) => (f.type === 'address' || f.type === 'facility') && f.end <= t.start && t.start - f.end <= 6 && /^[\s,#\w]*$/.test(text.slice(f.end, t.start)));
      const afterPlaceWord = (PLACE_WORD_BEFORE.has(prevNorm) && tokens[i - 1]!.sentence === t.sentence) || afterAddress;
      if (!this.cities.has(t.norm) && !this.towns.has(t.norm) && (PLACE_PREPOSITION.has(prevNorm) || afterAddress)) this.unlistedPlace(text, tokens, i, out);
      // "Dr. Whitfield", "Edna Fitzgerald": a place name right after a title or a capitalised given name is a surname.
      const prev = tokens[i - 1];
      const surnamePosition = prev !== undefined && text.slice(prev.end, t.start).length <= 2 && !afterPlaceWord
        && (TITLES.has(prev.norm) || (isCapitalised(prev.text) && this.first.has(prev.norm) && !this.plainWords.has(prev.norm)));
      for (let len = this.placeFirstWords.has(t.text.toLowerCase()) ? 5 : 0; len >= 1; len--) {
        if (i + len > tokens.length) continue;
        const last = tokens[i + len - 1]!;
        const phrase = text.slice(t.start, last.end);
        const key = phrase.toLowerCase();
        const cityWords = this.cities.get(key);
        const townWords = cityWords === undefined && afterPlaceWord ? this.towns.get(key) : undefined;
        const words = cityWords ?? townWords;
        // Hyphens are tokens of their own ("Saint-Malo", "Stratford-upon-Avon"): the phrase is what counts, not the token count.
        if (words === undefined || !tokens.slice(i, i + len).every((x, k) => isCapitalised(x.text) || (k > 0 && k < len - 1 && (PLACE_PARTICLES.has(x.norm) || x.text === '-')))) continue;
        if (len === 1 && (surnamePosition || this.isConcept(t.norm) || NOT_PLACES.has(t.norm))) continue;
        // "a Theodore Banks", "Rosario Magsaysay": a place name inside a longer person's name is part of the name.
        if (out.some((f) => f.type === 'name' && f.start <= t.start && f.end >= last.end && f.end - f.start > last.end - t.start)) continue;
        // "said Gladys to Logan": a one-word city that is also a given name or surname needs a place preposition.
        // So does one that is also an everyday word ("Reading the newspaper", "Surprise bills", "nur das Essen").
        if (len === 1 && (this.first.has(t.norm) || this.last.has(t.norm) || this.commonWords.has(t.norm) || FOREIGN_WORDS.has(t.norm)) && !afterAddress
          && !/^(?:in|to|from|near|at|of|outside|around|into|a|en|em|nach|aus|bei|da|di|de|desde|vers)$/.test(prevNorm)
          // "Cork to Dublin for a scan": a journey to another known city makes it a place.
          && !(tokens[i + 1]?.norm === 'to' && this.cities.has(tokens[i + 2]?.norm ?? ''))) continue;
        // "congrats to Maria", "thanks to Sofia": after a greeting, "to" introduces a person.
        if (len === 1 && this.first.has(t.norm) && /^(?:to|of|at)$/.test(prevNorm) && STRONG_NAME_CONTEXT.has(tokens[i - 2]?.norm ?? '')) continue;
        // "Glasgow Coma Scale", "Ottawa ankle rules": an eponym, not a place.
        if (EPONYM_AFTER.test(text.slice(last.end, last.end + 24))) continue;
        // A city name inside an alias or a facility name ("Trauma alias Zephyr Orange", "Beaumont Royal Oak") is part of that.
        if (out.some((f) => (f.type === 'other_id' || f.type === 'facility') && f.start <= t.start && f.end >= last.end)) continue;
        out.push({ type: 'address', start: t.start, end: last.end, text: phrase, ruleId: townWords ? 'phi.address.town' : 'phi.address.city', confidence: townWords ? 0.65 : 0.75 });
        i += len - 1;
        break;
      }
    }
    this.townTails(text, out);
  }
}

const MONTH_NAMES = new Set(['april', 'june', 'august', 'may']);
const NAME_JOINER = String.raw`(?:,\s*(?:(?:and|&|y|et|und|e)\s+)?|\s+(?:and|&|y|et|und|e)\s+)`;
/** A capitalised word joined after a name ("Priya, Tomasz and Li Wei") and before one ("Mai and Tou Vang"). */
const COORDINATED_AFTER = new RegExp(String.raw`^${NAME_JOINER}(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)`, 'u');
const COORDINATED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)${NAME_JOINER}$`, 'u');
/** Historical and public figures quoted in medical posts ("Osler said…"): public roles, not patients' or colleagues' names. */
const FAMOUS_FIGURES = new Set(['osler', 'hippocrates', 'galen', 'nightingale', 'virchow', 'semmelweis', 'lister', 'pasteur', 'koch', 'fleming', 'salk',
  'sabin', 'jenner', 'freud', 'jung', 'halsted', 'cushing', 'apgar', 'banting', 'curie', 'darwin', 'einstein', 'fauci', 'trump', 'biden', 'obama', 'harris',
  'kennedy', 'rfk', 'musk', 'oz', 'gupta', 'gates', 'tedros', 'whitty', 'vallance', 'macron', 'starmer', 'sunak', 'trudeau', 'albanese', 'modi']);
/** A capitalised name and a person's age right after it: "Earl Whitaker, 90,", "Zbigniew (92)", "Tran, 94 años". */
const NAME_WITH_AGE = /(?<![\p{L}@#])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:,\s|\s\()(?:1[0-2]\d|[1-9]\d?)(?:\)|,|\s(?:años|anos|ans|anni|Jahre|lat|oed|yo|y\/o|years|yrs))/gu;
/** The group words of `the <surname> family`, as a cheap test before the pattern. */
const FAMILY_WORD = /family|household|twins|kids|boys|girls|wh[aā]nau/;
/** A possessive before something only a person has ("Maddie's tubes", "Lily's cochlear implant", "Tom's mum"). */
const POSSESSIVE_PERSON = /(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s\s(?:(?:new|old|first|last|latest|left|right|little|baby|cochlear|hearing|wheel)\s)?(?:patient|pt|shift|tubes?|implant|surgery|op|operation|meds|medication|scan|mri|ct|appointment|appt|birthday|bday|room|bed|cancer|chemo|diagnosis|doctor|dr|nurse|mom|mum|dad|mother|father|wife|husband|son|daughter|kids|baby|funeral|wake|memorial|transplant|heart|lungs?|kidneys?|liver|brain|seizures?|therapy|physio|rehab|recovery|wheelchair|walker|oxygen|insulin|pump|ostomy|stoma|port|picc|trach|feeding|cast|stitches|hearing aids?|glasses|teeth|dentures)\b/gu;
/** A post about a hospital stay or an emergency: a person's name after "at/to/from" can then be a hospital's. */
const CARE_NAMED_AFTER = /\b(?:ward|bed|discharged|admitted|transferred|icu|a&e|nurses?|clerk|surgery|op|stable|crash|mvc|rtc|ambulance|airlifted|flown|theatre|maternity|born|delivered|chemo|dialysis)\b/i;
/** An initial, a dot and a capitalised word somewhere in the post (ASCII is enough for a gate). */
const INITIAL_SURNAME_GATE = /[A-Z]\. ?[A-Z][a-z]/;
/** A person's verb right after a capitalised word ("Bartholomew keeps pulling his IV", "Olamide said"): a name, whatever the word. */
const PERSON_ACTION_AFTER = /^\s+(?:said|says|asked|asks|told|tells|texted|called|smiled|laughed|cried|yelled|screamed|sang|refused|refuses|insisted|keeps|kept|squeezed|hugged|grabbed|waved|winked|passed away|died|coded|fell|ate|walked|pulled|pulls|rang|wants|wanted|loves|loved|hates|hated|turned \d|turns \d|is turning|was (?:discharged|admitted|transferred|diagnosed|born|intubated|extubated)|got (?:discharged|admitted|transferred|diagnosed|his|her|their)|has been (?:discharged|admitted|asking)|is (?:doing|home|back|awake|asking|recovering|stable|still)|was (?:doing|asking)|finally (?:walked|ate|went|came|got|said)|went home|came home|from (?:the )?(?=[A-Z])|from (?:pharmacy|transport|radiology|pt|ot|rt|PT|OT|RT|the lab|security|billing|group|church|work|school|our|my|next door|down the hall)\b|in \d{1,4}\b(?!\s*(?:mg|ml|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?))|on (?:Ward|ward|nights|days|the \w+ ward)\b|helped|helps|carried|saved|sorted|covered|looked after|took care|is the reason|is \d{1,2} (?:days?|weeks?|months?) old)/;
/** First words of those actions: one Set lookup before the regex. */
const PERSON_ACTION_FIRST = new Set(['said', 'says', 'asked', 'asks', 'told', 'tells', 'texted', 'called', 'smiled', 'laughed', 'cried', 'yelled', 'screamed',
  'sang', 'refused', 'refuses', 'insisted', 'keeps', 'kept', 'squeezed', 'hugged', 'grabbed', 'waved', 'winked', 'passed', 'died', 'coded', 'fell', 'ate',
  'walked', 'pulled', 'pulls', 'rang', 'wants', 'wanted', 'loves', 'loved', 'hates', 'hated', 'turned', 'turns', 'is', 'was', 'got', 'has', 'finally', 'went',
  'came', 'from', 'in', 'on', 'covered', 'helped', 'helps', 'carried', 'saved', 'sorted', 'looked', 'took']);
const PERSON_VERB_AFTER = /^(?:['’]s\b|\s+(?:said|says|asked|asks|told|tells|passed|died|coded|fell|called|texted|smiled|laughed|cried|yelled|sang|wanted|wants|refused|refuses|insisted|loves|loved|hates|hated|keeps|kept|squeezed|held|hugged|gave|brought|remembered|remembers|grabbed|waved)\b|\s+\p{Lu}\p{Ll}+)/u;

/** A month name used as a given name: a title or relation word before it, or a person's verb, possessive or surname after it. */
function monthIsPerson(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (prev && (TITLES.has(prev.norm) || STRONG_NAME_CONTEXT.has(prev.norm)) && !/^(?:in|on|since|by|until|of|last|next|early|mid|late|this|every)$/.test(prev.norm)) return true;
  const after = text.slice(t.end, t.end + 24);
  if (/^\s*\d/.test(after)) return false;
  if (/^\s+in\s+(?:bed|room|rm|bay|\d)/i.test(after)) return true;
  return PERSON_VERB_AFTER.test(after) && !/^\s+\p{Lu}\p{Ll}+\s+\d/u.test(after);
}

const CREDENTIAL_WORD = /^(?:RN|MD|DO|NP|PA|BSN|MSN|CNA|LPN|PharmD|DNP|CRNA|APRN|FNP|DDS|DMD|MBBS|PhD|MPH|EMT)$/;

/** The lower-case word tokens of a name, as the tokenizer keys them. */
function tokenizeKey(name: string): string[] {
  return name.split(/[\s]+/).flatMap((w) => w.split(/(?<=\p{L})-(?=\p{L})/u)).map((w) => normalizeWord(w.replace(/[.]/g, '').replace(/['’]$/, '')))
    .filter(Boolean);
}

const ORG_HANDLE = /(?:gov|official|news|hq|org|inc|llc|health|hospital|clinic|pharma|journal|society|assoc|assn|foundation|institute|network|media|magazine|daily|times|post|tv|radio|fm|team|group|care|med|rx|labs?|nurses|doctors|physicians|alliance|council|coalition|center|centre|univ|uni|edu|college|school|research|trials?|cancer|diabetes|heart|lung|fda|cdc|who|nih|nhs|ama|ana|acc|aha|ada|asco|esc)$|^(?:cdc|who|fda|nih|nhs|ama|ana|acc|aha|ada|asco|esmo|esc|nejm|jama|bmj|thelancet|lancet|cochrane|mayoclinic|clevelandclinic|hopkins|medscape|statnews|webmd|pfizer|moderna|novartis|merck|lilly|gsk|astrazeneca|sanofi|roche|abbvie|amgen|bayer)/i;

/** Handles of organisations (@CDCgov, @AmericanNurses, @TandemDiabetes) are not a person's identifier. */
function isOrganisationHandle(handle: string): boolean {
  const name = handle.replace(/^\/?(?:u\/|@)/, '');
  return ORG_HANDLE.test(name);
}

/**
 * Toll-free numbers (1-800, 888, 877, 866, 855, 844, 833) belong to organisations — help lines, poison control, pharmacies —
 * never to a patient: the written rules leave public emergency and help lines unlabelled.
 */
function isPublicLine(number: string, text: string, start: number): boolean {
  const digits = number.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (PUBLIC_NUMBERS.has(national)) return true;
  if (national.length !== 10 || !/^8(?:00|88|77|66|55|44|33)/.test(national)) return false;
  // A toll-free number written with letters or beside a fax, a clinic, "our" or "my" is someone's own line.
  if (/[A-Z]{4}/.test(number) || /\b(?:fax\w*|our|my|clinic|office|practice|direct)\b[^.!?\n]{0,30}$/i.test(text.slice(Math.max(0, start - 40), start))) return false;
  // Other toll-free numbers are someone's line (a hospital's intake, a pharmacy) unless the post calls them a public help line.
  return /\b(?:hotline|helpline|help line|crisis|lifeline|poison|samhsa|cdc|fda|medicare|medicaid|quitline|national|free(?:phone)?|24\/7 (?:help|support))\b/i.test(text.slice(Math.max(0, start - 60), start + number.length + 30));
}
/** Public help lines (poison control, CDC-INFO, SAMHSA, the domestic-violence and old suicide hotlines). */
const PUBLIC_NUMBERS = new Set(['8002221222', '8002324636', '8006624357', '8007997233', '8002738255', '8004518355']);

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "ninety-two" → 92, "a hundred" → 100, "ninetieth" → 90. */
export function wordsToAge(words: string): number | undefined {
  const w = words.toLowerCase();
  const base = /ninet/.test(w) ? 90 : /hundred/.test(w) ? 100 : undefined;
  if (base === undefined) return undefined;
  const unit = /(one|two|three|four|five|six|seven|eight|nine|ten)\s*$/.exec(w.replace(/-/g, ' '));
  return base + (unit ? NUMBER_WORDS[unit[1]!]! : 0);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u.test(word);
}

function expandYear(yy: number): number {
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

/** What follows a bare number that makes it a count or a measure rather than an age ("90 pages", "101 mg"). */
const NOT_AGE_AFTER = /^\s*(?:%|mg|mcg|kg|g\b|ml|lbs?|pounds|minutes|mins?|hours|hrs?|days|weeks|months|percent|bpm|mmhg|degrees|°|\/|\.\d|:|-\d|pages?|points?|pts|beds?|patients|people|units?|times|x\b)/i;

/**
 * "she turned 101 this week. 101!!": once a post gives someone's age of 90 or more, the same age written again on its
 * own is the same identifier (the Safe Harbor transform must remove every copy).
 */
function repeatedAges(text: string, found: PhiFinding[]): void {
  const ages = new Set(found.filter((f) => f.type === 'age_over_89').map((f) => f.text.toLowerCase()));
  // "she's 104. one hundred and four.": the same age spelled out is the same identifier.
  for (const f of found) if (f.type === 'age_over_89' && /^\d+$/.test(f.text)) { const w = ageInWords(Number(f.text)); if (w) ages.add(w); }
  for (const age of ages) {
    const re = new RegExp(String.raw`(?<![\w.-])${age.replace(/ and /g, ' (?:and )?').replace(/[-\s]/g, '[-\\s]')}(?![\w-])`, 'gi');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end) || NOT_AGE_AFTER.test(text.slice(end, end + 10))) continue;
      const value = /\d/.test(m[0]) ? Number(m[0]) : wordsToAge(m[0]);
      found.push({ type: 'age_over_89', start, end, text: m[0], ruleId: 'phi.age.repeated', confidence: 0.7, ...(value !== undefined ? { value } : {}) });
    }
  }
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 90–110 in words, the way people write them ("ninety-two", "one hundred and four"). */
function ageInWords(n: number): string | undefined {
  if (n >= 90 && n <= 99) return n === 90 ? 'ninety' : `ninety-${UNITS[n - 90]}`;
  if (n >= 100 && n <= 110) return n === 100 ? 'one hundred' : `one hundred and ${UNITS[n - 100]}`;
  return undefined;
}

function relabelFax(text: string, found: PhiFinding[]): void {
  for (const f of found) {
    if (f.type !== 'phone') continue;
    const before = text.slice(Math.max(0, f.start - 32), f.start).toLowerCase();
    // "fax to …", "Faxing J. Whitaker's referral to …", "referrals by fax. (501) …": the fax word may sit a few words back,
    // past initials and titles, but not past the end of a sentence.
    const wide = text.slice(Math.max(0, f.start - 60), f.start).toLowerCase();
    const far = /\bfax(?:ed|ing)?\b((?:[^.!?\n\d]|\b(?:[a-z]|dr|mr|mrs|ms|st)\.){0,50})$/.exec(wide);
    if (/(?:\bfax\w*|telefax|télécopie)\b[^.\n\d]{0,24}$/.test(before) || far && !/\b(?:phone|tel|call|cell|mobile|text|ring|ph)\b/.test(far[1]!)
      || /\bfax\.\s*$/.test(before)) { f.type = 'fax'; f.ruleId = 'phi.fax.context'; }
  }
  // "The practice fax number … phone (702) 555-0128, … send to (702) 555-0129": when the post names a fax but no number
  // sits by that word, a number with no phone cue of its own, beside one that has, is the fax.
  const phones = found.filter((f) => f.type === 'phone' && f.end - f.start >= 7
    && !found.some((g) => g !== f && (g.type === 'phone' || g.type === 'fax') && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
  if (found.some((f) => f.type === 'fax') || phones.length < 2) return;
  const cued = (f: PhiFinding) => /\b(?:phone|tel|call|cell|mobile|text|ring|ph)\b\W{0,12}$/i.test(text.slice(Math.max(0, f.start - 20), f.start));
  const uncued = phones.filter((f) => !cued(f));
  if (uncued.length === 1 && phones.some(cued)) { uncued[0]!.type = 'fax'; uncued[0]!.ruleId = 'phi.fax.far-cue'; }
}

/** A shop's order, not a patient's: an order number in a sentence about buying or shipping. */
const SHOP_ORDER = /\b(?:shop|store|amazon|etsy|ebay|shipped|shipping|ship|delivery|delivered|tracking|cart|checkout|uniform|scrubs|merch)\b/i;

/** Quick gate for CARE_MOVE (one cheap test instead of the many-branched regex on every post). */
const CARE_MOVE_GATE = /\b(?:respite|placement|admitted|transferred|discharged|took|taken|rushed|airlifted|flown|brought|transported|walked out|left|surgery|bypass|stents?|scan|CT|MRI|op|operation|procedure|biopsy|infusion|chemo|dialysis|transplant|c-section|born|delivered|delivery|died|passed away|appointment|appt|seen|treated|A&E|[Vv]isiting hours|[Ww]orking|shift|wing|ICU|NICU|PICU|ER|ED|unit|ward|nurses|staff)\b/;
const CARE_MOVE = /\b(?:admitted (?:to|at)|transferred (?:to|from)|discharged (?:to|from)|(?:took|taken|rushed|airlifted|flown|brought|transported) (?:(?:her|him|them|me|us|my \p{Ll}+) )?to|walked out of|left|(?:in )?surgery at|(?:respite|respite bed|bed|room|placement) at|(?:bypass|stents?|scan|CT|MRI|op|operation|procedure|biopsy|infusion|chemo|dialysis|transplant|c-section|delivery|appointment|appt|born|delivered|died|passed away|seen|treated|admitted|discharged) (?:(?:done|today|yesterday|tonight|last \p{Ll}+|this morning) )?at|[Vv]isiting hours at|(?:ICU|NICU|PICU|ER|ED|wing|unit|ward|floor|nurses|staff|residency|rotation) at|[Ww]orking (?:(?:\d{1,2}\s?\p{Lu}\p{Ll}+|nights|days|tonight) )?at|(?:night |day )?shift at)\s+(?:l['’])?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/gu;

const HOLIDAY_WORDS = /Eve\b|Valentine/;
const HOLIDAY_NAMES = /\b(?:(?:Christmas|New Year['’]s) Eve|(?:Happy )?(?:St\.? )?Valentine['’]s(?: Day)?)/g;
/** Conferences and meetings: their dates and cities belong to no patient ("#AHA24 on Nov 16", "abstract deadline Feb 11"). */
const CONFERENCE_CUE = /#[A-Za-z]+\d{2,4}\b|\b(?:[Cc]onference|[Cc]ongress|[Cc]ongresso|[Cc]ongreso|[Cc]ongrès|[Cc]ongres|[Kk]ongress|[Kk]ongres|[Cc]onvegno|[Jj]ornadas|[Tt]agung|[Ss]ymposium|[Aa]nnual [Mm]eeting|[Aa]bstracts? (?:deadline|due)|[Aa]bstract|ASCO|SCCM|IDWeek|CHEST)\b/;
/** The poster's own travel or job move, just before a city ("Flying out to Chicago", "moving my practice to Denver"). */
const TRAVEL_BEFORE = /\b(?:fly(?:ing)?(?: out)?|flew(?: out)?|headed|heading|travel(?:l?ing)?|trip|vacation|holiday|moving my (?:practice|clinic|office)|relocating my (?:practice|clinic))\s+(?:back\s+)?(?:to|in|at)\s+$/i;
const TRAVEL_AFTER = /^\s+for\s+(?:(?:my|a|the)\s+new\s+(?:job|position|role)|#|the conference|a conference|work\b)/i;
/** A patient or relative in the sentence makes a place or date theirs. */
const INDIVIDUAL_CUE = /\b(?:mom|mum|dad|mother|father|grandma|grandpa|gran|nana|husband|wife|son|daughter|patient|pt|aunt|uncle|brother|sister|baby|admitted|discharged|surgery|born|died|passed)\b/i;

/** Words that put a person in a post: pronouns of one person, the poster, a patient or resident. */
const SOMEONE_CUE = /\b(?:i|i'm|im|i've|i'd|me|my|mine|we|our|us|he|she|him|her|his|hers|patient|pt|resident|client|baby|kid|kiddo|son|daughter|husband|wife|partner|friend|neighbou?r|family|funeral|rip|missing|admitted|discharged|surgery|born|died|passed|cyclist|pedestrian|rider|driver|lad|lass|girl|boy|man|woman|lady|gentleman|guy|toddler|child|infant|teen|crash|rtc|mvc|collision|accident|airlifted|alert|scan|arrest|fall|fell|overdose|delivered|delivery|geboren|thuisbevalling|meisje|jongen)\b/i;
/** Kinship words, as a pattern over the text (KINSHIP is the list). */
const KINSHIP_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${KINSHIP.join('|')})(?![\p{L}])`, 'iu');
/** Address rules that report a bare town or neighbourhood (not a street line, a postcode or a place someone lives). */
const TOWN_RULES = new Set(['phi.address.city', 'phi.address.town', 'phi.address.unlisted-place', 'phi.address.place-before-noun']);

/** Dates and places that are no individual's: conference trips, the poster's travel, illustrative examples, classifications. */
function dropNotAnIndividuals(text: string, found: PhiFinding[]): void {
  const conference = CONFERENCE_CUE.test(text);
  let someone: boolean | undefined;
  const aboutSomeone = () => (someone ??= SOMEONE_CUE.test(text) || KINSHIP_CUE.test(text)
    || found.some((g) => !(g.type === 'address' && TOWN_RULES.has(g.ruleId)) && g.type !== 'facility' && g.type !== 'url'));
  const holidays = HOLIDAY_WORDS.test(text) ? [...text.matchAll(HOLIDAY_NAMES)].map((m) => [m.index, m.index + m[0].length]) : [];
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    // "Christmas Eve", "Happy Valentine's Day": a holiday, not a person called Eve or Valentine.
    if (f.type === 'name' && holidays.some(([a, b]) => a! < f.end && f.start < b!)) { found.splice(k, 1); continue; }
    if (f.type !== 'date' && f.type !== 'address') continue;
    const sentence = sentenceAround(text, f.start, f.end);
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    const after = text.slice(f.end, f.end + 40);
    let drop = conference && (CONFERENCE_CUE.test(sentence) || !INDIVIDUAL_CUE.test(text)) && !INDIVIDUAL_CUE.test(sentence);
    if (f.type === 'address') {
      // Only the poster's own trip: "Ms. Jones flew to Reno" is where a named person was.
      drop ||= (TRAVEL_BEFORE.test(before) || TRAVEL_AFTER.test(after)) && !INDIVIDUAL_CUE.test(sentence) && !/\b(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(sentence)
        && !found.some((g) => g.type === 'name' && text.indexOf(sentence) <= g.start && g.end <= text.indexOf(sentence) + sentence.length);
      // "Anyone in the Denver area know a good GI?": an area named for general advice (set 2's written decisions).
      drop ||= /^\s+(?:area|region|metro)\b/i.test(after) && /\b(?:anyone|anybody|someone|somebody|any)\b[^.!?\n]{0,20}$/i.test(before);
      // "Bethesda III" (thyroid cytology category), "Ontario" (a province): not a place smaller than a state.
      drop ||= f.ruleId === 'phi.address.city' && (/^\s+(?:[IV]{1,3}|VI)\b/.test(after) || STATE_NAMES.has(f.text.toLowerCase()));
      // "Blood banks in Abuja are short", "Funerals in Kumasi are a weekend event": a town in a post about nobody in
      // particular — no person, relative, pronoun or other identifier anywhere — is no individual's (written rules, section 2).
      drop ||= TOWN_RULES.has(f.ruleId) && !aboutSomeone();
    } else {
      // 'patient dates like "admitted 3/12" count': a quoted illustration, not anyone's date.
      drop ||= /\b(?:like|e\.g\.|such as|say)\s+["“][^"”]{0,30}$/i.test(before) && /^[^"”]{0,20}["”]/.test(after);
      // "Pain 6/10 after the dose, 2/10 by morning": a second score out of ten.
      drop ||= /\/10$/.test(f.text) && /\b(?:pain|score|rated?)\b/i.test(text) && (text.match(/\b\d{1,2}\/10\b/g)?.length ?? 0) >= 2;
    }
    if (drop) {
      found.splice(k, 1);
      // "then San Diego": a dropped place is not a person's name either.
      if (f.type === 'address') for (let j = found.length - 1; j >= 0; j--) if (found[j]!.type === 'name' && found[j]!.start < f.end && f.start < found[j]!.end) { found.splice(j, 1); if (j < k) k--; }
    }
  }
}

/** A number from 90 to 129 standing alone between clause marks: "99. Hospice nurse…", "— dementia, 90, blue cardigan —", "93, cast on". */
const BARE_AGE = /(?<=^|[.!?]\s+|\n|,\s|[—–]\s)(9\d|1[0-2]\d)(?=[.,;!]\s|[.!]?$|\s[—–]\s)/g;
/** Who a bare age can belong to: a person, a relative or a pronoun in the same or the previous sentence. */
const AGE_OWNER_CUE = /\b(?:she|he|her|his|him|they|grandma|grandpa|granny|gran|nan|nana|mum|mom|mother|dad|father|grandmother|grandfather|aunt|auntie|aunty|uncle|lola|lolo|gogo|oma|opa|nonna|nonno|abuela|abuelo|babcia|dziadek|pt|patient|resident|lady|gentleman|man|woman|nurse|veteran|widow|died|passed)\b/i;
/** Measurements whose numbers look like ages ("BP 140/90, 95 on RA", "sats 92, HR 101"). */
const VITALS_CUE = /\b(?:bp|hr|rr|sats?|spo2|o2|temp|gcs|pulse|bpm|mmhg|glucose|bg|bm|sugar|score|points?|mins?|minutes|hours|hrs|kg|lbs?|mg|ml|mph|km|miles|percent|cm|mm|dollars|pounds|euros)\b|%|\$|£|€/i;

function bareAges(text: string, found: PhiFinding[]): void {
  BARE_AGE.lastIndex = 0;
  for (let m = BARE_AGE.exec(text); m; m = BARE_AGE.exec(text)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const sentence = sentenceAround(text, start, end);
    const before = text.slice(Math.max(0, start - 120), start);
    if (VITALS_CUE.test(sentence) || !AGE_OWNER_CUE.test(before + sentence) && !found.some((f) => f.type === 'name' && f.end <= start && start - f.end <= 60)) continue;
    found.push({ type: 'age_over_89', start, end, text: m[1]!, ruleId: 'phi.age.bare', confidence: 0.6, value: Number(m[1]) });
  }
}

/** A run of capitalised words, initials and commas: "LUCILLE TREMBLAY", "HOLLOWAY, DEREK", "R. O'SULLIVAN", "JENN M.". */
const CAPITALS_NAME = /(?<![\p{L}\d'’.])(?:\p{Lu}\.\s?)?\p{Lu}[\p{Lu}'’-]{2,}(?:,?\s(?:\p{Lu}[\p{Lu}'’-]{2,}|\p{Lu}\.))*(?![\p{L}\d'’])/gu;
/** A given name, a quoted or bracketed nickname, and at least one more capitalised word. */
const NICKNAMED_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s(?:"[^"\n]{2,20}"|“[^”\n]{2,20}”|\(\p{Lu}\p{Ll}+\))\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?![\p{L}])/gu;

/** "Dona Cida", "Miss Ivy", "Ma'am Rhea": a title or kinship word at the front of a name span stays outside it (written rules). */
function trimLeadingTitles(text: string, out: PhiFinding[]): void {
  for (const f of out) {
    if (f.type !== 'name') continue;
    for (;;) {
      const m = /^(\p{L}+['’]?\p{L}*\.?)\s+(?=\p{Lu})/u.exec(f.text);
      if (!m) break;
      const w = normalizeWord(m[1]!.replace(/\.$/, ''));
      if (!TITLES.has(w) && !KINSHIP.includes(w)) break;
      f.start += m[0].length;
      f.text = text.slice(f.start, f.end);
    }
  }
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('! ', start), text.lastIndexOf('? ', start), text.lastIndexOf('\n', start), -1) + 1;
  const stops = ['. ', '! ', '? ', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
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
      // "Hospital 12 de Octubre": a date inside a facility's name is part of the name.
      const facilityHolds = (a: PhiFinding, b: PhiFinding) => a.type === 'facility' && b.type === 'date' && a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;
      if (facilityHolds(f, g)) { kept.splice(k, 1); continue; }
      if (facilityHolds(g, f)) { drop = true; break; }
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
