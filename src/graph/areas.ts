/**
 * Therapy areas of posts. Until the NLP library lands (it will export `therapyAreasOf(text, hashtags)`), area
 * assignment lives behind this ONE function, a hashtag and keyword map written by us: swapping the implementation
 * changes nothing else in the influence engine.
 */
import { fold } from '../hcp/text-folding.js';

export const AREA_IDS = [
  'oncology', 'cardiology', 'diabetes_endocrinology', 'neurology', 'psychiatry', 'infectious_disease', 'respiratory',
  'immunology_rheumatology', 'dermatology', 'rare_disease',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Bit of an area in an area mask (Uint16: at most 16 areas). */
export function areaBit(area: AreaId): number {
  return 1 << AREA_IDS.indexOf(area);
}

export function areasOfMask(mask: number): AreaId[] {
  return AREA_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function maskOfAreas(areas: readonly AreaId[]): number {
  let mask = 0;
  for (const a of areas) mask |= areaBit(a);
  return mask;
}

interface AreaVocabulary { hashtags: string[]; keywords: string[] }

const VOCABULARY: Record<AreaId, AreaVocabulary> = {
  oncology: {
    hashtags: ['onctwitter', 'oncsky', 'oncology', 'cancer', 'bcsm', 'lcsm', 'crcsm', 'mmsm', 'lymsm', 'immunotherapy', 'hemeonc',
      'radonc', 'asco24', 'asco25', 'asco', 'esmo24', 'esmo', 'sabcs24', 'sabcs', 'ash24', 'breastcancer', 'lungcancer'],
    keywords: ['cancer', 'oncology', 'oncologist', 'tumor', 'tumour', 'chemo', 'chemotherapy', 'immunotherapy', 'melanoma',
      'lymphoma', 'leukemia', 'leukaemia', 'myeloma', 'carcinoma', 'metastatic', 'pembrolizumab', 'keytruda', 'nivolumab',
      'opdivo', 'trastuzumab', 'herceptin', 'osimertinib', 'tagrisso', 'olaparib', 'lynparza', 'krebs', 'onkologie', 'cancer du',
      'cancer de', 'neutropenia'],
  },
  cardiology: {
    hashtags: ['cardiotwitter', 'cardiosky', 'cardiology', 'afib', 'heartfailure', 'esc2024', 'esccongress', 'aha24', 'acc24',
      'acc25', 'hypertension', 'cvd', 'epeeps'],
    keywords: ['atrial fibrillation', 'heart failure', 'hypertension', 'cholesterol', 'coronary', 'cardiology', 'cardiologist',
      'myocardial', 'statin', 'statins', 'anticoagul', 'apixaban', 'eliquis', 'atorvastatin', 'lipitor', 'sacubitril',
      'entresto', 'rivaroxaban', 'xarelto', 'stent', 'arrhythmia', 'heart attack', 'kardiolog', 'cardiolog', 'vorhofflimmern',
      'insuffisance cardiaque', 'insuficiencia cardiaca'],
  },
  diabetes_endocrinology: {
    hashtags: ['diabetes', 't1d', 't2d', 'glp1', 'obesity', 'endotwitter', 'endosky', 'ada2024', 'easd2024', 'worlddiabetesday',
      'insulin', 'dsma'],
    keywords: ['diabetes', 'diabetic', 'insulin', 'hba1c', 'a1c', 'glucose', 'obesity', 'prediabetes', 'hypoglycemia',
      'semaglutide', 'ozempic', 'wegovy', 'rybelsus', 'tirzepatide', 'mounjaro', 'zepbound', 'metformin', 'glucophage',
      'glargine', 'lantus', 'toujeo', 'empagliflozin', 'jardiance', 'glp-1', 'thyroid', 'endocrin', 'diabete', 'diabetes'],
  },
  neurology: {
    hashtags: ['neurotwitter', 'neurosky', 'migraine', 'mssociety', 'alzheimers', 'aan2024', 'aaic24', 'epilepsy', 'parkinsons',
      'ms', 'stroke'],
    keywords: ["alzheimer", 'dementia', 'migraine', 'multiple sclerosis', 'epilepsy', 'seizure', "parkinson", 'stroke',
      'neurology', 'neurologist', 'lecanemab', 'leqembi', 'erenumab', 'aimovig', 'ocrelizumab', 'ocrevus', 'levetiracetam',
      'keppra', 'neurolog', 'demenz', 'sclerose en plaques', 'esclerosis multiple'],
  },
  psychiatry: {
    hashtags: ['psychtwitter', 'psychsky', 'mentalhealth', 'depression', 'endthestigma', 'apa2024', 'anxiety', 'adhd', 'ptsd',
      'bipolar'],
    keywords: ['depression', 'anxiety', 'bipolar', 'adhd', 'ptsd', 'schizophrenia', 'psychiatry', 'psychiatrist', 'mental health',
      'antidepressant', 'ssri', 'sertraline', 'zoloft', 'escitalopram', 'lexapro', 'bupropion', 'wellbutrin', 'esketamine',
      'spravato', 'suicid', 'psychiatr', 'depresion', 'depressione'],
  },
  infectious_disease: {
    hashtags: ['idtwitter', 'idsky', 'vaccineswork', 'covid19', 'covid', 'flushot', 'idweek2024', 'idweek', 'longcovid', 'hiv',
      'amr', 'measles', 'rsv'],
    keywords: ['covid', 'sars-cov-2', 'vaccine', 'vaccines', 'vaccination', 'influenza', 'flu shot', 'rsv', 'measles', 'hiv',
      'antibiotic', 'antimicrobial', 'infection', 'infectious', 'paxlovid', 'nirmatrelvir', 'comirnaty', 'spikevax', 'arexvy',
      'abrysvo', 'fluzone', 'tuberculosis', 'sepsis', 'impfung', 'vaccin', 'vacuna'],
  },
  respiratory: {
    hashtags: ['pulmtwitter', 'pulmsky', 'asthma', 'copd', 'ats2024', 'erscongress', 'pccm', 'ipf', 'cysticfibrosis'],
    keywords: ['asthma', 'copd', 'pulmonary fibrosis', 'cystic fibrosis', 'inhaler', 'bronch', 'pulmonary', 'pulmonology',
      'respiratory', 'budesonide', 'formoterol', 'symbicort', 'tezepelumab', 'tezspire', 'tiotropium', 'spiriva', 'lung function',
      'asthme', 'asma', 'bpco', 'epoc'],
  },
  immunology_rheumatology: {
    hashtags: ['rheumtwitter', 'rheumsky', 'psoriasis', 'ibd', 'lupus', 'acr24', 'eular2024', 'crohns', 'rheumatoidarthritis',
      'spoonie'],
    keywords: ['rheumatoid', 'arthritis', 'lupus', "crohn", 'colitis ulcerosa', 'ulcerative colitis', 'ibd', 'psoriatic',
      'psoriasis', 'rheumatolog', 'autoimmun', 'adalimumab', 'humira', 'upadacitinib', 'rinvoq', 'methotrexate', 'trexall',
      'biologic', 'spondyl', 'vasculitis', 'eczema', 'atopic dermatitis', 'dupilumab', 'dupixent'],
  },
  dermatology: {
    hashtags: ['dermtwitter', 'dermsky', 'eczema', 'atopicdermatitis', 'dermatology', 'acne', 'hidradenitis'],
    keywords: ['eczema', 'atopic dermatitis', 'dermatitis', 'dermatology', 'dermatologist', 'acne', 'hidradenitis', 'vitiligo',
      'rosacea', 'urticaria', 'dupilumab', 'dupixent', 'skin rash', 'psoriasis'],
  },
  rare_disease: {
    hashtags: ['raredisease', 'rarediseaseday', 'raredisease', 'orphandrug', 'sma', 'dmd', 'als', 'cysticfibrosis'],
    keywords: ['rare disease', 'orphan drug', 'spinal muscular atrophy', 'duchenne', 'amyotrophic', 'huntington', 'fabry',
      'gaucher', 'pompe', 'hemophilia', 'haemophilia', 'sickle cell', 'cystic fibrosis', 'gene therapy', 'enzyme replacement',
      'maladie rare', 'enfermedad rara', 'seltene erkrankung'],
  },
};

interface CompiledArea { area: AreaId; bit: number; hashtags: Set<string>; keywords: RegExp }

const COMPILED: CompiledArea[] = AREA_IDS.map((area, i) => ({
  area, bit: 1 << i,
  hashtags: new Set(VOCABULARY[area].hashtags.map((h) => h.toLowerCase())),
  // Keywords match at a word start; most are stems ("cardiolog") so inflections and languages match too.
  keywords: new RegExp(`(?<![\\p{L}\\p{N}])(?:${VOCABULARY[area].keywords.map(keywordPattern).join('|')})`, 'u'),
}));

/** Area ids of a post, from its hashtags (lower case, without '#') and its text. */
export function areasOfPost(text: string, hashtags: readonly string[]): AreaId[] {
  return areasOfMask(areaMaskOfPost(text, hashtags));
}

/** The same as a bit mask (the influence engine keeps masks in a Uint16Array). */
export function areaMaskOfPost(text: string, hashtags: readonly string[]): number {
  const folded = fold(text);
  let mask = 0;
  for (const c of COMPILED) {
    if (hashtags.some((h) => c.hashtags.has(h.toLowerCase())) || c.keywords.test(folded)) mask |= c.bit;
  }
  return mask;
}

/** Short keywords ("hiv", "ibd") must end at a word end too, or "hive" would count. */
function keywordPattern(keyword: string): string {
  const k = escape(fold(keyword));
  return keyword.length <= 4 ? `${k}(?![\\p{L}\\p{N}])` : k;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Demo corpus areas (src/demo/distributions/therapy-areas.ts) onto ours, for the evaluation harness. */
export const DEMO_AREA_MAP: Readonly<Record<string, AreaId>> = {
  diabetes: 'diabetes_endocrinology', oncology: 'oncology', cardiology: 'cardiology', neurology: 'neurology',
  psychiatry: 'psychiatry', 'infectious-disease': 'infectious_disease', immunology: 'immunology_rheumatology',
  respiratory: 'respiratory',
};
