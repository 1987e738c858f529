/**
 * Imports a provider registry into the store, streamed at bounded memory: the NPPES file (default) or any CSV with
 * a registry mapping (registry/generic-registry.ts). Records are upserted by (source, id), so a re-import changes
 * nothing; rows that cannot be read are reported by line and counted, and the import goes on. Then the stored
 * accounts are matched against the source (match-stored-registry.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { AppError } from '../../app-error.js';
import type { HcpStore } from '../hcp-store.js';
import { RegistryMappingError, parseRegistryMapping, readMappedRegistry } from '../registry/generic-registry.js';
import { NppesHeaderError, readNppes } from '../registry/nppes.js';
import type { RegistryRecord, RegistryRowError } from '../registry/registry-record.js';
import { matchStoredRegistry } from './match-stored-registry.js';

export interface ImportRegistryOptions {
  /** A JSON registry mapping: the file is then a generic CSV registry. */
  mappingFile?: string;
  /** The source name stored with each record (default "nppes", or the mapping's name). */
  source?: string;
  onProgress?: (records: number) => void;
  now?: () => number;
}

export interface ImportRegistryResult {
  source: string;
  /** Records read and stored (inserted or updated). */
  records: number;
  badRows: number;
  /** The first 100 bad rows, as "file line N: why". */
  errors: string[];
  /** Records of this source in the store after the import. */
  stored: number;
  matches: number;
  matchedAccounts: number;
}

const BATCH = 1000;
const ERRORS_KEPT = 100;

export async function importRegistry(hcp: HcpStore, file: string, options: ImportRegistryOptions = {}): Promise<ImportRegistryResult> {
  const now = options.now ?? Date.now;
  const errors: string[] = [];
  let badRows = 0;
  const onError = (e: RegistryRowError) => {
    badRows++;
    if (errors.length < ERRORS_KEPT) errors.push(`${file} line ${e.line}: ${e.message}`);
  };
  let records: AsyncIterable<RegistryRecord>;
  let source: string;
  if (options.mappingFile) {
    let mapping;
    try {
      mapping = parseRegistryMapping(JSON.parse(await readFile(options.mappingFile, 'utf8')) as unknown, options.mappingFile);
    } catch (error) {
      throw new AppError('invalid_request', `${options.mappingFile}: ${(error as Error).message}`, 'mapping');
    }
    source = options.source ?? mapping.name;
    records = readMappedRegistry(openInput(file), mapping, { onError });
  } else {
    source = options.source ?? 'nppes';
    records = readNppes(openInput(file), { onError });
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(source)) {
    throw new AppError('invalid_request', `source "${source}": use lower-case letters, digits and hyphens`, 'source');
  }
  let count = 0;
  let batch: RegistryRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await hcp.upsertRegistryRecords(batch, now());
    count += batch.length;
    batch = [];
    options.onProgress?.(count);
  };
  try {
    for await (const record of records) {
      batch.push({ ...record, source });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } catch (error) {
    if (error instanceof NppesHeaderError || error instanceof RegistryMappingError) {
      throw new AppError('invalid_request', `${file}: ${error.message}`, 'file');
    }
    if ((error as { code?: string }).code === 'ENOENT') throw new AppError('not_found', `${file}: no such file`, 'file');
    throw error;
  }
  const matched = await matchStoredRegistry(hcp, source, { now });
  return { source, records: count, badRows, errors, stored: await hcp.countRegistryRecords(source), ...matched };
}

function openInput(file: string) {
  return createReadStream(file);
}
