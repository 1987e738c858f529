/**
 * The stored form of an analysis: its JSON, deflated. Analyses are read one at a time (to show
 * why a post was flagged) and written by the million, so size wins: about 2.3 KB of JSON per
 * demo post becomes about a fifth of that.
 *
 * @NOTE each call sets up a zlib stream (about 40 µs, measured in the enrichment stage): the
 * analyzer's worker threads encode, so the thread that writes to the store does not.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function encodeAnalysis(json: string): Buffer {
  return deflateRawSync(Buffer.from(json, 'utf8'), { level: 1 });
}

export function decodeAnalysis(stored: Uint8Array): string {
  return inflateRawSync(stored).toString('utf8');
}
