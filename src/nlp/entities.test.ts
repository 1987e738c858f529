import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from './analyze.js';

let analyzer: Analyzer;
beforeAll(() => { analyzer = createAnalyzer(); });
const ents = (text: string) => analyzer.entities(text);
const one = (text: string, type: string) => ents(text).find((e) => e.type === type)!;

describe('drug entities', () => {
  it('maps brand, generic, misspelling and slang to one ingredient id', () => {
    const ids = ['Ozempic', 'semaglutide', 'ozempik', 'Wegovy', 'Rybelsus'].map((w) => one(`I take ${w} daily`, 'drug').id);
    expect(new Set(ids)).toEqual(new Set(['drugbank:DB13928']));
    expect(one('my xannies ran out', 'drug').id).toBe(one('alprazolam 0.5mg', 'drug').id);
    expect(one('two Tylenol', 'drug').name).toBe('acetaminophen');
  });

  it('matches multi-word and combination products, with offsets into the text', () => {
    const text = 'Booked my flu shot and still on Entresto';
    const found = ents(text).filter((e) => e.type === 'drug');
    expect(found.map((e) => text.slice(e.start, e.end))).toEqual(['flu shot', 'Entresto']);
    expect(found[1]!.id).toMatch(/^drugbank:DB\d+\+DB\d+$/);
  });

  it('does not read everyday words as drugs', () => {
    expect(ents('I need to focus, the water was cold and I will advance').filter((e) => e.type === 'drug')).toEqual([]);
  });
});

describe('conditions, reactions, procedures, specialties', () => {
  it('normalises conditions to Disease Ontology ids, acronyms only in capitals', () => {
    expect(one('living with type 2 diabetes', 'condition').id).toBe('DOID:9352');
    expect(one('my T2D is better', 'condition').id).toBe('DOID:9352');
    expect(one('diagnosed with MS last year', 'condition').id).toBe('DOID:2377');
    expect(ents('Ms. Smith said hi').filter((e) => e.type === 'condition')).toEqual([]);
  });

  it('maps lay wording of reactions to a preferred term', () => {
    expect(one('Ozempic made me throw up all night', 'reaction')).toMatchObject({ id: 'ae:vomiting', name: 'vomiting' });
    expect(one('brain zaps since I stopped Effexor', 'reaction').id).toBe('ae:brain-zaps');
    expect(one('I feel like a zombie on this', 'reaction').id).toBe('ae:drowsiness');
    expect(one('no appetite on Wegovy', 'reaction')).toMatchObject({ id: 'ae:decreased-appetite', assertion: 'asserted' });
  });

  it('finds procedures and specialties', () => {
    expect(one('my colonoscopy went fine', 'procedure').id).toBe('procedure:colonoscopy');
    expect(one('saw my oncologist today', 'specialty').id).toBe('specialty:oncology');
  });
});

describe('negation, speculation and experiencer', () => {
  it('negation: "no nausea", "denies", "ruled out"', () => {
    expect(one('No nausea at all on metformin', 'reaction').assertion).toBe('negated');
    expect(one('Patient denies dizziness', 'reaction').assertion).toBe('negated');
    expect(one('pneumonia was ruled out', 'condition').assertion).toBe('negated');
    expect(one('nausea but no vomiting', 'reaction').assertion).toBe('asserted');
  });

  it('ended: "no more pain" and "the headaches went away"', () => {
    expect(one('no more pain since Humira', 'reaction').assertion).toBe('ended');
    expect(one('the headaches went away', 'reaction').assertion).toBe('ended');
  });

  it('speculation: "might cause", "risk of", questions with "if"', () => {
    expect(one('Keytruda might cause colitis', 'reaction').assertion).toBe('speculated');
    expect(one('worried about hair loss on chemo', 'reaction').assertion).toBe('speculated');
  });

  it('experiencer: self, someone else, general statement', () => {
    expect(one('I started Zoloft and I have insomnia', 'reaction').experiencer).toBe('self');
    expect(one('Started Lexapro 2 weeks ago, insomnia is rough', 'reaction').experiencer).toBe('self');
    expect(one('My dad has had diarrhea since Eliquis', 'reaction').experiencer).toBe('other');
    expect(one('She got a rash from amoxicillin', 'reaction').experiencer).toBe('other');
    expect(one('Statins can cause muscle pain in patients', 'reaction').experiencer).toBe('general');
  });
});
