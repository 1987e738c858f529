import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BatchEncoder, decodeAnalysis, encodeAnalysis } from './analysis-codec.js';

/** JSON texts of varied sizes: short, typical, one far larger than the first output buffer, non-ASCII, and a failed item. */
function samples(): string[] {
  const out: string[] = [];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 40; i++) {
    const entities = Array.from({ length: Math.floor(rnd() * 6) }, (_, k) => ({ type: 'drug', text: `Ozempic ${k}`, start: k * 7, end: k * 7 + 7, id: `drugbank:DB${Math.floor(rnd() * 99999)}` }));
    out.push(JSON.stringify({ lang: i % 3 === 0 ? 'de' : 'en', text: `Übelkeit — ${'x'.repeat(Math.floor(rnd() * 300))}`, entities }));
  }
  out.push('');
  // Incompressible and larger than the batch's first guess: the output buffer has to grow.
  out.push(JSON.stringify(Array.from({ length: 6000 }, () => Math.floor(rnd() * 1e9).toString(36))));
  out.push('{}');
  return out;
}

describe('BatchEncoder', () => {
  for (const reuseStream of [true, false]) {
    it(`gives each item the bytes deflateRawSync gives it (${reuseStream ? 'one reused deflate state' : 'fallback'})`, () => {
      const encoder = new BatchEncoder({ reuseStream });
      // Thirty copies: far more output than the encoder's first buffer, which has to grow mid-batch.
      const jsons = Array.from({ length: 30 }, samples).flat();
      // Twice: the reused state must start clean on every batch and item.
      for (let round = 0; round < 2; round++) {
        const { blob, ends } = encoder.encodeBatch(jsons);
        const bytes = new Uint8Array(blob);
        const at = new Uint32Array(ends);
        expect(at.length).toBe(jsons.length + 1);
        expect(at[jsons.length]).toBe(bytes.length);
        jsons.forEach((json, i) => {
          const stored = bytes.subarray(at[i]!, at[i + 1]!);
          if (json === '') {
            expect(stored.length).toBe(0);
            return;
          }
          expect(Buffer.from(stored).equals(deflateRawSync(Buffer.from(json, 'utf8'), { level: 1 }))).toBe(true);
          expect(Buffer.from(stored).equals(encodeAnalysis(json))).toBe(true);
          expect(decodeAnalysis(stored)).toBe(json);
        });
      }
    });
  }

  it('reuses one deflate state on this Node version', () => {
    expect(new BatchEncoder().reusesStream).toBe(true);
    expect(new BatchEncoder({ reuseStream: false }).reusesStream).toBe(false);
  });
});
