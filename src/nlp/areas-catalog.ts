/**
 * The therapy areas, with stable ids other parts (DOL scoring, queries) key on. Never rename an id; add new ones.
 */
export const THERAPY_AREA_IDS = [
  'oncology', 'cardiology', 'diabetes', 'neurology', 'psychiatry', 'infectious-disease', 'respiratory', 'immunology',
  'dermatology', 'rare-disease', 'gastroenterology', 'hematology', 'nephrology', 'ophthalmology', 'womens-health', 'pain',
] as const;

export type TherapyAreaId = (typeof THERAPY_AREA_IDS)[number];

export const THERAPY_AREA_LABELS: Record<TherapyAreaId, string> = {
  oncology: 'Oncology', cardiology: 'Cardiology', diabetes: 'Diabetes & endocrinology', neurology: 'Neurology',
  psychiatry: 'Psychiatry & mental health', 'infectious-disease': 'Infectious disease & vaccines', respiratory: 'Respiratory',
  immunology: 'Immunology & rheumatology', dermatology: 'Dermatology', 'rare-disease': 'Rare disease',
  gastroenterology: 'Gastroenterology & hepatology', hematology: 'Hematology', nephrology: 'Nephrology & urology',
  ophthalmology: 'Ophthalmology', 'womens-health': "Women's health", pain: 'Pain & addiction',
};

/** Disease Ontology classes whose descendants belong to an area (used when building lexicons/conditions.json). */
export const AREA_BY_DO_ANCESTOR: Record<string, TherapyAreaId> = {
  cancer: 'oncology', 'disease of cellular proliferation': 'oncology',
  'cardiovascular system disease': 'cardiology',
  'diabetes mellitus': 'diabetes', 'glucose metabolism disease': 'diabetes', 'endocrine system disease': 'diabetes',
  overnutrition: 'diabetes', 'thyroid gland disease': 'diabetes',
  'nervous system disease': 'neurology',
  'disease of mental health': 'psychiatry',
  'disease by infectious agent': 'infectious-disease',
  'respiratory system disease': 'respiratory',
  'immune system disease': 'immunology', 'connective tissue disease': 'immunology', arthritis: 'immunology',
  'integumentary system disease': 'dermatology',
  'gastrointestinal system disease': 'gastroenterology',
  'hematopoietic system disease': 'hematology',
  'urinary system disease': 'nephrology',
  'eye disease': 'ophthalmology',
  'female reproductive system disease': 'womens-health',
  'substance-related disorder': 'pain',
};

/**
 * Hashtags (lower case, without #) that name an area on medical social media. Community tags (#OncTwitter, #BCSM),
 * disease tags and congress tags, written here from the communities' own usage.
 */
const AREA_HASHTAG_LISTS = {
  oncology: 'onctwitter oncsky oncology cancer bcsm lcsm crcsm mmsm gyncsm hncsm btsm ovariancancer breastcancer lungcancer melanoma ' +
    'immunotherapy asco asco24 asco25 esmo esmo24 esmo25 sabcs sabcs24 ash24 cancersurvivor chemo radonc hemonc',
  cardiology: 'cardiotwitter cardiology cardiosky afib heartfailure hfsm esc2024 esccongress aha24 acc24 acc25 tavr ' +
    'hypertension cholesterol stroke heartdisease',
  diabetes: 't1d t2d diabetes glp1 obesity endotwitter endocrinology ada2024 easd2024 worlddiabetesday insulin4all dsma ' +
    'weightloss ozempic mounjaro thyroid',
  neurology: 'neurotwitter neurology migraine mssociety multiplesclerosis alzheimers dementia parkinsons epilepsy aan2024 aaic24 ' +
    'strokeawareness als',
  psychiatry: 'psychtwitter mentalhealth depression anxiety endthestigma adhd ptsd bipolar apa2024 suicideprevention ' +
    'mentalhealthawareness eatingdisorders',
  'infectious-disease': 'idtwitter vaccineswork covid19 covid flushot vaccines vaccine longcovid hiv measles rsv idweek2024 ' +
    'idweek antimicrobialresistance amr mpox',
  respiratory: 'pulmtwitter asthma copd ats2024 erscongress cysticfibrosis lungs pulmonaryfibrosis',
  immunology: 'rheumtwitter rheumatology ra lupus ibd crohns ulcerativecolitis acr24 eular2024 spoonie autoimmune',
  dermatology: 'dermtwitter dermatology psoriasis eczema atopicdermatitis acne hidradenitis skincare',
  'rare-disease': 'rarediseaseday raredisease rarediseases raredisease rarediseaseawareness sma duchenne cysticfibrosis hemophilia',
  gastroenterology: 'gitwitter gastroenterology ibd crohns ulcerativecolitis hepatology nash ibs celiac',
  hematology: 'hemetwitter hematology ash24 sicklecell hemophilia leukemia lymphoma myeloma',
  nephrology: 'nephtwitter nephrology ckd kidneydisease dialysis urology',
  ophthalmology: 'ophthalmology eyetwitter glaucoma macular',
  'womens-health': 'womenshealth endometriosis pcos menopause pregnancy obgyn maternalhealth ivf',
  pain: 'chronicpain opioids opioidcrisis naloxone harmreduction addiction recovery fibromyalgia',
} satisfies Record<TherapyAreaId, string>;

export const AREA_HASHTAGS: Record<string, TherapyAreaId[]> = {};
for (const [area, tags] of Object.entries(AREA_HASHTAG_LISTS) as Array<[TherapyAreaId, string]>) {
  for (const tag of tags.split(/\s+/)) {
    const list = AREA_HASHTAGS[tag] ?? (AREA_HASHTAGS[tag] = []);
    if (!list.includes(area)) list.push(area);
  }
}

/** Specialty words in text ("oncologist", "cardiology") and the area they point to. */
export const SPECIALTY_TERMS: Array<{ id: string; area?: TherapyAreaId; terms: string[] }> = [
  { id: 'oncology', area: 'oncology', terms: ['oncology', 'oncologist', 'oncologists', 'medical oncology', 'radiation oncology', 'hematologist-oncologist', 'hem onc', 'heme onc'] },
  { id: 'cardiology', area: 'cardiology', terms: ['cardiology', 'cardiologist', 'cardiologists', 'electrophysiologist', 'cardiac surgeon'] },
  { id: 'endocrinology', area: 'diabetes', terms: ['endocrinology', 'endocrinologist', 'endo', 'diabetologist', 'diabetes educator'] },
  { id: 'neurology', area: 'neurology', terms: ['neurology', 'neurologist', 'neurologists', 'neurosurgeon', 'neurosurgery'] },
  { id: 'psychiatry', area: 'psychiatry', terms: ['psychiatry', 'psychiatrist', 'psychiatrists', 'psychologist', 'therapist', 'counselor'] },
  { id: 'infectious-disease', area: 'infectious-disease', terms: ['infectious disease', 'infectious diseases', 'id doc', 'epidemiologist', 'virologist'] },
  { id: 'pulmonology', area: 'respiratory', terms: ['pulmonology', 'pulmonologist', 'pulmonary medicine', 'respiratory therapist'] },
  { id: 'rheumatology', area: 'immunology', terms: ['rheumatology', 'rheumatologist', 'rheumy', 'immunologist', 'allergist'] },
  { id: 'dermatology', area: 'dermatology', terms: ['dermatology', 'dermatologist', 'derm'] },
  { id: 'gastroenterology', area: 'gastroenterology', terms: ['gastroenterology', 'gastroenterologist', 'gi doc', 'hepatologist'] },
  { id: 'hematology', area: 'hematology', terms: ['hematology', 'hematologist', 'haematologist'] },
  { id: 'nephrology', area: 'nephrology', terms: ['nephrology', 'nephrologist', 'urologist', 'urology'] },
  { id: 'ophthalmology', area: 'ophthalmology', terms: ['ophthalmology', 'ophthalmologist', 'optometrist', 'eye doctor'] },
  { id: 'obstetrics-gynecology', area: 'womens-health', terms: ['obgyn', 'ob gyn', 'gynecologist', 'obstetrician', 'midwife'] },
  { id: 'pain-medicine', area: 'pain', terms: ['pain management', 'pain clinic', 'pain specialist', 'anesthesiologist', 'addiction medicine'] },
  { id: 'primary-care', terms: ['family medicine', 'primary care', 'gp', 'family doctor', 'pcp', 'internist', 'internal medicine'] },
  { id: 'emergency-medicine', terms: ['emergency medicine', 'er doc', 'ed doc', 'emergency physician'] },
  { id: 'pediatrics', terms: ['pediatrics', 'pediatrician', 'paediatrician', 'peds'] },
  { id: 'nursing', terms: ['nurse', 'nurses', 'rn', 'nurse practitioner', 'np'] },
  { id: 'pharmacy', terms: ['pharmacist', 'pharmacists', 'pharmacy', 'pharmd'] },
  { id: 'surgery', terms: ['surgeon', 'surgeons', 'surgery resident', 'general surgery'] },
];

/** Procedures people post about, with the area they point to. */
export const PROCEDURE_TERMS: Array<{ id: string; area?: TherapyAreaId; terms: string[] }> = [
  { id: 'chemotherapy', area: 'oncology', terms: ['chemotherapy', 'chemo', 'chemo infusion'] },
  { id: 'radiotherapy', area: 'oncology', terms: ['radiation therapy', 'radiotherapy', 'radiation treatment'] },
  { id: 'immunotherapy', area: 'oncology', terms: ['immunotherapy', 'car-t', 'car t', 'car-t therapy'] },
  { id: 'mastectomy', area: 'oncology', terms: ['mastectomy', 'lumpectomy', 'double mastectomy'] },
  { id: 'biopsy', area: 'oncology', terms: ['biopsy', 'biopsies'] },
  { id: 'mammogram', area: 'oncology', terms: ['mammogram', 'mammography'] },
  { id: 'colonoscopy', area: 'gastroenterology', terms: ['colonoscopy', 'endoscopy', 'upper endoscopy'] },
  { id: 'dialysis', area: 'nephrology', terms: ['dialysis', 'hemodialysis', 'peritoneal dialysis'] },
  { id: 'kidney-transplant', area: 'nephrology', terms: ['kidney transplant', 'renal transplant'] },
  { id: 'angioplasty', area: 'cardiology', terms: ['angioplasty', 'stent', 'stents', 'pci', 'cardiac catheterization', 'heart cath'] },
  { id: 'bypass-surgery', area: 'cardiology', terms: ['bypass surgery', 'cabg', 'open heart surgery', 'triple bypass'] },
  { id: 'ablation', area: 'cardiology', terms: ['ablation', 'cardiac ablation', 'cardioversion'] },
  { id: 'pacemaker-implant', area: 'cardiology', terms: ['pacemaker', 'icd implant', 'defibrillator implant'] },
  { id: 'echocardiogram', area: 'cardiology', terms: ['echocardiogram', 'echo', 'ecg', 'ekg', 'stress test'] },
  { id: 'mri', terms: ['mri', 'mri scan', 'ct scan', 'pet scan', 'x-ray', 'ultrasound', 'cat scan'] },
  { id: 'bariatric-surgery', area: 'diabetes', terms: ['bariatric surgery', 'gastric bypass', 'gastric sleeve', 'sleeve gastrectomy'] },
  { id: 'insulin-pump', area: 'diabetes', terms: ['insulin pump', 'cgm', 'continuous glucose monitor'] },
  { id: 'eeg', area: 'neurology', terms: ['eeg', 'lumbar puncture', 'spinal tap'] },
  { id: 'deep-brain-stimulation', area: 'neurology', terms: ['deep brain stimulation', 'dbs'] },
  { id: 'ect', area: 'psychiatry', terms: ['ect', 'electroconvulsive therapy', 'tms', 'transcranial magnetic stimulation', 'cbt', 'therapy session'] },
  { id: 'vaccination', area: 'infectious-disease', terms: ['vaccination', 'vaccinated', 'immunization', 'booster shot'] },
  { id: 'spirometry', area: 'respiratory', terms: ['spirometry', 'pulmonary function test', 'pft', 'nebulizer', 'inhaler'] },
  { id: 'infusion', terms: ['infusion', 'iv infusion', 'infusions'] },
  { id: 'hip-replacement', terms: ['hip replacement', 'knee replacement', 'joint replacement'] },
  { id: 'c-section', area: 'womens-health', terms: ['c-section', 'cesarean', 'caesarean', 'ivf', 'hysterectomy', 'iud insertion'] },
  { id: 'cataract-surgery', area: 'ophthalmology', terms: ['cataract surgery', 'lasik', 'eye injection', 'eye injections'] },
  { id: 'surgery', terms: ['surgery', 'operation', 'surgeries'] },
  { id: 'blood-transfusion', area: 'hematology', terms: ['blood transfusion', 'transfusion', 'bone marrow transplant', 'stem cell transplant'] },
];
