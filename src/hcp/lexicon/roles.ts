/**
 * Words for what a person does, in English, German, French, Spanish, Italian and Portuguese, written folded (lower
 * case, no accents: see text-folding.ts). Titles ("Dr.", "Dr. med.") and the "Dr."s that are not clinicians.
 */
import type { HcpType } from '../hcp-types.js';

export interface RoleWords { type?: HcpType; words: string[] }

export const ROLE_WORDS: readonly RoleWords[] = [
  {
    type: 'physician',
    words: ['physician', 'physicians', 'medical doctor', 'attending physician', 'consultant physician', 'physician scientist',
      'physician-scientist', 'clinician scientist', 'clinician-scientist', 'staff physician', 'doctor', 'medecin', 'medecins',
      'docteur en medecine', 'medico', 'medica', 'medico especialista', 'medica especialista', 'medico adjunto', 'medica adjunta',
      'facultativo especialista', 'arzt', 'arztin', 'aerztin', 'facharzt', 'facharztin', 'oberarzt', 'oberarztin', 'chefarzt',
      'chefarztin', 'medico chirurgo', 'lekarz', 'laakari', 'lakare', 'consultant physician', 'consultant surgeon'],
  },
  {
    type: 'nurse',
    words: ['nurse', 'nurses', 'registered nurse', 'nurse practitioner', 'nurse educator', 'nurse manager', 'charge nurse',
      'nurse specialist', 'clinical nurse specialist', 'nurse anesthetist', 'midwife', 'midwives', 'infirmier', 'infirmiere',
      'infirmiere praticienne', 'enfermero', 'enfermera', 'enfermeira', 'enfermeiro', 'krankenschwester', 'krankenpfleger',
      'krankenpflegerin', 'pflegefachfrau', 'pflegefachmann', 'pflegefachkraft', 'pflegekraft', 'gesundheits- und krankenpfleger',
      'gesundheits- und krankenpflegerin', 'hebamme', 'sage-femme', 'matrona', 'infermiere', 'infermiera', 'ostetrica'],
  },
  {
    type: 'pharmacist',
    words: ['pharmacist', 'pharmacists', 'clinical pharmacist', 'pharmacien', 'pharmacienne', 'farmaceutico', 'farmaceutica',
      'apotheker', 'apothekerin', 'farmacista', 'pharmacy practice'],
  },
  {
    type: 'dentist',
    words: ['dentist', 'dentists', 'dental surgeon', 'dentiste', 'chirurgien-dentiste', 'dentista', 'odontologo', 'odontologa',
      'zahnarzt', 'zahnarztin', 'odontoiatra', 'cirurgiao-dentista'],
  },
  {
    type: 'allied_health',
    words: ['physician assistant', 'physician associate', 'physiotherapist', 'physical therapist', 'occupational therapist',
      'speech-language pathologist', 'speech language pathologist', 'speech therapist', 'dietitian', 'dietician',
      'registered dietitian', 'paramedic', 'respiratory therapist', 'radiographer', 'sonographer', 'optometrist', 'audiologist',
      'clinical psychologist', 'psychologist', 'clinical social worker', 'diabetes educator', 'lactation consultant',
      'pharmacy technician', 'pharmacy tech', 'physio', 'physios', 'medical laboratory scientist', 'dental hygienist', 'athletic trainer', 'physiotherapeut',
      'physiotherapeutin', 'kinesitherapeute', 'fisioterapeuta', 'logopade', 'logopadin', 'orthophoniste', 'logopeda',
      'dieteticien', 'dieteticienne', 'dietista', 'psychologue', 'psicologo', 'psicologa', 'psychologe', 'psychologin',
      'ergotherapeut', 'ergotherapeutin', 'ergotherapeute', 'terapeuta ocupacional', 'notfallsanitater', 'rettungssanitater'],
  },
  {
    type: 'trainee',
    words: ['medical student', 'med student', 'medical students', 'ms1', 'ms2', 'ms3', 'ms4', 'pgy-1', 'pgy-2', 'pgy-3', 'pgy-4',
      'pgy-5', 'pgy-6', 'pgy1', 'pgy2', 'pgy3', 'pgy4', 'pgy5', 'resident physician', 'resident doctor', 'chief resident',
      'surgical resident', 'medical resident', 'residency', 'intern physician', 'medical intern', 'junior doctor',
      'foundation doctor', 'fy1', 'fy2', 'house officer', 'specialty registrar', 'specialist registrar', 'nursing student',
      'student nurse', 'pharmacy student', 'dental student', 'pa student', 'md candidate', 'md student', 'md/phd student',
      'md-phd student', 'md/phd candidate', 'mbbs student', 'mstp', 'assistenzarzt', 'assistenzarztin', 'arzt in weiterbildung', 'arztin in weiterbildung',
      'medizinstudent', 'medizinstudentin', 'etudiant en medecine', 'etudiante en medecine', 'interne en medecine',
      'interne des hopitaux', 'estudiante de medicina', 'medico residente', 'medica residente', 'residente de',
      'specializzando', 'specializzanda', 'clinical fellow', 'fellow in', 'registrar in'],
  },
  {
    type: 'researcher',
    words: ['researcher', 'research scientist', 'scientist', 'research fellow', 'postdoc', 'postdoctoral', 'phd student',
      'phd candidate', 'doctoral candidate', 'principal investigator', 'clinical researcher', 'clinical trialist', 'trialist',
      'biostatistician', 'pharmacologist', 'chercheur', 'chercheuse', 'investigador', 'investigadora', 'forscher', 'forscherin',
      'wissenschaftler', 'wissenschaftlerin', 'ricercatore', 'ricercatrice', 'cientifico', 'cientifica', 'pesquisador',
      'pesquisadora'],
  },
];

/** Weak role words: clinical, but say nothing about which profession. */
export const CLINICIAN_WORDS = ['clinician', 'clinicians', 'healthcare worker', 'health care worker', 'healthcare professional',
  'health professional', 'hcp', 'frontline', 'on call', 'night shift', 'my patients', 'our patients', 'patient care',
  'clinical trials', 'clinical practice', 'in clinic', 'residency program', 'grand rounds', 'professionnel de sante',
  'profesional sanitario', 'sanitario'];

/** A role word after one of these is about someone else's clinician: "my doctor", "ask your doctor", "not a doctor". */
export const OTHER_PERSON_BEFORE = /(?:^|[^\p{L}])(?:my|mum's|mom's|dad's|your|ur|our|his|her|their|see a|see your|ask a|ask your|not a|never a|no|mon|ma|mes|votre|mi|mis|tu|su|mein|meine|meinen|meiner|meinem|ihr|ihre|kein|keine|il mio|la mia)\s+(?:\p{L}+\s+)?$/u;
/** …and of those, the ones where the person speaks as a patient. */
export const PATIENT_VOICE_BEFORE = /(?:^|[^\p{L}])(?:my|mon|ma|mes|mi|mis|mein|meine|meinen|meiner|meinem|il mio|la mia)\s+(?:\p{L}+\s+)?$/u;

/** Titles before a name, matched on the original text. Each says what it argues for. */
export interface TitleRule { id: string; label: string; pattern: RegExp; type?: HcpType; feature: 'dr_title' | 'clinical_degree' | 'research_degree' | 'non_health_degree' }

export const TITLES: readonly TitleRule[] = [
  { id: 'title:dr-med-dent', label: 'Dr. med. dent.', pattern: /(?<![\p{L}])Dr\.?\s?med\.?\s?dent\.?/gu, type: 'dentist', feature: 'clinical_degree' },
  { id: 'title:dr-med-vet', label: 'Dr. med. vet.', pattern: /(?<![\p{L}])Dr\.?\s?med\.?\s?vet\.?/gu, feature: 'non_health_degree' },
  { id: 'title:dr-med', label: 'Dr. med.', pattern: /(?<![\p{L}])Dr\.?\s?med(?:ic)?\.?(?![\p{L}])/gu, type: 'physician', feature: 'clinical_degree' },
  { id: 'title:dr-rer-nat', label: 'Dr. rer. nat.', pattern: /(?<![\p{L}])Dr\.?\s?rer\.?\s?(?:nat|medic|physiol)\.?/gu, type: 'researcher', feature: 'research_degree' },
  { id: 'title:dr-non-clinical', label: 'Dr. phil.', pattern: /(?<![\p{L}])Dr\.?\s?(?:phil|rer\.?\s?pol|jur|iur|oec|theol|paed)\.|(?<![\p{L}])Dr\.-Ing\./gu, feature: 'non_health_degree' },
  { id: 'title:dr', label: 'Dr.', pattern: /(?<![\p{L}])(?:Dr|DR|Dra|Drª|Dr\.ª|Doctora|Doktor|Dottore|Dott\.ssa|Dott)\.?(?=\s+[\p{Lu}])/gu, feature: 'dr_title' },
  { id: 'title:dr', label: 'Dr.', pattern: /(?<![\p{L}])(?:Dr|Dra|Drª)\.?(?=\s*$)/gu, feature: 'dr_title' },
  { id: 'title:prof', label: 'Prof.', pattern: /(?<![\p{L}])(?:Prof|Pr|Profa)\.?(?=\s+(?:Dr\.?\s+)?[\p{Lu}])|(?<![\p{L}])Professor(?=\s+[\p{Lu}])/gu, feature: 'dr_title', type: 'researcher' },
];

/** "Dr." names that are not clinicians (folded text). */
export const NOT_CLINICIAN_DOCTORS = /(?<![\p{L}])(?:dr\.?|doctor)\s?(?:pepper|seuss|dre|who|strange|phil|martens|bronner|evil|doom|horrible|house|frankenstein|jekyll|watson|octopus|zoidberg|disrespect|feelgood|manhattan|robotnik|eggman|facilier|j|funk|teeth|tattoo|bike|computer|phone|beat|love)(?![\p{L}])|(?<![\p{L}])(?:spin|script|book|plant|tree|bike|computer|phone|car|witch|rap|beat)\s+doctor(?![\p{L}])|(?<![\p{L}])doctor of (?:philosophy|education|divinity|ministry|theology|musical arts|jurisprudence|business|laws?)(?![\p{L}])|(?<![\p{L}])nurse shark|(?<![\p{L}])(?:pre-?med|pre-?health|pre-?nursing|pre-?pharmacy|aspiring (?:doctor|physician|nurse|pharmacist|dentist|surgeon))(?![\p{L}])/u;

/** Doctorates and occupations outside health care (folded text): a "Dr." or "PhD" beside them is not clinical. */
export const NON_HEALTH_FIELDS = /(?<![\p{L}])(?:phd|ph\.d\.|doctorate|doctoral degree|dphil)\s+(?:in|of)\s+(?:physics|economics|history|philosophy|english|literature|mathematics|maths?|engineering|computer science|political science|politics|sociology|law|theology|music|education|art|art history|linguistics|geology|astronomy|astrophysics|chemistry|classics|anthropology|finance|business|psychology of music|musicology|german|french|spanish)(?![\p{L}])|(?<![\p{L}])(?:(?:healthcare |health care |pharma |medical |digital health )?(?:marketing|marketer|sales|recruiter|headhunter|lurker|investor))(?![\p{L}])|(?<![\p{L}])(?:economist|historian|physicist|astrophysicist|astronomer|engineer|lawyer|attorney|theologian|pastor|reverend|mathematician|philosopher|political scientist|sociologist|novelist|author of|chemist|geologist|linguist|software|developer|professor of (?:english|history|law|economics|physics|philosophy|music|political science|mathematics|engineering))(?![\p{L}])/u;
