// A name that ends in a firm's legal form is a firm (src/core/ner/en-firm-endings.ts), on its own: the
// tagger's spans are given here. Invented names, and the "Warner Bros".
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { retypeFirmEndings } from '../../../src/core/ner/en-firm-endings';

const run = (text: string, given: string[]) => runEnglishStep(retypeFirmEndings, text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  ['a person span ending in "Bros"', 'Jobs were cut at Warner Bros on Monday.', ['PER Warner Bros'], ['ORG Warner Bros']],
  ['a place span ending in "Corp."', 'Shares of Brightvale Corp. rose.', ['LOC Brightvale Corp.'], ['ORG Brightvale Corp.']],
  ['the ending right after a one-word name is taken in', 'Jobs were cut at Marlowe Bros.', ['PER Marlowe'], ['ORG Marlowe Bros']],
  ['"Ltd" after a two-word name', 'Halden Mining Ltd said it would sell.', ['PER Halden Mining'], ['ORG Halden Mining Ltd']],
  // False positives: left as tagged.
  ['a person with no firm ending', 'Tomas Vukovic said no.', ['PER Tomas Vukovic'], ['PER Tomas Vukovic']],
  ['an ORG span is not touched', 'Acme Inc said no.', ['ORG Acme Inc'], ['ORG Acme Inc']],
  ['the ending after a comma is another thing', 'Tomas Vukovic, Co-founder, said no.', ['PER Tomas Vukovic'], ['PER Tomas Vukovic']],
  ['lower-case "co" is no ending', 'Ivo Marek co-wrote it.', ['PER Ivo Marek'], ['PER Ivo Marek']],
  ['"Brothers" is left to the tagger (the Marek brothers, a band)', 'Ivo Marek Brothers sang.', ['PER Ivo Marek'], ['PER Ivo Marek']],
  ['an ending inside the next span is not taken', 'Ivo Marek Bros Halden said no.', ['PER Ivo Marek', 'ORG Bros Halden'], ['PER Ivo Marek', 'ORG Bros Halden']],
];

describe('English firm endings (en-firm-endings.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
