import { describe, expect, it } from 'vitest';
import { analyzeProfile } from './analyze-profile.js';
import { countryOf } from './country.js';
import { NUCC_CODES } from './nucc/nucc-codes.js';
import { SPECIALTIES } from './lexicon/specialties.js';

type Case = [name: string, bio: string, hcp: boolean, type: string | null, credentials?: string[]];

describe('credentials and titles in their real-world variety', () => {
  it.each<Case>([
    ['Jane Smith, MD', 'Views my own.', true, 'physician', ['MD']],
    ['Jane Smith, M.D.', '', true, 'physician', ['MD']],
    ['Jane Smith M. D.', 'Internal medicine', true, 'physician', ['MD']],
    ['Raj Patel, DO', 'Family medicine in Ohio', true, 'physician', ['DO']],
    ['Aisha Khan MBBS, MRCP', 'Consultant physician', true, 'physician', ['MBBS', 'MRCP']],
    ['Tom Reid MBChB FRCP', '', true, 'physician', ['MBChB', 'FRCP']],
    ['Lea Roy, MD, FRCPC', 'Rheumatologist, Montréal', true, 'physician', ['MD', 'FRCPC']],
    ['Sam Lee MD FACC', 'Interventional cardiologist', true, 'physician', ['MD', 'FACC']],
    ['Ana Ortiz, MD, FACS', 'Surgeon', true, 'physician', ['MD', 'FACS']],
    ['Dr. med. Hans Becker', 'Oberarzt Neurologie', true, 'physician', ['Dr. med.']],
    ['Dr. Claire Martin', 'Médecin généraliste à Lyon', true, 'physician'],
    ['Dra. Lucía Gómez', 'Médica de familia en Sevilla', true, 'physician', ['Dra.']],
    ['Julia Weber', 'Ärztin in Weiterbildung, Innere Medizin', true, 'trainee'],
    ['Mia Chen, RN, BSN', 'ICU nurse', true, 'nurse', ['RN', 'BSN']],
    ['Kate Ross, FNP-BC', 'Nurse practitioner, primary care', true, 'nurse', ['FNP-BC']],
    ['Lena Vogt, APRN', '', true, 'nurse', ['APRN']],
    ['Paul Ito, NP', 'Dermatology', true, 'nurse', ['NP']],
    ['Omar Said, PharmD, BCOP', 'Oncology pharmacist', true, 'pharmacist', ['PharmD', 'BCOP']],
    ['Eve Park, RPh', '', true, 'pharmacist', ['RPh']],
    ['Dr. Ben Cole, DDS', 'General dentist', true, 'dentist', ['DDS']],
    ['Zoe Hart DMD', 'Orthodontics', true, 'dentist', ['DMD']],
    ['Max Frey, PA-C', 'Physician assistant in cardiology', true, 'allied_health', ['PA-C']],
    ['Ivy Moss', 'PGY-2 resident in internal medicine', true, 'trainee'],
    ['Noah Kim', 'MS3 @ Johns Hopkins. Future oncologist.', true, 'trainee'],
    ['Ravi Rao, PhD, MPH', 'Epidemiologist at a school of public health', true, 'researcher', ['PhD', 'MPH']],
    ['Mo Ali', 'GP in Leeds. Views own.', true, 'physician'],
    ['Li Na', 'Physio | sports injuries | London', true, 'allied_health'],
    ['Bo Lund', 'Pharmacy tech | #PharmTwitter', true, 'allied_health'],
    ['Ty Ward', 'MD candidate 2026 | #MedTwitter', true, 'trainee'],
    ['Ze Ruiz', 'Cancer researcher. Immunotherapy. Dad.', true, 'researcher'],
  ])('%s — %s', (name, bio, hcp, type, credentials) => {
    const a = analyzeProfile({ name, bio });
    expect(a.hcp.probability >= 0.5, JSON.stringify(a.evidence.filter((e) => e.supports === 'hcp' || e.supports === 'not-hcp'))).toBe(hcp);
    expect(a.hcp.type).toBe(type);
    if (credentials) expect(a.hcp.credentials).toEqual(expect.arrayContaining(credentials));
    expect(a.kind).toBe('hcp');
  });

  it.each<[string, string, string]>([
    ['Dr Pepper Fan', 'I drink Dr Pepper every day', 'other'],
    ['Dr. Alan Grant', 'Economist. PhD in economics. Views my own.', 'other'],
    ['Doctor Who Updates', 'All things Doctor Who', 'other'],
    ['Sara Lind', 'Spin doctor for hire. Politics nerd.', 'other'],
    ['Tom Hale', 'Living with MS. My neurologist is great.', 'patient'],
    ['Jo', 'Baltimore, MD native. Orioles fan.', 'other'],
    ['Data Dan, PhD', 'Data scientist. Machine learning.', 'other'],
    ['Buddy Vet', 'Veterinarian. DVM. Dogs and cats.', 'other'],
    ['Vi Cho', 'Future MD | pre-med | biology major', 'other'],
    ['Al Berg', 'Healthcare marketing | #MedTwitter lurker', 'other'],
    ['Qu Dao', 'Nurse shark enthusiast and diver', 'other'],
  ])('not an HCP: %s — %s', (name, bio, kind) => {
    const a = analyzeProfile({ name, bio });
    expect(a.hcp.probability).toBeLessThan(0.5);
    expect(a.kind).toBe(kind);
  });

  it('reports each credential with its span in the field it came from', () => {
    const a = analyzeProfile({ name: 'Jane Smith, M.D., FACC', bio: '' });
    const md = a.evidence.find((e) => e.rule === 'credential:MD')!;
    expect(md.field).toBe('name');
    expect('Jane Smith, M.D., FACC'.slice(md.span![0], md.span![1])).toBe('M.D.');
    expect(md.weight).toBeGreaterThan(0);
  });
});

describe('kinds that are not HCPs', () => {
  it.each<[string, string, string, string?]>([
    ['Corvista Therapeutics', 'Official account. For medical information or to report side effects visit our site.', 'organization', 'pharma'],
    ['Riverside Medical Center', 'Official account of our hospital. Not monitored 24/7.', 'organization', 'hospital'],
    ['Journal of Nephrology', 'Peer-reviewed research. Latest issue online.', 'organization', 'journal'],
    ['Ministry of Health', 'Official public health information.', 'organization', 'government'],
    ['European Society of Cardiology', 'Advancing cardiology through education. Members-only content.', 'organization', 'society'],
    ['Health Wire', 'Breaking health news. Tips: newsroom@example.com', 'media'],
    ['Cheap Pills 42', 'No prescription needed!! Fast shipping', 'bot'],
    ['Marta', 'Caregiver to my mom living with dementia', 'caregiver'],
    ['Lou', 'Patient advocate | breast cancer survivor | #bcsm', 'patient_advocate'],
    ['Kim', 'Type 1 diabetic. T1D since 2009. Runner.', 'patient'],
  ])('%s is %s', (name, bio, kind, organizationType) => {
    const a = analyzeProfile({ name, bio });
    expect(a.kind).toBe(kind);
    if (organizationType) expect(a.organizationType).toBe(organizationType);
    expect(a.evidence.some((e) => e.supports === `kind:${kind}` || e.supports.startsWith('organization:'))).toBe(true);
  });
});

describe('specialties and NUCC codes', () => {
  it('maps specialty words in several languages to one canonical label and the NUCC code for the provider type', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Dr. Jane Doe, MD', 'Cardiologist @MayoClinic #CardioTwitter', 'cardiology', '207RC0000X'],
      ['Dr. med. Eva Roth', 'Fachärztin für Kardiologie', 'cardiology', '207RC0000X'],
      ['Maria Lopez, RN', 'Oncology nurse', 'oncology', '163WX0200X'],
      ['Omar Said, PharmD', 'Infectious diseases pharmacist', 'infectious disease', '1835I0206X'],
      ['Dra. Ana Ruiz', 'Médica especialista en reumatología', 'rheumatology', '207RR0500X'],
      ['Kay Lin, PMHNP-BC', 'Psychiatric nurse practitioner, psychiatry', 'psychiatry', '363LP0808X'],
    ];
    for (const [name, bio, label, code] of cases) {
      const a = analyzeProfile({ name, bio });
      expect(a.hcp.specialties[0], name).toBe(label);
      expect(a.hcp.nucc.map((n) => n.code), name).toContain(code);
      expect(a.evidence.some((e) => e.supports === `specialty:${label}`)).toBe(true);
    }
  });

  it('only ships NUCC codes that exist in the code set, with their display names', () => {
    const known = new Set(NUCC_CODES.map(([code]) => code));
    for (const entry of SPECIALTIES) for (const code of Object.values(entry.nucc)) expect(known.has(code!), `${entry.label} ${code}`).toBe(true);
    const a = analyzeProfile({ name: 'Jane Doe, MD', bio: 'Nephrologist' });
    expect(a.hcp.nucc).toEqual([{ code: '207RN0300X', name: 'Nephrology Physician' }]);
  });
});

describe('country from location', () => {
  it.each<[string, string | undefined]>([
    ['Boston, MA', 'US'], ['Houston, TX 77030', 'US'], ['London', 'GB'], ['London, ON', 'CA'], ['München', 'DE'],
    ['Toronto, ON', 'CA'], ['Perth, WA', 'AU'], ['🇫🇷 Paris', 'FR'], ['Sydney 🇦🇺', 'AU'], ['New South Wales', 'AU'],
    ['España', 'ES'], ['São Paulo', 'BR'], ['Lagos, Nigeria', 'NG'], ['NYC ✈️ LDN', 'US'], ['she/her', undefined], ['Earth', undefined],
  ])('%s → %s', (location, country) => {
    const r = countryOf(location);
    expect(r.country).toBe(country);
    if (country) expect(r.evidence[0]!.supports).toBe(`country:${country}`);
  });

  it('falls back to a place named in the bio, with lower confidence', () => {
    const r = countryOf(undefined, 'Cardiologist based in Madrid. Views my own.');
    expect(r.country).toBe('ES');
    expect(r.confidence).toBeLessThan(0.8);
    expect(countryOf(undefined, 'Nice to meet you').country).toBeUndefined();
  });
});

describe('behaviour', () => {
  it('raises the probability of an account that posts like a clinician, and lowers it for a patient voice', () => {
    const base = { name: 'Alex Moreau', bio: 'Coffee, books, hiking.' };
    const clinical = analyzeProfile({ ...base, posts: [{ text: 'Saw three patients with HFrEF in clinic today; titrating GDMT.', hashtags: ['cardiotwitter'] },
      { text: 'On call tonight, my patients come first.', hashtags: [] }] });
    const patient = analyzeProfile({ ...base, posts: [{ text: 'My doctor says the nausea should pass. I started Ozempic last week.', hashtags: [] }] });
    const plain = analyzeProfile(base);
    expect(clinical.hcp.probability).toBeGreaterThan(plain.hcp.probability);
    expect(patient.hcp.probability).toBeLessThan(plain.hcp.probability);
    expect(clinical.evidence.some((e) => e.field === 'posts')).toBe(true);
  });
});
