/**
 * Word families and sources shared by the curated misinformation claims (misinformation-claims.ts). Phrases are matched on
 * normalised tokens (scripts/build-lexicons.ts applies keyOf), so case, apostrophes and hyphens do not matter.
 */

/** Brace alternatives: 'caus{e,es,ed,ing} cancer' gives the four forms; '{,x}' makes x optional. */
export function expand(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern.replace(/\s+/g, ' ').trim()];
  return m[1]!.split(',').flatMap((alt) => expand(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length)));
}

/** Every form of every pattern (see `expand`). */
export const forms = (...patterns: string[]): string[] => [...new Set(patterns.flatMap(expand))];

export interface Source { org: string; title: string; url: string }

export const CDC_COVID_MYTHS = { org: 'CDC', title: 'Myths and Facts about COVID-19 Vaccines', url: 'https://www.cdc.gov/coronavirus/2019-ncov/vaccines/facts.html' };
export const WHO_MYTHBUSTERS = { org: 'WHO', title: 'Coronavirus disease (COVID-19) advice for the public: Mythbusters', url: 'https://www.who.int/emergency/diseases/novel-coronavirus-2019/advice-for-public/myth-busters' };
export const NCI_MYTHS = { org: 'NIH/NCI', title: 'Common Cancer Myths and Misconceptions', url: 'https://www.cancer.gov/about-cancer/causes-prevention/risk/myths' };
export const VACCINE = ['vaccine', 'vaccines', 'vaccinated', 'vaccination', 'vaccinations', 'vax', 'vaxx', 'vaxxed', 'vaxxes', 'vaxxine', 'vaxxines', 'vaccinate',
  'jab', 'jabs', 'jabbed', 'mrna', 'booster', 'boosters', 'booster shot', 'inoculation', 'inoculations', 'pfizer', 'moderna',
  'astrazeneca', 'johnson and johnson', 'janssen', 'clot shot', 'death jab', 'kill shot', 'covid shot', 'covid shots', 'mrna shot', 'mrna shots',
  'vaccine shot', 'gene therapy shot', 'flu shot', 'flu shots'];
// Bare "shot", "shots" and "injection" are left out: "that last shot was deadly" is basketball.
export const COVID = ['covid', 'covid 19', 'covid19', 'coronavirus', 'sars cov 2', 'sars cov2', 'sarscov2', 'the virus', 'pandemic', 'rona', 'corona', 'omicron',
  'delta variant', 'wuhan virus', 'china virus', 'kung flu', 'the covid'];
export const FLU = ['flu', 'influenza', 'the flu', 'flu virus', 'swine flu', 'bird flu', 'h1n1'];
export const HIV = ['hiv', 'aids', 'hiv aids', 'the aids virus'];
export const CDC_VACCINE_SAFETY = { org: 'CDC', title: 'Ensuring the Safety of Vaccines in the United States', url: 'https://www.cdc.gov/vaccine-safety-systems/' };
export const CDC_HIV_TRANSMISSION = { org: 'CDC', title: 'How HIV Spreads', url: 'https://www.cdc.gov/hiv/causes/index.html' };
export const CDC_FLU_MISCONCEPTIONS = { org: 'CDC', title: 'Misconceptions about Seasonal Flu and Flu Vaccines', url: 'https://www.cdc.gov/flu/prevent/misconceptions.htm' };

