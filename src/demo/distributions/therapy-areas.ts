/**
 * The topical communities of the corpus: therapy areas with their drugs (generic and brand),
 * conditions, reactions, hashtags, subreddits and congresses on their real 2024 dates.
 */
export interface Drug { generic: string; brands: string[] }

export interface Congress { tag: string; start: string; end: string }

export interface TherapyArea {
  id: string;
  specialty: string;
  drugs: Drug[];
  conditions: string[];
  reactions: string[];
  hashtags: string[];
  subreddits: string[];
  congresses: Congress[];
}

export const THERAPY_AREAS: readonly TherapyArea[] = [
  {
    id: 'diabetes', specialty: 'endocrinology',
    drugs: [{ generic: 'semaglutide', brands: ['Ozempic', 'Wegovy', 'Rybelsus'] }, { generic: 'tirzepatide', brands: ['Mounjaro', 'Zepbound'] },
      { generic: 'metformin', brands: ['Glucophage'] }, { generic: 'insulin glargine', brands: ['Lantus', 'Toujeo'] },
      { generic: 'empagliflozin', brands: ['Jardiance'] }],
    conditions: ['type 2 diabetes', 'type 1 diabetes', 'obesity', 'prediabetes', 'hypoglycemia'],
    reactions: ['nausea', 'vomiting', 'diarrhea', 'constipation', 'stomach pain', 'pancreatitis', 'hair loss', 'fatigue'],
    hashtags: ['diabetes', 't1d', 't2d', 'glp1', 'obesity', 'endotwitter'],
    subreddits: ['diabetes', 'Ozempic', 'Mounjaro', 'diabetes_t2', 'loseit'],
    congresses: [{ tag: 'ADA2024', start: '2024-06-21', end: '2024-06-24' }, { tag: 'EASD2024', start: '2024-09-09', end: '2024-09-13' },
      { tag: 'WorldDiabetesDay', start: '2024-11-14', end: '2024-11-14' }],
  },
  {
    id: 'oncology', specialty: 'medical oncology',
    drugs: [{ generic: 'pembrolizumab', brands: ['Keytruda'] }, { generic: 'nivolumab', brands: ['Opdivo'] },
      { generic: 'trastuzumab', brands: ['Herceptin'] }, { generic: 'osimertinib', brands: ['Tagrisso'] },
      { generic: 'olaparib', brands: ['Lynparza'] }],
    conditions: ['breast cancer', 'lung cancer', 'melanoma', 'colorectal cancer', 'ovarian cancer'],
    reactions: ['rash', 'colitis', 'fatigue', 'neuropathy', 'pneumonitis', 'thyroiditis', 'neutropenia'],
    hashtags: ['onctwitter', 'bcsm', 'lcsm', 'cancer', 'immunotherapy'],
    subreddits: ['cancer', 'breastcancer', 'lungcancer', 'oncology'],
    congresses: [{ tag: 'ASCO24', start: '2024-05-31', end: '2024-06-04' }, { tag: 'ESMO24', start: '2024-09-13', end: '2024-09-17' },
      { tag: 'SABCS24', start: '2024-12-10', end: '2024-12-13' }],
  },
  {
    id: 'cardiology', specialty: 'cardiovascular disease',
    drugs: [{ generic: 'apixaban', brands: ['Eliquis'] }, { generic: 'atorvastatin', brands: ['Lipitor'] },
      { generic: 'sacubitril/valsartan', brands: ['Entresto'] }, { generic: 'rivaroxaban', brands: ['Xarelto'] }],
    conditions: ['atrial fibrillation', 'heart failure', 'hypertension', 'high cholesterol', 'coronary artery disease'],
    reactions: ['bleeding', 'bruising', 'muscle pain', 'dizziness', 'cough', 'swelling'],
    hashtags: ['cardiotwitter', 'afib', 'heartfailure', 'cardiology'],
    subreddits: ['AFIB', 'HeartFailure', 'Cardiology'],
    congresses: [{ tag: 'ESC2024', start: '2024-08-30', end: '2024-09-02' }, { tag: 'AHA24', start: '2024-11-16', end: '2024-11-18' },
      { tag: 'ACC24', start: '2024-04-06', end: '2024-04-08' }],
  },
  {
    id: 'neurology', specialty: 'neurology',
    drugs: [{ generic: 'lecanemab', brands: ['Leqembi'] }, { generic: 'erenumab', brands: ['Aimovig'] },
      { generic: 'ocrelizumab', brands: ['Ocrevus'] }, { generic: 'levetiracetam', brands: ['Keppra'] }],
    conditions: ["Alzheimer's disease", 'migraine', 'multiple sclerosis', 'epilepsy', "Parkinson's disease"],
    reactions: ['headache', 'brain swelling', 'dizziness', 'constipation', 'mood changes', 'infusion reaction'],
    hashtags: ['neurotwitter', 'migraine', 'mssociety', 'alzheimers'],
    subreddits: ['migraine', 'MultipleSclerosis', 'Alzheimers', 'Epilepsy'],
    congresses: [{ tag: 'AAN2024', start: '2024-04-13', end: '2024-04-18' }, { tag: 'AAIC24', start: '2024-07-28', end: '2024-08-01' }],
  },
  {
    id: 'psychiatry', specialty: 'psychiatry',
    drugs: [{ generic: 'sertraline', brands: ['Zoloft'] }, { generic: 'escitalopram', brands: ['Lexapro'] },
      { generic: 'bupropion', brands: ['Wellbutrin'] }, { generic: 'esketamine', brands: ['Spravato'] }],
    conditions: ['depression', 'anxiety', 'bipolar disorder', 'ADHD', 'PTSD'],
    reactions: ['insomnia', 'weight gain', 'emotional numbness', 'nausea', 'sexual side effects', 'dizziness'],
    hashtags: ['psychtwitter', 'mentalhealth', 'depression', 'endthestigma'],
    subreddits: ['depression', 'Anxiety', 'antidepressants', 'ADHD'],
    congresses: [{ tag: 'APA2024', start: '2024-05-04', end: '2024-05-08' }],
  },
  {
    id: 'infectious-disease', specialty: 'infectious disease',
    drugs: [{ generic: 'COVID-19 vaccine', brands: ['Comirnaty', 'Spikevax'] }, { generic: 'RSV vaccine', brands: ['Arexvy', 'Abrysvo'] },
      { generic: 'nirmatrelvir/ritonavir', brands: ['Paxlovid'] }, { generic: 'influenza vaccine', brands: ['Fluzone'] }],
    conditions: ['COVID-19', 'RSV', 'influenza', 'long COVID', 'measles'],
    reactions: ['sore arm', 'fever', 'chills', 'fatigue', 'metallic taste', 'headache'],
    hashtags: ['idtwitter', 'vaccineswork', 'covid19', 'flushot'],
    subreddits: ['COVID19', 'vaccines', 'medicine'],
    congresses: [{ tag: 'IDWeek2024', start: '2024-10-16', end: '2024-10-19' }],
  },
  {
    id: 'immunology', specialty: 'rheumatology',
    drugs: [{ generic: 'adalimumab', brands: ['Humira'] }, { generic: 'upadacitinib', brands: ['Rinvoq'] },
      { generic: 'dupilumab', brands: ['Dupixent'] }, { generic: 'methotrexate', brands: ['Trexall'] }],
    conditions: ['rheumatoid arthritis', 'psoriasis', 'eczema', "Crohn's disease", 'lupus'],
    reactions: ['injection site reaction', 'infection', 'eye irritation', 'nausea', 'mouth sores', 'hair thinning'],
    hashtags: ['rheumtwitter', 'dermtwitter', 'psoriasis', 'eczema', 'ibd'],
    subreddits: ['rheumatoid', 'Psoriasis', 'eczema', 'CrohnsDisease'],
    congresses: [{ tag: 'ACR24', start: '2024-11-14', end: '2024-11-19' }, { tag: 'EULAR2024', start: '2024-06-12', end: '2024-06-15' }],
  },
  {
    id: 'respiratory', specialty: 'pulmonary disease',
    drugs: [{ generic: 'budesonide/formoterol', brands: ['Symbicort'] }, { generic: 'tezepelumab', brands: ['Tezspire'] },
      { generic: 'tiotropium', brands: ['Spiriva'] }],
    conditions: ['asthma', 'COPD', 'pulmonary fibrosis', 'cystic fibrosis'],
    reactions: ['hoarseness', 'thrush', 'cough', 'tremor', 'palpitations'],
    hashtags: ['pulmtwitter', 'asthma', 'copd'],
    subreddits: ['Asthma', 'COPD', 'CysticFibrosis'],
    congresses: [{ tag: 'ATS2024', start: '2024-05-17', end: '2024-05-22' }, { tag: 'ERSCongress', start: '2024-09-07', end: '2024-09-11' }],
  },
];

/** Hashtags that cut across areas. */
export const HCP_HASHTAGS = ['medtwitter', 'nursetwitter', 'pharmtwitter', 'meded', 'foamed'];
