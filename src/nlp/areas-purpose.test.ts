import { describe, expect, it } from 'vitest';
import { therapyAreasOf, getAnalyzer } from './analyze.js';
import { THERAPY_AREA_IDS } from './areas-catalog.js';

describe('therapyAreasOf', () => {
  it('finds areas from drugs, conditions and hashtags, strongest first, with evidence', () => {
    const areas = therapyAreasOf('Practice-changing data on pembrolizumab in lung cancer #ASCO24');
    expect(areas[0]).toMatchObject({ id: 'oncology', ruleId: 'areas.evidence.v1' });
    expect(areas[0]!.evidence.map((e) => e.kind).sort()).toEqual(['condition', 'drug', 'hashtag']);
  });

  it('reads platform hashtags and joined disease hashtags', () => {
    expect(therapyAreasOf('great session today', ['#CardioTwitter']).map((a) => a.id)).toEqual(['cardiology']);
    expect(therapyAreasOf('walking for #multiplesclerosis').map((a) => a.id)).toContain('neurology');
  });

  it('returns only stable ids from the catalog', () => {
    const all = therapyAreasOf('metformin, Keytruda, Eliquis, Zoloft, Humira, Dupixent, Spiriva, Paxlovid #raredisease #migraine');
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const a of all) expect(THERAPY_AREA_IDS).toContain(a.id);
  });

  it('ignores negated mentions', () => {
    expect(therapyAreasOf('no cancer found, thankfully')).toEqual([]);
  });
});

describe('purpose', () => {
  const purpose = (t: string) => getAnalyzer().analyze(t).purpose.map((p) => p.id);
  it('personal experience and consultation', () => {
    expect(purpose('Started Ozempic 3 weeks ago and I feel awful. Is this normal??')).toEqual(expect.arrayContaining(['personal-experience', 'consultation']));
  });
  it('sharing information, promotion, stigma, advocacy, networking, dialogue', () => {
    expect(purpose('New guideline update for heart failure is out, read more https://x.org/g')).toContain('sharing-information');
    expect(purpose('#ad Proud to support our awareness month campaign, learn more')).toContain('promotion-campaign');
    expect(purpose('Depression is not a character flaw. #endthestigma')).toContain('reducing-stigma');
    expect(purpose('Insurance denied my insulin again, drug prices are a policy failure')).toContain('advocacy-policy');
    expect(purpose('Packed room for the late-breaker session at #ESC2024, great panel')).toContain('professional-networking');
    expect(purpose('My doctor said to talk to your care team before stopping')).toContain('patient-hcp-dialogue');
    expect(purpose('@sam Great question: in my experience as a pharmacist it depends on the dose')).toContain('answering-question');
  });
});
