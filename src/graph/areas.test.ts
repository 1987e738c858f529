import { describe, expect, it } from 'vitest';
import { AREA_IDS, DEMO_AREA_MAP, areaMaskOfPost, areasOfMask, areasOfPost, maskOfAreas } from './areas.js';

describe('therapy areas of posts', () => {
  it.each<[string, string[], string[]]>([
    ['Practice-changing data at #ASCO24: pembrolizumab in lung cancer', ['asco24'], ['oncology']],
    ['Started Ozempic 3 weeks ago and the nausea is brutal', [], ['diabetes_endocrinology']],
    ['Apixaban vs warfarin in atrial fibrillation', ['cardiotwitter'], ['cardiology']],
    ['Neue Daten zu Lecanemab bei Alzheimer', [], ['neurology']],
    ['Protect yourself this season, get your flu shot', ['vaccineswork'], ['infectious_disease']],
    ['Dupixent changed my eczema', [], ['immunology_rheumatology', 'dermatology']],
    ['My hive of bees is thriving', [], []],
    ['Spinal muscular atrophy gene therapy results', [], ['rare_disease']],
  ])('%s', (text, hashtags, areas) => {
    expect(areasOfPost(text, hashtags).sort()).toEqual([...areas].sort());
  });

  it('round-trips masks and maps every demo area onto one of ours', () => {
    expect(areasOfMask(maskOfAreas(['oncology', 'rare_disease']))).toEqual(['oncology', 'rare_disease']);
    expect(areaMaskOfPost('nothing medical here', [])).toBe(0);
    for (const area of Object.values(DEMO_AREA_MAP)) expect(AREA_IDS).toContain(area);
  });
});
