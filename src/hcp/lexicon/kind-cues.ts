/**
 * Cues for the kinds of account that are not HCPs (folded text: lower case, no accents), and for institutions.
 * Written by us from how such accounts describe themselves.
 */
import type { OrganizationType } from '../hcp-types.js';

export const PATIENT_CUES = ['living with', 'diagnosed with', 'diagnosed in', "dx'd", 'dxd', 'warrior', 'survivor', 'fighter',
  'thriver', 'my journey', 'health journey', 'spoonie', 'chronic illness', 'chronically ill', 'in remission', 'stage iv',
  'stage 4', 'metavivor', 'one day at a time', 'patient here', 'as a patient', 'lebe mit', 'je vis avec', 'vivo con',
  'convivo con', 'patientin', 'enferma de', 'malade de', 'since diagnosis', 'type 1 since', 't1d since', 'my diagnosis'];

export const CAREGIVER_CUES = ['caregiver', 'caregiving', 'carer', 'care giver', 'caring for my', 'mom of a', 'mum of a',
  'dad of a', 'parent of a', 'mother of a', 'father of a', 'my son has', 'my daughter has', 'my husband has', 'my wife has',
  'my mom has', 'my dad has', 'heart mom', 'heart mama', 't1d mom', 't1d dad', 'autism mom', 'special needs', 'aidant',
  'aidante', 'cuidador', 'cuidadora', 'pflegende angehorige', 'mama von', 'caregiver to my'];

export const ADVOCATE_CUES = ['patient advocate', 'patient advocacy', 'advocate', 'advocacy', 'epatient', 'e-patient',
  'patient voice', 'patient leader', 'patient partner', 'patient expert', 'expert patient', 'patientsincluded',
  'patients included', 'awareness', 'defensora de pacientes', 'patientenvertreter', 'patientenvertreterin',
  'association de patients', 'representante de pacientes'];

export const ORGANIZATION_CUES = ['official account', 'official twitter', 'official page', 'we are', "we're", 'our mission',
  'our team', 'follow us', 'contact us', 'not monitored', 'inc.', 'ltd', 'llc', 'gmbh', 'plc', 's.a.', 'foundation',
  'association', 'society', 'federation', 'college of', 'academy of', 'council', 'department of', 'ministry', 'agency',
  'authority', 'alliance', 'coalition', 'consortium', 'journal', 'hiring', 'careers', 'members', 'advancing',
  'for medical information', 'official', 'compte officiel', 'cuenta oficial', 'offizieller account'];

export const ORGANIZATION_TYPE_CUES: Record<OrganizationType, string[]> = {
  pharma: ['pharma', 'pharmaceutical', 'pharmaceuticals', 'therapeutics', 'biosciences', 'biotech', 'biopharma',
    'medical information', 'prescribing information', 'reporting side effects', 'report side effects', 'adverse event reporting',
    'life sciences', 'laboratoires', 'farmaceutica'],
  hospital: ['hospital', 'clinic', 'medical center', 'medical centre', 'health system', 'healthcare system',
    'academic medical center', 'klinikum', 'krankenhaus', 'hopital', 'nhs trust', 'cancer center', 'cancer centre',
    'universitatsklinikum', 'hospital universitario', 'ospedale', 'centre hospitalier'],
  society: ['society', 'association', 'college of', 'academy', 'federation', 'members', 'advancing', 'gesellschaft',
    'societe', 'sociedad', 'societa'],
  journal: ['journal', 'peer-reviewed', 'peer reviewed', 'latest issue', 'impact factor', 'editors', 'submit your',
    'the lancet', 'nejm', 'bmj', 'jama'],
  government: ['ministry', 'department of health', 'public health agency', 'government', 'official public health',
    'national health service', 'regulatory authority', 'health authority', 'drug regulatory', 'cdc', 'fda', 'ema',
    'ministerio de sanidad', 'ministere de la sante', 'bundesministerium', 'gesundheitsamt'],
};

/** Words that, in a display name, mark an organisation ("Novagen Pharma", "Journal of Cardiology"). */
export const ORGANIZATION_NAME_WORDS = ['pharma', 'therapeutics', 'biosciences', 'biotech', 'society', 'association', 'journal',
  'hospital', 'clinic', 'ministry', 'agency', 'service', 'institute', 'foundation', 'inc', 'center', 'centre', 'authority',
  'college', 'academy', 'federation', 'council', 'department', 'university', 'network', 'alliance', 'klinikum', 'hopital',
  'gesellschaft', 'laboratories', 'labs', 'group', 'health system', 'medical center', 'news'];

export const MEDIA_CUES = ['news', 'newsroom', 'journalist', 'reporter', 'correspondent', 'health desk', 'medical news',
  'breaking', 'tips:', 'podcast', 'magazine', 'newsletter', 'broadcaster', 'editor at', 'health editor', 'science editor',
  'health reporter', 'periodista', 'journaliste', 'redakteur', 'redakteurin', 'medical writer', 'science writer'];

export const MEDIA_NAME_WORDS = ['news', 'wire', 'times', 'today', 'insider', 'daily', 'post', 'tribune', 'herald', 'gazette',
  'report', 'magazine', 'radio', 'tv', 'media', 'desk', 'press'];

export const BOT_CUES = ['dm for', 'dm me', 'no prescription', 'without prescription', 'no rx', 'fast shipping', 'free shipping',
  'discount', 'discounts', 'giveaway', 'giveaways', 'follow + rt', 'follow+rt', 'follow and rt', 'rt to win', 'cheap',
  'buy now', 'promo code', 'crypto', 'nft', 'forex', 'onlyfans', 'click the link', 'best deals', 'deals', 'earn $',
  'followback', 'follow back', 'f4f', 'bitcoin', 'casino', 'betting', 'escort'];

/** Generic institution words and well-known health institutions (folded). */
export const INSTITUTION_WORDS = ['hospital', 'medical center', 'medical centre', 'health system', 'school of medicine',
  'medical school', 'college of medicine', 'faculty of medicine', 'university hospital', 'teaching hospital', 'nhs',
  'nhs trust', 'klinikum', 'universitatsklinikum', 'klinik', 'krankenhaus', 'uniklinik', 'charite', 'chu de', 'ap-hp', 'hopital',
  'hospital universitario', 'hospital clinic', 'clinica universidad', 'policlinico', 'ospedale', 'aiims', 'cancer center',
  'cancer centre', 'cancer institute', 'mayo clinic', 'mayoclinic', 'mass general', 'massgeneral', 'massachusetts general',
  'md anderson', 'mdanderson', 'johns hopkins', 'johnshopkins', 'hopkins medicine', 'cleveland clinic', 'clevelandclinic',
  'ucsf', 'ucsfhealth', 'ucla health', 'stanford medicine', 'brigham', 'dana-farber', 'dana farber', 'memorial sloan kettering',
  'mskcc', 'nyu langone', 'mount sinai', 'penn medicine', 'kaiser permanente', 'karolinska', 'toronto general',
  'torontogeneral', 'sickkids', 'royal marsden', "guy's and st thomas", "st thomas' hospital", 'stthomashospital',
  'royal melbourne', 'royalmelbournehospital', 'pitie-salpetriere', 'hopitalpitiesalpetriere', 'gustave roussy',
  'institut curie', "vall d'hebron", 'hospitalclinic', 'cedars-sinai', 'northwestern medicine', 'duke health',
  'vanderbilt', 'ut southwestern', 'fred hutch', 'city of hope', 'moffitt', 'beth israel', 'mgh', 'bwh', 'va medical center',
  'va hospital', 'veterans affairs'];

/** "Views my own", "not medical advice": what clinicians (and some advocates) write in their bios. */
export const DISCLAIMER_CUES = ['views my own', 'views are my own', 'opinions my own', 'opinions are my own', 'tweets my own',
  'tweets are my own', 'posts my own', 'not medical advice', '≠ medical advice', 'no medical advice', 'rt ≠ endorsement',
  'rts ≠ endorsement', 'rts are not endorsements', 'avis personnels', 'opiniones propias', 'opiniones personales',
  'meine meinung', 'private meinung', 'coi', 'disclosures'];

/** Generic health words: weak on their own. */
export const HEALTH_WORDS = ['medicine', 'medical', 'clinical', 'healthcare', 'health care', 'patients', 'patient safety',
  'meded', 'evidence-based', 'evidence based', 'guidelines', 'trials', 'medizin', 'medecine', 'medicina', 'sante', 'salud',
  'gesundheit', 'care'];
