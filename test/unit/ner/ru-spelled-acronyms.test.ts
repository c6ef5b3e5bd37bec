// joinSpelledAcronyms on the tagger's spans given directly: an abbreviation in brackets whose letters are
// the initials of the words before it makes those words, from a capitalized one on, one name.
import * as assert from 'assert';
import { joinSpelledAcronyms } from '../../../src/core/ner/ru-spelled-acronyms';
import { runSpanRule } from './helpers';

describe('NER ru: joinSpelledAcronyms', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => joinSpelledAcronyms(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    [
      'a function word gives no letter',
      'Пресс-секретарь Фонда борьбы с коррупцией (ФБК) Кира Ярмыш.',
      ['ORG Фонда', 'ORG ФБК'],
      ['ORG Фонда борьбы с коррупцией', 'ORG ФБК'],
    ],
    [
      'cut short before lower-case words',
      'Он окончил Московский государственный открытый педагогический университет (МГОПУ) с отличием.',
      ['ORG Московский государственный'],
      ['ORG Московский государственный открытый педагогический университет'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('false positives: left alone', () => {
    const same: Array<[string, string, string[]]> = [
      [
        'initials that do not spell it',
        'По сведениям Всемирной продовольственной организации ООН (ФАО), цены росли.',
        ['ORG Всемирной продовольственной организации ООН', 'ORG ФАО'],
      ],
      ['a lower-case phrase', 'Не произошло отсоединения приборно-агрегатного отсека (ПАО) вовремя.', ['ORG ПАО']],
      ['no span in the words', 'Он окончил Московский государственный университет (МГУ) давно.', []],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
