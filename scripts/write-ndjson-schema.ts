// Regenerates docs/auscult-ndjson.schema.json from the validator: npx tsx scripts/write-ndjson-schema.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemaText } from '../src/ingest/formats/auscult-ndjson-json-schema.js';

writeFileSync(resolve(import.meta.dirname, '../docs/auscult-ndjson.schema.json'), jsonSchemaText());
