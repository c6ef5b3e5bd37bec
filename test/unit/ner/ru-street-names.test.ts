// retypeStreetNames on the tagger's spans given directly: a person right after a noun for a street, a
// square or a body of water is that place's name; with no such noun, or another type, the tagger's reading stays.
import * as assert from 'assert';
import { retypeStreetNames } from '../../../src/core/ner/ru-street-names';
import { runSpanRule } from './helpers';

describe('NER ru: retypeStreetNames', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => retypeStreetNames(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a street named after a person, genitive', 'Жители улицы Баумана пожаловались на шум.', ['PER Баумана'], ['LOC Баумана']],
    ['a street, prepositional', 'Кафе открылось на улице Чернышевского.', ['PER Чернышевского'], ['LOC Чернышевского']],
    ['an avenue, two words', 'Пробка на проспекте Андрея Сахарова растёт.', ['PER Андрея Сахарова'], ['LOC Андрея Сахарова']],
    ['a lake', 'Набережную озера Кабан обновят.', ['PER Кабан'], ['LOC Кабан']],
    ['a square', 'Митинг прошёл на площади Тукая.', ['PER Тукая'], ['LOC Тукая']],
    ['a lane', 'Дом стоит в переулке Гоголя.', ['PER Гоголя'], ['LOC Гоголя']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('false positives: left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['no kind of place before', 'Жители пожаловались Баумана.', ['PER Баумана']],
      ['a person after a street that has its own name', 'На улице Ленина Иван Петров встретил друзей.', ['LOC Ленина', 'PER Иван Петров']],
      ['an organization after the noun', 'На площади Газпрома пусто.', ['ORG Газпрома']],
      ['a word that only starts like a kind ("уличный")', 'Уличный музыкант Иван Петров играл.', ['PER Иван Петров']],
      ['a person after a noun of another kind', 'Письмо главы Иванова пришло.', ['PER Иванова']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
