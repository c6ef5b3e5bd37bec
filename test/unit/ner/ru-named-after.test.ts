// An organization named after a person ("Театр им. Йозефа Бойса") ends with the person's name, which is
// also a person of its own (src/core/ner/ru-named-after.ts). Invented sentences; the tagger's spans are
// given directly, then the whole recognizer runs on a few of them.
import * as assert from 'assert';
import { joinNamedAfter } from '../../../src/core/ner/ru-named-after';
import { describeNerTables, runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(joinNamedAfter, text, tagged);

describe('NER ru: joinNamedAfter', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    [
      'cut at "им." → the name joins, and is a person',
      'Спектакль покажет Театр им. Ильи Смоктунова в пятницу.',
      ['ORG Театр им', 'PER Ильи Смоктунова'],
      ['ORG Театр им. Ильи Смоктунова', 'PER Ильи Смоктунова'],
    ],
    [
      'cut before "имени", initials kept',
      'Она окончила Институт культуры имени В. Д. Полёнова в Туле.',
      ['ORG Институт культуры'],
      ['ORG Институт культуры имени В. Д. Полёнова', 'PER В. Д. Полёнова'],
    ],
    [
      'a foreign name with a particle; the tagger’s piece of it gives way',
      'Фонд имени Людвига ван Бетховена объявил конкурс.',
      ['ORG Фонд имени Людвига', 'PER Бетховена'],
      ['ORG Фонд имени Людвига ван Бетховена', 'PER Людвига ван Бетховена'],
    ],
    [
      'two persons joined by "и"',
      'Труппа театра имени Смирнова и Тарасова-Белкиной гастролирует.',
      ['ORG театра'],
      ['ORG театра имени Смирнова и Тарасова-Белкиной', 'PER Смирнова', 'PER Тарасова-Белкиной'],
    ],
    [
      'the whole name already tagged: only the nested person is added',
      'Студенты университета имени Петра Громова вышли.',
      ['ORG университета имени Петра Громова'],
      ['ORG университета имени Петра Громова', 'PER Петра Громова'],
    ],
    [
      // The name after "имени" is in the genitive: a nominative name after it is the next person.
      'a nominative name after the genitive one stays apart',
      'Лауреат конкурса имени Глинки Павел Смирнов выступил.',
      ['ORG конкурса имени Глинки', 'PER Павел Смирнов'],
      ['ORG конкурса имени Глинки', 'PER Глинки', 'PER Павел Смирнов'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['"имени" not after an organization', 'Во имени Пётр видел знак.', ['PER Пётр']],
      ['"им." without a name after it', 'Коллектив театра им. выступил.', ['ORG театра']],
      ['"им" as a pronoun, not the abbreviation', 'Совет дал им Москву.', ['ORG Совет', 'LOC Москву']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});

describeNerTables(
  'NER ru: organizations named after a person, whole recognizer',
  [['Спектакль покажет Театр им. Ильи Смоктунова в пятницу.', ['ORG Театр им. Ильи Смоктунова', 'PER Ильи Смоктунова']]],
  [['Лауреат конкурса имени Глинки Павел Смирнов выступил.', ['Глинки Павел Смирнов', 'конкурса имени Глинки Павел Смирнов']]],
);
