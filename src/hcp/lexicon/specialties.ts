/**
 * Specialties: the words and hashtags that name a field of practice, in English, German, French, Spanish, Italian
 * and Portuguese, each mapped to our canonical specialty label, its NUCC taxonomy code per provider type, and the
 * therapy area it belongs to (graph/areas.ts ids). Written by us from the NUCC code list and common usage.
 *
 * `words` name the field ("cardiology", "Kardiologie"); `specialists` name the person ("cardiologist",
 * "Kardiologin") and so also argue for the physician type; `hashtags` are the community tags (#CardioTwitter).
 */
import type { AreaId } from '../../graph/areas.js';
import type { HcpType } from '../hcp-types.js';

export interface SpecialtyEntry {
  /** Canonical label, lower case: what `hcp.specialties` lists. */
  label: string;
  area?: AreaId;
  /** NUCC code per provider type; `physician` is also the fallback for trainees. */
  nucc: Partial<Record<HcpType | 'nurse_practitioner', string>>;
  words: string[];
  specialists: string[];
  hashtags: string[];
}

export const SPECIALTIES: readonly SpecialtyEntry[] = [
  {
    label: 'cardiology', area: 'cardiology',
    nucc: { physician: '207RC0000X', pharmacist: '1835C0206X', nurse: '163WC3500X' },
    words: ['cardiology', 'cardiovascular disease', 'cardiovascular medicine', 'heart failure', 'electrophysiology',
      'interventional cardiology', 'preventive cardiology', 'kardiologie', 'cardiologie', 'cardiologia'],
    specialists: ['cardiologist', 'cardiologists', 'kardiologe', 'kardiologin', 'cardiologue', 'cardiologo', 'cardiologa',
      'electrophysiologist', 'interventional cardiologist'],
    hashtags: ['cardiotwitter', 'cardiosky', 'cardiology', 'cardiotwitter', 'epeeps', 'cardioonc'],
  },
  {
    label: 'cardiothoracic surgery', area: 'cardiology', nucc: { physician: '208G00000X' },
    words: ['cardiothoracic surgery', 'cardiac surgery', 'herzchirurgie', 'chirurgie cardiaque', 'cirugia cardiaca'],
    specialists: ['cardiac surgeon', 'cardiothoracic surgeon', 'herzchirurg', 'herzchirurgin'],
    hashtags: ['ctsurgery'],
  },
  {
    label: 'oncology', area: 'oncology',
    nucc: { physician: '207RX0202X', nurse: '163WX0200X', pharmacist: '1835X0200X' },
    words: ['oncology', 'medical oncology', 'thoracic oncology', 'breast oncology', 'gi oncology', 'onkologie',
      'oncologie', 'oncologia', 'cancer care', 'cancer research', 'immuno-oncology'],
    specialists: ['oncologist', 'oncologists', 'medical oncologist', 'onkologe', 'onkologin', 'oncologue', 'oncologo', 'oncologa'],
    hashtags: ['onctwitter', 'oncsky', 'oncology', 'meded_onc', 'oncpharm'],
  },
  {
    label: 'hematology-oncology', area: 'oncology', nucc: { physician: '207RH0003X', nurse: '163WX0200X', pharmacist: '1835X0200X' },
    words: ['hematology/oncology', 'hematology-oncology', 'hematology oncology', 'heme/onc', 'hem/onc', 'heme onc', 'hemonc',
      'hamatologie und onkologie', 'hematologie-oncologie'],
    specialists: ['hematologist-oncologist', 'hematologist/oncologist'],
    hashtags: ['hemeonc', 'hemeonctwitter', 'mmsm', 'lymsm'],
  },
  {
    label: 'hematology', area: 'oncology', nucc: { physician: '207RH0000X' },
    words: ['hematology', 'haematology', 'hamatologie', 'hematologie', 'hematologia'],
    specialists: ['hematologist', 'haematologist', 'hamatologe', 'hamatologin', 'hematologue', 'hematologo', 'hematologa'],
    hashtags: ['hemetwitter'],
  },
  {
    label: 'radiation oncology', area: 'oncology', nucc: { physician: '2085R0001X' },
    words: ['radiation oncology', 'strahlentherapie', 'radiotherapie', 'oncologia radioterapica', 'radioterapia'],
    specialists: ['radiation oncologist', 'strahlentherapeut', 'strahlentherapeutin', 'radiotherapeute'],
    hashtags: ['radonc', 'radonctwitter'],
  },
  {
    label: 'surgical oncology', area: 'oncology', nucc: { physician: '2086X0206X' },
    words: ['surgical oncology', 'breast surgery', 'chirurgie oncologique'],
    specialists: ['surgical oncologist', 'breast surgeon'],
    hashtags: ['surgonc'],
  },
  {
    label: 'endocrinology', area: 'diabetes_endocrinology',
    nucc: { physician: '207RE0101X', nurse: '163WD0400X' },
    words: ['endocrinology', 'diabetology', 'diabetes and endocrinology', 'endokrinologie', 'diabetologie', 'endocrinologie',
      'endocrinologia', 'diabetologia', 'obesity medicine', 'diabetes nurse', 'diabetes specialist nurse', 'diabetes care'],
    specialists: ['endocrinologist', 'endocrinologists', 'diabetologist', 'endokrinologe', 'endokrinologin', 'diabetologe',
      'diabetologin', 'endocrinologue', 'diabetologue', 'endocrinologo', 'endocrinologa', 'diabetologo'],
    hashtags: ['endotwitter', 'endosky', 'endocrinology', 'diabetestwitter'],
  },
  {
    label: 'neurology', area: 'neurology', nucc: { physician: '2084N0400X', nurse: '163WN0800X' },
    words: ['neurology', 'neurologie', 'neurologia', 'stroke medicine', 'epileptology', 'movement disorders'],
    specialists: ['neurologist', 'neurologists', 'neurologe', 'neurologin', 'neurologue', 'neurologo', 'neurologa', 'epileptologist'],
    hashtags: ['neurotwitter', 'neurosky', 'neurology', 'strokeaha'],
  },
  {
    label: 'neurosurgery', area: 'neurology', nucc: { physician: '207T00000X' },
    words: ['neurosurgery', 'neurochirurgie', 'neurocirugia'],
    specialists: ['neurosurgeon', 'neurochirurg', 'neurochirurgin', 'neurochirurgien', 'neurocirujano', 'neurocirujana'],
    hashtags: ['neurosurgery'],
  },
  {
    label: 'psychiatry', area: 'psychiatry',
    nucc: { physician: '2084P0800X', nurse: '163WP0808X', nurse_practitioner: '363LP0808X', pharmacist: '1835P1300X' },
    words: ['psychiatry', 'child psychiatry', 'addiction psychiatry', 'psychiatrie', 'psiquiatria', 'psichiatria',
      'mental health nursing'],
    specialists: ['psychiatrist', 'psychiatrists', 'psychiater', 'psychiaterin', 'psychiatre', 'psiquiatra', 'psichiatra'],
    hashtags: ['psychtwitter', 'psychsky', 'psychiatry', 'mhnurse'],
  },
  {
    label: 'infectious disease', area: 'infectious_disease',
    nucc: { physician: '207RI0200X', nurse: '163WI0600X', pharmacist: '1835I0206X' },
    words: ['infectious disease', 'infectious diseases', 'id physician', 'id doc', 'id fellow', 'infection control',
      'antimicrobial stewardship', 'infektiologie', 'infectiologie', 'infectologia', 'enfermedades infecciosas',
      'malattie infettive', 'hiv medicine', 'tropical medicine', 'vaccinology'],
    specialists: ['infectious disease physician', 'infectious diseases physician', 'infectiologist', 'infektiologe',
      'infektiologin', 'infectiologue', 'infectologo', 'infectologa', 'vaccinologist'],
    hashtags: ['idtwitter', 'idsky', 'stewardship', 'idweek'],
  },
  {
    label: 'pulmonology', area: 'respiratory', nucc: { physician: '207RP1001X' },
    words: ['pulmonology', 'pulmonary disease', 'pulmonary medicine', 'pulmonary and critical care', 'pulm/crit',
      'pulm/cc', 'respiratory medicine', 'respiratory nurse', 'respiratory nursing', 'chest medicine', 'pneumologie', 'neumologia', 'pneumologia', 'lungenheilkunde'],
    specialists: ['pulmonologist', 'pulmonologists', 'respiratory physician', 'chest physician', 'pneumologe', 'pneumologin',
      'lungenarzt', 'lungenarztin', 'pneumologue', 'neumologo', 'neumologa', 'pneumologista'],
    hashtags: ['pulmtwitter', 'pulmsky', 'pccm', 'respiratory'],
  },
  {
    label: 'critical care', nucc: { physician: '207RC0200X', nurse: '163WC0200X', pharmacist: '1835C0205X' },
    words: ['critical care', 'intensive care', 'critical care medicine', 'icu', 'intensivmedizin', 'reanimation',
      'medecine intensive', 'medicina intensiva', 'cuidados intensivos'],
    specialists: ['intensivist', 'intensivists', 'intensivmediziner', 'intensivmedizinerin', 'intensiviste', 'intensivista'],
    hashtags: ['foamcc', 'criticalcare', 'icutwitter'],
  },
  {
    label: 'rheumatology', area: 'immunology_rheumatology', nucc: { physician: '207RR0500X' },
    words: ['rheumatology', 'rheumatologie', 'rhumatologie', 'reumatologia'],
    specialists: ['rheumatologist', 'rheumatologists', 'rheumatologe', 'rheumatologin', 'rhumatologue', 'reumatologo', 'reumatologa'],
    hashtags: ['rheumtwitter', 'rheumsky', 'rheumatology'],
  },
  {
    label: 'allergy and immunology', area: 'immunology_rheumatology', nucc: { physician: '207K00000X' },
    words: ['allergy and immunology', 'allergy & immunology', 'clinical immunology', 'immunology', 'allergology', 'allergologie',
      'immunologie', 'alergologia', 'inmunologia'],
    specialists: ['allergist', 'immunologist', 'allergologe', 'allergologin', 'immunologe', 'immunologin', 'allergologue',
      'alergologo', 'inmunologo'],
    hashtags: ['allergytwitter', 'immunology'],
  },
  {
    label: 'dermatology', area: 'dermatology', nucc: { physician: '207N00000X' },
    words: ['dermatology', 'dermatologie', 'dermatologia', 'dermatovenereology'],
    specialists: ['dermatologist', 'dermatologists', 'dermatologe', 'dermatologin', 'hautarzt', 'hautarztin', 'dermatologue',
      'dermatologo', 'dermatologa', 'dermatologista'],
    hashtags: ['dermtwitter', 'dermsky', 'dermatology'],
  },
  {
    label: 'gastroenterology', nucc: { physician: '207RG0100X', nurse: '163WG0100X' },
    words: ['gastroenterology', 'hepatology', 'gastroenterologie', 'gastro-enterologie', 'gastroenterologia', 'hepatologie'],
    specialists: ['gastroenterologist', 'hepatologist', 'gastroenterologe', 'gastroenterologin', 'gastro-enterologue',
      'gastroenterologue', 'hepatologue', 'gastroenterologo', 'gastroenterologa', 'hepatologo'],
    hashtags: ['gitwitter', 'gisky', 'livertwitter', 'ibdtwitter'],
  },
  {
    label: 'nephrology', nucc: { physician: '207RN0300X', nurse: '163WN0300X' },
    words: ['nephrology', 'nephrologie', 'nefrologia'],
    specialists: ['nephrologist', 'nephrologists', 'nephrologe', 'nephrologin', 'nephrologue', 'nefrologo', 'nefrologa'],
    hashtags: ['nephtwitter', 'nephsky', 'askrenal'],
  },
  {
    label: 'internal medicine', nucc: { physician: '207R00000X' },
    words: ['internal medicine', 'general medicine', 'innere medizin', 'medecine interne', 'medicina interna', 'hospital medicine'],
    specialists: ['internist', 'internists', 'hospitalist', 'hospitalists', 'internistin', 'interniste', 'internista'],
    hashtags: ['imtwitter', 'hospitalist', 'medtwitter_im'],
  },
  {
    label: 'family medicine', nucc: { physician: '207Q00000X', nurse_practitioner: '363LF0000X' },
    words: ['family medicine', 'general practice', 'primary care', 'allgemeinmedizin', 'medecine generale', 'medicina familiar',
      'medicina de familia', 'medicina general', 'medicina generale'],
    specialists: ['family physician', 'family doctor', 'general practitioner', 'hausarzt', 'hausarztin', 'allgemeinmediziner',
      'allgemeinmedizinerin', 'medecin generaliste', 'medico de familia', 'medica de familia', 'medico di base', 'huisarts'],
    hashtags: ['fmtwitter', 'gptwitter', 'primarycare'],
  },
  {
    label: 'pediatrics', nucc: { physician: '208000000X', nurse: '163WP0200X', nurse_practitioner: '363LP0200X', pharmacist: '1835P0200X' },
    words: ['pediatrics', 'paediatrics', 'pediatric medicine', 'neonatology', 'padiatrie', 'kinderheilkunde', 'pediatrie',
      'pediatria'],
    specialists: ['pediatrician', 'paediatrician', 'pediatricians', 'neonatologist', 'kinderarzt', 'kinderarztin', 'pediatre',
      'pediatra'],
    hashtags: ['pedstwitter', 'pedsky', 'pediatrics'],
  },
  {
    label: 'emergency medicine', nucc: { physician: '207P00000X', nurse: '163WE0003X', pharmacist: '1835E0208X' },
    words: ['emergency medicine', 'emergency department', 'notfallmedizin', 'medecine d\'urgence', 'urgences',
      'medicina de urgencias', 'urgencias', 'pronto soccorso'],
    specialists: ['emergency physician', 'er doc', 'er doctor', 'em doc', 'em physician', 'notarzt', 'notarztin', 'urgentiste',
      'urgenciologo', 'urgencióloga'],
    hashtags: ['emtwitter', 'emsky', 'foamem'],
  },
  {
    label: 'surgery', nucc: { physician: '208600000X' },
    words: ['general surgery', 'trauma surgery', 'vascular surgery', 'chirurgie', 'cirugia general', 'chirurgia'],
    specialists: ['surgeon', 'surgeons', 'general surgeon', 'trauma surgeon', 'vascular surgeon', 'chirurg', 'chirurgin',
      'chirurgien', 'chirurgienne', 'cirujano', 'cirujana', 'chirurgo'],
    hashtags: ['surgtwitter', 'surgsky', 'ilooklikeasurgeon', 'womeninsurgery'],
  },
  {
    label: 'obstetrics and gynecology', nucc: { physician: '207V00000X', nurse_practitioner: '363LX0001X' },
    words: ['obstetrics and gynecology', 'obstetrics & gynaecology', 'ob/gyn', 'obgyn', 'obstetrics', 'gynecology',
      'gynaecology', 'gynakologie', 'frauenheilkunde', 'gynecologie', 'ginecologia', 'maternal fetal medicine'],
    specialists: ['obstetrician', 'gynecologist', 'gynaecologist', 'frauenarzt', 'frauenarztin', 'gynakologe', 'gynakologin',
      'gynecologue', 'ginecologo', 'ginecologa'],
    hashtags: ['obgyntwitter', 'obgyn'],
  },
  {
    label: 'anesthesiology', nucc: { physician: '207L00000X', nurse: '367500000X' },
    words: ['anesthesiology', 'anaesthesiology', 'anesthesia', 'anaesthesia', 'anasthesiologie', 'anasthesie', 'anesthesie',
      'anestesiologia', 'anestesia'],
    specialists: ['anesthesiologist', 'anaesthetist', 'anesthetist', 'anasthesist', 'anasthesistin', 'anesthesiste',
      'anestesiologo', 'anestesiologa', 'anestesista'],
    hashtags: ['anesthesiology', 'anesthesia'],
  },
  {
    label: 'radiology', nucc: { physician: '2085R0202X' },
    words: ['radiology', 'diagnostic radiology', 'interventional radiology', 'neuroradiology', 'radiologie', 'radiologia'],
    specialists: ['radiologist', 'radiologists', 'neuroradiologist', 'radiologe', 'radiologin', 'radiologue', 'radiologo', 'radiologa'],
    hashtags: ['radtwitter', 'radsky', 'radiology', 'irad'],
  },
  {
    label: 'pathology', nucc: { physician: '207ZP0102X' },
    words: ['pathology', 'dermatopathology', 'pathologie', 'anatomia patologica', 'patologia'],
    specialists: ['pathologist', 'pathologists', 'pathologe', 'pathologin', 'anatomopathologiste', 'patologo', 'patologa'],
    hashtags: ['pathtwitter', 'pathsky', 'pathology'],
  },
  {
    label: 'palliative care', nucc: { physician: '207RH0002X', nurse: '163WH1000X' },
    words: ['palliative care', 'palliative medicine', 'hospice and palliative medicine', 'hospice', 'palliativmedizin',
      'soins palliatifs', 'cuidados paliativos', 'cure palliative'],
    specialists: ['palliative care physician', 'palliativmediziner', 'palliativmedizinerin'],
    hashtags: ['hpm', 'palliativecare', 'hapc'],
  },
  {
    label: 'geriatrics', nucc: { physician: '207RG0300X', nurse: '163WG0600X', nurse_practitioner: '363LG0600X', pharmacist: '1835G0303X' },
    words: ['geriatrics', 'geriatric medicine', 'geriatrie', 'geriatria', 'gerontology'],
    specialists: ['geriatrician', 'geriatricians', 'geriater', 'geriaterin', 'geriatre', 'geriatra'],
    hashtags: ['geritwitter', 'geriatrics'],
  },
  {
    label: 'medical genetics', area: 'rare_disease', nucc: { physician: '207SG0201X' },
    words: ['medical genetics', 'clinical genetics', 'genetic medicine', 'humangenetik', 'genetique medicale',
      'genetica clinica', 'rare disease', 'rare diseases', 'inborn errors of metabolism', 'genetic counseling'],
    specialists: ['geneticist', 'clinical geneticist', 'genetic counselor', 'humangenetiker', 'humangenetikerin', 'geneticien',
      'genetista'],
    hashtags: ['raredisease', 'rarediseaseday', 'genetwitter', 'genetics'],
  },
  {
    label: 'public health', nucc: { physician: '2083P0901X' },
    words: ['public health', 'epidemiology', 'global health', 'preventive medicine', 'offentliches gesundheitswesen',
      'sante publique', 'salud publica', 'sanita pubblica'],
    specialists: ['epidemiologist', 'epidemiologists', 'epidemiologe', 'epidemiologin', 'epidemiologiste', 'epidemiologo',
      'epidemiologa'],
    hashtags: ['epitwitter', 'publichealth', 'globalhealth'],
  },
  {
    label: 'ophthalmology', nucc: { physician: '207W00000X' },
    words: ['ophthalmology', 'augenheilkunde', 'ophtalmologie', 'oftalmologia'],
    specialists: ['ophthalmologist', 'augenarzt', 'augenarztin', 'ophtalmologue', 'oftalmologo', 'oftalmologa'],
    hashtags: ['ophthotwitter', 'eyetwitter'],
  },
  {
    label: 'orthopaedic surgery', nucc: { physician: '207X00000X' },
    words: ['orthopaedic surgery', 'orthopedic surgery', 'orthopaedics', 'orthopedics', 'orthopadie', 'orthopedie',
      'traumatologia', 'ortopedia'],
    specialists: ['orthopaedic surgeon', 'orthopedic surgeon', 'orthopade', 'orthopadin', 'orthopediste', 'traumatologo'],
    hashtags: ['orthotwitter', 'orthopaedics'],
  },
  {
    label: 'urology', nucc: { physician: '208800000X' },
    words: ['urology', 'urologie', 'urologia'],
    specialists: ['urologist', 'urologe', 'urologin', 'urologue', 'urologo', 'urologa'],
    hashtags: ['urotwitter', 'urology'],
  },
  {
    label: 'otolaryngology', nucc: { physician: '207Y00000X' },
    words: ['otolaryngology', 'ent surgery', 'head and neck surgery', 'hno-heilkunde', 'orl', 'otorrinolaringologia'],
    specialists: ['otolaryngologist', 'ent surgeon', 'hno-arzt', 'hno-arztin', 'otorrinolaringologo'],
    hashtags: ['enttwitter', 'otolaryngology'],
  },
  {
    label: 'dentistry', nucc: { dentist: '122300000X' },
    words: ['dentistry', 'general dentistry', 'orthodontics', 'periodontics', 'endodontics', 'oral surgery', 'zahnmedizin',
      'chirurgie dentaire', 'odontologia', 'odontoiatria', 'oral health'],
    specialists: ['orthodontist', 'periodontist', 'endodontist', 'oral surgeon', 'prosthodontist'],
    hashtags: ['dentaltwitter', 'dentistry', 'dentalsky', 'dentist'],
  },
];

/** Hashtags of HCP communities in general, not of one specialty. */
export const HCP_COMMUNITY_HASHTAGS: ReadonlyArray<{ tag: string; type?: HcpType }> = [
  { tag: 'medtwitter' }, { tag: 'medsky' }, { tag: 'meded' }, { tag: 'foamed' }, { tag: 'medicaltwitter' },
  { tag: 'doctorsoftwitter' }, { tag: 'womeninmedicine' }, { tag: 'hcsm' }, { tag: 'foamrad' },
  { tag: 'nursetwitter', type: 'nurse' }, { tag: 'nursesky', type: 'nurse' }, { tag: 'nursesoftwitter', type: 'nurse' },
  { tag: 'nursing', type: 'nurse' }, { tag: 'nurselife', type: 'nurse' },
  { tag: 'pharmtwitter', type: 'pharmacist' }, { tag: 'pharmsky', type: 'pharmacist' }, { tag: 'pharmacist', type: 'pharmacist' },
  { tag: 'dentaltwitter', type: 'dentist' },
  { tag: 'medstudenttwitter', type: 'trainee' }, { tag: 'medstudent', type: 'trainee' }, { tag: 'medschool', type: 'trainee' },
  { tag: 'residency', type: 'trainee' }, { tag: 'match2024', type: 'trainee' },
  { tag: 'physiotwitter', type: 'allied_health' }, { tag: 'pttwitter', type: 'allied_health' }, { tag: 'slpeeps', type: 'allied_health' },
  { tag: 'patwitter', type: 'allied_health' }, { tag: 'rdchat', type: 'allied_health' },
  { tag: 'epitwitter', type: 'researcher' }, { tag: 'academictwitter', type: 'researcher' }, { tag: 'scicomm', type: 'researcher' },
];
