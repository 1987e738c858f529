/** Demo-corpus post texts in memory (the same grammar `auscult demo` uses), for the NLP benchmark. Seeded. */
import { THERAPY_AREAS } from '../src/demo/distributions/therapy-areas.js';
import { createPerson, type Person } from '../src/demo/generators/people.js';
import { draftText } from '../src/demo/generators/texts.js';
import { Random } from '../src/demo/random.js';
import { withHashtags } from '../src/demo/writers/demo-post.js';

export function* demoTexts(count: number, seed = 7): Generator<{ id: string; text: string }> {
  const random = new Random(seed);
  const people: Person[] = Array.from({ length: 5000 }, (_, i) => createPerson(random, i));
  for (let i = 0; i < count; i++) {
    const person = random.pick(people);
    const area = random.pick(THERAPY_AREAS);
    const congress = random.chance(0.1) ? random.pick(area.congresses).tag : undefined;
    const draft = draftText(random, person, area, congress, random.chance(0.25));
    yield { id: `d${i}`, text: withHashtags(draft.text, draft.hashtags) + (draft.links.length ? ` ${draft.links.join(' ')}` : '') };
  }
}
