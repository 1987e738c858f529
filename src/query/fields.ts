/**
 * The search fields: one table used by the parser, the compilers and the docs.
 */
export type FieldValueType = 'text' | 'date' | 'enum' | 'number';

export interface FieldSpec {
  name: string;
  aliases?: string[];
  type: FieldValueType;
  /** Allowed values for enum fields (after alias mapping). */
  values?: readonly string[];
  valueAliases?: Record<string, string>;
  /** Matches what the enrichment stage found in posts (src/enrich/); posts not yet enriched do not match. */
  enrichment?: boolean;
  /** Reads the profile behind the author (kept by the HCP registry, src/hcp/author-profile.ts). */
  profile?: boolean;
  /** For entity fields: the kind of entity the value names (resolved to ids by src/enrich/resolve-query.ts). */
  entity?: 'drug' | 'condition' | 'reaction';
  doc: string;
}

/** Everyday and underscore names of the analyzer's therapy areas (src/nlp/areas-catalog.ts). */
const AREA_ALIASES: Record<string, string> = {
  cancer: 'oncology', cardio: 'cardiology', cardiovascular: 'cardiology', endocrinology: 'diabetes', obesity: 'diabetes',
  diabetes_endocrinology: 'diabetes', 'diabetes-endocrinology': 'diabetes', infectious_disease: 'infectious-disease',
  infectious: 'infectious-disease', id: 'infectious-disease', vaccines: 'infectious-disease', mental: 'psychiatry',
  'mental-health': 'psychiatry', rheumatology: 'immunology', immunology_rheumatology: 'immunology',
  'immunology-rheumatology': 'immunology', rare_disease: 'rare-disease', rare: 'rare-disease', derm: 'dermatology',
  pulmonology: 'respiratory', gi: 'gastroenterology', haematology: 'hematology', renal: 'nephrology',
  womens_health: 'womens-health',
};

export const FIELDS: readonly FieldSpec[] = [
  { name: 'platform', type: 'text', valueAliases: { twitter: 'x', bsky: 'bluesky', review: 'reviews' },
    doc: 'network: x (twitter), bluesky (bsky), mastodon, reddit, reviews, or any other source name' },
  { name: 'lang', aliases: ['language'], type: 'text', doc: 'language tag; lang:en also matches en-US' },
  { name: 'author', aliases: ['from_user'], type: 'text', doc: 'the author\'s handle, with or without @' },
  { name: 'from', aliases: ['since'], type: 'date', doc: 'posts on or after a date (YYYY-MM-DD, ISO 8601, or -30d, -12h, -2w)' },
  { name: 'to', aliases: ['until'], type: 'date', doc: 'posts before the end of a date (a bare date includes that whole UTC day)' },
  { name: 'kind', type: 'enum', values: ['hcp', 'patient', 'caregiver', 'organization', 'media', 'unknown'], profile: true,
    doc: 'the kind of profile behind the author: detected by profile analysis, or verified by a reviewer' },
  { name: 'verified', type: 'enum', values: ['true', 'false'], valueAliases: { yes: 'true', no: 'false' }, profile: true,
    doc: 'the author is an HCP a reviewer verified (true) or not (false)' },
  { name: 'has', type: 'enum', values: ['link', 'media', 'rating'], doc: 'posts with a link, media, or a rating' },
  { name: 'rating', type: 'number', doc: 'review rating on a 0–10 scale, with an optional comparison: rating:>=8' },
  { name: 'drug', type: 'text', enrichment: true, entity: 'drug',
    doc: 'a drug mentioned: brand, generic, misspelling or slang; any name of one ingredient finds them all' },
  { name: 'condition', type: 'text', enrichment: true, entity: 'condition', doc: 'a condition or disease mentioned (not denied)' },
  { name: 'reaction', type: 'text', enrichment: true, entity: 'reaction',
    doc: 'an adverse reaction mentioned (not denied), in clinical or everyday words' },
  { name: 'sentiment', type: 'enum', values: ['positive', 'negative', 'neutral', 'mixed'], enrichment: true,
    doc: 'post sentiment' },
  { name: 'flag', type: 'enum', values: ['ae', 'phi', 'misinfo', 'undisclosed'], enrichment: true, doc: 'compliance finding' },
  { name: 'specialty', type: 'text', profile: true,
    doc: 'the author\'s specialty (an HCP\'s; any name of it: specialty:oncology, specialty:"medical oncology", specialty:oncologist)' },
  { name: 'country', type: 'text', profile: true, doc: 'the author\'s country, ISO 3166-1 alpha-2 (country:US, country:gb)' },
  { name: 'area', type: 'text', enrichment: true, valueAliases: AREA_ALIASES,
    doc: 'therapy area: oncology, cardiology, diabetes, neurology, psychiatry, infectious-disease, respiratory, immunology, ' +
      'dermatology, rare-disease, gastroenterology, hematology, nephrology, ophthalmology, womens-health, pain' },
];

const BY_NAME = new Map<string, FieldSpec>();
for (const spec of FIELDS) for (const name of [spec.name, ...(spec.aliases ?? [])]) BY_NAME.set(name, spec);

export function findField(name: string): FieldSpec | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function fieldNames(): string[] {
  return FIELDS.map((f) => f.name);
}
