/**
 * When people post: fewer posts at weekends and at night, and spikes during congresses
 * (ASCO, ESC, ADA…) on their real dates. The generator walks day by day so posts come out
 * in time order, which lets replies always follow their parents.
 */
import type { Random } from '../random.js';
import { THERAPY_AREAS, type TherapyArea } from './therapy-areas.js';

const DAY = 86_400_000;
/** Relative activity by UTC hour (people post in their working day, across time zones). */
const HOURS = [3, 2, 2, 2, 2, 3, 4, 6, 8, 9, 10, 10, 10, 10, 11, 12, 12, 11, 10, 9, 8, 7, 5, 4];
const HOUR_TOTAL = HOURS.reduce((a, b) => a + b, 0);

export interface DayPlan {
  start: number;
  /** Posts to generate this day. */
  posts: number;
  /** Congresses running this day, with their areas. */
  congresses: Array<{ tag: string; area: TherapyArea }>;
}

export function congressesOn(day: number): Array<{ tag: string; area: TherapyArea }> {
  const out: Array<{ tag: string; area: TherapyArea }> = [];
  for (const area of THERAPY_AREAS) {
    for (const c of area.congresses) {
      if (day >= Date.parse(`${c.start}T00:00:00Z`) && day <= Date.parse(`${c.end}T00:00:00Z`)) out.push({ tag: c.tag, area });
    }
  }
  return out;
}

/** Splits `total` posts over `days` days from `start`, weighted by weekday and congresses. */
export function planDays(start: number, days: number, total: number): DayPlan[] {
  const plans: DayPlan[] = [];
  const weights: number[] = [];
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    const congresses = congressesOn(dayStart);
    weights.push((weekday === 0 || weekday === 6 ? 0.65 : 1) * (1 + 0.6 * congresses.length));
    plans.push({ start: dayStart, posts: 0, congresses });
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  let assigned = 0;
  let carry = 0;
  plans.forEach((plan, i) => {
    const exact = (total * weights[i]!) / sum + carry;
    plan.posts = i === plans.length - 1 ? total - assigned : Math.floor(exact);
    carry = exact - plan.posts;
    assigned += plan.posts;
  });
  return plans;
}

/** `n` sorted times within a day, following the hourly rhythm. */
export function timesInDay(random: Random, dayStart: number, n: number): number[] {
  const times: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let target = random.next() * HOUR_TOTAL;
    let hour = 0;
    while (target >= HOURS[hour]!) { target -= HOURS[hour]!; hour++; }
    times[i] = dayStart + hour * 3_600_000 + Math.floor(random.next() * 3_600_000);
  }
  return times.sort((a, b) => a - b);
}
