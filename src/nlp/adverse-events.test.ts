import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from './analyze.js';

let analyzer: Analyzer;
beforeAll(() => { analyzer = createAnalyzer(); });
const ae = (text: string, author?: string) => analyzer.analyze(text, author ? { author } : {}).ae;

describe('adverse events', () => {
  it('finds (drug, reaction) pairs a person experiences', () => {
    const r = ae('Started Ozempic 3 weeks ago and I cannot stop throwing up', '@jane');
    expect(r.present).toBe(true);
    expect(r.pairs.map((p) => [p.drug, p.reaction, p.serious])).toEqual([['semaglutide', 'vomiting', false]]);
    expect(r.modelId).toBe('ade-lr-phee-v1');
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('marks seriousness from hospitalisation, death, disability and life-threatening cues', () => {
    expect(ae('My dad got a rash from Bactrim and ended up in the ER').seriousness.map((s) => s.criterion)).toContain('hospitalisation');
    expect(ae('My mom started Eliquis, had bleeding and passed away').seriousness.map((s) => s.criterion)).toContain('death');
    expect(ae('Anaphylaxis after my amoxicillin, almost died').seriousness.map((s) => s.criterion)).toContain('life-threatening');
    expect(ae('Took Cipro, tendon problems, now I use a wheelchair').pairs[0]?.serious).toBe(true);
  });

  it('is not an AE when the reaction is negated, hypothetical or a general statement', () => {
    expect(ae('No nausea at all on metformin').present).toBe(false);
    expect(ae('Ozempic might cause pancreatitis, ask your doctor').present).toBe(false);
    expect(ae('Statins can cause muscle pain in patients').present).toBe(false);
  });

  it('records the four ICSR criteria as evidenced fields and computes validity', () => {
    const full = ae('I started Zoloft last month and now I have insomnia', '@pat');
    expect(full.criteria.reporter).toMatchObject({ state: 'present', qualification: 'consumer', detail: '@pat' });
    expect(full.criteria.patient.state).toBe('present');
    expect(full.criteria.product).toMatchObject({ state: 'present', evidence: { text: 'Zoloft' } });
    expect(full.criteria.reaction).toMatchObject({ state: 'present', evidence: { text: 'insomnia' } });
    expect(full.criteria.valid).toBe(true);
  });

  it('each missing criterion makes the case invalid', () => {
    expect(ae('I started Zoloft last month and now I have insomnia').criteria).toMatchObject({ reporter: { state: 'unknown' }, valid: false });
    expect(ae('Zoloft can cause insomnia', '@pat').criteria).toMatchObject({ patient: { state: 'absent' }, valid: false });
    expect(ae('I have insomnia every night', '@pat').criteria).toMatchObject({ product: { state: 'absent' }, valid: false });
    expect(ae('I started Zoloft last month', '@pat').criteria).toMatchObject({ reaction: { state: 'absent' }, valid: false });
  });

  it('codes an HCP reporter from evidence only', () => {
    expect(ae('As a nurse I saw my patient get a rash on amoxicillin', '@rn').criteria.reporter.qualification).toBe('other-hcp');
  });
});
