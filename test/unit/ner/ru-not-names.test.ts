// isRuNotName (tables/ru-not-names.ts): months, weekdays and holidays in any case are no names; given
// names and places that look like them are.
import * as assert from 'assert';
import { isRuNotName } from '../../../src/core/ner/tables/ru-not-names';

describe('NER ru: words that are no names', () => {
  const not: string[] = [
    'Январь',
    'декабря',
    'Понедельник',
    'Субботу',
    'Масленицу',
    'Масленицей',
    'Рождество',
    'Рождеству',
    'Хэллоуину',
    'Навруз',
    'Новруза',
    'Рамадана',
    'Хануку',
    'Курбан-байрам',
    'Ураза-байрама',
    'Сабантуй',
  ];
  for (const w of not) it(`${w}: not a name`, () => assert.ok(isRuNotName(w)));
  describe('false positives: names', () => {
    // "Марта"/"Мая" are given names; "Пасхи" is a place in "острова Пасхи"; surnames built on the words.
    const names: string[] = ['Марта', 'Мая', 'Пасхи', 'Рождественский', 'Рождественского', 'Навруцкий', 'Нвруз', 'Масленников', 'Ханукаев'];
    for (const w of names) it(`${w}: may be a name`, () => assert.ok(!isRuNotName(w)));
  });
});
