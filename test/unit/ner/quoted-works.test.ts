// A name in quotes right after a noun for a work or craft is a title (src/core/ner/quoted-works.ts).
// Invented sentences; the tagger's spans are given directly.
import * as assert from 'assert';
import { dropQuotedWorks } from '../../../src/core/ner/quoted-works';
import { runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(dropQuotedWorks, text, tagged);

describe('NER ru: dropQuotedWorks', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, kept]
    ['a rocket', 'Утром стартовала ракета «Заря» с Байконура.', ['ORG Заря', 'LOC Байконура'], ['LOC Байконура']],
    ['a car and a shuttle are crafts', 'Новый автомобиль «Таврида» обогнал шаттл «Дискавери».', ['LOC Таврида', 'ORG Дискавери'], []],
  ];
  for (const [what, text, tagged, kept] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), kept));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a company after a compound that is not a work', 'Контракт получила компания-подрядчик «Вектор» весной.', ['ORG Вектор']],
      ['a name longer than the quotes', 'Премьера фильма «Весна» Ивана Петрова прошла.', ['PER Ивана Петрова']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
