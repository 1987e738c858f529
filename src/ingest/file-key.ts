import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

const SAMPLE_BYTES = 1 << 20;

/**
 * Names a file by its content rather than its path, so that a checkpoint survives a move
 * and a different file at the same path does not inherit it: size + the first and last MiB.
 */
export async function fileKey(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const hash = createHash('sha256').update(`${size}:`);
    const first = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    await handle.read(first, 0, first.length, 0);
    hash.update(first);
    if (size > SAMPLE_BYTES) {
      const last = Buffer.alloc(Math.min(size - SAMPLE_BYTES, SAMPLE_BYTES));
      await handle.read(last, 0, last.length, size - last.length);
      hash.update(last);
    }
    return hash.digest('hex').slice(0, 32);
  } finally {
    await handle.close();
  }
}
