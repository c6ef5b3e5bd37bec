// Latin words and glued marks in Russian lines, a tagger feature (src/core/ner/ru-latin-names.ts).
// Invented sentences; each row lists the tokens with a value as "token:latin/left mark/right mark".
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { latinMarksOf } from '../../../src/core/ner/ru-latin-names';

const MARKS = ['', 'dot', 'hyphen', 'other', 'glued'];

async function marks(text: string): Promise<string[]> {
  const rec = (await loadNer()) as unknown as Recognizer;
  const [line] = rec.linesOf(tokenize(text));
  const out: string[] = [];
  latinMarksOf(line).forEach((v, i) => {
    if (v) out.push(`${line.tokens[i].text}:${Math.floor(v / 25) ? 'latin' : ''}/${MARKS[Math.floor(v / 5) % 5]}/${MARKS[v % 5]}`);
  });
  return out;
}

describe('NER ru: latinMarksOf', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[]]> = [
    ['a Latin name in a Russian sentence', 'Контракт подписала компания Piedmont Airlines вчера.', ['Piedmont:latin//', 'Airlines:latin//']],
    ['a domain', 'Об этом пишет Lenta.ru со ссылкой на источник.', ['Lenta:latin//dot', 'ru:latin/dot/']],
    ['a Cyrillic dotted name', 'Спектакль поставил Театр.doc весной.', ['Театр://dot', 'doc:latin/dot/']],
    ['a hyphen before a number', 'На параде прошёл танк Т-34 и ещё один.', ['Т://hyphen', '34:/hyphen/']],
    ['an ampersand', 'Сеть AT&T выросла.', ['AT:latin//other', 'T:latin/other/']],
    ['a number glued to letters', 'Запустили канал 5TV в Петербурге.', ['5://glued', 'TV:latin/glued/']],
  ];
  for (const [what, text, expected] of cases) it(what, async () => assert.deepStrictEqual(await marks(text), expected));

  describe('no value', () => {
    const none: Array<[string, string]> = [
      ['a line of English', 'The site Lenta.ru said AT&T grew.'],
      ['a full stop and a spaced dash', 'Он пришёл. Потом ушёл - и всё.'],
      ['a hyphen with a space after it', 'Счёт 2- 1 в пользу хозяев.'],
      ['a comma glued to a word', 'Москва,Петербург и Казань.'],
    ];
    for (const [what, text] of none) it(what, async () => assert.deepStrictEqual(await marks(text), []));
  });
});
