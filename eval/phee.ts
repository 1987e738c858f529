/** Reads PHEE (Sun et al., EMNLP 2022) JSON-lines splits: sentences with adverse/therapeutic events and their arguments. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PheeSpan { text: string; start: number; end: number }
export interface PheeSentence { id: string; text: string; adverse: boolean; therapeutic: boolean; drugs: PheeSpan[]; effects: PheeSpan[] }

interface RawArg { text?: string[][]; start?: number[][]; Drug?: RawArg }

function spans(arg: RawArg | undefined): PheeSpan[] {
  if (!arg?.text || !arg.start) return [];
  const out: PheeSpan[] = [];
  arg.text.forEach((parts, i) => parts.forEach((t, j) => {
    const start = arg.start![i]![j]!;
    out.push({ text: t, start, end: start + t.length });
  }));
  return out;
}

export function readPhee(dir: string, split: 'train' | 'dev' | 'test'): PheeSentence[] {
  return readFileSync(join(dir, `${split}.json`), 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const d = JSON.parse(line) as { id: string; context: string; annotations: Array<{ events: Array<Record<string, unknown>> }> };
    const events = d.annotations.flatMap((a) => a.events);
    const adverseEvents = events.filter((e) => e.event_type === 'Adverse_event');
    return {
      id: d.id, text: d.context, adverse: adverseEvents.length > 0,
      therapeutic: events.some((e) => e.event_type === 'Potential_therapeutic_event'),
      drugs: adverseEvents.flatMap((e) => spans((e.Treatment as RawArg | undefined)?.Drug)),
      effects: adverseEvents.flatMap((e) => spans(e.Effect as RawArg | undefined)),
    };
  });
}
