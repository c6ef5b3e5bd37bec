// joinGovernmentOf on the tagger's spans given directly (so a retrained tagger cannot hide it): a noun for
// a state body right before the place it serves is one organization, and the place stays a place.
import * as assert from 'assert';
import { joinGovernmentOf } from '../../../src/core/ner/government-of';
import { runSpanRule } from './helpers';

describe('NER ru: joinGovernmentOf', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => joinGovernmentOf(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a government', 'Об этом сообщило правительство Израиля в среду.', ['LOC Израиля'], ['ORG правительство Израиля', 'LOC Израиля']],
    ['a mayor’s office', 'Митинг прошёл у здания мэрии Москвы вчера.', ['LOC Москвы'], ['ORG мэрии Москвы', 'LOC Москвы']],
    ['an administration', 'Проект подала администрация Екатеринбурга в мае.', ['LOC Екатеринбурга'], ['ORG администрация Екатеринбурга', 'LOC Екатеринбурга']],
    ['a ministry', 'Об этом сообщили в министерстве Японии утром.', ['LOC Японии'], ['ORG министерстве Японии', 'LOC Японии']],
    [
      'police and a two-word place',
      'Дело расследует полиция Нижнего Новгорода сейчас.',
      ['LOC Нижнего Новгорода'],
      ['ORG полиция Нижнего Новгорода', 'LOC Нижнего Новгорода'],
    ],
    ['a prosecutor’s office', 'Иск подала прокуратура Москвы вчера.', ['LOC Москвы'], ['ORG прокуратура Москвы', 'LOC Москвы']],
    ['a consulate', 'Визу выдало консульство Франции вчера.', ['LOC Франции'], ['ORG консульство Франции', 'LOC Франции']],
    ['a senate', 'Закон одобрил сенат Италии вчера.', ['LOC Италии'], ['ORG сенат Италии', 'LOC Италии']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a judge is no court', 'Приговор вынес судья Москвы вчера.', ['LOC Москвы']],
      ['a centre of a city is a place', 'Митинг прошёл в центре Москвы вчера.', ['LOC Москвы']],
      ['a hospital in a city', 'Он лежит в больнице Лондона сейчас.', ['LOC Лондона']],
      ['a plural of firms', 'Акции фирм США выросли вчера.', ['LOC США']],
      ['the authorities are the place (factRuEval)', 'Власти Германии начали расследование.', ['LOC Германии']],
      ['a person after the noun', 'Об этом сообщила полиция Иванову вчера.', ['PER Иванову']],
      ['the noun already inside another name', 'Сообщило Министерство обороны России вчера.', ['ORG Министерство обороны', 'LOC России']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
