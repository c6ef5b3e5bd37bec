// The rule after the English tagger that reads a "person" opening with an ordinary noun as a company
// (src/core/ner/en-common-noun-names.ts), on its own: the person spans are given here, as if the tagger
// had found them, so each row shows what the rule does whatever the model of the day says. Invented names.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { retypeCommonNounNames } from '../../../src/core/ner/en-common-noun-names';
import { loadGazetteer } from '../../../src/core/ner/en-gazetteer';
import { dataPath } from '../../../src/core/data-path';

/** Runs the rule over `text` with PER spans on the given names (in text order); "TYPE text" out. */
const run = (text: string, people: string[]) =>
  runEnglishStep(
    (lines, spans) => retypeCommonNounNames(lines, spans, loadGazetteer(dataPath('ner-en.gazetteer'))),
    text,
    people.map((p) => `PER ${p}`),
  );

const ROWS: Array<[string, string[], string[]]> = [
  // An ordinary noun, then a known word: a company.
  ['Time Warner said on Monday it would cut jobs.', ['Time Warner'], ['ORG Time Warner']],
  ['Shares of Kettle Records fell.', ['Kettle Records'], ['ORG Kettle Records']], // "records": the plural of a known word
  // … the noun left out by the tagger is taken in.
  ["Time Warner's chairman Ruth Okafor spoke.", ['Warner', 'Ruth Okafor'], ['ORG Time Warner', 'PER Ruth Okafor']],
  // A surname no list knows goes with a foreign given name that happens to be a noun.
  ['Tea Vikstrandova won the race.', ['Tea Vikstrandova'], ['PER Tea Vikstrandova']],
  // The document shows a person: an age, a title, the surname alone, a pronoun after the name.
  ['Hen Morgan, 45, was arrested.', ['Hen Morgan'], ['PER Hen Morgan']],
  ['Hen Morgan (45) was arrested.', ['Hen Morgan'], ['PER Hen Morgan']],
  ['Police said Mr Hen Morgan was arrested.', ['Hen Morgan'], ['PER Hen Morgan']],
  ['Police said Dr. Hen Morgan was arrested.', ['Hen Morgan'], ['PER Hen Morgan']],
  ['Hen Morgan was arrested. Morgan denied it.', ['Hen Morgan', 'Morgan'], ['PER Hen Morgan', 'PER Morgan']],
  ['Hen Morgan was arrested after she left.', ['Hen Morgan'], ['PER Hen Morgan']],
  // … but not a pronoun of another person named in between, nor one two sentences later.
  ['Time Warner hired Ruth Okafor after she left.', ['Time Warner', 'Ruth Okafor'], ['ORG Time Warner', 'PER Ruth Okafor']],
  ['Time Warner cut jobs. Sales fell. He said so.', ['Time Warner'], ['ORG Time Warner']],
  // … nor the same full name again.
  ['Time Warner cut jobs. Time Warner said so.', ['Time Warner', 'Time Warner'], ['ORG Time Warner', 'ORG Time Warner']],
];

// Not an ordinary noun opening a name: a given name, a sentence's adverb or conjunction, a title, or an
// all-caps word (a headline's verb as often as a noun).
const LEFT_ALONE: Array<[string, string[]]> = [
  ['Will Morgan said nothing.', ['Will Morgan']],
  ['Yesterday Morgan said nothing.', ['Morgan']],
  ['While Morgan slept, the bill passed.', ['Morgan']],
  ['Governor Morgan said nothing.', ['Morgan']],
  ['LAKERS RELEASE JONES', ['RELEASE JONES']],
  ['HAWKS SIGN MORGAN', ['MORGAN']],
  ['the time Morgan spent abroad', ['Morgan']],
];

describe('English: a person name opening with an ordinary noun is a company (en-common-noun-names)', function () {
  this.timeout(20000);
  for (const [text, people, expected] of ROWS) it(text, () => assert.deepEqual(run(text, people), expected));
  describe('left as the tagger said', () => {
    for (const [text, people] of LEFT_ALONE)
      it(text, () =>
        assert.deepEqual(
          run(text, people),
          people.map((p) => `PER ${p}`),
        ),
      );
  });
});
