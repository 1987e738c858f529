/**
 * Safe Harbor redaction (R1.5), applied to the PHI findings of a text:
 *   - ages ≥ 90 → "90+" (the number is replaced, the wording around it kept: "92yo" → "90+yo");
 *   - dates keep only the year ("3/14/2024" → "2024"; a date without a year → "[DATE]");
 *   - a ZIP code keeps its first three digits when that 3-digit area is populated, else "000" (lexicons/zip3-restricted.json);
 *     other address parts → "[ADDRESS]";
 *   - every other identifier → "[TYPE]" (e.g. "[PHONE]", "[MRN]", "[HANDLE]").
 */
import type { PhiFinding, PhiType } from './phi.js';

export interface Replacement { type: PhiType; start: number; end: number; original: string; replacement: string; ruleId: string }

export interface RedactionResult { text: string; replacements: Replacement[] }

export function redactAge(original: string): string {
  return original.replace(/(?<!\d)(9\d|1[0-2]\d)(?!\d)/, '90+');
}

export function redactDate(original: string, year?: number): string {
  const four = /\b(19|20)\d{2}\b/.exec(original);
  if (four) return four[0];
  if (year !== undefined) return String(year);
  return '[DATE]';
}

export function redactZip(zip: string, restricted: ReadonlySet<string>): string {
  const digits = zip.replace(/\D/g, '').slice(0, 3);
  return digits.length === 3 && !restricted.has(digits) ? digits : '000';
}

function replacementFor(f: PhiFinding, restricted: ReadonlySet<string>): string {
  switch (f.type) {
    case 'age_over_89': return /\d/.test(f.text) ? redactAge(f.text) : '90+';
    case 'date': return redactDate(f.text, f.value);
    case 'address': return /^\d{5}(?:-\d{4})?$/.test(f.text) ? redactZip(f.text, restricted) : '[ADDRESS]';
    default: return `[${f.type.toUpperCase()}]`;
  }
}

/** Applies the transforms; findings must not overlap (PhiDetector.detect guarantees it). */
export function redact(text: string, findings: readonly PhiFinding[], restrictedZip3: ReadonlySet<string>): RedactionResult {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const replacements: Replacement[] = [];
  let out = '';
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    const replacement = replacementFor(f, restrictedZip3);
    out += text.slice(at, f.start) + replacement;
    replacements.push({ type: f.type, start: f.start, end: f.end, original: text.slice(f.start, f.end), replacement, ruleId: `redact.${f.type}` });
    at = f.end;
  }
  out += text.slice(at);
  return { text: out, replacements };
}
