// Organization evidence in English: words that make a capitalized run an organization,
// well-known organization names that carry no such word, and lower-case nouns that introduce
// an organization's name ("environment agency Ibama").
export const EN_ORG_WORDS: ReadonlySet<string> = new Set(`Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC PLC plc Co.
Company Companies Group Holdings Holding Bank Ministry Department Agency Authority Administration University College
Institute Academy School Party Council Committee Commission Parliament Congress Senate Assembly Duma Government
Cabinet Court Police Army Navy Force Forces Office Service Services Association Organization Organisation Union
Federation League Foundation Fund Center Centre Club Airlines Airways Railways Motors Industries Technologies Systems
Partners Capital Securities Exchange Reuters Times Post Journal News Press Television TV Radio Network Church
Movement Front Alliance Commonwealth Board Bureau Directorate Guard Prosecutor's Trust Bancorp Energy
Pharmaceuticals Laboratories Labs Institution Observatory Secretariat Tribunal Wire Telegraph
Herald Gazette Tribune Broadcasting Media Studios Entertainment Insurance Airport Hospital Clinic Programme Program Initiative Coalition`.split(/\s+/));

export const EN_ORG_NAMES: ReadonlySet<string> = new Set([
  'NATO', 'UN', 'EU', 'OPEC', 'WHO', 'IMF', 'WTO', 'OSCE', 'CIS', 'CSTO', 'SCO', 'BRICS', 'ASEAN', 'FBI', 'CIA',
  'KGB', 'FSB', 'NASA', 'UNESCO', 'UNICEF', 'Interpol', 'Europol', 'Kremlin', 'Pentagon', 'Sputnik', 'Reuters',
  'Bloomberg', 'Gazprom', 'Rosneft', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Facebook', 'Meta', 'Twitter',
  'Boeing', 'Airbus', 'Toyota', 'Tesla', 'TASS', 'Interfax', 'RIA Novosti', 'BBC', 'CNN', 'AP', 'AFP', 'Xinhua',
  'Yonhap', 'Anadolu', 'Kazinform', 'Tengrinews', 'Nvidia', 'Samsung', 'Huawei', 'Alibaba', 'Tencent',
  'European Union', 'United Nations', 'White House', 'Red Cross', 'Wall Street', 'Associated Press',
  'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'BlackRock', 'UBS', 'Nasdaq',
  'Berkshire Hathaway', 'ExxonMobil', 'Chevron', 'Shell', 'BP', 'TotalEnergies', 'Aramco', 'Pfizer', 'Moderna',
  'AstraZeneca', 'Novartis', 'Volkswagen', 'BMW', 'Ford', 'General Motors', 'Walmart', 'Disney', 'OpenAI', 'SpaceX',
  'Visa', 'Mastercard', 'PayPal', 'Intel', 'IBM', 'Oracle', 'Siemens', 'Sony', 'Nokia', 'Ericsson', 'Netflix', 'Uber',
  'Lukoil', 'Rosneft', 'Sberbank', 'Yandex', 'Aeroflot', 'Kazatomprom', 'Samruk-Kazyna', 'KazMunayGas',
]);

/** Lower-case nouns right before a name that make it an organization: "environment agency Ibama". */
export const EN_ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set(`agency company firm group bank lender insurer
carrier airline party ministry newspaper broadcaster regulator watchdog operator producer maker retailer
developer startup giant conglomerate miner refiner utility union charity club outlet daily tabloid
drugmaker carmaker automaker chipmaker steelmaker planemaker shipbuilder supermarket chain brewer publisher`.split(/\s+/));

/** Lower-case nouns right after a single capitalized word that make it an organization: "a Treasury official". */
export const EN_ORG_NOUNS_AFTER: ReadonlySet<string> = new Set(`official officials spokesman spokeswoman
spokesperson executive executives employees staff staffer lawyers shareholders shares stock board chief
subsidiary unit`.split(/\s+/));
