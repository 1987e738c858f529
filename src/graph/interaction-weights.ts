/**
 * How much one interaction says about influence, by kind, and how it fades with age.
 *
 * Weights (documented in docs/influence.md): a quote or a reply is deliberate engagement with what someone said, a
 * repost spreads it, a mention names them, a like is cheap, a follow is a standing signal without a time of reading.
 * Recency: exponential decay with a half-life (default 30 days), so last week's engagement weighs twice what a month
 * ago's does.
 */
export const INTERACTION_KINDS = ['reply', 'mention', 'repost', 'quote', 'follow', 'like'] as const;
export type InteractionKindName = (typeof INTERACTION_KINDS)[number];

export const DEFAULT_KIND_WEIGHTS: Readonly<Record<InteractionKindName, number>> = {
  quote: 1.5,
  reply: 1.0,
  repost: 1.0,
  mention: 0.75,
  like: 0.5,
  follow: 0.25,
};

export const DEFAULT_HALF_LIFE_DAYS = 30;
export const DAY_MS = 86_400_000;

/** Weight of one interaction at `at`, seen from `asOf`. Interactions after asOf weigh more than 1× (see state). */
export function interactionWeight(kindWeight: number, at: number, asOf: number, halfLifeDays: number): number {
  return kindWeight * Math.pow(2, -(asOf - at) / (halfLifeDays * DAY_MS));
}

export function kindWeightTable(weights: Partial<Record<InteractionKindName, number>> = {}): Float64Array {
  return Float64Array.from(INTERACTION_KINDS.map((k) => weights[k] ?? DEFAULT_KIND_WEIGHTS[k]));
}
