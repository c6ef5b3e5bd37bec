// Gold corpora name some currencies by word instead of an ISO 4217 code (Duckling "Dollar", "Cent";
// Recognizers-Text "Pound", "Rupee" without isoCurrency). Each name lists the codes a prediction
// may carry to count as right; an empty list means the name does not fix a currency (Duckling's
// "Unnamed"), so only the amount is compared. `scale` turns minor units into major ones.

export interface CurrencyName {
  codes: readonly string[];
  scale?: number;
}

export const GOLD_CURRENCY_NAMES: Readonly<Record<string, CurrencyName>> = {
  // "$" alone is read as the US dollar by both sources
  Dollar: { codes: ['USD'] },
  'United States dollar': { codes: ['USD'] },
  'Canadian dollar': { codes: ['CAD'] },
  'Australian dollar': { codes: ['AUD'] },
  'Hong Kong dollar': { codes: ['HKD'] },
  Euro: { codes: ['EUR'] },
  Pound: { codes: ['GBP'] },
  'British pound': { codes: ['GBP'] },
  'Japanese yen': { codes: ['JPY'] },
  'Chinese yuan': { codes: ['CNY'] },
  'Turkish lira': { codes: ['TRY'] },
  'Mexican peso': { codes: ['MXN'] },
  'Costa Rican colón': { codes: ['CRC'] },
  'Netherlands guilder': { codes: ['NLG'] },
  Rupee: { codes: ['INR', 'PKR', 'LKR', 'NPR'] },
  Bitcoin: { codes: ['BTC', 'XBT'] },
  Dinar: { codes: ['KWD', 'BHD', 'IQD', 'JOD', 'LYD', 'RSD', 'TND', 'DZD', 'MKD'] },
  Riyal: { codes: ['SAR', 'QAR', 'OMR', 'YER'] },
  Rial: { codes: ['IRR', 'OMR', 'YER'] },
  // minor units: "10 центов" is 0.10 of whatever the major unit is
  Cent: { codes: [], scale: 0.01 },
  Pence: { codes: ['GBP'], scale: 0.01 },
  Unnamed: { codes: [] },
};
