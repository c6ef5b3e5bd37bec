// Table-driven tests for the English NER rules: each case lists every PER/ORG/LOC expected, in text
// order, so a stray span fails the case too. Names here are made up or generic; none come from the
// dev set or the sample, so the tests check the rule, not a word list.
import { strict as assert } from 'assert';
import { recognize, brief } from './helpers';

const EXACT: Array<[string, string[]]> = [
  // Datelines: a shouted place, then the agency in brackets before the dash.
  ['OSLO, May 2 (Fjord Wire) - Norway raised its forecast.', ['LOC OSLO', 'ORG Fjord Wire', 'LOC Norway']],
  ['QUITO, Jan 9 (AP) - The vote was delayed.', ['LOC QUITO', 'ORG AP']],
  ['SANTIAGO, Dec 1 (Andes Press Service) — Markets were calm.', ['LOC SANTIAGO', 'ORG Andes Press Service']],
  // Person evidence: titles, given names, verbs of saying, role nouns, reporting credits, appositions.
  ['Governor Tomas Ruiz visited the plant.', ['PER Tomas Ruiz']],
  ['"We will rebuild," said Ngozi Adeyemi, who runs the clinic.', ['PER Ngozi Adeyemi']],
  ['Opposition leader Kofi Mensah was arrested.', ['PER Kofi Mensah']],
  ['Its chief executive, Halvard Strand, resigned on Monday.', ['PER Halvard Strand']],
  ['(Reporting by Ines Duarte; editing by Omar Haddad)', ['PER Ines Duarte', 'PER Omar Haddad']],
  ['Dr. Quimby arrived late. Quimby said nothing.', ['PER Quimby', 'PER Quimby']],
  // A title phrase with "of" is not an entity; the name after it is.
  ['Secretary of State Corvin Halberd met the press.', ['PER Corvin Halberd']],
  ['Secretary-General Ilario Venturi spoke first.', ['PER Ilario Venturi']],
  // Two capitalized words opening a sentence, then a verb of saying: a person, unknown given name or not.
  ['Corvin Halberd said the talks would go on.', ['PER Corvin Halberd']],
  // Initialisms keep their last dot and read as their letters; a known name needs no other evidence.
  ['U.S. stocks fell as the U.N. met.', ['LOC U.S.', 'ORG U.N.']],
  ['Morgan Stanley cut its forecast.', ['ORG Morgan Stanley']],
  // A known organization before a figure is not a product code ("Windows 10").
  ['Regulators fined Google 2 billion euros.', ['ORG Google']],
  // "S&P 500" is an index name with a number: no stray "S".
  ['The S&P 500 rose.', []],
  ['Minister of Foreign Affairs Nodir Karimov spoke first.', ['PER Nodir Karimov']],
  ['Chile\'s Minister of Mining, Andres Soto, said prices would rise.', ['LOC Chile', 'PER Andres Soto']],
  // Places: geographic heads and nouns, "X-based", "of X", prepositions, coordination.
  ['Farmers along the Zeravshan river and the Kairakkum reservoir need rain.', ['LOC Zeravshan', 'LOC Kairakkum']],
  ['Snow closed roads in the Altai mountains and the Chuya valley.', ['LOC Altai', 'LOC Chuya']],
  ['Fishing is banned on Lake Sevan and the Aral Sea.', ['LOC Lake Sevan', 'LOC Aral Sea']],
  ['The Lisbon-based Ocean Futures Institute published the data.', ['LOC Lisbon', 'ORG Ocean Futures Institute']],
  ['Rain flooded parts of Tuscany and Umbria.', ['LOC Tuscany', 'LOC Umbria']],
  ['Uzbekistan 35% and Tajikistan the rest.', ['LOC Uzbekistan', 'LOC Tajikistan']],
  // Organizations: suffixes, "the X", a lower-case noun before, a role noun after, possessives split.
  ['Shares of Brightwater Mining Corp fell.', ['ORG Brightwater Mining Corp']],
  ['Kenya\'s Ministry of Water Resources said tanks were empty.', ['LOC Kenya', 'ORG Ministry of Water Resources']],
  ['Brazil\'s environment agency Ibaxa fined the firm.', ['LOC Brazil', 'ORG Ibaxa']],
  ['A Halcyon spokesman declined to comment.', ['ORG Halcyon']],
  ['Economists at the Central Reserve expect a cut.', ['ORG Central Reserve']],
  ['Loans came from the Eurasian Development Bank.', ['ORG Eurasian Development Bank']],
];

// Capitals that are not names: sentence starts, headlines in Title Case, months, weekdays, products.
const NOTHING: string[] = [
  'Water levels fell sharply this spring.',
  'Floods cut roads across the north.',
  'Analysts expect a slowdown in March.',
  'Prices rose on Monday and fell on Friday.',
  'Police arrested two men.',
  'Heavy rain is expected.',
  'Rates Stay On Hold As Inflation Cools',
  'Drought Hits Crops Across The South',
  'COVID-19 cases rose after the holiday.',
  'The update for Windows 10 was delayed.',
  'Prime Minister and Health Minister met.',
  'Health ministers from East African countries met.',
  'It was the first one to open.',
];

describe('NER, English rules', function () {
  this.timeout(20000);
  for (const [text, expected] of EXACT)
    it(text, async () => {
      const got = brief(await recognize(text)).filter((s) => /^(PER|ORG|LOC) /.test(s));
      assert.deepEqual(got, expected);
    });
  describe('false positives', () => {
    for (const text of NOTHING)
      it(text, async () => {
        const got = brief(await recognize(text)).filter((s) => /^(PER|ORG|LOC) /.test(s));
        assert.deepEqual(got, []);
      });
  });
});

// The English sample article: every person, place and organization, nothing else (checked by hand).
describe('NER, English sample article', function () {
  this.timeout(20000);
  it('samples/en-almaty-water-talks.txt', async () => {
    const text = require('fs').readFileSync(require('path').join(__dirname, '../../../samples/en-almaty-water-talks.txt'), 'utf8') as string;
    const got = brief(await recognize(text)).filter((s) => /^(PER|ORG|LOC) /.test(s));
    assert.deepEqual(got, [
      'LOC ALMATY', 'ORG Newsmark Wire', 'LOC Kazakhstan', 'LOC Kyrgyzstan', 'LOC Uzbekistan', 'LOC Syr Darya', 'LOC Almaty',
      'LOC Kazakhstan', 'PER Aidar Nurlanov', 'ORG Syr Darya Water Council', 'PER Nurlanov', 'LOC Kazakhstan', 'LOC Uzbekistan',
      'LOC Kyrgyzstan', 'LOC Toktogul', 'PER Elena Sadykova', 'ORG Regional Water Institute', 'LOC Tashkent', 'PER Marco Bellini',
      'LOC Uzbekistan', 'PER Rustam Yuldashev', 'LOC Almaty', 'ORG Centre for Environmental Policy', 'LOC Bishkek', 'ORG Newsmark Wire',
    ]);
  });
});
