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
  private readonly stream: DeflateRaw | undefined;
  private zlib: { handle: ZlibHandle; state: Uint32Array } | undefined;
  private input = Buffer.allocUnsafe(16 * 1024);
  private out = new Uint8Array(64 * 1024);
  private at = 0;
  private ends: number[] = [0];

  constructor(options: { reuseStream?: boolean } = {}) {
    if (options.reuseStream === false) return;
    this.stream = createDeflateRaw(OPTIONS);
    this.zlib = handleOf(this.stream);
    // zlib reports an error by destroying the stream (and closing the handle): from then on every item takes the fallback.
    this.stream.on('error', () => { this.zlib = undefined; });
  }

  /** Whether one deflate state is reused (else each item goes through `deflateRawSync`). */
  get reusesStream(): boolean {
    return this.zlib !== undefined;
  }

  /**
   * The stored forms of `jsons` (an empty string stays empty: a failed item). The analyzer's threads deflate a whole batch
   * after analysing it rather than each analysis as it comes: measured slower, the deflate state pushing the analyzer's
   * tables out of the CPU's cache between posts.
   */
  encodeBatch(jsons: readonly string[]): EncodedBatch {
    for (const json of jsons) this.add(json);
    return this.finish();
  }

  /** Appends the stored form of one JSON text to the batch being built (an empty string stays empty: a failed item). */
  add(json: string): void {
    if (json !== '') {
      if (json.length * 3 > this.input.length) this.input = Buffer.allocUnsafe(json.length * 3);
      const size = this.input.write(json, 0, 'utf8');
      // Raw deflate adds at most a few bytes per 16 KB to incompressible input: this much room always suffices.
      this.reserve(size + (size >> 6) + 64);
      if (!this.deflateInto(size)) {
        const encoded = deflateRawSync(this.input.subarray(0, size), OPTIONS);
        this.reserve(encoded.length);
        this.out.set(encoded, this.at);
        this.at += encoded.length;
      }
    }
    this.ends.push(this.at);
  }

  /** The batch built by `add` since the last `finish`, as one buffer (transferable) and its item boundaries. */
  finish(): EncodedBatch {
    const batch = { blob: this.out.buffer.slice(0, this.at), ends: Uint32Array.from(this.ends).buffer };
    this.at = 0;
    this.ends = [0];
    return batch;
  }

  private reserve(bytes: number): void {
    if (this.out.length - this.at >= bytes) return;
    const bigger = new Uint8Array(Math.max(this.out.length * 2, this.at + bytes));
    bigger.set(this.out.subarray(0, this.at));
    this.out = bigger;
  }

  /** Deflates the first `size` input bytes onto the batch with the reused state; false when that state is not usable. */
  private deflateInto(size: number): boolean {
    const zlib = this.zlib;
    const open = () => (this.stream as unknown as { _handle?: unknown })._handle === zlib!.handle;
    if (!zlib || !open()) return false;
    const room = this.out.length - this.at;
    try {
      zlib.handle.reset();
      zlib.handle.writeSync(constants.Z_FINISH, this.input, 0, size, this.out, this.at, room);
    } catch {
      this.zlib = undefined;
      return false;
    }
    // An error from zlib closes the handle (the stream reports it later): this item and the next take the fallback.
    if (!open()) {
      this.zlib = undefined;
      return false;
    }
    // Finished: all input consumed and output space left over (none left means the stream may not have ended).
    if (zlib.state[1] !== 0 || zlib.state[0] === 0) return false;
    this.at += room - zlib.state[0]!;
    return true;
  }
}
