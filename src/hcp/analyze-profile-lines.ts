/**
 * The `auscult analyze-profiles` contract as a library function: NDJSON profiles in, one analysis per line out.
 * Input lines are `{"id","name","bio","location","url"}` (plus optional "handle" and "posts"); output lines are
 * `{"id","kind","hcp":{"probability","type","specialties","credentials","nucc"},"country","evidence":[…]}`.
 * A line that is not valid JSON, or has a field of the wrong type, is reported with its line number and skipped.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { type AnalyzeOptions, analyzeProfile } from './analyze-profile.js';
import type { ProfileInput } from './profile-signals.js';

export interface LineError { line: number; message: string }

export interface AnalyzeLinesOptions extends AnalyzeOptions {
  /** Leave the evidence list out of each output line. */
  evidence?: boolean;
  onError?: (error: LineError) => void;
  onProgress?: (lines: number) => void;
}

const STRING_FIELDS = ['id', 'name', 'handle', 'bio', 'location', 'url'] as const;

export async function* analyzeProfileLines(input: Readable, options: AnalyzeLinesOptions = {}): AsyncGenerator<string> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (n % 1000 === 0) options.onProgress?.(n);
    if (!text.trim()) continue;
    const parsed = parseLine(text.replace(/^\uFEFF/, ''), n);
    if ('message' in parsed) {
      options.onError?.(parsed);
      continue;
    }
    const analysis = analyzeProfile(parsed, options);
    const out = {
      id: parsed.id ?? null, kind: analysis.kind, ...(analysis.organizationType ? { organizationType: analysis.organizationType } : {}),
      hcp: analysis.hcp, country: analysis.country, areas: analysis.areas,
      ...(options.evidence === false ? {} : { evidence: analysis.evidence }),
    };
    yield `${JSON.stringify(out)}\n`;
  }
  options.onProgress?.(n);
}

function parseLine(text: string, line: number): ProfileInput | LineError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, message: `invalid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, message: 'expected a JSON object' };
  const record = value as Record<string, unknown>;
  const input: ProfileInput = {};
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v === 'number' && field === 'id') { input.id = String(v); continue; }
    if (typeof v !== 'string') return { line, message: `field "${field}" must be a string` };
    input[field] = v;
  }
  if (record.posts !== undefined) {
    if (!Array.isArray(record.posts) || record.posts.some((p) => typeof (p as { text?: unknown })?.text !== 'string')) {
      return { line, message: 'field "posts" must be an array of {"text", "hashtags"?}' };
    }
    input.posts = record.posts as NonNullable<ProfileInput['posts']>;
  }
  return input;
}
