// A name headed by a kind of event is not an organization (src/core/ner/ru-events.ts). Invented
// sentences; the tagger's spans are given directly.
import * as assert from 'assert';
import { dropEventNames } from '../../../src/core/ner/ru-events';
import { runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(dropEventNames, text, tagged);

describe('NER ru: dropEventNames', function () {
  this.timeout(20000);
  const dropped: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, kept]
    ['adjectives before a forum', 'Он выступил во время Казанского инвестиционного форума вчера.', ['ORG Казанского инвестиционного форума'], []],
    [
      'an ordinal and an adjective before a contest; the person stays',
      'Победитель XII Международного конкурса имени Глинки Павел Смирнов выступил.',
      ['ORG XII Международного конкурса имени Глинки', 'PER Глинки', 'PER Павел Смирнов'],
      ['PER Глинки', 'PER Павел Смирнов'],
    ],
    ['a march in quotes', 'Очередной «Осенний марш» не состоялся.', ['ORG Осенний марш'], []],
    ['a Latin name with the head last', 'В этом году Alder Open Chess Tournament пройдёт в мае.', ['ORG Alder Open Chess Tournament'], []],
  ];
  for (const [what, text, tagged, kept] of dropped) it(what, async () => assert.deepStrictEqual(await run(text, tagged), kept));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a body that runs a contest', 'Оргкомитет конкурса объявил итоги.', ['ORG Оргкомитет конкурса']],
      [
        'a committee with an adjective',
        'Заседание провёл Международный олимпийский комитет в Лозанне.',
        ['ORG Международный олимпийский комитет', 'LOC Лозанне'],
      ],
      ['the Congress is a body', 'В среду началась новая сессия Конгресса США.', ['ORG Конгресса США']],
      ['a marshal is not a march', 'Штаб маршала Жукова размещался здесь.', ['ORG Штаб маршала Жукова']],
      ['a Latin name headed by a body', 'Акции купил Alder Games Studio в мае.', ['ORG Alder Games Studio']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
