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
    ['a compound kind counts by its first part', 'Испытали ракету-носитель «Орион II» вчера.', ['PER Орион II'], []],
    ['a compound kind in another case', 'Запуск ракеты-носителя «Орион II» отложили.', ['PER Орион II'], []],
    ['a compound kind by its last part', 'Она записала два электро-поп-сингла «Ночной Город» и другие.', ['ORG Ночной Город'], []],
    [
      'the items of a list of titles after "как"',
      'Он снял такие картины, как «Весна», «Дальний Берег» и «Север!», а потом уехал.',
      ['ORG Дальний Берег', 'LOC Север'],
      [],
    ],
    ['a car and a shuttle are crafts', 'Новый автомобиль «Таврида» обогнал шаттл «Дискавери».', ['LOC Таврида', 'ORG Дискавери'], []],
    ['a list after "среди которых"', 'Вышли синглы, среди которых «Lake Song», «Blue Harbour».', ['ORG Blue Harbour'], []],
  ];
  for (const [what, text, tagged, kept] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), kept));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a company after a compound that is not a work', 'Контракт получила компания-подрядчик «Вектор» весной.', ['ORG Вектор']],
      ['a name longer than the quotes', 'Премьера фильма «Весна» Ивана Петрова прошла.', ['PER Ивана Петрова']],
      ['a list of companies after a company noun', 'Акции купили компании «Вектор», «Заря» и «Альфа-Строй».', ['ORG Заря', 'ORG Альфа-Строй']],
      ['a title list broken by other words', 'Он снял картину «Весна», а компания «Заря» её купила.', ['ORG Заря']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
