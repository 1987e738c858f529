/**
 * Any provider registry exported as CSV (a national medical council's register, a hospital staff list…), read
 * through a JSON mapping from our fields to its columns. Streams like the NPPES reader.
 *
 * Mapping example (docs/hcp.md):
 *   { "name": "gmc", "id": "GMC Reference", "firstName": "Given Names", "lastName": "Surname",
 *     "specialty": "Specialty", "city": "Town", "country": { "value": "GB" } }
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { z } from 'zod';
import type { RegistryRecord, RegistryRowError } from './registry-record.js';

const column = z.union([z.string().min(1), z.object({ value: z.string() })]);

export const registryMappingSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  id: z.string().min(1),
  firstName: column.optional(),
  middleName: column.optional(),
  lastName: column.optional(),
  fullName: column.optional(),
  credential: column.optional(),
  specialty: column.optional(),
  taxonomyCode: column.optional(),
  city: column.optional(),
  state: column.optional(),
  postalCode: column.optional(),
  country: column.optional(),
  /** A column whose value marks organisations, and the values that do. */
  organization: z.object({ column: z.string(), values: z.array(z.string()) }).optional(),
  delimiter: z.string().length(1).optional(),
}).refine((m) => m.lastName || m.fullName, { message: 'needs lastName or fullName' });

export type RegistryMapping = z.infer<typeof registryMappingSchema>;

export class RegistryMappingError extends Error {
  override name = 'RegistryMappingError';
}

export function parseRegistryMapping(json: unknown, file = 'mapping'): RegistryMapping {
  const result = registryMappingSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new RegistryMappingError(`${file}: invalid registry mapping at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

export async function* readMappedRegistry(input: Readable, mapping: RegistryMapping, options: { onError?: (e: RegistryRowError) => void } = {}): AsyncGenerator<RegistryRecord> {
  const parser = input.pipe(parse({
    bom: true, columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, info: true,
    delimiter: mapping.delimiter ?? ',', skip_records_with_error: true,
    on_skip: (error) => {
      options.onError?.({ line: (error as { lines?: number } | undefined)?.lines ?? 0, message: `malformed CSV row (${error?.message ?? 'unreadable'})` });
      return undefined;
    },
  }));
  let checked = false;
  for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const r = row.record;
    if (!checked) {
      const wanted = Object.entries(mapping).filter(([k, v]) => typeof v === 'string' && !['name', 'delimiter'].includes(k)).map(([, v]) => v as string);
      const missing = wanted.filter((c) => !(c in r));
      if (missing.length > 0) throw new RegistryMappingError(`registry "${mapping.name}": column(s) ${missing.map((c) => `"${c}"`).join(', ')} not in the file's header`);
      checked = true;
    }
    const get = (c: z.infer<typeof column> | undefined) => (c === undefined ? '' : typeof c === 'string' ? (r[c] ?? '').trim() : c.value);
    const id = get(mapping.id);
    if (!id) {
      options.onError?.({ line: row.info.lines, message: `empty id column "${mapping.id}"` });
      continue;
    }
    const organization = mapping.organization && mapping.organization.values.includes((r[mapping.organization.column] ?? '').trim());
    const code = get(mapping.taxonomyCode);
    const values = {
      firstName: get(mapping.firstName), middleName: get(mapping.middleName), lastName: get(mapping.lastName), fullName: get(mapping.fullName),
      credential: get(mapping.credential), specialty: get(mapping.specialty), city: get(mapping.city), state: get(mapping.state),
      postalCode: get(mapping.postalCode), country: get(mapping.country),
    };
    yield {
      source: mapping.name, id, entity: organization ? 'organization' : 'individual', line: row.info.lines,
      taxonomies: code ? code.split(/[;|]/).map((c, i) => ({ code: c.trim(), primary: i === 0 })) : [],
      ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')),
    };
  }
}
