// A lower-case noun for a governing body right before a place is one organization with the place, which
// stays a place of its own (src/core/ner/ru-place-bodies.ts). Tested over spans given directly, so a
// retrained tagger cannot hide it.
import * as assert from 'assert';
import { joinPlaceBodies } from '../../../src/core/ner/ru-place-bodies';
import { runSpanRule } from './helpers';

describe('NER ru: joinPlaceBodies', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => joinPlaceBodies(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a government', 'Об этом сообщило правительство Израиля в среду.', ['LOC Израиля'], ['ORG правительство Израиля', 'LOC Израиля']],
    ['a mayor’s office, another case', 'Митинг прошёл у здания мэрии Москвы вчера.', ['LOC Москвы'], ['ORG мэрии Москвы', 'LOC Москвы']],
    ['a parliament, dative', 'Он предложил парламенту Чечни новый закон.', ['LOC Чечни'], ['ORG парламенту Чечни', 'LOC Чечни']],
    ['an embassy and an acronym', 'Заявление распространило посольство США утром.', ['LOC США'], ['ORG посольство США', 'LOC США']],
    [
      'police and a two-word place',
      'Дело расследует полиция Нижнего Новгорода сейчас.',
      ['LOC Нижнего Новгорода'],
      ['ORG полиция Нижнего Новгорода', 'LOC Нижнего Новгорода'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a judge is no court', 'Приговор вынес судья Москвы вчера.', ['LOC Москвы']],
      ['a centre of a city is a place', 'Митинг прошёл в центре Москвы вчера.', ['LOC Москвы']],
      ['a hospital in a city', 'Он лежит в больнице Лондона сейчас.', ['LOC Лондона']],
      ['a plural of firms', 'Акции фирм США выросли вчера.', ['LOC США']],
      ['a body noun in capitals is the tagger’s name', 'Заявило Правительство России утром.', ['ORG Правительство России']],
      ['a person after the noun', 'Об этом сообщила полиция Иванову вчера.', ['PER Иванову']],
      ['the noun already inside another name', 'Сообщило Министерство обороны России вчера.', ['ORG Министерство обороны', 'LOC России']],
      ['a lower-case place word', 'Это сообщило правительство страны вчера.', ['LOC страны']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
