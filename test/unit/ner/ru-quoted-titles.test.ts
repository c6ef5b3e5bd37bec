// dropQuotedTitles on the tagger's spans given directly: a place or a person that fills a pair of quotes
// is dropped (Russian quotes names of firms, works and craft, not of towns or people); a place after a
// noun for a facility, a settlement or a kind of place stays, as does a name that is only a part of a
// quoted title, and an organization.
import * as assert from 'assert';
import { dropQuotedTitles } from '../../../src/core/ner/ru-quoted-titles';
import { runSpanRule } from './helpers';

describe('NER ru: dropQuotedTitles', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => dropQuotedTitles(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a car', 'Модель была построена на платформе «Таврия» в Запорожье.', ['LOC Таврия', 'LOC Запорожье'], ['LOC Запорожье']],
    ['a shuttle', 'После гибели «Колумбии» полёты прекратились.', ['LOC Колумбии'], []],
    ['a film, two words', 'Это роль отца в «Мужском разговоре» 1968 года.', ['LOC Мужском разговоре'], []],
    ['straight quotes', 'Он купил машину "Таврия" у соседа.', ['LOC Таврия'], []],
    ['a rocket read as a person', 'Планируется создание ракеты-носителя «Арес I» к 2014 году.', ['PER Арес I'], []],
    ['a person even after a facility noun', 'Матч прошёл на стадионе «Петровский» вчера.', ['PER Петровский'], []],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('false positives: left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a stadium', 'Матч прошёл на стадионе «Лужники» вчера.', ['LOC Лужники']],
      ['an airport', 'Самолёт сел в аэропорту «Шереметьево» утром.', ['LOC Шереметьево']],
      ['a settlement', 'Жители посёлка «Рыбацкое» жалуются.', ['LOC Рыбацкое']],
      ['a hotel', 'Он живёт в гостинице «Москва» давно.', ['LOC Москва']],
      ['a kind of place', 'Рыбу нашли у острова «Белый» вчера.', ['LOC Белый']],
      ['a place inside a longer quoted name', 'Он открыл фестиваль «Ереванские перспективы» вчера.', ['LOC Ереванские']],
      ['no quotes', 'Он уехал в Таврию летом.', ['LOC Таврию']],
      ['a person next to quotes', 'Роман «Война и мир» написал Лев Толстой.', ['PER Лев Толстой']],
      ['an organization in quotes', 'Он играл за «Спартак» долго.', ['ORG Спартак']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
    it('a person with a nickname in quotes', async () =>
      assert.deepStrictEqual(await run('Вячеслав «Япончик» Иваньков умер.', ['PER Вячеслав « Япончик » Иваньков']), ['PER Вячеслав «Япончик» Иваньков']));
  });
});
