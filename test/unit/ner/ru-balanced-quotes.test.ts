// The name a person reads closes the quotes it opens (src/core/ner/ru-balanced-quotes.ts), while the
// span keeps factRuEval's edges ("ООО «Ромашка" scored, "ООО «Ромашка»" shown).
import * as assert from 'assert';
import { balanceQuotes } from '../../../src/core/ner/ru-balanced-quotes';
import { loadNer } from '../../../src/core/ner';
import { tokenize } from '../../../src/core/tokenize';

describe('NER ru: balanced quotes in the shown name', function () {
  this.timeout(20000);
  const cases: Array<[string, string]> = [
    ['ООО «Ромашка', 'ООО «Ромашка»'],
    ['движения «Лесная поляна', 'движения «Лесная поляна»'],
    ['ЗАО «Завод «Прогресс', 'ЗАО «Завод «Прогресс»»'], // nested: both close, innermost first
    ['фонда „Светлый путь', 'фонда „Светлый путь“'],
    ['ООО «Ромашка»', 'ООО «Ромашка»'], // already balanced
    ['Ромашка»', 'Ромашка»'], // a stray closing quote is left as written: nothing is removed
    ['Иван Петров', 'Иван Петров'],
  ];
  for (const [name, shown] of cases) it(`${name} → ${shown}`, () => assert.strictEqual(balanceQuotes(name), shown));

  it('through the recognizer: the span ends before the closing quote, the norm closes it', async () => {
    const text = 'Сделку с ЗАО «Лесная поляна» подписали в мае.';
    const ents = (await loadNer()).recognize(text, tokenize(text), 'ru').filter((e) => e.type === 'ORG');
    assert.deepStrictEqual(
      ents.map((e) => [e.text, e.norm]),
      [['ЗАО «Лесная поляна', 'ЗАО «Лесная поляна»']],
    );
  });
});
