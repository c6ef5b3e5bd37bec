// A name that opens with an ordinal written with digits keeps the digits (src/core/ner/ru-digit-ordinals.ts).
// Invented sentences; the tagger's spans are given directly.
import * as assert from 'assert';
import { joinDigitOrdinals } from '../../../src/core/ner/ru-digit-ordinals';
import { runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(joinDigitOrdinals, text, tagged);

describe('NER ru: joinDigitOrdinals', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['"1-го" before a front', 'Войска 2-го Северного фронта наступали.', ['ORG го Северного фронта'], ['ORG 2-го Северного фронта']],
    ['"7-й" before an army', 'Штаб 7-й армии Канады перенесли.', ['ORG й армии Канады'], ['ORG 7-й армии Канады']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a span that starts at the number already', 'Войска 2-го Северного фронта наступали.', ['ORG 2 - го Северного фронта']],
      ['spaces around the hyphen: a dash, not an ordinal', 'Счёт 2 - го Северного клуба.', ['ORG го Северного клуба']],
      ['a capitalized word after the hyphen', 'Модель 3-Альфа вышла.', ['ORG Альфа']],
    ];
    for (const [what, text, tagged] of same)
      it(what, async () =>
        assert.deepStrictEqual(
          await run(text, tagged),
          tagged.map((t) => t.replace('2 - го', '2-го')),
        ),
      );
  });
});
