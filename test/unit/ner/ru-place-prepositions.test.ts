// retypeAfterPlacePrepositions on the tagger's spans given directly: a person right after a preposition of
// place ("в", "из", "под", …) is a place; after "на"/"к"/"у"/"до", with a first name or surname az knows,
// in the animate accusative after "в" (the genitive's form), or as another type, the tagger's reading stays.
import * as assert from 'assert';
import { retypeAfterPlacePrepositions } from '../../../src/core/ner/ru-place-prepositions';
import { runSpanRule } from './helpers';

describe('NER ru: retypeAfterPlacePrepositions', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => retypeAfterPlacePrepositions(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['"в" + accusative', 'В 1970-х он переехал с родителями в Эссекс.', ['PER Эссекс'], ['LOC Эссекс']],
    ['"из" + genitive', 'Группа вернулась из Эссекса вчера.', ['PER Эссекса'], ['LOC Эссекса']],
    ['"под" + instrumental', 'Он вырос под Ньюарком в Нью-Джерси.', ['PER Ньюарком'], ['LOC Ньюарком']],
    ['"из" + genitive, two words', 'Он приехал из Понте-Сан-Пьетро вчера.', ['PER Понте-Сан-Пьетро'], ['LOC Понте-Сан-Пьетро']],
    ['"В" opening a sentence', 'В Эссексе прошли выборы.', ['PER Эссексе'], ['LOC Эссексе']],
    ['only the span after the preposition', 'Смит переехал в Эссекс.', ['PER Смит', 'PER Эссекс'], ['PER Смит', 'LOC Эссекс']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('false positives: left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['"на" takes people', 'Малашенко женился на Божене Рынской.', ['PER Божене Рынской']],
      ['"к" takes people', 'Письмо пришло к Смиту утром.', ['PER Смиту']],
      ['"над" takes people', 'Суд лишил её опекунства над Блэнкет.', ['PER Блэнкет']],
      ['a first name az knows after "в"', 'Он влюбился в Анну Смит.', ['PER Анну Смит']],
      ['a surname az knows after "в"', 'Все верят в Путина.', ['PER Путина']],
      ['the animate accusative after "в"', 'Избиратели поверили в Зеленского.', ['PER Зеленского']],
      ['"до" as "before"', 'До Зеленского президентом был Порошенко.', ['PER Зеленского']],
      ['an organization after "в"', 'Он работал в Газпроме.', ['ORG Газпроме']],
      ['no preposition before', 'Эссекс выступил на конференции.', ['PER Эссекс']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
