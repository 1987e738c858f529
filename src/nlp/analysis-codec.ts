/**
 * The stored form of an analysis: its JSON, deflated. Analyses are read one at a time (to show
 * why a post was flagged) and written by the million, so size wins: about 2.3 KB of JSON per
 * demo post becomes about a fifth of that.
 *
 * @NOTE `deflateRawSync` sets up a zlib stream per call (a Transform stream object, a native
 * handle and ~270 KB of deflate state). The analyzer's threads encode whole batches with
 * `encodeBatch`, which keeps one deflate state and resets it per analysis: the same bytes, about
 * 5 µs less per post (measured in docs/benchmarks.md, "Enrichment stage").
 */
import { constants, createDeflateRaw, deflateRawSync, inflateRawSync, type DeflateRaw } from 'node:zlib';

const OPTIONS = { level: 1 } as const;

export function encodeAnalysis(json: string): Buffer {
  return deflateRawSync(Buffer.from(json, 'utf8'), OPTIONS);
}

export function decodeAnalysis(stored: Uint8Array): string {
  return inflateRawSync(stored).toString('utf8');
}

/** Many stored forms back to back in one buffer: item i's is bytes ends[i]…ends[i+1] (one transfer between threads). */
export interface EncodedBatch { blob: ArrayBuffer; ends: ArrayBuffer }

/**
 * The zlib handle under a DeflateRaw stream, as Node 20–24 expose it (`_handle.reset`, `_handle.writeSync` and the
 * `_writeState` pair it fills: output space left, input left). Not a public API: when it is absent or looks different,
 * `BatchEncoder` deflates each item with `deflateRawSync` instead, which gives the same bytes.
 */
interface ZlibHandle {
  reset(): void;
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, output: Uint8Array, outOff: number, outLen: number): void;
}

function handleOf(stream: DeflateRaw): { handle: ZlibHandle; state: Uint32Array } | undefined {
  const internal = stream as unknown as { _handle?: Partial<ZlibHandle>; _writeState?: unknown };
  const handle = internal._handle;
  const state = internal._writeState;
  if (!handle || typeof handle.reset !== 'function' || typeof handle.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2) return undefined;
  return { handle: handle as ZlibHandle, state };
}

/** Deflates many analyses into one buffer, reusing one deflate state (one per thread: not for concurrent use). */
export class BatchEncoder {
  private readonly zlib: { handle: ZlibHandle; state: Uint32Array } | undefined;
  private input = Buffer.allocUnsafe(16 * 1024);

  constructor(options: { reuseStream?: boolean } = {}) {
    this.zlib = options.reuseStream === false ? undefined : handleOf(createDeflateRaw(OPTIONS));
  }

  /** Whether one deflate state is reused (else each item goes through `deflateRawSync`). */
  get reusesStream(): boolean {
    return this.zlib !== undefined;
  }

  /** The stored forms of `jsons` (an empty string stays empty: a failed item). */
  encodeBatch(jsons: readonly string[]): EncodedBatch {
    const ends = new Uint32Array(jsons.length + 1);
    // Deflated JSON is a fifth to a third of its UTF-8 size; a buffer that turns out too small is grown and the item redone.
    let out = new Uint8Array(Math.max(4096, jsons.reduce((n, s) => n + s.length, 0) >> 1));
    let at = 0;
    for (let i = 0; i < jsons.length; i++) {
      const json = jsons[i]!;
      if (json !== '') {
        for (;;) {
          const written = this.encodeInto(json, out, at);
          if (written >= 0) { at += written; break; }
          const bigger = new Uint8Array(Math.max(out.length * 2, at + json.length * 3 + 64));
          bigger.set(out.subarray(0, at));
          out = bigger;
        }
      }
      ends[i + 1] = at;
    }
    return { blob: out.buffer.slice(0, at), ends: ends.buffer };
  }

  /** Deflates one JSON text into `out` at `at`: the bytes written, or -1 when they do not fit. */
  private encodeInto(json: string, out: Uint8Array, at: number): number {
    if (!this.zlib) {
      const encoded = encodeAnalysis(json);
      if (encoded.length > out.length - at) return -1;
      out.set(encoded, at);
      return encoded.length;
    }
    if (json.length * 3 > this.input.length) this.input = Buffer.allocUnsafe(json.length * 3);
    const size = this.input.write(json, 0, 'utf8');
    const room = out.length - at;
    const { handle, state } = this.zlib;
    handle.reset();
    handle.writeSync(constants.Z_FINISH, this.input, 0, size, out, at, room);
    // Finished only when output space is left over (zlib stops with none left when the stream did not fit).
    if (state[0] === 0 || state[1] !== 0) return -1;
    return room - state[0]!;
  }
}
