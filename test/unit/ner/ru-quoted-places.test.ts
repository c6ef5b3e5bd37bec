// dropQuotedPlaces on the tagger's spans given directly: a place that fills a pair of quotes is dropped
// (Russian quotes names of firms, works and craft, not of towns); after a noun for a facility, a
// settlement or a kind of place it stays, as does a place that is only a part of a quoted name.
import * as assert from 'assert';
import { dropQuotedPlaces } from '../../../src/core/ner/ru-quoted-places';
import { runSpanRule } from './helpers';

describe('NER ru: dropQuotedPlaces', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => dropQuotedPlaces(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a car', 'Модель была построена на платформе «Таврия» в Запорожье.', ['LOC Таврия', 'LOC Запорожье'], ['LOC Запорожье']],
    ['a shuttle', 'После гибели «Колумбии» полёты прекратились.', ['LOC Колумбии'], []],
    ['a film, two words', 'Это роль отца в «Мужском разговоре» 1968 года.', ['LOC Мужском разговоре'], []],
    ['straight quotes', 'Он купил машину "Таврия" у соседа.', ['LOC Таврия'], []],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('false positives: left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a stadium', 'Матч прошёл на стадионе «Лужники» вчера.', ['LOC Лужники']],
      ['an airport', 'Самолёт сел в аэропорту «Шереметьево» утром.', ['LOC Шереметьево']],
      ['a settlement', 'Жители посёлка «Рыбацкое» жалуются.', ['LOC Рыбацкое']],
      ['a kind of place', 'Рыбу нашли у острова «Белый» вчера.', ['LOC Белый']],
      ['a place inside a longer quoted name', 'Он открыл фестиваль «Ереванские перспективы» вчера.', ['LOC Ереванские']],
      ['no quotes', 'Он уехал в Таврию летом.', ['LOC Таврию']],
      ['an organization in quotes', 'Он играл за «Спартак» долго.', ['ORG Спартак']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
