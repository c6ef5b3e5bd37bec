// A name in a line of capitals takes the type the story's sentences give it (src/core/ner/en-shouted-names.ts),
// on its own: the tagger's spans are given here, so each row shows what the step does. Invented names.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { markShoutedNames } from '../../../src/core/ner/en-shouted-names';

/** Runs the step over `text` with the given "TYPE name" spans (in text order); "TYPE text" out. */
const run = (text: string, given: string[]) => runEnglishStep(markShoutedNames, text, given);

const ROWS: Array<[string, string[], string[]]> = [
  // A person named in full below: the shouted full name, and the shouted surname alone.
  ['RUTH OKAFOR NAMED BRIGHTWATER CHIEF\nRuth Okafor will run the firm.', ['ORG RUTH', 'PER Ruth Okafor'], ['PER RUTH OKAFOR', 'PER Ruth Okafor']],
  ['OKAFOR QUITS AS CHIEF\nRuth Okafor resigned.', ['PER Ruth Okafor'], ['PER OKAFOR', 'PER Ruth Okafor']],
  ["OKAFOR'S FIRM GROWS\nRuth Okafor founded it.", ['PER Ruth Okafor'], ['PER OKAFOR', 'PER Ruth Okafor']],
  // The tagger's type gives way to the story's.
  ['TALKS WITH BRIGHTWATER FAIL\nBrightwater said talks failed.', ['PER BRIGHTWATER', 'ORG Brightwater'], ['ORG BRIGHTWATER', 'ORG Brightwater']],
  // A dateline's place stays the tagger's (the city, not its club of the same name).
  ['NEW YORK 2024-05-02\nNew York beat Boston.', ['LOC NEW YORK', 'ORG New York', 'LOC Boston'], ['LOC NEW YORK', 'ORG New York', 'LOC Boston']],
  // A tagger's name reaching beyond the run stays whole.
  ['TALKS WITH JAKARTA TIMES FAIL\nJakarta is hot.', ['ORG JAKARTA TIMES', 'LOC Jakarta'], ['ORG JAKARTA TIMES', 'LOC Jakarta']],
  // An acronym inside a sentence is no headline.
  ['He joined OKAFOR Group in May.\nRuth Okafor left.', ['PER Ruth Okafor'], ['PER Ruth Okafor']],
];

describe('English: a name in a line of capitals is the name the story spells (en-shouted-names)', function () {
  this.timeout(20000);
  for (const [text, given, expected] of ROWS) it(JSON.stringify(text), () => assert.deepEqual(run(text, given), expected));
});
