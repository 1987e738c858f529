import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputReadError } from '../input-read-error.js';

export interface Input {
  /** Decompressed text, in chunks. */
  chunks: AsyncIterable<string>;
  /** Size on disk, for progress. */
  sizeBytes: number;
  /** Bytes read from disk so far. */
  bytesRead(): number;
  close(): void;
}

/** Bytes [start, end) of a plain (not gzipped) file: one chunk of a file cut for several workers. */
export interface ByteRange { start: number; end: number }

/** Opens a file for reading as UTF-8 text, gunzipping when it starts with the gzip magic bytes. */
export async function openInput(path: string, range?: ByteRange): Promise<Input> {
  const { size: fileSize } = await stat(path);
  const gzipped = await startsWithGzipMagic(path);
  if (gzipped && range) throw new InputReadError(path, { cause: new Error('a gzipped file cannot be read from the middle') });
  const size = range ? range.end - range.start : fileSize;
  const file = createReadStream(path, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  let bytes = 0;
  file.on('data', (chunk) => { bytes += chunk.length; });
  const stream: Readable = gzipped ? file.pipe(createGunzip()) : file;
  if (gzipped) file.on('error', (error) => stream.destroy(error));
  stream.setEncoding('utf8');
  return {
    chunks: readChunks(stream, path),
    sizeBytes: size,
    bytesRead: () => bytes,
    close: () => { file.destroy(); stream.destroy(); },
  };
}

export async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(2);
    const { bytesRead } = await handle.read(buffer, 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function* readChunks(stream: Readable, path: string): AsyncGenerator<string> {
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (cause) {
    throw new InputReadError(path, { cause });
  }
}
