// The rows of one results table take the type most of them have (src/core/ner/en-table-rows.ts), on its
// own: the tagger's spans are given here. Invented names.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { retypeTableRows } from '../../../src/core/ner/en-table-rows';

/** Runs the step over `text` with the given "TYPE name" spans (in text order); "TYPE text" out. */
const run = (text: string, given: string[]) => runEnglishStep(retypeTableRows, text, given);

const GOLF = 'Halvard Strand 71 68 70 - 209\nTomas Vukovic 69 71 70 - 210\nIvo Marek 70 70 70 - 210\n';
const ROWS: Array<[string, string, string[], string[]]> = [
  [
    'a player the tagger took for a club joins the players of his table',
    GOLF,
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
    ['PER Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
  ],
  [
    'a rank before the name is part of the layout',
    '1. Halvard Strand 71 68 - 139\n2. Tomas Vukovic 69 71 - 140\n3. Ivo Marek 70 70 - 140\n',
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
    ['PER Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
  ],
  [
    'no clear majority: left as tagged',
    GOLF + 'Brightvale Rovers 70 70 70 - 210\n',
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek', 'ORG Brightvale Rovers'],
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek', 'ORG Brightvale Rovers'],
  ],
  [
    'two rows are no table',
    'Halvard Strand 71 68 70 - 209\nTomas Vukovic 69 71 70 - 210\n',
    ['ORG Halvard Strand', 'PER Tomas Vukovic'],
    ['ORG Halvard Strand', 'PER Tomas Vukovic'],
  ],
  [
    'a name inside a line opens no row',
    'Won by Halvard Strand 71\nWon by Tomas Vukovic 69\nWon by Ivo Marek 70\n',
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
  ],
  [
    'sentences alike are no table: a number follows a row name',
    'Halvard Strand said no.\nTomas Vukovic said no.\nIvo Marek said no.\n',
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek'],
  ],
  [
    'rows of another layout are another table, and a sentence is no row',
    'Halvard Strand 71 68 70 - 209\nTomas Vukovic 69 71 70 - 210\nIvo Marek 70 70 - 140\nBrightvale Rovers won 2 games.\n',
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek', 'ORG Brightvale Rovers'],
    ['ORG Halvard Strand', 'PER Tomas Vukovic', 'PER Ivo Marek', 'ORG Brightvale Rovers'],
  ],
];

describe('English: the rows of a results table share a type (en-table-rows)', function () {
  this.timeout(20000);
  for (const [name, text, given, expected] of ROWS) it(name, () => assert.deepEqual(run(text, given), expected));
});
