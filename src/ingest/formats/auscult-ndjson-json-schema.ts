import { z } from 'zod';
import { auscultRecord } from './auscult-ndjson-schema.js';

/** The JSON Schema of Auscult NDJSON records, as published in docs/auscult-ndjson.schema.json. */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(auscultRecord, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({
    ...schema,
    $id: 'urn:auscult:schema:auscult-ndjson:1',
    title: 'Auscult NDJSON record, version 1',
    description: 'One JSON object per line. `type` selects the record kind; `v` is the schema version. See docs/formats.md.',
  }, null, 2)}\n`;
}
