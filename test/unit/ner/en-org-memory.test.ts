// A person mention that repeats the opening words of an organization named in the same document is that
// organization (src/core/ner/en-org-memory.ts), on its own: the tagger's spans are given here. Invented
// names, in the shapes of an earnings story and a results page.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { retypeOrgOpenings } from '../../../src/core/ner/en-org-memory';

const run = (text: string, given: string[]) => runEnglishStep(retypeOrgOpenings, text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  [
    'the first word of a firm named in full',
    'Halden Foods Inc raised its forecast.\nHalden now expects more.',
    ['ORG Halden Foods Inc', 'PER Halden'],
    ['ORG Halden Foods Inc', 'ORG Halden'],
  ],
  [
    'the name without its legal form, in a headline',
    'Halden Foods profit beats forecasts\nHalden Foods Inc said on Tuesday.',
    ['PER Halden Foods', 'ORG Halden Foods Inc'],
    ['ORG Halden Foods', 'ORG Halden Foods Inc'],
  ],
  [
    'a club of the table, possessive in the report',
    "Brentvale 14 10 3 1 33\nOrmsby 14 9 3 2 30\nBrentvale (14) and Ormsby\nBrentvale's unbeaten run ended.",
    ['ORG Brentvale', 'ORG Ormsby', 'ORG Brentvale', 'ORG Ormsby', 'PER Brentvale'],
    ['ORG Brentvale', 'ORG Ormsby', 'ORG Brentvale', 'ORG Ormsby', 'ORG Brentvale'],
  ],
  [
    'the firm may come after the mention',
    'Marlow said no.\nMarlow Group Ltd shares fell.',
    ['PER Marlow', 'ORG Marlow Group Ltd'],
    ['ORG Marlow', 'ORG Marlow Group Ltd'],
  ],
  [
    'one word that an organization is called elsewhere, even once',
    'Ormvik said no.\nShares of Ormvik rose.\nOrmvik added more.',
    ['PER Ormvik', 'ORG Ormvik', 'PER Ormvik'],
    ['ORG Ormvik', 'ORG Ormvik', 'ORG Ormvik'],
  ],
  [
    'two words, an organization more often than a person',
    'Brent Vale won.\nBrent Vale lost.\nBrent Vale said no.',
    ['ORG Brent Vale', 'ORG Brent Vale', 'PER Brent Vale'],
    ['ORG Brent Vale', 'ORG Brent Vale', 'ORG Brent Vale'],
  ],
  // False positives: left as tagged.
  [
    'the surname of a person named in full',
    'Tomas Marlow said no.\nMarlow Group shares fell.\nMarlow added more.',
    ['PER Tomas Marlow', 'ORG Marlow Group', 'PER Marlow'],
    ['PER Tomas Marlow', 'ORG Marlow Group', 'PER Marlow'],
  ],
  [
    'a body named after a person (no legal form)',
    'Ivo Marek founded it.\nThe Ivo Marek Institute opened.',
    ['PER Ivo Marek', 'ORG Ivo Marek Institute'],
    ['PER Ivo Marek', 'ORG Ivo Marek Institute'],
  ],
  [
    'a given name that opens an organization',
    'Maria said no.\nThe Maria Halden Trust opened.',
    ['PER Maria', 'ORG Maria Halden Trust'],
    ['PER Maria', 'ORG Maria Halden Trust'],
  ],
  [
    'two words that are an organization as often as a person',
    'Brent Vale won.\nBrent Vale said no.',
    ['ORG Brent Vale', 'PER Brent Vale'],
    ['ORG Brent Vale', 'PER Brent Vale'],
  ],
  [
    'a word inside, not at the start of, an organization',
    'Brentvale Rovers won.\nRovers said no.',
    ['ORG Brentvale Rovers', 'PER Rovers'],
    ['ORG Brentvale Rovers', 'PER Rovers'],
  ],
  ['a person longer than the organization', 'Halden said no.\nHalden Ivo spoke.', ['ORG Halden', 'PER Halden Ivo'], ['ORG Halden', 'PER Halden Ivo']],
  ['no organization in the document', 'Halden said no.', ['PER Halden'], ['PER Halden']],
];

describe('English organizations called again by their first words (en-org-memory.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
