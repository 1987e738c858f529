/**
 * Hospitals and health systems known by name, for the PHI detector (src/nlp/phi.ts). Facts, written here.
 */

/**
 * Well-known hospitals and health systems whose everyday short names carry no head word ("Mass General", "the Mayo",
 * "Dana-Farber", "Charité"). Facts, written here. Names that are also ordinary words or people's names ("Duke",
 * "Stanford", "Emory") count only after a place preposition or beside a care word; see FACILITY_NEEDS_CONTEXT.
 */
export const KNOWN_FACILITIES: readonly string[] = ['Mass General', 'Massachusetts General', 'MGH', 'Brigham and Women\'s', 'Brigham', 'Dana-Farber', 'Dana Farber', 'Mayo Clinic', 'Mayo',
  'Cleveland Clinic', 'Johns Hopkins', 'Hopkins', 'MD Anderson', 'Sloan Kettering', 'Memorial Sloan Kettering', 'Sloan-Kettering', 'MSKCC', 'Mount Sinai',
  'Mt Sinai', 'Mt. Sinai', 'Cedars-Sinai', 'Cedars Sinai', 'Cedars', 'NYU Langone', 'Langone', 'Bellevue', 'NewYork-Presbyterian', 'NY Presbyterian',
  'Columbia Presbyterian', 'Weill Cornell', 'Walter Reed', 'Duke', 'Vanderbilt', 'Stanford', 'UCSF', 'UCLA', 'Emory', 'CHOP', 'Boston Children\'s',
  'Great Ormond Street', 'GOSH', 'Guy\'s', 'Guy\'s and St Thomas\'', 'St Thomas\'', 'Royal Free', 'Royal London', 'Royal Marsden', 'Addenbrooke\'s',
  'John Radcliffe', 'Charité', 'Charite', 'Karolinska', 'Pitié-Salpêtrière', 'Pitie-Salpetriere', 'Necker', 'Hôtel-Dieu', 'Sunnybrook', 'SickKids',
  'Toronto General', 'Mass Eye and Ear', 'Beth Israel', 'Beth Israel Deaconess', 'BIDMC', 'Tufts', 'Kaiser', 'Kaiser Permanente', 'Northwestern',
  'Parkland', 'Grady', 'Jackson Memorial', 'Houston Methodist', 'Intermountain', 'Geisinger', 'Ochsner', 'Henry Ford', 'Beaumont', 'Hackensack',
  'Montefiore', 'Lenox Hill', 'Kings County', 'Harborview', 'Yale New Haven', 'Yale-New Haven', 'Jefferson', 'Penn Medicine', 'HUP', 'Sinai', 'UPMC',
  'Baylor', 'Scripps', 'Sutter', 'Dartmouth-Hitchcock', 'Rady Children\'s', 'Nationwide Children\'s', 'Cincinnati Children\'s', 'Texas Children\'s',
  'Seattle Children\'s', 'Lurie', 'Lurie Children\'s', 'St. Jude', 'St Jude', 'Shands', 'Moffitt', 'City of Hope', 'Fred Hutch', 'Roswell Park',
  'Huntsman', 'Barnes-Jewish', 'Barnes Jewish', 'Barnes', 'Rush', 'Loyola', 'Tisch', 'Mercy', 'Ascension', 'AdventHealth', 'Atrium', 'Novant', 'Sentara',
  'Inova', 'MedStar', 'Hopkins Bayview', 'Bayview', 'Stony Brook', 'Westmead', 'Royal Melbourne', 'Royal North Shore', 'Auckland City', 'Starship',
  'Groote Schuur', 'Chris Hani Baragwanath', 'Bara', 'AIIMS', 'Apollo', 'Fortis', 'Aga Khan', 'Hadassah', 'Sheba', 'Rigshospitalet', 'Sahlgrenska',
  'Gemelli', 'Niguarda', 'La Paz', 'Vall d\'Hebron', 'Clínic', 'Hospital Clínic', 'La Pitié', 'Saint-Louis', 'Salpêtrière', 'Erasme', 'UZ Leuven',
  'Erasmus MC', 'AMC', 'UMC Utrecht', 'Radboudumc', 'Inselspital', 'AKH', 'Uniklinik', 'Memorial Hermann', 'Sloan', 'MSK', 'Barts', 'Royal Brompton',
  'Children\'s Mercy', 'Rainbow Babies', 'Mott', 'C.S. Mott', 'Primary Children\'s', 'Nemours', 'Alder Hey', 'Cook Children\'s', 'Le Bonheur', 'Phoenix Children\'s',
  'Lucile Packard', 'UCSF Benioff', 'Benioff', 'Penn State Hershey', 'Wake Forest Baptist', 'WakeMed', 'BWH', 'BCH', 'DFCI', 'UCSD', 'OHSU', 'UW Medicine',
  'Virginia Mason', 'Maine Med', 'Hennepin', 'Hennepin Healthcare', 'Abbott Northwestern', 'Froedtert', 'Gundersen', 'Avera', 'Cardinal Glennon', 'UAB',
  'Tulane', 'Piedmont', 'UNC', 'MUSC', 'Tampa General', 'NYP', 'HSS', 'Northwell', 'RWJ', 'RWJBarnabas', 'Tata Memorial', 'Rambam', 'Ichilov', 'La Fe',
  'Gregorio Marañón', '12 de Octubre', 'Foothills', 'Royal Alex', 'Tygerberg', 'Kenyatta', 'Mulago', 'Korle Bu', 'Lagos University Teaching Hospital',
  'LUTH', 'St George\'s', 'St Bart\'s', 'Addenbrookes', 'Great Ormond St', 'Ninewells', 'Queen Elizabeth', 'QEUH', 'Royal Victoria', 'Beaumont Hospital',
  'Mater', 'Mater Misericordiae', 'Tallaght', 'Crumlin', 'Temple Street', 'Southmead', 'Freeman', 'RVI', 'Jimmy\'s', 'Wythenshawe', 'Walter Mackenzie',
  'Ottawa Civic', 'The Ottawa Hospital', 'CHEO', 'McMaster', 'Sick Kids', 'Peter Mac', 'Royal Children\'s', 'Princess Margaret', 'Sunnybrook Health',
  'Vall d\'Hebron', 'Sant Pau', 'Bellvitge', 'Hospital del Mar', 'Salpêtrière', 'Bichat', 'Cochin', 'Lariboisière', 'Hôpital Européen Georges-Pompidou',
  'Georges-Pompidou', 'Gustave Roussy', 'Curie', 'Institut Curie', 'Heidelberg', 'Eppendorf', 'UKE', 'LMU Klinikum', 'Großhadern', 'Rechts der Isar',
  'Vivantes', 'Helios', 'Asklepios', 'Mass Gen', 'Brookdale', 'Sunrise Senior Living', 'Atria', 'Shady Pines', 'Shriners', 'Planned Parenthood',
  'MinuteClinic', 'One Medical', 'CityMD', 'MedExpress', 'Concentra', 'DaVita', 'Fresenius', 'VITAS', 'NYU', 'CHLA', 'CCHMC', 'UTSW', 'UTMB', 'VUMC',
  'UNMC', 'Toronto Western', 'Hospice of the Valley', 'Kindred', 'Encompass', 'Farber', 'Children\'s', 'Childrens', 'Presby', 'Methodist', 'Baptist',
  'Memorial', 'St. Joe\'s', 'St Joe\'s', 'Loma Linda', 'Ben Taub', 'Good Sam', 'Good Samaritan', 'Magee-Womens', 'Magee', 'Ohio State Wexner', 'OSU Wexner',
  'Wexner', 'Swedish', 'Providence', 'Banner', 'Wellstar', 'Spectrum Health', 'Corewell', 'Sanford', 'Essentia', 'Allina', 'Hoag', 'Christiana', 'ChristianaCare',
  'Sunrise', 'Prentice', 'Advocate', 'Aurora', 'Bon Secours', 'Christus', 'OU Health', 'UCHealth', 'UC Davis', 'UCI', 'Keck', 'Ronald Reagan', 'Olive View',
  'Harbor-UCLA', 'Jacobi', 'Elmhurst', 'Lincoln', 'Cook County', 'Stroger', 'Boston Medical Center', 'BMC', 'Maimonides', 'Crozer', 'Temple', 'Einstein',
  'Brooke Army', 'Tripler', 'Womack', 'Landstuhl', 'Royal Prince Alfred', 'Groote', 'St Vincent\'s', 'St. Vincent\'s', 'Vancouver General', 'VGH',
  'Foothills Medical', 'Ninewells', 'Frimley Park', 'Manchester Royal', 'MRI', 'Leeds General', 'LGI', 'Jimmy\'s', 'Aintree', 'Royal Derby',
  // More everyday names and nicknames (UK, Ireland, Canada, Australia, New Zealand, India, US psychiatric and rehab hospitals).
  'Sheppard Pratt', 'McLean', 'Spaulding', 'Mass General Brigham', 'Shirley Ryan', 'Shirley Ryan AbilityLab', 'Kessler', 'TIRR', 'Craig Hospital', 'Rusk',
  'National Jewish', 'Denver Health', 'Children\'s Colorado', 'LAC+USC', 'County-USC', 'Barrow', 'Nebraska Medicine', 'Valley Children\'s', 'Sharp Memorial',
  'UCLH', 'Queen Charlotte\'s', 'Queen Charlotte\'s and Chelsea', 'QE', 'QEII', 'Maudsley', 'Bethlem', 'Whittington', 'Homerton', 'The Christie', 'Christie',
  'Clatterbridge', 'Papworth', 'Royal Papworth', 'Moorfields', 'Evelina', 'Liverpool Women\'s', 'Royal Infirmary', 'Royal Hallamshire', 'Hallamshire',
  'Queen\'s Medical Centre', 'QMC', 'Rotunda', 'Coombe', 'Holles Street', 'St James\'s', 'St. James\'s', 'CUH', 'Cork University Hospital', 'UHG',
  'Royal Adelaide', 'The Alfred', 'Monash Medical Centre', 'Austin Health', 'Box Hill', 'Lady Cilento', 'Princess Alexandra', 'RBWH', 'Royal Brisbane',
  'Middlemore', 'St Michael\'s', 'St. Michael\'s', 'CAMH', 'Holland Bloorview', 'Montreal General', 'MUHC', 'CHUM', 'Sainte-Justine', 'Jewish General',
  'Cardarelli', 'Sant\'Orsola', 'Health Sciences North', 'John Hunter', 'MP Shah', 'Dell Seton', 'Mediclinic', 'Netcare', 'LASUTH', 'Maggie\'s', 'Bambino Gesù', 'Albany Med', 'Sri Jayadeva', 'Raigmore', 'Bronglais', 'Whiston', 'Kuakini', 'Bumrungrad', 'Pellegrin', 'Rizzoli', 'Spaarne Gasthuis', 'Glan Clwyd', 'Women\'s College',
  'Tommy\'s', 'Helen Joseph', 'Michael Reese', 'Princess Anne', 'UCH', 'BRI', 'USZ', 'SCUH', 'QCH', 'PGH', 'UNTH', 'Craigavon Area', 'Kaiser',
  'San Raffaele', 'Musgrove Park', 'Mary Birch', 'Sharp Mary Birch', 'Ysbyty Gwynedd', 'Hospital 12 de Octubre', 'Rosie', 'RPA', 'Morriston', 'Pinderfields', 'Sparrow', 'Kokilaben', 'Lilavati', 'Hinduja', 'Medanta', 'Narayana', 'CMC Vellore', 'PGIMER', 'Manipal', 'Jaslok', 'Breach Candy', 'Sir Ganga Ram', 'KEM', 'Ruby Hall'];
/** Multi-site systems written with their site after them ("Kaiser Oakland", "Sutter Roseville", "DaVita Eastgate", "Sunrise of Bethesda"). */
export const FACILITY_SYSTEMS: ReadonlySet<string> = new Set(['mediclinic', 'netcare', 'fortis', 'apollo', 'manipal', 'max', 'medanta', 'narayana', 'helios', 'asklepios', 'vivantes', 'kaiser', 'kaiser permanente', 'sutter', 'beaumont', 'upmc', 'davita', 'fresenius', 'swedish', 'providence', 'ascension',
  'adventhealth', 'atrium', 'novant', 'banner', 'intermountain', 'advocate', 'aurora', 'sentara', 'inova', 'medstar', 'northwell', 'mercy', 'piedmont',
  'wellstar', 'bon secours', 'christus', 'scripps', 'spectrum health', 'corewell', 'allina', 'fairview', 'essentia', 'sanford', 'avera', 'geisinger',
  'hackensack', 'rwjbarnabas', 'yale new haven', 'kindred', 'encompass', 'brookdale', 'sunrise', 'atria', 'minuteclinic', 'citymd', 'one medical',
  'concentra', 'cleveland clinic', 'mayo clinic', 'ohsu', 'uchealth', 'ou health', 'ucsf', 'ucla', 'nyu langone', 'mount sinai', 'mt sinai', 'hca',
  'memorial hermann', 'houston methodist', 'baylor scott', 'northwestern', 'henry ford', 'ochsner', 'jefferson', 'penn medicine', 'nyp', 'montefiore', 'hoag']);
/** Capitalised words that end a system's name instead of naming a site ("Kaiser ICU", "UPMC Nurses"). */
export const NOT_SITE_WORD = /^(?:ICU|NICU|PICU|CICU|MICU|SICU|CVICU|ER|ED|OR|PACU|L&D|Team|Nurses?|Staff|Doctors?|Docs?|Pharmacy|Lab|Labs|Radiology|Billing|Parking|App|Portal|MyChart|Is|Was|And|But|Or|So|The|A|I|We|They|He|She|It|My|Our|His|Her|Their|This|That|On|In|At|To|For|With|From|By|Today|Tonight|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|RN|RNs|MD|MDs|NP|PA|CNA|Employees?|Workers|Strike|Layoffs|Announced|Said|Says|Has|Had|Will|Just|Covid|COVID|Health|Medicine)$/;
/** Short names that are also words or surnames: a facility only after at/to/from/in or next to a care word. */
export const FACILITY_NEEDS_CONTEXT: ReadonlySet<string> = new Set(['john hunter', 'cardarelli', 'maggies', 'maggie s', 'whiston', 'northside', 'tommys', 'helen joseph', 'michael reese', 'princess anne', 'uch', 'bri', 'hsc', 'usz', 'pgh', 'rosie', 'rpa', 'sparrow', 'duke', 'vanderbilt', 'stanford', 'ucla', 'emory', 'hopkins', 'mayo', 'kaiser', 'northwestern', 'parkland', 'grady',
  'jefferson', 'sinai', 'baylor', 'scripps', 'sutter', 'lurie', 'barnes', 'rush', 'loyola', 'tisch', 'mercy', 'ascension', 'atrium', 'apollo', 'fortis',
  'sheba', 'erasme', 'amc', 'bara', 'cedars', 'tufts', 'bayview', 'starship', 'huntsman', 'shands', 'moffitt', 'necker', 'chop', 'gosh', 'hup',
  'beaumont', 'inova', 'sentara', 'novant', 'geisinger', 'intermountain', 'ochsner', 'bellevue', 'brigham', 'langone', 'westmead', 'gemelli', 'akh',
  'la paz', 'clinic', 'clínic', 'mott', 'mater', 'freeman', 'barts', 'curie', 'heidelberg', 'helios', 'foothills', 'piedmont', 'tulane', 'queen elizabeth',
  'royal victoria', 'cochin', 'bichat', 'crumlin', 'avera', 'sloan', 'nemours', 'mercy', 'rambam', 'la fe', 'hennepin', 'vivantes', 'asklepios', 'rvi',
  'uke', 'unc', 'uab', 'nyp', 'hss', 'msk', 'bwh', 'bch', 'amc', 'luth', 'cheo', 'mcmaster', 'mulago', 'eppendorf', 'tata memorial', 'kenyatta', 'nyu',
  'kindred', 'encompass', 'concentra', 'atria', 'shriners', 'farber', 'childrens', 'presby', 'methodist', 'baptist', 'memorial', 'swedish', 'providence',
  'banner', 'sanford', 'advocate', 'aurora', 'sunrise', 'prentice', 'lincoln', 'temple', 'einstein', 'magee', 'christus', 'mri', 'elmhurst', 'jacobi', 'keck',
  'bmc', 'uci', 'womack', 'tripler', 'essentia', 'allina', 'hoag', 'wexner', 'good sam', 'corewell', 'wellstar']);
