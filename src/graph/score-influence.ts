/**
 * One call from input to leaderboards: a full recompute for one window, then the leaderboard of every requested area.
 * The store-backed `influencers` command is meant to be this plus a query that fills InfluenceInput.
 */
import { AREA_IDS, type AreaId } from './areas.js';
import { type AreaLeaderboard, leaderboard, type LeaderboardOptions } from './dol-score.js';
import type { InfluenceInput } from './influence-input.js';
import { buildInfluenceState, type InfluenceOptions, type InfluenceState } from './influence-state.js';

export interface ScoreInfluenceOptions extends InfluenceOptions, Omit<LeaderboardOptions, 'area'> {
  /** Areas to rank (default all). */
  areas?: readonly AreaId[];
}

export function scoreInfluence(input: InfluenceInput, options: ScoreInfluenceOptions): { state: InfluenceState; leaderboards: AreaLeaderboard[] } {
  const state = buildInfluenceState(input, options);
  const leaderboards = (options.areas ?? AREA_IDS).map((area) => leaderboard(state, {
    area, ...(options.country ? { country: options.country } : {}), ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.minHcpStatus !== undefined ? { minHcpStatus: options.minHcpStatus } : {}), ...(options.weights ? { weights: options.weights } : {}),
  }));
  return { state, leaderboards };
}
