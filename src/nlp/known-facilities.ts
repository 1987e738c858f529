/**
 * Hospitals and health systems known by name, for the PHI detector (src/nlp/phi.ts). Facts, written here.
 */

/**
 * Well-known hospitals and health systems whose everyday short names carry no head word ("Mass General", "the Mayo",
 * "Dana-Farber", "Charité"). Facts, written here. Names that are also ordinary words or people's names ("Duke",
 * "Stanford", "Emory") count only after a place preposition or beside a care word; see FACILITY_NEEDS_CONTEXT.
 */
const HOSPITALS_US_EUROPE = ['Mass General', 'Massachusetts General', 'MGH', 'Brigham and Women\'s', 'Brigham', 'Dana-Farber', 'Dana Farber', 'Mayo Clinic', 'Mayo',
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
  'Sant Pau', 'Bellvitge', 'Hospital del Mar', 'Bichat', 'Cochin', 'Lariboisière', 'Hôpital Européen Georges-Pompidou',
  'Georges-Pompidou', 'Gustave Roussy', 'Curie', 'Institut Curie', 'Heidelberg', 'Eppendorf', 'UKE', 'LMU Klinikum', 'Großhadern', 'Rechts der Isar',
  'Vivantes', 'Helios', 'Asklepios', 'Mass Gen', 'Brookdale', 'Sunrise Senior Living', 'Atria', 'Shady Pines', 'Shriners', 'Planned Parenthood',
  'MinuteClinic', 'One Medical', 'CityMD', 'MedExpress', 'Concentra', 'DaVita', 'Fresenius', 'VITAS', 'NYU', 'CHLA', 'CCHMC', 'UTSW', 'UTMB', 'VUMC',
  'UNMC', 'Toronto Western', 'Hospice of the Valley', 'Kindred', 'Encompass', 'Farber', 'Children\'s', 'Childrens', 'Presby', 'Methodist', 'Baptist',
  'Memorial', 'St. Joe\'s', 'St Joe\'s', 'Loma Linda', 'Ben Taub', 'Good Sam', 'Good Samaritan', 'Magee-Womens', 'Magee', 'Ohio State Wexner', 'OSU Wexner',
  'Wexner', 'Swedish', 'Providence', 'Banner', 'Wellstar', 'Spectrum Health', 'Corewell', 'Sanford', 'Essentia', 'Allina', 'Hoag', 'Christiana', 'ChristianaCare',
  'Sunrise', 'Prentice', 'Advocate', 'Aurora', 'Bon Secours', 'Christus', 'OU Health', 'UCHealth', 'UC Davis', 'UCI', 'Keck', 'Ronald Reagan', 'Olive View',
  'Harbor-UCLA', 'Jacobi', 'Elmhurst', 'Lincoln', 'Cook County', 'Stroger', 'Boston Medical Center', 'BMC', 'Maimonides', 'Crozer', 'Temple', 'Einstein',
  'Brooke Army', 'Tripler', 'Womack', 'Landstuhl', 'Royal Prince Alfred', 'Groote', 'St Vincent\'s', 'St. Vincent\'s', 'Vancouver General', 'VGH',
  'Foothills Medical', 'Frimley Park', 'Manchester Royal', 'MRI', 'Leeds General', 'LGI', 'Aintree', 'Royal Derby',
  // More everyday names and nicknames (UK, Ireland, Canada, Australia, New Zealand, India, US psychiatric and rehab hospitals).
  'Sheppard Pratt', 'McLean', 'Spaulding', 'Mass General Brigham', 'Shirley Ryan', 'Shirley Ryan AbilityLab', 'Kessler', 'TIRR', 'Craig Hospital', 'Rusk',
  'National Jewish', 'Denver Health', 'Children\'s Colorado', 'LAC+USC', 'County-USC', 'Barrow', 'Nebraska Medicine', 'Valley Children\'s', 'Sharp Memorial',
  'UCLH', 'Queen Charlotte\'s', 'Queen Charlotte\'s and Chelsea', 'QE', 'QEII', 'Maudsley', 'Bethlem', 'Whittington', 'Homerton', 'The Christie', 'Christie',
  'Clatterbridge', 'Papworth', 'Royal Papworth', 'Moorfields', 'Evelina', 'Liverpool Women\'s', 'Royal Infirmary', 'Royal Hallamshire', 'Hallamshire',
  'Queen\'s Medical Centre', 'QMC', 'Rotunda', 'Coombe', 'Holles Street', 'St James\'s', 'St. James\'s', 'CUH', 'Cork University Hospital', 'UHG',
  'Royal Adelaide', 'The Alfred', 'Monash Medical Centre', 'Austin Health', 'Box Hill', 'Lady Cilento', 'Princess Alexandra', 'RBWH', 'Royal Brisbane',
  'Middlemore', 'St Michael\'s', 'St. Michael\'s', 'CAMH', 'Holland Bloorview', 'Montreal General', 'MUHC', 'CHUM', 'Sainte-Justine', 'Jewish General',
  'Cardarelli', 'Sant\'Orsola', 'Health Sciences North', 'John Hunter', 'MP Shah', 'Dell Seton', 'Mediclinic', 'Netcare', 'LASUTH', 'Maggie\'s', 'Bambino Gesù', 'Albany Med', 'Sri Jayadeva', 'Raigmore', 'Bronglais', 'Whiston', 'Kuakini', 'Bumrungrad', 'Pellegrin', 'Rizzoli', 'Spaarne Gasthuis', 'Glan Clwyd', 'Women\'s College',
  'Tommy\'s', 'Helen Joseph', 'Michael Reese', 'Princess Anne', 'UCH', 'BRI', 'USZ', 'SCUH', 'QCH', 'PGH', 'UNTH', 'Craigavon Area',
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
const SHORT_NAMES_NEEDING_CONTEXT = ['john hunter', 'cardarelli', 'maggies', 'maggie s', 'whiston', 'northside', 'tommys', 'helen joseph', 'michael reese', 'princess anne', 'uch', 'bri', 'hsc', 'usz', 'pgh', 'rosie', 'rpa', 'sparrow', 'duke', 'vanderbilt', 'stanford', 'ucla', 'emory', 'hopkins', 'mayo', 'kaiser', 'northwestern', 'parkland', 'grady',
  'jefferson', 'sinai', 'baylor', 'scripps', 'sutter', 'lurie', 'barnes', 'rush', 'loyola', 'tisch', 'mercy', 'ascension', 'atrium', 'apollo', 'fortis',
  'sheba', 'erasme', 'amc', 'bara', 'cedars', 'tufts', 'bayview', 'starship', 'huntsman', 'shands', 'moffitt', 'necker', 'chop', 'gosh', 'hup',
  'beaumont', 'inova', 'sentara', 'novant', 'geisinger', 'intermountain', 'ochsner', 'bellevue', 'brigham', 'langone', 'westmead', 'gemelli', 'akh',
  'la paz', 'clinic', 'clínic', 'mott', 'mater', 'freeman', 'barts', 'curie', 'heidelberg', 'helios', 'foothills', 'piedmont', 'tulane', 'queen elizabeth',
  'royal victoria', 'cochin', 'bichat', 'crumlin', 'avera', 'sloan', 'nemours', 'rambam', 'la fe', 'hennepin', 'vivantes', 'asklepios', 'rvi',
  'uke', 'unc', 'uab', 'nyp', 'hss', 'msk', 'bwh', 'bch', 'luth', 'cheo', 'mcmaster', 'mulago', 'eppendorf', 'tata memorial', 'kenyatta', 'nyu',
  'kindred', 'encompass', 'concentra', 'atria', 'shriners', 'farber', 'childrens', 'presby', 'methodist', 'baptist', 'memorial', 'swedish', 'providence',
  'banner', 'sanford', 'advocate', 'aurora', 'sunrise', 'prentice', 'lincoln', 'temple', 'einstein', 'magee', 'christus', 'mri', 'elmhurst', 'jacobi', 'keck',
  'bmc', 'uci', 'womack', 'tripler', 'essentia', 'allina', 'hoag', 'wexner', 'good sam', 'corewell', 'wellstar'];

/**
 * Teaching and referral hospitals that people name without a head word, across the countries our posts come from
 * (Africa, South and Southeast Asia, the Gulf, Oceania, Ireland and the UK, North America). Facts, written here.
 * Acronyms and names that are also words or surnames are listed again in WORLD_NEEDS_CONTEXT.
 */
const WORLD_HOSPITALS = [
  // West and East Africa, southern Africa
  'Korle Bu', 'Komfo Anokye', 'KATH', 'Tamale Teaching', 'Cape Coast Teaching', 'Ridge Hospital', '37 Military', 'LUTH', 'UNTH',
  'Aminu Kano', 'AKTH', 'ABUTH', 'OAUTHC', 'UBTH', 'UITH', 'JUTH', 'UPTH', 'Federal Medical Centre', 'National Hospital Abuja', 'Reddington',
  'Lagoon Hospital', 'EKO Hospital', 'St Nicholas Hospital', 'Kenyatta National', 'KNH', 'Aga Khan', 'Aga Khan University Hospital', 'Moi Teaching and Referral',
  'MTRH', 'Nairobi Hospital', 'Gertrude\'s', 'Mater Misericordiae', 'Coast General', 'Mulago', 'Lacor', 'Mbarara', 'KCMC', 'Muhimbili', 'Bugando',
  'Parirenyatwa', 'Harare Central', 'Mpilo', 'Queen Elizabeth Central', 'Kamuzu Central', 'UTH Lusaka', 'Groote Schuur', 'Tygerberg', 'Red Cross War Memorial',
  'Chris Hani Baragwanath', 'Bara', 'Charlotte Maxeke', 'Steve Biko Academic', 'Inkosi Albert Luthuli', 'King Edward VIII', 'Frere',
  'Livingstone Hospital', 'Dora Nginza', 'Mankweng', 'Polokwane Hospital', 'Rob Ferreira', 'Helen Joseph', 'Milpark', 'Sunninghill', 'Life Fourways',
  'Kalafong', 'Tembisa Hospital', 'Leratong', 'Edendale', 'Ngwelezana', 'Princess Marina', 'Korle-Bu',
  // South Asia
  'AIIMS', 'JIPMER', 'NIMHANS', 'Tata Memorial',
  'Safdarjung', 'RML Hospital', 'Lok Nayak', 'GTB Hospital', 'Sir JJ', 'JJ Hospital', 'Sion Hospital', 'Nair Hospital', 'Cooper Hospital', 'Nanavati',
  'Wockhardt', 'Kokilaben', 'Amrita Hospital', 'Aster Medcity', 'Narayana Health', 'St John\'s Medical College Hospital', 'Victoria Hospital', 'Bowring',
  'Rajiv Gandhi Government General', 'Stanley Medical', 'Sankara Nethralaya', 'Aravind Eye', 'SMS Hospital', 'KGMU', 'SGPGI', 'IGIMS', 'Osmania General',
  'Gandhi Hospital', 'Yashoda', 'KIMS', 'Care Hospitals', 'Fortis Escorts',
  'Shaukat Khanum', 'Jinnah Hospital', 'JPMC', 'Civil Hospital Karachi', 'Indus Hospital', 'Mayo Hospital Lahore', 'Services Hospital',
  'Shifa International', 'Lady Reading', 'Holy Family Hospital', 'Dhaka Medical College Hospital', 'BSMMU', 'Square Hospital',
  'Bir Hospital', 'TUTH', 'Teaching Hospital Maharagama', 'Lady Ridgeway', 'Teaching Hospital Karapitiya',
  // Southeast and East Asia
  'PGH', 'Philippine General', 'St. Luke\'s BGC', 'St. Luke\'s QC', 'St Luke\'s Global City', 'Makati Med', 'Makati Medical Center', 'The Medical City',
  'Philippine Heart Center', 'Lung Center of the Philippines', 'East Avenue Medical Center', 'Ospital ng Maynila', 'Jose Reyes', 'Fabella',
  'Vicente Sotto', 'Southern Philippines Medical Center', 'SPMC', 'Cardinal Santos', 'Asian Hospital', 'Chong Hua', 'Perpetual Succour', 'SGH', 'TTSH',
  'Tan Tock Seng', 'NUH', 'KKH', 'Kandang Kerbau', 'Changi General', 'CGH', 'KTPH', 'Khoo Teck Puat', 'Ng Teng Fong', 'Sengkang General',
  'Mount Elizabeth', 'Gleneagles', 'Raffles Hospital', 'Mount Alvernia', 'HKL', 'Hospital Kuala Lumpur', 'UMMC', 'PPUKM', 'Hospital Sultanah Aminah',
  'Hospital Pulau Pinang', 'Sunway Medical', 'Prince Court', 'Pantai Hospital', 'Siriraj', 'Ramathibodi', 'Chulalongkorn Hospital', 'Bumrungrad',
  'Chợ Rẫy', 'Cho Ray', 'Bạch Mai', 'Bach Mai', 'Queen Mary Hospital', 'QMH', 'Queen Elizabeth Hospital', 'QEH', 'Prince of Wales Hospital', 'PWH',
  'Tuen Mun Hospital', 'Princess Margaret Hospital', 'United Christian Hospital', 'Pamela Youde', 'Kwong Wah', 'Severance', 'Asan Medical Center',
  'Samsung Medical Center', 'SNUH',
  // The Gulf
  'Rashid Hospital', 'Cleveland Clinic Abu Dhabi', 'Sheikh Khalifa', 'Hamad General', 'Sidra', 'King Faisal Specialist', 'King Fahad Medical City',
  'Tawam', 'Mediclinic City Hospital', 'American Hospital Dubai',
  // Oceania
  'RAH', 'Royal Adelaide', 'Flinders Medical Centre', 'Lyell McEwin', 'Royal Perth', 'RPH', 'Fiona Stanley', 'Sir Charles Gairdner',
  'SCGH', 'Joondalup Health Campus', 'King Edward Memorial', 'Perth Children\'s', 'Westmead', 'Liverpool Hospital', 'Royal North Shore', 'RNSH',
  'Royal Prince Alfred', 'Sydney Children\'s', 'St George Hospital', 'Concord Hospital', 'Blacktown Hospital', 'Campbelltown Hospital',
  'Wollongong Hospital', 'Gosford Hospital', 'Royal Melbourne', 'RMH', 'Royal Children\'s', 'RCH', 'Royal Women\'s', 'Monash Children\'s', 'Sunshine Hospital',
  'Northern Hospital', 'Dandenong Hospital', 'Frankston Hospital', 'Geelong Hospital', 'University Hospital Geelong', 'Ballarat Base', 'Bendigo Health',
  'Peter Mac', 'Peter MacCallum', 'Prince Charles Hospital', 'TPCH', 'Mater Mothers\'', 'Mater Mothers', 'Queensland Children\'s', 'Gold Coast University Hospital',
  'GCUH', 'Robina Hospital', 'Pindara', 'Pindara Private', 'Wesley Hospital', 'Townsville University Hospital', 'Cairns Hospital', 'Royal Darwin',
  'Royal Hobart', 'Canberra Hospital', 'Calvary Bruce', 'Calvary Public', 'John Hunter', 'Auckland City Hospital', 'Auckland Hospital', 'Starship', 'Middlemore',
  'North Shore Hospital', 'Waitakere Hospital', 'Waikato Hospital', 'Wellington Hospital', 'Hutt Hospital', 'Christchurch Hospital', 'Dunedin Hospital',
  'Hawke\'s Bay Hospital', 'Tauranga Hospital', 'Palmerston North Hospital', 'Nelson Hospital', 'Whangārei Hospital', 'Whangarei Hospital',
  // Ireland and the UK (names used without "Hospital")
  'Beaumont', 'Mater', 'Tallaght', 'CHI Crumlin', 'Temple Street', 'St Vincent\'s', 'Connolly', 'Blanchardstown', 'Our Lady of Lourdes',
  'Sligo University Hospital', 'Mayo University Hospital', 'UHL', 'UHK', 'UHW', 'Marymount', 'Milford Care Centre', 'Cuan Mhuire',
  'Bon Secours', 'Mercy University Hospital', 'South Infirmary', 'Portiuncula', 'Naas General', 'Wexford General', 'Cavan General',
  'Addenbrooke\'s', 'Addenbrookes', 'Treliske', 'Musgrove', 'Yeovil District', 'Royal Devon',
  'Royal Cornwall', 'Salisbury District', 'Frimley Park', 'Wexham Park', 'Stoke Mandeville', 'John Radcliffe', 'the JR', 'Churchill Hospital',
  'Northwick Park', 'Ealing Hospital', 'West Mid', 'Kingston Hospital', 'St Helier', 'Croydon University Hospital', 'Lewisham Hospital',
  'Darent Valley', 'Medway Maritime', 'William Harvey', 'QEQM', 'Royal Sussex', 'Conquest Hospital', 'Eastbourne DGH',
  'Southend Hospital', 'Colchester General', 'Ipswich Hospital', 'Norfolk and Norwich', 'NNUH', 'James Paget', 'Hinchingbrooke',
  'Peterborough City', 'Lincoln County', 'Pilgrim Hospital', 'Leicester Royal', 'LRI', 'Kettering General', 'Northampton General',
  'QEHB', 'New Cross', 'Russells Hall', 'Walsall Manor',
  'Royal Stoke', 'Royal Shrewsbury', 'Princess Royal Telford', 'Worcestershire Royal', 'Hereford County', 'Gloucestershire Royal', 'Cheltenham General',
  'Royal Derby', 'Kings Mill', 'Chesterfield Royal', 'Northern General', 'Doncaster Royal', 'Pinderfields', 'Leeds General', 'LGI',
  'Jimmy\'s', 'Bradford Royal', 'BRI', 'Calderdale Royal', 'Huddersfield Royal', 'Hull Royal', 'York District', 'James Cook', 'Freeman',
  'RVI', 'Sunderland Royal', 'North Tees', 'Cumberland Infirmary', 'Royal Preston', 'Blackpool Vic', 'Royal Blackburn', 'Royal Bolton', 'Salford Royal',
  'Wythenshawe', 'MRI', 'Manchester Royal', 'Stepping Hill', 'Tameside General', 'Royal Oldham', 'Fairfield General', 'Royal Liverpool',
  'Alder Hey', 'Arrowe Park', 'Countess of Chester', 'Leighton Hospital', 'Warrington Hospital', 'Whiston', 'Ysbyty Gwynedd', 'Glan Clwyd', 'Wrexham Maelor',
  'Morriston', 'Heath Hospital', 'Royal Gwent', 'Grange University Hospital', 'Withybush', 'Glangwili',
  'QEUH', 'Queen Elizabeth University Hospital', 'Glasgow Royal', 'GRI', 'Royal Alexandra', 'Hairmyres', 'Wishaw General',
  'Forth Valley Royal', 'Ninewells', 'Aberdeen Royal', 'ARI', 'Raigmore', 'Royal Infirmary of Edinburgh', 'RIE',
  'Western General', 'Crosshouse', 'University Hospital Wishaw', 'RVH', 'Ulster Hospital', 'Altnagelvin',
  'Antrim Area', 'Daisy Hill', 'South West Acute',
  // North America (systems and campuses people name alone)
  'Intermountain', 'Baylor Scott & White', 'Baylor Scott and White', 'Kaiser Permanente', 'Legacy Emanuel',
  'OHSU', 'Harborview', 'UW Medical Center', 'Virginia Mason', 'MultiCare', 'Banner University', 'HonorHealth',
  'UCHealth', 'Denver Health', 'Presbyterian St. Luke\'s', 'Children\'s Colorado', 'UT Southwestern', 'Parkland', 'Memorial Hermann',
  'Texas Children\'s', 'Ben Taub', 'Brooke Army', 'BAMC', 'Ochsner', 'UAB Hospital', 'Grady', 'Tampa General', 'TGH',
  'Jackson Memorial', 'Baptist Health South Florida', 'AdventHealth', 'Orlando Health', 'Shands', 'Wake Forest Baptist',
  'UNC Rex', 'WakeMed', 'MUSC', 'Prisma Health', 'Vanderbilt', 'VUMC', 'Erlanger', 'UK HealthCare', 'Norton Hospital', 'Cincinnati Children\'s',
  'Nationwide Children\'s', 'OSU Wexner', 'Riverside Methodist', 'UH Cleveland', 'MetroHealth', 'Henry Ford', 'Corewell Health', 'Sparrow', 'Froedtert',
  'Abbott Northwestern', 'HCMC', 'Hennepin Healthcare', 'Barnes-Jewish', 'Barnes Jewish', 'SSM Health',
  'University of Chicago Medicine', 'Northwestern Memorial', 'Lurie Children\'s', 'Rush University Medical Center', 'Stroger', 'Advocate Christ',
  'Loyola Medicine', 'UI Health', 'Shock Trauma', 'Inova Fairfax', 'MedStar Georgetown', 'MedStar Washington', 'GW Hospital',
  'Children\'s National', 'Penn Presbyterian', 'HUP', 'Jefferson', 'Temple University Hospital', 'CHOP', 'Hackensack', 'RWJ', 'Robert Wood Johnson',
  'Morristown Medical Center', 'Yale New Haven', 'Hartford Hospital', 'Maine Med', 'Dartmouth-Hitchcock', 'Baystate', 'UMass Memorial', 'Beth Israel',
  'BIDMC', 'Tufts Medical Center', 'Boston Medical Center', 'Elmhurst Hospital', 'Jacobi', 'Lincoln Hospital', 'Montefiore', 'Northwell',
  'North Shore University Hospital', 'LIJ', 'Strong Memorial', 'Roswell Park', 'Sunnybrook', 'SickKids', 'Toronto General',
  'Toronto Western', 'St. Mike\'s', 'Scarborough General', 'Humber River', 'Credit Valley', 'Hamilton General',
  'Juravinski', 'London Health Sciences', 'Kingston General', 'The Ottawa Hospital', 'Ottawa Hospital Civic Campus', 'Civic Campus', 'General Campus',
  'CHEO', 'Foothills', 'Rockyview', 'Royal Alex', 'U of A Hospital', 'Vancouver General', 'VGH',
  'Royal Columbian', 'Surrey Memorial', 'BC Children\'s', 'Health Sciences Centre', 'Foothills Medical Centre', 'Royal University Hospital',
  'QEII Halifax', 'IWK', 'Saint John Regional', 'Health Sciences Centre St. John\'s', 'CHUM', 'Hôpital de l\'Enfant-Jésus', 'Enfant-Jésus', 'CHUL',
  'Hôtel-Dieu de Québec', 'Sacré-Coeur', 'Maisonneuve-Rosemont', 'Hôpital Général Juif', 'Glen site', 'CHU de Québec',
  // Continental Europe and Latin America (short names)
  'Gemelli', 'Policlinico Gemelli', 'Niguarda', 'Cardarelli', 'Careggi', 'Molinette', 'Sant\'Orsola', 'Spallanzani', 'Umberto I', 'San Matteo', 'Papa Giovanni',
  'Charité', 'Charité Campus Virchow', 'Campus Virchow', 'Campus Benjamin Franklin', 'Rechts der Isar', 'Großhadern', 'UKE', 'Eppendorf', 'MHH', 'Uniklinik Köln',
  'AKH Wien', 'Inselspital', 'Spital Zollikerberg', 'Triemli', 'Kantonsspital', 'HUG', 'CHUV', 'Pitié-Salpêtrière', 'La Pitié', 'Necker', 'Bichat',
  'Lariboisière', 'Hôtel-Dieu', 'Cochin', 'HEGP', 'Georges-Pompidou', 'Erasme', 'Saint-Luc', 'UZ Leuven', 'Gasthuisberg', 'AMC', 'VUmc',
  'Erasmus MC', 'LUMC', 'UMCG', 'Radboudumc', 'Maasstad', 'OLVG', 'La Paz', 'Gregorio Marañón', 'Vall d\'Hebron', 'Hospital Clínic', 'Sant Pau', 'La Fe',
  'Virgen del Rocío', 'Virgen Macarena', 'São João', 'Hospital das Clínicas', 'HC-FMUSP', 'Albert Einstein', 'Sírio-Libanês',
  'Santa Casa', 'Hospital Italiano', 'Hospital Alemán', 'Hospital Británico', 'Garrahan', 'Hospital del Salvador', 'Clínica Alemana', 'Posta Central',
  'Hospital Sótero del Río', 'CMN Siglo XXI', 'La Raza', 'Hospital General de México', 'Instituto Nacional de Cardiología', 'Fundación Valle del Lili',
  'Hospital San Ignacio', 'Fundación Santa Fe', 'Hospital Rebagliati', 'Hospital Loayza',
];

/** Acronyms and everyday-word names among WORLD_HOSPITALS: a facility only with a care word or a place preposition (keys as tokenised). */
const WORLD_NEEDS_CONTEXT = ['kath', 'ridge hospital', 'bara', 'frere', 'care hospitals', 'kims', 'victoria hospital',
  'indus hospital', 'services hospital', 'square hospital', 'asian hospital', 'sgh', 'nuh', 'kkh', 'cgh', 'hkl', 'qmh', 'qeh', 'pwh', 'sidra', 'rah', 'rph',
  'rmh', 'rch', 'northern hospital', 'wesley hospital', 'beaumont', 'mater', 'connolly', 'uhl', 'uhk',
  'freeman', 'bri', 'gri', 'ari', 'rie', 'rvh', 'jimmys',
  'mri', 'daisy hill', 'intermountain', 'parkland', 'grady', 'tgh', 'jefferson',
  'chop', 'hup', 'rwj', 'jacobi', 'foothills', 'rockyview', 'iwk', 'chul', 'glen site', 'civic campus', 'general campus',
  'necker', 'bichat', 'cochin', 'saint luc', 'amc', 'la paz', 'la fe', 'santa casa', 'albert einstein', 'garrahan', 'la raza',
  'erlanger', 'sparrow', 'shands', 'ochsner', 'northwell', 'stroger', 'baystate', 'sunnybrook', 'kingston general', 'marymount',
  'reddington', 'vanderbilt', 'lij', 'triemli', 'kantonsspital', 'hug', 'chuv', 'uke', 'mhh', 'olvg', 'lumc', 'umcg', 'vumc', 'hegp', 'bamc', 'hcmc', 'vgh',
  'spmc', 'tpch', 'gcuh', 'scgh', 'rnsh', 'qehb', 'lri', 'lgi', 'nnuh', 'qeuh', 'qeqm', 'knh', 'mtrh', 'akth', 'abuth', 'oauthc', 'ubth', 'uith', 'juth',
  'upth', 'jpmc', 'bsmmu', 'tuth', 'kgmu', 'sgpgi', 'igims', 'snuh', 'ttsh', 'ktph', 'ummc', 'ppukm', 'bidmc',
  'lincoln hospital', 'the jr', 'west mid',
  'spallanzani', 'careggi', 'molinette', 'umberto i', 'san matteo', 'papa giovanni', 'cuan mhuire', 'bon secours', 'portiuncula'];

/** Every hospital known by name, once. */
export const KNOWN_FACILITIES: readonly string[] = [...new Set([...HOSPITALS_US_EUROPE, ...WORLD_HOSPITALS])];
/** Short names that are also words, surnames or towns: a facility only after at/to/from/in or next to a care word. */
export const FACILITY_NEEDS_CONTEXT: ReadonlySet<string> = new Set([...SHORT_NAMES_NEEDING_CONTEXT, ...WORLD_NEEDS_CONTEXT]);
