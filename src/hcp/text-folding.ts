/** Text folding shared by the profile rules and name matching: case and accents must not decide a match. */

/** Lower case without diacritics ("Ärztin" → "arztin", "Médico" → "medico"); ß becomes ss. Length may change. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/**
 * Folds text while keeping a map back to the original offsets, so a match found in folded text can be reported as
 * a span of what the user wrote.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
    i += ch.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

/** The original [start, end) of a match at [start, end) of folded text. */
export function originalSpan(offsets: number[], start: number, end: number): [number, number] {
  const s = offsets[start] ?? 0;
  const last = offsets[Math.max(start, end - 1)] ?? s;
  let j = Math.max(end, start + 1);
  while (j < offsets.length - 1 && offsets[j] === last) j++;
  return [s, Math.max(offsets[j] ?? last + 1, s)];
}
