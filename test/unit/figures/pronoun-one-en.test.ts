// "one" after an ordinal or a determiner is a pronoun, not a NUMBER; a counted "one" still is.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

const brief = (text: string): string[] => recognize(text, { lang: 'en' }).map((e) => `${e.type} ${e.text}`);

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
