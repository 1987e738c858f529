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

describe('adverse events in social posts: attribution, experiencer and the hard cases', () => {
  const yes: Array<[string, string]> = [
    ['the atorvastatin gave me such bad muscle aches I could barely climb stairs', 'self'],
    ['My mom\'s been on lisinopril since spring and now has this dry cough that won\'t quit', 'other'],
    ['Anyone else lose a ton of hair on Wegovy? mine is coming out in clumps', 'self'],
    ['Nurse here. Saw three patients this month with angioedema on lisinopril.', 'other'],
    ['Whoever said Wellbutrin doesn\'t cause weight gain lied, up 15 lbs since March', 'self'],
    ['no side effects from Paxlovid except the nasty taste, which was bearable', 'self'],
    ['the nausea on Mounjaro is the worst in the first two days after the shot', 'self'],
    ['got my flu shot, arm is a bit sore but otherwise fine', 'self'],
    ['stopped effexor cold turkey and the brain zaps are insane', 'self'],
  ];
  it.each(yes)('AE: "%s" (%s)', (text, experiencer) => {
    const r = ae(text);
    expect(r.present).toBe(true);
    expect(r.experiencer).toBe(experiencer);
  });

  const no: Array<[string, string]> = [
    ['Ozempic can cause nausea and vomiting, especially when the dose goes up. Talk to your doctor.', 'general'],
    ['Scared to start metformin next week, heard the diarrhea is brutal', 'self'],
    ['Tylenol does nothing for my back pain', 'self'],
    ['Grandma fell and broke her hip, now she is on oxycodone for the pain', 'other'],
    ['My dog threw up after eating the carprofen, vet says it happens', 'none'],
    ['I\'m allergic to penicillin', 'self'],
    ['Has anyone had hair thinning on Mounjaro? Considering it but my hair is my thing', 'self'],
    ['my headache went away after 2 Advil, thank god', 'self'],
    ['Covid itself gave me the worst fatigue of my life, way worse than the vaccine', 'self'],
    ['Would you take Paxlovid if you got covid? I hear it leaves a metallic taste', 'general'],
    ['Pfizer stock is down 4% after the earnings call', 'none'],
  ];
  it.each(no)('not an AE: "%s" (%s)', (text, experiencer) => {
    const r = ae(text);
    expect(r.present).toBe(false);
    expect(r.experiencer).toBe(experiencer);
  });

  it('blames the suspect drug, not the one given to treat the reaction', () => {
    const r = ae('my sister\'s face swelled up after the contrast dye for her CT, they gave her Benadryl');
    expect(r.present).toBe(true);
    expect(r.pairs.map((p) => p.drug)).toEqual(['iodinated contrast media']);
  });
});

describe('adverse events: conditions as reactions, relief and ended reactions', () => {
  it('takes a condition as the reaction when a drug and an attribution cue share its sentence', () => {
    const r = ae('since starting Lexapro my insomnia has been awful');
    expect(r.present).toBe(true);
  });
  it('an ended reaction is still an AE when it happened on the drug, not when a drug relieved it', () => {
    expect(ae('the nausea finally went away after a week on Ozempic').present).toBe(true);
    expect(ae('my headache went away after 2 Advil, thank god').present).toBe(false);
  });
  it('worry words do not negate a reaction that is happening', () => {
    expect(ae('I\'m scared because my hair is falling out on Wegovy').present).toBe(true);
  });
});

describe('adverse events: side effects named inside a "no side effects" claim', () => {
  it('"zero side effects besides vivid dreams" describes a reaction', () => {
    expect(ae('two months on Chantix, zero side effects besides vivid dreams').present).toBe(true);
    expect(ae('two months on Chantix, zero side effects at all').present).toBe(false);
  });
});

describe('adverse events: suspicion is enough', () => {
  it('"could be the metformin" with a reaction that happened is an AE', () => {
    expect(ae('could be the metformin but I have had diarrhea every day this week').present).toBe(true);
    expect(ae('Would you take Paxlovid if you got covid? I hear it leaves a metallic taste').present).toBe(false);
  });
});

describe('adverse events: lay names, possessives, indications and other languages', () => {
  it('a reaction named after its drug names the drug ("Keppra rage")', () => {
    const r = ae('Keppra rage is real. My son has been so angry since he started it');
    expect(r.present).toBe(true);
    expect(r.pairs.map((p) => p.drug)).toContain('levetiracetam');
  });
  it('"anyone else\'s period go crazy after…" is the writer\'s own experience', () => {
    expect(ae('anyone else\'s period go crazy after the covid booster? mine came two weeks early').experiencer).toBe('self');
  });
  it('a list after "used to treat" is indications, not reactions', () => {
    expect(ae('Lisinopril is an ACE inhibitor used to treat high blood pressure and heart failure.').present).toBe(false);
  });
  it('first person in German and French', () => {
    expect(ae('Seit ich Ibuprofen nehme, habe ich ständig Magenschmerzen').present).toBe(true);
    expect(ae('Je prends du Lévothyrox depuis un mois et j\'ai des palpitations tous les soirs').present).toBe(true);
  });
});

describe('adverse events: which drug is blamed', () => {
  it('pairs the reaction with the drug the writer links to it', () => {
    const r = ae('I take metformin and lisinopril, the lisinopril gave me a cough');
    expect(r.pairs.map((p) => p.drug)).toEqual(['lisinopril']);
  });
});

describe('adverse events: persisting reactions and more ways to name a product', () => {
  it('"that never went away" means the reaction goes on', () => {
    const r = ae('since my second Pfizer dose I\'ve had tinnitus that never went away');
    expect(r.present).toBe(true);
  });
  it('water pills, German vaccines and lay kidney wording', () => {
    expect(ae('can\'t stop peeing since they started me on the water pill').present).toBe(true);
    expect(ae('Nach der Impfung hatte ich zwei Tage Fieber und Gliederschmerzen').present).toBe(true);
    expect(ae('Reporting a possible reaction: patient on vancomycin developed AKI, creatinine doubled.').present).toBe(true);
  });
});

describe('adverse events: indication, plans and questions (nlp-1.2.0)', () => {
  const pairs = (text: string) => ae(text).pairs.map((p) => [p.drug, p.reaction]);

  it('a reaction that is what the drug treats counts only when the writer blames the drug', () => {
    expect(ae('Sertraline finally kicked in and the panic attacks are mostly gone').present).toBe(false);
    expect(ae('Dropped 25 lbs on Zepbound so far, knees thank me').present).toBe(false);
    expect(ae('bladder infection clearing up nicely on day 4 of cipro').present).toBe(false);
    const blamed = ae('Prozac made my anxiety way worse the first two weeks', '@kay');
    expect(blamed.present).toBe(true);
    expect(blamed.pairs.map((p) => [p.drug, p.reaction])).toEqual([['fluoxetine', 'anxiety']]);
    expect(blamed.criteria).toMatchObject({ product: { state: 'present', evidence: { text: 'Prozac' } }, reaction: { state: 'present' }, valid: true });
  });

  it('a drug that relieves or fails to relieve the complaint is not its suspect, unless a "but" turns to a new reaction', () => {
    expect(ae('Knee pain is awful today and the naproxen barely touches it').present).toBe(false);
    expect(ae('Had a killer migraine at work. Imitrex fixed it in 30 min').present).toBe(false);
    expect(pairs('Botox for my migraines worked great but my eyelid is drooping now')).toEqual([['botulinum toxin type a', 'drooping eyelid']]);
    // A reaction named after its drug is blamed even when the drug is said to help.
    expect(ae('Metformin diarrhea: the XR version helped a little but not enough').present).toBe(true);
  });

  it('planned and feared drugs are no suspects', () => {
    expect(ae('Exhausted all the time lately. Neurologist wants to add Nurtec next month').present).toBe(false);
    expect(ae('So nervous about starting Wegovy because of the vomiting stories').present).toBe(false);
    expect(ae('I keep reading that finasteride causes depression. Should I still try it?').present).toBe(false);
    expect(ae('Not touching the pill again, the blood clot risk scares me').present).toBe(false);
  });

  it('a question about nobody in particular is not an experience; "anyone else" is', () => {
    expect(ae('Can Mounjaro cause gallbladder problems?').present).toBe(false);
    expect(ae('anyone else get awful night sweats on Effexor?').present).toBe(true);
  });

  it("the writer's own disease owns its symptoms; a drug given afterwards treats them", () => {
    expect(ae('My lupus flare has me exhausted and achy. Benlysta infusion is friday').present).toBe(false);
    expect(ae('Woke up dizzy and vomiting, urgent care said vertigo. gave me Zofran').present).toBe(false);
    expect(ae('Fever and a rash on my son, doctor says it is hand foot and mouth. gave him Tylenol').present).toBe(false);
  });

  it('finds consumer wording for reactions and drug-induced conditions after "on <drug>"', () => {
    expect(pairs('Keytruda gave me a c diff infection that would not quit')).toEqual([['pembrolizumab', 'c. difficile colitis']]);
    expect(pairs('my brother on Haldol cannot sit still, pacing the house all night')).toEqual([['haloperidol', 'akathisia']]);
    const pan = ae('my aunt on Victoza ended up admitted with pancreatitis');
    expect(pan.present).toBe(true);
    expect(pan.pairs[0]).toMatchObject({ drug: 'liraglutide', serious: true, experiencer: 'other' });
    expect(pairs('Since the prednisone my sugars are running 280 every evening')).toEqual([['prednisone', 'high blood sugar']]);
    expect(ae('first day of Paxlovid and my mouth tastes like I licked a battery').present).toBe(true);
  });

  it('an animal decides only when it is in the sentence with the health mention', () => {
    expect(ae('Topiramate has me forgetting words constantly. I called the dog "the toaster" today').present).toBe(true);
    expect(ae('My cat threw up after her new Cerenia tablet').present).toBe(false);
  });
});
