/**
 * Word families and sources shared by the curated misinformation claims (misinformation-claims.ts). Phrases are matched on
 * normalised tokens (scripts/build-lexicons.ts applies keyOf), so case, apostrophes and hyphens do not matter.
 */
import type { MisinformationClaim } from '../../src/nlp/lexicon/load-lexicons.js';

/** Brace alternatives: 'caus{e,es,ed,ing} cancer' gives the four forms; '{,x}' makes x optional. */
export function expand(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern.replace(/\s+/g, ' ').trim()];
  return m[1]!.split(',').flatMap((alt) => expand(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length)));
}

/** Every form of every pattern (see `expand`). */
export const forms = (...patterns: string[]): string[] => [...new Set(patterns.flatMap(expand))];

/** The public-health page that refutes a claim. */
export type Source = MisinformationClaim['source'];

export const CDC_COVID_MYTHS = { org: 'CDC', title: 'Myths and Facts about COVID-19 Vaccines', url: 'https://www.cdc.gov/coronavirus/2019-ncov/vaccines/facts.html' };
export const WHO_MYTHBUSTERS = { org: 'WHO', title: 'Coronavirus disease (COVID-19) advice for the public: Mythbusters', url: 'https://www.who.int/emergency/diseases/novel-coronavirus-2019/advice-for-public/myth-busters' };
export const NCI_MYTHS = { org: 'NIH/NCI', title: 'Common Cancer Myths and Misconceptions', url: 'https://www.cancer.gov/about-cancer/causes-prevention/risk/myths' };
export const VACCINE = ['vaccine', 'vaccines', 'vaccinated', 'vaccination', 'vaccinations', 'vax', 'vaxx', 'vaxxed', 'vaxxes', 'vaxxine', 'vaxxines', 'vaccinate',
  'jab', 'jabs', 'jabbed', 'mrna', 'booster', 'boosters', 'booster shot', 'inoculation', 'inoculations', 'moderna', 'clot shot', 'death jab', 'kill shot', 'covid shot', 'covid shots', 'mrna shot', 'mrna shots',
  'vaccine shot', 'gene therapy shot', 'flu shot', 'flu shots',
  // Lay spellings and morphology (issue 6): misspellings, vax plurals, product and schedule names, loaded epithets.
  ...forms('vax{es,s,xs,xines,ine,ines}', 'vac{c,}in{e,es,ated,ation}', 'vaxinated', 'vaccin{ating,ates}', 'inoculated', 'jabbing', 'mrnas',
    'covid {jab,jabs,vax,vaxx,vaccine,vaccines}', 'mrna {vaccine,vaccines,jab,jabs}', 'c19 {vaccine,vaccines,jab,jabs,vax}', 'c 19 {vaccine,vaccines,vax}',
    '{kill,poison,toxic} {jab,jabs}', 'poison {shot,shots}', 'biontech', 'novavax', 'comirnaty', 'spikevax', 'mmr', 'gardasil', 'dtap', 'tdap',
    // Companies that sell many other medicines count only with a vaccine word ("Pfizer knew the vaccine…", not "Pfizer's Zoloft").
    '{pfizer,astrazeneca,astra zeneca,janssen,johnson and johnson,j and j} {vaccine,vaccines,jab,jabs,shot,shots,vax,vaxx,booster,boosters,covid vaccine}')];
// Bare "shot", "shots" and "injection" are left out: "that last shot was deadly" is basketball.
export const COVID = ['covid', 'covid 19', 'covid19', 'coronavirus', 'sars cov 2', 'sars cov2', 'sarscov2', 'the virus', 'pandemic', 'rona', 'corona', 'omicron',
  'delta variant', 'wuhan virus', 'china virus', 'kung flu', 'the covid',
  ...forms('c19', 'c 19', 'xovid', 'xovid 19', 'kovid', 'covid 2019', 'sars cov', 'the coronavirus', 'plandemic', 'scamdemic')];
export const FLU = ['flu', 'influenza', 'the flu', 'flu virus', 'swine flu', 'bird flu', 'h1n1'];
export const HIV = ['hiv', 'aids', 'hiv aids', 'the aids virus'];
export const CDC_VACCINE_SAFETY = { org: 'CDC', title: 'Ensuring the Safety of Vaccines in the United States', url: 'https://www.cdc.gov/vaccine-safety-systems/' };
export const CDC_HIV_TRANSMISSION = { org: 'CDC', title: 'How HIV Spreads', url: 'https://www.cdc.gov/hiv/causes/index.html' };
export const CDC_FLU_MISCONCEPTIONS = { org: 'CDC', title: 'Misconceptions about Seasonal Flu and Flu Vaccines', url: 'https://www.cdc.gov/flu/prevent/misconceptions.htm' };


/**
 * Wording that shows a harm word is used about protection, a sport or a therapy ("saves lives", "killing it", "cancer
 * vaccine"): an `unless` list for claims that a vaccine kills, harms or causes disease.
 */
export const PROTECTIVE = forms('sav{e,es,ed,ing} {lives,millions,thousands,a life}', 'lives saved', 'prevent{,s,ed,ing} {deaths,death,severe,hospitali{s,z}ation}',
  'averted', 'reduc{e,es,ed,ing} {deaths,the risk,risk,hospitali{s,z}ations}', 'lower{,s,ed} {the ,}risk', 'fewer deaths', 'cut{,s} deaths',
  'protect{,s,ed} against', 'killing it', 'killed it', 'kill{,s,ed} the virus', 'cancer vaccine{,s}', 'mrna cancer', 'against cancer', 'treat{,ing,s} cancer',
  '{to,could,may,can} treat', 'treatment for', 'potential to treat');

/** A cause, a link or a rise: the middle of "X causes Y" and "a surge of Y after X". */
export const CAUSE_OR_RISE = forms('caus{e,es,ed,ing}', 'linked to', 'link{,s} between', 'increase{,s,d}', 'increase in', 'rise in', 'rising', 'surg{e,es,ing}',
  'spike in', 'skyrocket{,s,ed,ing}', 'explo{de,des,ded,ding,sion}', 'epidemic of', 'attribute{,s,d} to', 'contribut{e,es,ed,ing} to', 'lead{s,} to',
  'responsible for', 'giv{e,es,ing} {you ,people ,}cancer', 'gave {him,her,them,me,people} cancer',
  'after {the ,}{jab,jabs,vaccine,vaccines,vaccination,booster,third dose,3rd dose,mrna}');

export const CANCER = forms('cancer{,s}', 'tumo{u,}r{,s}', 'leuk{a,}emia', 'lymphoma{,s}', 'cancer {cases,deaths,mortality}');
