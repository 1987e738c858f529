/**
 * A post's therapy areas as the graph's area mask: the enrichment stage's areas when the post has been enriched
 * (post_areas), otherwise the hashtag and keyword map of src/graph/areas.ts over its text.
 */
import { type AreaId, AREA_IDS, areaMaskOfPost, maskOfAreas } from '../graph/areas.js';
import type { AreaSource } from './influence-store.js';

/** Enrichment (src/nlp) area ids → graph area ids; areas the graph has no slot for are left out. */
const NLP_TO_GRAPH: Readonly<Record<string, AreaId>> = {
  ...Object.fromEntries(AREA_IDS.map((a) => [a, a])),
  diabetes: 'diabetes_endocrinology', 'infectious-disease': 'infectious_disease', immunology: 'immunology_rheumatology',
  'rare-disease': 'rare_disease',
};

export function areaMaskOf(source: AreaSource | undefined): number {
  if (!source) return 0;
  if (source.areas) return maskOfAreas(source.areas.flatMap((a) => (NLP_TO_GRAPH[a] ? [NLP_TO_GRAPH[a]] : [])));
  return areaMaskOfPost(source.text ?? '', source.hashtags ?? []);
}
