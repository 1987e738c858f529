/**
 * The date layouts found in real CSV exports. Written here rather than pulling a date
 * library for five layouts; every result is UTC midnight unless the text carries a time.
 */
export type DateLayout = 'iso' | 'MMMM d, yyyy' | 'd-MMM-yy' | 'M/d/yyyy' | 'd/M/yyyy' | 'epoch-s' | 'epoch-ms';

export const DATE_LAYOUTS: readonly DateLayout[] = ['iso', 'MMMM d, yyyy', 'd-MMM-yy', 'M/d/yyyy', 'd/M/yyyy', 'epoch-s', 'epoch-ms'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Tries each layout in order; returns epoch ms or undefined. */
export function parseCsvDate(text: string, layouts: readonly DateLayout[] = DATE_LAYOUTS): number | undefined {
  const value = text.trim();
  for (const layout of layouts) {
    const ms = parseLayout(value, layout);
    if (ms !== undefined) return ms;
  }
  return undefined;
}

function parseLayout(value: string, layout: DateLayout): number | undefined {
  switch (layout) {
    case 'iso': {
      if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined;
      const normal = value.replace(' ', 'T');
      return finite(Date.parse(normal.length === 10 ? `${normal}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(normal) ? normal : `${normal}Z`));
    }
    case 'MMMM d, yyyy': {
      const m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(value);
      return m ? utc(Number(m[3]), month(m[1]!), Number(m[2])) : undefined;
    }
    case 'd-MMM-yy': {
      const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})$/.exec(value);
      if (!m) return undefined;
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) - (Number(m[3]) > 69 ? 100 : 0) : Number(m[3]);
      return utc(year, month(m[2]!), Number(m[1]));
    }
    case 'M/d/yyyy': case 'd/M/yyyy': {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
      if (!m) return undefined;
      const [a, b] = [Number(m[1]), Number(m[2])];
      return layout === 'M/d/yyyy' ? utc(Number(m[3]), a - 1, b) : utc(Number(m[3]), b - 1, a);
    }
    case 'epoch-s': return /^\d{9,10}(\.\d+)?$/.test(value) ? Number(value) * 1000 : undefined;
    case 'epoch-ms': return /^\d{12,13}$/.test(value) ? Number(value) : undefined;
  }
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function utc(year: number, monthIndex: number, day: number): number | undefined {
  if (monthIndex < 0 || monthIndex > 11 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, monthIndex, day);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

function finite(ms: number): number | undefined {
  return Number.isFinite(ms) ? ms : undefined;
}
