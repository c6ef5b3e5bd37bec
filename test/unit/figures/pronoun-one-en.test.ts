// "one" after an ordinal or a determiner is a pronoun, not a NUMBER; a counted "one" still is.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadFigures, FigureRecognizer } from '../../../src/core/figures';

let fig: FigureRecognizer;
before(async function () {
  this.timeout(20000);
  fig = await loadFigures();
});

const brief = (text: string): string[] => fig.recognize(text, tokenize(text), { lang: 'en' }).map((e) => `${e.type} ${e.text}`);

const CASES: Array<[string, string[]]> = [
  ['This agreement is the first one that admits both.', ['ORDINAL first']],
  ['The fund is the first step, not the last one.', ['ORDINAL first']],
  ['No one was hurt, and each one of them walked home.', []],
  ['She picked the second one.', ['ORDINAL second']],
  // Counts stay counts.
  ['Only one bridge survived.', ['NUMBER one']],
  ['One person died and 40 houses were damaged.', ['NUMBER One', 'NUMBER 40 houses']],
];

describe('figures, English pronoun "one"', () => {
  for (const [text, want] of CASES) it(text, () => assert.deepStrictEqual(brief(text), want));
});
