/**
 * Streams the public US NPPES (NPI) downloadable file — about 10 GB of CSV, 330 quoted columns — at bounded memory:
 * csv-parse yields one row at a time and we keep only the columns the matcher uses. Columns are found by header
 * name, not position (CMS has added columns over the years and publishes "V2" files with longer name fields).
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { RegistryRecord, RegistryRowError } from './registry-record.js';

const COLUMNS = {
  npi: 'NPI',
  entity: 'Entity Type Code',
  organization: 'Provider Organization Name (Legal Business Name)',
  last: 'Provider Last Name (Legal Name)',
  first: 'Provider First Name',
  middle: 'Provider Middle Name',
  credential: 'Provider Credential Text',
  city: 'Provider Business Practice Location Address City Name',
  state: 'Provider Business Practice Location Address State Name',
  postal: 'Provider Business Practice Location Address Postal Code',
  country: 'Provider Business Practice Location Address Country Code (If outside U.S.)',
  deactivated: 'NPI Deactivation Date',
  reactivated: 'NPI Reactivation Date',
} as const;
const TAXONOMY = /^Healthcare Provider Taxonomy Code_(\d+)$/;
const PRIMARY = /^Healthcare Provider Primary Taxonomy Switch_(\d+)$/;

export class NppesHeaderError extends Error {
  override name = 'NppesHeaderError';
}

export interface NppesOptions {
  /** Called for each row that cannot be read; the read goes on. */
  onError?: (error: RegistryRowError) => void;
  /** Skip organisations (entity type 2). Default false. */
  individualsOnly?: boolean;
  /** Skip NPIs deactivated and not reactivated. Default true. */
  skipDeactivated?: boolean;
}

export async function* readNppes(input: Readable, options: NppesOptions = {}): AsyncGenerator<RegistryRecord> {
  const parser = input.pipe(parse({
    bom: true, relax_column_count: false, skip_empty_lines: true, info: true, skip_records_with_error: true,
    on_skip: (error) => {
      options.onError?.({ line: (error as { lines?: number } | undefined)?.lines ?? 0, message: `malformed CSV row (${error?.message ?? 'unreadable'})` });
      return undefined;
    },
  }));
  let index: Record<keyof typeof COLUMNS, number> | undefined;
  let taxonomy: Array<{ code: number; primary: number }> = [];
  for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const cells = row.record;
    if (!index) {
      const header = cells.map((h) => h.trim());
      const missing = (Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, string]>).filter(([key, name]) =>
        !header.includes(name) && !['reactivated', 'deactivated', 'middle', 'country'].includes(key));
      if (missing.length > 0) throw new NppesHeaderError(`not an NPPES file: missing column(s) ${missing.map(([, n]) => `"${n}"`).join(', ')}`);
      index = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, header.indexOf(name)])) as Record<keyof typeof COLUMNS, number>;
      const codes = new Map<string, number>();
      const primaries = new Map<string, number>();
      header.forEach((h, i) => {
        const t = TAXONOMY.exec(h);
        if (t) codes.set(t[1]!, i);
        const p = PRIMARY.exec(h);
        if (p) primaries.set(p[1]!, i);
      });
      taxonomy = [...codes.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([n, i]) => ({ code: i, primary: primaries.get(n) ?? -1 }));
      continue;
    }
    const get = (i: number) => (i >= 0 ? cells[i]?.trim() ?? '' : '');
    const npi = get(index.npi);
    if (!/^\d{10}$/.test(npi)) {
      options.onError?.({ line: row.info.lines, message: `NPI "${npi}" is not 10 digits` });
      continue;
    }
    const entityCode = get(index.entity);
    if (entityCode !== '1' && entityCode !== '2') {
      // Deactivated NPIs have empty rows apart from the NPI and dates.
      if (get(index.deactivated) && options.skipDeactivated !== false) continue;
      options.onError?.({ line: row.info.lines, message: `Entity Type Code "${entityCode}" is neither 1 nor 2` });
      continue;
    }
    if (options.individualsOnly && entityCode === '2') continue;
    if (options.skipDeactivated !== false && get(index.deactivated) && !get(index.reactivated)) continue;
    const taxonomies: RegistryRecord['taxonomies'] = [];
    for (const t of taxonomy) {
      const code = get(t.code);
      if (code && !taxonomies.some((x) => x.code === code)) taxonomies.push({ code, primary: get(t.primary) === 'Y' });
    }
    taxonomies.sort((a, b) => Number(b.primary) - Number(a.primary));
    const country = get(index.country);
    yield {
      source: 'nppes', id: npi, entity: entityCode === '1' ? 'individual' : 'organization', line: row.info.lines, taxonomies,
      ...nonEmpty({
        firstName: get(index.first), middleName: get(index.middle), lastName: get(index.last), fullName: get(index.organization),
        credential: get(index.credential), city: get(index.city), state: get(index.state), postalCode: get(index.postal).slice(0, 5),
        country: country || 'US',
      }),
    };
  }
}

function nonEmpty<T extends Record<string, string>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')) as Partial<T>;
}
