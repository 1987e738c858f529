/**
 * The 1 / 9 / 90 pattern: every HCP is a creator, an engager or a consumer of an area's conversation in the window.
 *
 *   creator   at least one original area post per 30 days of the window on average, and engaged with by someone
 *   engager   any area activity below that: replies, a few posts, or interactions with area posts
 *   consumer  no area activity in the window (known to us, but only listening)
 *
 * Thresholds are rules, not quantiles: the shares they produce are reported (docs/quality.md), not forced.
 */
import { AREA_IDS, type AreaId } from './areas.js';
import type { InfluenceState } from './influence-state.js';

export type Segment = 'creator' | 'engager' | 'consumer';

const K = AREA_IDS.length;

export function segmentOf(state: InfluenceState, account: number, area: AreaId): Segment {
  const i = account * K + AREA_IDS.indexOf(area);
  const needed = Math.max(1, state.options.windowDays / 30);
  if (state.originalPosts[i]! >= needed && state.engagement[i]! > 0) return 'creator';
  if (state.areaPosts[i]! > 0 || state.interactionsMade[i]! > 0) return 'engager';
  return 'consumer';
}

export interface SegmentCounts { creator: number; engager: number; consumer: number; hcps: number }

/** Segments of every HCP (status ≥ minHcpStatus) for one area. */
export function segmentCounts(state: InfluenceState, area: AreaId, minHcpStatus = 1): SegmentCounts {
  const counts: SegmentCounts = { creator: 0, engager: 0, consumer: 0, hcps: 0 };
  const status = state.accounts.hcpStatus;
  for (let v = 0; v < state.accounts.count; v++) {
    if (status[v]! < minHcpStatus) continue;
    counts.hcps++;
    counts[segmentOf(state, v, area)]++;
  }
  return counts;
}
