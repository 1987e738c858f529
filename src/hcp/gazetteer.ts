/**
 * A small gazetteer written by us from public facts: countries (ISO 3166-1 alpha-2 with English and native names and
 * common short forms), US states, Canadian provinces, Australian states, and major cities with their country.
 * Names are folded (lower case, no accents) at load time.
 */

/** [ISO code, names…] */
export const COUNTRIES: ReadonlyArray<readonly string[]> = [
  ['US', 'united states', 'united states of america', 'usa', 'u.s.a.', 'u.s.', 'us', 'america', 'estados unidos', 'etats-unis', 'vereinigte staaten'],
  ['GB', 'united kingdom', 'uk', 'u.k.', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'reino unido', 'royaume-uni', 'grossbritannien'],
  ['CA', 'canada'], ['AU', 'australia', 'straya'], ['NZ', 'new zealand', 'aotearoa'], ['IE', 'ireland', 'eire', 'irlanda'],
  ['IN', 'india', 'bharat'], ['PK', 'pakistan'], ['BD', 'bangladesh'], ['LK', 'sri lanka'], ['NP', 'nepal'],
  ['DE', 'germany', 'deutschland', 'allemagne', 'alemania'], ['FR', 'france', 'francia', 'frankreich'],
  ['ES', 'spain', 'espana', 'espagne', 'spanien'], ['IT', 'italy', 'italia', 'italie', 'italien'], ['PT', 'portugal'],
  ['NL', 'netherlands', 'the netherlands', 'holland', 'nederland', 'pays-bas'], ['BE', 'belgium', 'belgique', 'belgie', 'belgien'],
  ['CH', 'switzerland', 'schweiz', 'suisse', 'svizzera'], ['AT', 'austria', 'osterreich', 'autriche'], ['LU', 'luxembourg'],
  ['DK', 'denmark', 'danmark'], ['SE', 'sweden', 'sverige'], ['NO', 'norway', 'norge'], ['FI', 'finland', 'suomi'], ['IS', 'iceland'],
  ['PL', 'poland', 'polska'], ['CZ', 'czech republic', 'czechia', 'cesko'], ['SK', 'slovakia'], ['HU', 'hungary', 'magyarorszag'],
  ['RO', 'romania'], ['BG', 'bulgaria'], ['GR', 'greece', 'hellas', 'ellada'], ['HR', 'croatia', 'hrvatska'], ['SI', 'slovenia'],
  ['RS', 'serbia', 'srbija'], ['UA', 'ukraine', 'ukraina'], ['RU', 'russia', 'russian federation', 'rossiya'], ['TR', 'turkey', 'turkiye'],
  ['IL', 'israel'], ['LB', 'lebanon', 'liban'], ['JO', 'jordan'], ['SA', 'saudi arabia', 'ksa'], ['AE', 'united arab emirates', 'uae'],
  ['QA', 'qatar'], ['KW', 'kuwait'], ['BH', 'bahrain'], ['OM', 'oman'], ['IR', 'iran'], ['IQ', 'iraq'], ['EG', 'egypt', 'misr'],
  ['MA', 'morocco', 'maroc'], ['DZ', 'algeria', 'algerie'], ['TN', 'tunisia', 'tunisie'], ['NG', 'nigeria', 'naija'], ['GH', 'ghana'],
  ['KE', 'kenya'], ['UG', 'uganda'], ['TZ', 'tanzania'], ['ET', 'ethiopia'], ['RW', 'rwanda'], ['ZA', 'south africa', 'rsa', 'mzansi'],
  ['ZW', 'zimbabwe'], ['ZM', 'zambia'], ['CM', 'cameroon', 'cameroun'], ['SN', 'senegal'], ['CI', "cote d'ivoire", 'ivory coast'],
  ['CN', 'china', "people's republic of china", 'prc', 'zhongguo'], ['HK', 'hong kong'], ['TW', 'taiwan'], ['JP', 'japan', 'nippon'],
  ['KR', 'south korea', 'korea', 'republic of korea'], ['SG', 'singapore'], ['MY', 'malaysia'], ['TH', 'thailand'], ['VN', 'vietnam', 'viet nam'],
  ['PH', 'philippines', 'pilipinas'], ['ID', 'indonesia'], ['MX', 'mexico'], ['BR', 'brazil', 'brasil', 'bresil'],
  ['AR', 'argentina'], ['CL', 'chile'], ['CO', 'colombia'], ['PE', 'peru'], ['VE', 'venezuela'], ['EC', 'ecuador'], ['UY', 'uruguay'],
  ['PY', 'paraguay'], ['BO', 'bolivia'], ['CR', 'costa rica'], ['PA', 'panama'], ['GT', 'guatemala'], ['CU', 'cuba'],
  ['DO', 'dominican republic', 'republica dominicana'], ['PR', 'puerto rico'], ['JM', 'jamaica'], ['TT', 'trinidad and tobago'],
];

/** [code, name] */
export const US_STATES: ReadonlyArray<readonly [string, string]> = [
  ['AL', 'alabama'], ['AK', 'alaska'], ['AZ', 'arizona'], ['AR', 'arkansas'], ['CA', 'california'], ['CO', 'colorado'],
  ['CT', 'connecticut'], ['DE', 'delaware'], ['FL', 'florida'], ['GA', 'georgia'], ['HI', 'hawaii'], ['ID', 'idaho'],
  ['IL', 'illinois'], ['IN', 'indiana'], ['IA', 'iowa'], ['KS', 'kansas'], ['KY', 'kentucky'], ['LA', 'louisiana'], ['ME', 'maine'],
  ['MD', 'maryland'], ['MA', 'massachusetts'], ['MI', 'michigan'], ['MN', 'minnesota'], ['MS', 'mississippi'], ['MO', 'missouri'],
  ['MT', 'montana'], ['NE', 'nebraska'], ['NV', 'nevada'], ['NH', 'new hampshire'], ['NJ', 'new jersey'], ['NM', 'new mexico'],
  ['NY', 'new york state'], ['NC', 'north carolina'], ['ND', 'north dakota'], ['OH', 'ohio'], ['OK', 'oklahoma'], ['OR', 'oregon'],
  ['PA', 'pennsylvania'], ['RI', 'rhode island'], ['SC', 'south carolina'], ['SD', 'south dakota'], ['TN', 'tennessee'],
  ['TX', 'texas'], ['UT', 'utah'], ['VT', 'vermont'], ['VA', 'virginia'], ['WA', 'washington state'], ['WV', 'west virginia'],
  ['WI', 'wisconsin'], ['WY', 'wyoming'], ['DC', 'district of columbia'],
];

export const CA_PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ['ON', 'ontario'], ['QC', 'quebec'], ['BC', 'british columbia'], ['AB', 'alberta'], ['MB', 'manitoba'], ['SK', 'saskatchewan'],
  ['NS', 'nova scotia'], ['NB', 'new brunswick'], ['NL', 'newfoundland'], ['PE', 'prince edward island'], ['YT', 'yukon'],
  ['NT', 'northwest territories'], ['NU', 'nunavut'],
];

export const AU_STATES: ReadonlyArray<readonly [string, string]> = [
  ['NSW', 'new south wales'], ['VIC', 'victoria'], ['QLD', 'queensland'], ['WA', 'western australia'], ['SA', 'south australia'],
  ['TAS', 'tasmania'], ['ACT', 'australian capital territory'], ['NT', 'northern territory'],
];

/** "city|ISO" entries separated by white space (for names shared by several places we list the best-known one). */
const CITY_TEXT = `
new york|US nyc|US manhattan|US brooklyn|US boston|US houston|US chicago|US seattle|US atlanta|US los angeles|US san francisco|US
sf|US bay area|US san diego|US philadelphia|US philly|US baltimore|US washington dc|US washington, d.c.|US dc|US miami|US dallas|US
austin|US denver|US phoenix|US minneapolis|US rochester, mn|US detroit|US cleveland|US pittsburgh|US nashville|US st. louis|US
st louis|US new orleans|US portland|US salt lake city|US las vegas|US san antonio|US columbus|US cincinnati|US indianapolis|US
milwaukee|US kansas city|US charlotte|US raleigh|US durham|US chapel hill|US richmond|US tampa|US orlando|US jacksonville|US
sacramento|US palo alto|US stanford|US ann arbor|US new haven|US providence|US hartford|US birmingham, al|US memphis|US
louisville|US omaha|US albuquerque|US tucson|US honolulu|US anchorage|US buffalo|US albany|US madison|US iowa city|US
gainesville|US galveston|US bethesda|US silver spring|US
london|GB manchester|GB edinburgh|GB glasgow|GB bristol|GB birmingham|GB liverpool|GB leeds|GB sheffield|GB newcastle|GB
nottingham|GB leicester|GB cardiff|GB belfast|GB oxford|GB cambridge|GB southampton|GB brighton|GB aberdeen|GB dundee|GB
york|GB norwich|GB plymouth|GB exeter|GB coventry|GB
toronto|CA vancouver|CA montreal|CA calgary|CA edmonton|CA ottawa|CA winnipeg|CA halifax|CA quebec city|CA hamilton|CA
london, on|CA saskatoon|CA victoria, bc|CA
sydney|AU melbourne|AU brisbane|AU perth|AU adelaide|AU canberra|AU hobart|AU darwin|AU gold coast|AU
auckland|NZ wellington|NZ christchurch|NZ dublin|IE cork|IE galway|IE
mumbai|IN bombay|IN delhi|IN new delhi|IN bengaluru|IN bangalore|IN chennai|IN madras|IN kolkata|IN calcutta|IN hyderabad|IN
pune|IN ahmedabad|IN jaipur|IN lucknow|IN chandigarh|IN kochi|IN vellore|IN karachi|PK lahore|PK islamabad|PK dhaka|BD colombo|LK
kathmandu|NP
berlin|DE munchen|DE munich|DE hamburg|DE koln|DE cologne|DE frankfurt|DE stuttgart|DE dusseldorf|DE leipzig|DE dresden|DE
heidelberg|DE freiburg|DE hannover|DE bonn|DE mainz|DE essen|DE nurnberg|DE nuremberg|DE tubingen|DE
paris|FR lyon|FR marseille|FR toulouse|FR nice|FR nantes|FR strasbourg|FR bordeaux|FR lille|FR montpellier|FR rennes|FR
grenoble|FR
madrid|ES barcelona|ES sevilla|ES seville|ES valencia|ES malaga|ES bilbao|ES zaragoza|ES granada|ES salamanca|ES pamplona|ES
rome|IT roma|IT milan|IT milano|IT naples|IT napoli|IT turin|IT torino|IT florence|IT firenze|IT bologna|IT padova|IT
lisbon|PT lisboa|PT porto|PT amsterdam|NL rotterdam|NL utrecht|NL leiden|NL the hague|NL brussels|BE bruxelles|BE antwerp|BE
leuven|BE gent|BE ghent|BE zurich|CH geneva|CH geneve|CH basel|CH bern|CH lausanne|CH vienna|AT wien|AT graz|AT innsbruck|AT
copenhagen|DK kobenhavn|DK aarhus|DK stockholm|SE gothenburg|SE goteborg|SE uppsala|SE lund|SE oslo|NO bergen|NO helsinki|FI
warsaw|PL warszawa|PL krakow|PL prague|CZ praha|CZ budapest|HU bucharest|RO athens|GR athina|GR zagreb|HR belgrade|RS kyiv|UA
kiev|UA moscow|RU istanbul|TR ankara|TR tel aviv|IL jerusalem|IL haifa|IL beirut|LB amman|JO riyadh|SA jeddah|SA dubai|AE
abu dhabi|AE doha|QA cairo|EG alexandria|EG casablanca|MA tunis|TN
lagos|NG abuja|NG ibadan|NG kano|NG accra|GH nairobi|KE kampala|UG dar es salaam|TZ addis ababa|ET kigali|RW johannesburg|ZA
cape town|ZA durban|ZA pretoria|ZA harare|ZW lusaka|ZM
beijing|CN shanghai|CN guangzhou|CN shenzhen|CN wuhan|CN tokyo|JP osaka|JP kyoto|JP seoul|KR singapore|SG kuala lumpur|MY
bangkok|TH hanoi|VN ho chi minh city|VN manila|PH jakarta|ID taipei|TW
mexico city|MX ciudad de mexico|MX cdmx|MX guadalajara|MX monterrey|MX sao paulo|BR rio de janeiro|BR brasilia|BR belo horizonte|BR
porto alegre|BR curitiba|BR recife|BR salvador|BR buenos aires|AR cordoba|AR santiago|CL bogota|CO medellin|CO lima|PE
caracas|VE quito|EC montevideo|UY san jose|CR havana|CU san juan|PR
`;

export const CITIES: ReadonlyArray<readonly [city: string, country: string]> = [...CITY_TEXT.replace(/\s+/g, ' ')
  .matchAll(/\s*([^|]+?)\|([A-Z]{2})(?=\s|$)/g)].map((m) => [m[1]!.trim(), m[2]!] as const);

/** Flags are pairs of regional indicator symbols: 🇺🇸 = U + S. */
export const REGIONAL_INDICATOR_A = 0x1f1e6;
