// Currencies: signs, ISO 4217 codes, Russian noun lemmas (inflected forms come from the lexicon),
// English words, and adjectives that pick a specific dollar/pound ("гонконгских долларов", "hk $").
// A sub-unit (cent, копейка, penny) is written as [parent code, factor].

export type CurrencyRef = string | readonly [code: string, factor: number];

/** Signs written before or after digits. A letter prefix glued to "$" is in DOLLAR_PREFIXES. */
export const CURRENCY_SIGNS: Readonly<Record<string, CurrencyRef>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₸': 'KZT',
  '₹': 'INR',
  '₿': 'BTC',
  '₡': 'CRC',
  '₩': 'KRW',
  '₺': 'TRY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₫': 'VND',
  '₱': 'PHP',
  '¢': ['USD', 0.01],
};

/** "c $", "C$", "hk $", "US$", "u.s $", "Mex$": the letters before "$" (lower-cased, dots removed). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  cad: 'CAD',
  hk: 'HKD',
  us: 'USD',
  usd: 'USD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  nz: 'NZD',
  nzd: 'NZD',
  mex: 'MXN',
  mx: 'MXN',
  r: 'BRL',
  s: 'SGD',
  sg: 'SGD',
  nt: 'TWD',
};

/** A dollar prefix written in capitals between digits and "$" ("3.14US$", "20R$"): its currency code. */
export function gluedDollarPrefix(letters: string): string | undefined {
  return letters === letters.toUpperCase() ? DOLLAR_PREFIXES[letters.toLowerCase()] : undefined;
}

/** ISO 4217 codes recognized when written next to a number ("42 KWD", "EUR 20", "USD3.14"). */
export const ISO_CODES = new Set(
  (
    'AED AFN AMD ANG AOA ARS AUD AZN BAM BBD BDT BGN BHD BRL BTC BYN BYR CAD CHF CLP CNY COP CRC CZK DKK ' +
    'DZD EGP EUR GBP GEL GHS HKD HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KRW KWD KZT LBP LKR MAD MDL ' +
    'MNT MXN MYR NGN NOK NZD OMR PEN PHP PKR PLN QAR RON RSD RUB RUR SAR SEK SGD THB TJS TMT TND TRY TWD UAH ' +
    'USD UZS VND XAU XBT ZAR ' +
    // Former European currencies, replaced by the euro (1999–2002): news archives of the 1990s quote them.
    'ATS BEF DEM ESP FIM FRF GRD IEP ITL LUF NLG PTE'
  ).split(' '),
);

/** Letters written instead of an ISO code ("RM 42", "Rs. 20", "rmb"). Lower-cased. */
export const CURRENCY_ABBREVIATIONS: Readonly<Record<string, CurrencyRef>> = {
  rm: 'MYR',
  rs: 'INR',
  rmb: 'CNY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  руб: 'RUB',
  р: 'RUB',
  грн: 'UAH',
  долл: 'USD',
  дол: 'USD',
  тг: 'KZT',
  коп: ['RUB', 0.01],
  ц: ['USD', 0.01],
  c: ['USD', 0.01],
  сом: 'KGS',
  сум: 'UZS',
  // "DM 5 million", "5 DM": the Deutsche Mark's sign; only in capitals, "dm" is a decimetre.
  dm: 'DEM',
};

/** Abbreviations read only in capitals ("DM 5"): lower-cased they are units or words ("5 dm"). */
export const ABBREVIATIONS_CAPITALS_ONLY: ReadonlySet<string> = new Set(['dm']);

/** Abbreviations read only after a number: before one they are a preposition, a letter or a word ("с 5", "сом"). */
export const ABBREVIATIONS_AFTER_ONLY: ReadonlySet<string> = new Set(['р', 'c', 'ц', 'сом', 'сум', 'коп']);

/** The euro's name written before an amount in Russian text, capitalized: "Евро 20". */
export const EURO_NAMES: ReadonlySet<string> = new Set(['евро', 'euro']);

/** Russian currency nouns by lemma. */
export const RU_CURRENCY_LEMMAS: Readonly<Record<string, CurrencyRef>> = {
  рубль: 'RUB',
  доллар: 'USD',
  евро: 'EUR',
  тенге: 'KZT',
  юань: 'CNY',
  гривна: 'UAH',
  гривня: 'UAH',
  фунт: 'GBP',
  иена: 'JPY',
  йена: 'JPY',
  франк: 'CHF',
  сом: 'KGS',
  лари: 'GEL',
  манат: 'AZN',
  драм: 'AMD',
  сум: 'UZS',
  лира: 'TRY',
  рупия: 'INR',
  вона: 'KRW',
  злотый: 'PLN',
  крона: 'SEK',
  шекель: 'ILS',
  бат: 'THB',
  песо: 'MXN',
  реал: 'BRL',
  лей: 'MDL',
  дирхам: 'AED',
  риял: 'SAR',
  бакс: 'USD',
  биткоин: 'BTC',
  биткойн: 'BTC',
  цент: ['USD', 0.01],
  копейка: ['RUB', 0.01],
  пенс: ['GBP', 0.01],
  пенни: ['GBP', 0.01],
};

/** Adjectives that select a currency: "канадских долларов" → CAD, "белорусских рублей" → BYN. */
export const RU_CURRENCY_ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  доллар: {
    американский: 'USD',
    канадский: 'CAD',
    австралийский: 'AUD',
    гонконгский: 'HKD',
    новозеландский: 'NZD',
    сингапурский: 'SGD',
    тайваньский: 'TWD',
  },
  рубль: { белорусский: 'BYN', российский: 'RUB' },
  фунт: { британский: 'GBP', египетский: 'EGP' },
  франк: { швейцарский: 'CHF' },
  крона: { шведский: 'SEK', норвежский: 'NOK', датский: 'DKK', чешский: 'CZK' },
  лира: { турецкий: 'TRY' },
  юань: { китайский: 'CNY' },
  иена: { японский: 'JPY' },
  йена: { японский: 'JPY' },
};

/** Genitive words after a currency that belong to it: "долларов США", "фунтов стерлингов". */
export const RU_CURRENCY_TAILS: Readonly<Record<string, string | undefined>> = {
  сша: 'USD',
  стерлингов: 'GBP',
  стерлинга: 'GBP',
};

/** English currency words, singular and plural. */
export const EN_CURRENCY_WORDS: Readonly<Record<string, CurrencyRef>> = {
  dollar: 'USD',
  dollars: 'USD',
  buck: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  kuai: 'CNY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  tenge: 'KZT',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
  lira: 'TRY',
  liras: 'TRY',
  // "lire" is the Italian plural: the Italian lira, the Turkish one's plural is "lira"/"liras".
  lire: 'ITL',
  won: 'KRW',
  peso: 'MXN',
  pesos: 'MXN',
  real: 'BRL',
  reais: 'BRL',
  guilder: 'NLG',
  guilders: 'NLG',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  zloty: 'PLN',
  zlotys: 'PLN',
  shekel: 'ILS',
  shekels: 'ILS',
  bitcoin: 'BTC',
  bitcoins: 'BTC',
  dinar: 'KWD',
  dinars: 'KWD',
  ringgit: 'MYR',
  ringgits: 'MYR',
  baht: 'THB',
  rand: 'ZAR',
  riyal: 'SAR',
  riyals: 'SAR',
  rial: 'IRR',
  rials: 'IRR',
  tugrik: 'MNT',
  tugriks: 'MNT',
  dirham: 'AED',
  dirhams: 'AED',
  złoty: 'PLN',
  złotys: 'PLN',
  // Names that only one current ISO 4217 currency bears (ISO 4217 list of currency names).
  naira: 'NGN',
  nairas: 'NGN',
  cedi: 'GHS',
  cedis: 'GHS',
  rupiah: 'IDR',
  rupiahs: 'IDR',
  dong: 'VND',
  forint: 'HUF',
  forints: 'HUF',
  koruna: 'CZK',
  korunas: 'CZK',
  lev: 'BGN',
  leva: 'BGN',
  kuna: 'HRK',
  kunas: 'HRK',
  taka: 'BDT',
  takas: 'BDT',
  birr: 'ETB',
  birrs: 'ETB',
  kyat: 'MMK',
  kyats: 'MMK',
  riel: 'KHR',
  riels: 'KHR',
  afghani: 'AFN',
  afghanis: 'AFN',
  pula: 'BWP',
  kwanza: 'AOA',
  kwanzas: 'AOA',
  metical: 'MZN',
  meticais: 'MZN',
  somoni: 'TJS',
  hryvna: 'UAH',
  hryvnas: 'UAH',
  // Former European currencies whose names no current currency bears (ISO 4217 withdrawn codes).
  peseta: 'ESP',
  pesetas: 'ESP',
  escudo: 'PTE',
  escudos: 'PTE',
  drachma: 'GRD',
  drachmas: 'GRD',
  drachmae: 'GRD',
  punt: 'IEP',
  punts: 'IEP',
  schilling: 'ATS',
  schillings: 'ATS',
  markka: 'FIM',
  markkaa: 'FIM',
  deutschmark: 'DEM',
  deutschmarks: 'DEM',
  deutschemark: 'DEM',
  deutschemarks: 'DEM',
  'd-mark': 'DEM',
  'd-marks': 'DEM',
  sen: ['MYR', 0.01],
  cent: ['USD', 0.01],
  cents: ['USD', 0.01],
  penny: ['GBP', 0.01],
  pence: ['GBP', 0.01],
  mao: ['CNY', 0.1],
  jiao: ['CNY', 0.1],
  fen: ['CNY', 0.01],
  kopeck: ['RUB', 0.01],
  kopecks: ['RUB', 0.01],
};

/**
 * Currency names that several countries share, read only with the country's adjective before them
 * ("Zambian kwacha", "Kenyan shillings"): alone they name no one currency, so they give no MONEY.
 */
export const EN_CURRENCY_WORDS_WITH_ADJECTIVE: ReadonlySet<string> = new Set([
  'kwacha',
  'kwachas',
  'shilling',
  'shillings',
  'manat',
  'manats',
  'leu',
  'lei',
  // "German marks", "Finnish marks"; alone "marks" is mostly a plain noun ("high marks", "question marks").
  'mark',
  'marks',
]);

/**
 * Currency words that are common nouns too, read as money only right after a scale word ("282 million
 * marks", "1.5 bln marks"): "marks 10 years", "scored 9 marks" stay counts. The Deutsche Mark is the
 * mark that 1990s English news quotes in millions.
 */
export const EN_CURRENCY_WORDS_AFTER_SCALE: Readonly<Record<string, string>> = { marks: 'DEM' };

/**
 * A minor unit's letter glued to the digits right after a main amount ("$12 and 50c", "£3 and 20p"), with
 * the main units it may follow. Only there: alone "50p" may be a page and "720p" a picture size.
 */
export const EN_GLUED_MINOR_UNITS: Readonly<Record<string, { factor: number; parents?: readonly string[] }>> = {
  c: { factor: 0.01 },
  p: { factor: 0.01, parents: ['GBP'] },
};

/** English adjectives before a currency word: "australian dollars", "us dollar", "hong kong dollars". */
export const EN_CURRENCY_ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: {
    us: 'USD',
    american: 'USD',
    canadian: 'CAD',
    australian: 'AUD',
    'hong kong': 'HKD',
    'new zealand': 'NZD',
    singapore: 'SGD',
    taiwan: 'TWD',
  },
  pound: { british: 'GBP', egyptian: 'EGP', irish: 'IEP' },
  franc: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', luxembourg: 'LUF' },
  lira: { turkish: 'TRY', italian: 'ITL' },
  mark: { german: 'DEM', deutsche: 'DEM', deutsch: 'DEM', finnish: 'FIM' },
  guilder: { dutch: 'NLG' },
  yen: { japanese: 'JPY' },
  yuan: { chinese: 'CNY' },
  krone: { norwegian: 'NOK', danish: 'DKK' },
  peso: { mexican: 'MXN', argentine: 'ARS', chilean: 'CLP' },
  ringgit: { malaysian: 'MYR', malaysia: 'MYR' },
  dinar: { kuwaiti: 'KWD', bahraini: 'BHD', iraqi: 'IQD', jordanian: 'JOD', serbian: 'RSD', tunisian: 'TND', algerian: 'DZD' },
  riyal: { saudi: 'SAR', qatari: 'QAR' },
  rial: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' },
  kwacha: { zambian: 'ZMW', malawian: 'MWK' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS' },
  manat: { azerbaijani: 'AZN', turkmen: 'TMT' },
  leu: { romanian: 'RON', moldovan: 'MDL' },
  lei: { romanian: 'RON', moldovan: 'MDL' },
  krona: { swedish: 'SEK', icelandic: 'ISK' },
  schilling: { austrian: 'ATS' },
  punt: { irish: 'IEP' },
  peseta: { spanish: 'ESP' },
  escudo: { portuguese: 'PTE' },
  drachma: { greek: 'GRD' },
  markka: { finnish: 'FIM' },
};

/** Plurals that are not the singular plus "s", for finding a currency's adjective table ("Swedish kronor"). */
export const EN_CURRENCY_IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  kronor: 'krona',
  kroner: 'krone',
  lire: 'lira',
  drachmae: 'drachma',
  markkaa: 'markka',
};
