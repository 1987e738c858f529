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
  /** Only the enrichment stage provides this field; stores without it refuse it clearly. */
  enrichment?: boolean;
  doc: string;
}

export const FIELDS: readonly FieldSpec[] = [
  { name: 'platform', type: 'text', valueAliases: { twitter: 'x', bsky: 'bluesky', review: 'reviews' },
    doc: 'network: x (twitter), bluesky (bsky), mastodon, reddit, reviews, or any other source name' },
  { name: 'lang', aliases: ['language'], type: 'text', doc: 'language tag; lang:en also matches en-US' },
  { name: 'author', aliases: ['from_user'], type: 'text', doc: 'the author\'s handle, with or without @' },
  { name: 'from', aliases: ['since'], type: 'date', doc: 'posts on or after a date (YYYY-MM-DD, ISO 8601, or -30d, -12h, -2w)' },
  { name: 'to', aliases: ['until'], type: 'date', doc: 'posts before the end of a date (a bare date includes that whole UTC day)' },
  { name: 'kind', type: 'enum', values: ['hcp', 'patient', 'caregiver', 'organization', 'media', 'unknown'],
    doc: 'the kind of profile behind the author' },
  { name: 'has', type: 'enum', values: ['link', 'media', 'rating'], doc: 'posts with a link, media, or a rating' },
  { name: 'rating', type: 'number', doc: 'review rating on a 0–10 scale, with an optional comparison: rating:>=8' },
  { name: 'drug', type: 'text', enrichment: true, doc: 'a drug mentioned (ingredient or brand)' },
  { name: 'condition', type: 'text', enrichment: true, doc: 'a condition or disease mentioned' },
  { name: 'reaction', type: 'text', enrichment: true, doc: 'an adverse reaction mentioned' },
  { name: 'sentiment', type: 'enum', values: ['positive', 'negative', 'neutral', 'mixed'], enrichment: true,
    doc: 'post sentiment' },
  { name: 'flag', type: 'enum', values: ['ae', 'phi', 'misinfo', 'undisclosed'], enrichment: true, doc: 'compliance finding' },
  { name: 'specialty', type: 'text', enrichment: true, doc: 'the author\'s specialty' },
  { name: 'country', type: 'text', enrichment: true, doc: 'the author\'s country' },
  { name: 'area', type: 'text', enrichment: true, doc: 'therapy area' },
];

const BY_NAME = new Map<string, FieldSpec>();
for (const spec of FIELDS) for (const name of [spec.name, ...(spec.aliases ?? [])]) BY_NAME.set(name, spec);

export function findField(name: string): FieldSpec | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function fieldNames(): string[] {
  return FIELDS.map((f) => f.name);
}
