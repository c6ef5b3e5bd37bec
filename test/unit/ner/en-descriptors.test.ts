// Names after an organization descriptor noun (src/core/ner/en-descriptors.ts), on their own: the tagger's
// spans are given here, so each branch is tested whatever the model reads. Invented names.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { retypeAfterDescriptor } from '../../../src/core/ner/en-descriptors';
import { loadGazetteer } from '../../../src/core/ner/en-gazetteer';
import { dataPath } from '../../../src/core/data-path';

const gazetteer = loadGazetteer(dataPath('ner-en.gazetteer'));
const run = (text: string, given: string[]) =>
  runEnglishStep((lines, spans) => lines.forEach((line, k) => retypeAfterDescriptor(line, spans[k], gazetteer)), text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  ['a person after a descriptor', 'Danish drugmaker Velmora said so.', ['PER Velmora'], ['ORG Velmora']],
  ['a place after a descriptor', 'US lender Brightvale Fargo paid.', ['LOC US', 'LOC Brightvale Fargo'], ['LOC US', 'ORG Brightvale Fargo']],
  ['nothing tagged after a descriptor: the capitalized run is taken', 'the search giant Velmora Labs said so', [], ['ORG Velmora Labs']],
  ['a capitalized descriptor opening a sentence is cut off', 'Carmaker Hokumi cut jobs.', ['PER Carmaker Hokumi'], ['ORG Hokumi']],
  // False positives: left as they are.
  ['a country stays a place', 'The Asian giant China raised tariffs.', ['LOC China'], ['LOC China']],
  ["the tagger's own organization keeps its first word", 'Club Brightvale won again.', ['ORG Club Brightvale'], ['ORG Club Brightvale']],
  ["mid-sentence a capitalized descriptor is the name's", 'said the Daily Velmora on Monday', ['ORG Daily Velmora'], ['ORG Daily Velmora']],
  ['a function word after a descriptor opens no name', 'the company In the end said', [], []],
  ['a lower-case word after a descriptor opens no name', 'the company said', [], []],
  ['a noun of a trade is no descriptor', 'Swiss banker Hans Meierhofer resigned.', ['PER Hans Meierhofer'], ['PER Hans Meierhofer']],
];

describe('English organization descriptors (en-descriptors.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
