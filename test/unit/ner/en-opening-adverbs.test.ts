// An adverb opening a sentence before a comma is no name (src/core/ner/en-opening-adverbs.ts), on its
// own: the tagger's spans are given here.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { dropOpeningAdverbs } from '../../../src/core/ner/en-opening-adverbs';

const run = (text: string, given: string[]) => runEnglishStep(dropOpeningAdverbs, text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  ['at the start of a line', 'Nationally, the agency estimates more.', ['PER Nationally'], []],
  ['after a full stop', 'Flu is high. Separately, the agency said so.', ['ORG Separately'], []],
  ['after an opening quote', '"Frankly, no," she said.', ['PER Frankly'], []],
  // False positives: left as tagged.
  ['a given name the lists know', 'Kelly, the agency said, was right.', ['PER Kelly'], ['PER Kelly']],
  ['not at a sentence start', 'The trip to Beverly, a city, ended.', ['LOC Beverly'], ['LOC Beverly']],
  ['no comma after it', 'Nationally Speaking is a show.', ['ORG Nationally Speaking'], ['ORG Nationally Speaking']],
  ['a word without "-ly"', 'Halden, the agency said, was right.', ['PER Halden'], ['PER Halden']],
];

describe('English adverbs opening a sentence are not names (en-opening-adverbs.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
