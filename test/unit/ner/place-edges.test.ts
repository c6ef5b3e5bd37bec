// fixPlaceEdges on the tagger's spans, given directly: a capitalized masculine adjective alone, in the
// nominative, that az does not know as a place is a surname ("— пояснил Дубровский"), not a place; an
// adjective with a noun it describes, a place az knows, an ordinal or a postposed epithet stay as they are.
import * as assert from 'assert';
import { fixPlaceEdges } from '../../../src/core/ner/place-edges';
import { runSpanRule } from './helpers';

describe('NER ru: fixPlaceEdges, a surname that looks like an adjective', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixPlaceEdges, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['after a speech verb', '— Решение окончательное, — пояснил Дубровский.', ['LOC Дубровский'], ['PER Дубровский']],
    ['before "и"', 'Его поддержали Зеленский и Кулеба.', ['LOC Зеленский'], ['PER Зеленский']],
    ['after a lower-case noun for a post', 'Решение принял судья Московский.', ['LOC Московский'], ['PER Московский']],
    ['a surname with no surname reading in az', 'Соболезнования выразил Белый.', ['LOC Белый'], ['PER Белый']],
    ['at a sentence start, before a verb', 'Дубровский заявил о своей отставке.', ['LOC Дубровский'], ['PER Дубровский']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a place az knows ("Мирный")', 'Он переехал в Мирный.', ['LOC Мирный']],
      ['a place az knows as a noun ("Тверской")', 'Экспертизу провёл профессор Тверской.', ['LOC Тверской']],
      ['an epithet after a name', 'Папа Римский выступил с речью.', ['LOC Римский']],
      ['the name a kind of place gives', 'Мост построили на острове Русский.', ['LOC Русский']],
      ['the name a settlement noun gives', 'Завод стоит в городе Советский.', ['LOC Советский']],
      ['before a quoted name', 'Лондонский «Арсенал» победил.', ['LOC Лондонский']],
      ['before a capitalized word', 'Лондонский Арсенал победил.', ['LOC Лондонский']],
      ['feminine ("станция Московская")', 'Кстати, станция метро Московская отделана камнем.', ['LOC Московская']],
      ['another case ("Зеленским")', 'Встреча с Зеленским прошла в Киеве.', ['LOC Зеленским']],
      ['two words', 'Он вернулся в Нижний Новгород.', ['LOC Нижний Новгород']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});

describe('NER ru: fixPlaceEdges, lower-case words before the name', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixPlaceEdges, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a kind of place', 'Войска встретились на реке Эльба в Германии.', ['LOC реке Эльба'], ['LOC Эльба']],
    ['a facility', 'Его арестовали в аэропорту Болоньи вчера.', ['LOC аэропорту Болоньи'], ['LOC Болоньи']],
    [
      'an adjective and a noun',
      'В итальянском городке Сан-Ладзаро-ди-Савена живут три тысячи человек.',
      ['LOC итальянском городке Сан-Ладзаро-ди-Савена'],
      ['LOC Сан-Ладзаро-ди-Савена'],
    ],
    ['a part of a country', 'Обстрел начался на востоке Украины ночью.', ['LOC востоке Украины'], ['LOC Украины']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a thing named after a person', 'Недалеко стоит памятник Пушкину.', ['LOC памятник Пушкину']],
      ['a capitalized first word', 'Он живёт в Самарской области давно.', ['LOC Самарской области']],
      ['no capitalized word after the lower-case ones', 'Он родился в лондонском районе.', ['LOC лондонском районе']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
