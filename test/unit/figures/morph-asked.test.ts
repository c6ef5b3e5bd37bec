// The figure grammars ask az (lex.morph) only where its answer decides something: a counted noun after
// a Russian number, a noun after a Russian year, a count after a code of law; where a part of speech
// decides (no noun, no adjective), lex.pos answers from the compiled table without az. Asked at every number
// (whether a code of law stood next to it or not), az read every word after a number, English ones
// included, and was a tenth of the Russian figure pass. The figures found stay the same (law-codes-ru,
// figures tests); these tests count the questions.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadLexicon, Lexicon } from '../../../src/core/figures/lexicon';
import { createRecognizer } from '../../../src/core/figures/recognize';
import type { Lang } from '../../../src/core/types';

let lex: Lexicon;
before(async function () {
  this.timeout(20000);
  lex = await loadLexicon();
});

/** The figures of text and the words az was asked about while finding them. */
function run(text: string, lang: Lang): { figures: string[]; asked: string[] } {
  const asked: string[] = [];
  const counting: Lexicon = { lemmas: (f) => lex.lemmas(f), pos: (w) => lex.pos(w), morph: (w) => (asked.push(w), lex.morph(w)) };
  const figures = createRecognizer(counting)
    .recognize(text, tokenize(text), { lang, refDate: '2024-05-01' })
    .map((e) => `${e.type} ${e.text}`);
  return { figures, asked };
}

describe('figures: az is asked only where its answer decides', () => {
  it('English numbers ask az nothing', () => {
    const r = run('The index rose 5 points to 1,204 and 12 boxes were shipped in 2004 , up 3 percent .', 'en');
    assert.deepStrictEqual(r.figures, ['NUMBER 5 points', 'NUMBER 1,204', 'NUMBER 12 boxes', 'DATE 2004', 'PERCENT 3 percent']);
    assert.deepStrictEqual(r.asked, []);
  });

  it('a Russian count asks about its counted noun once, with no code of law around', () => {
    const r = run('Он купил 3 книги.', 'ru');
    assert.deepStrictEqual(r.figures, ['NUMBER 3 книги']);
    assert.deepStrictEqual(r.asked, ['книги']);
  });

  it('a Russian year with no preposition before it asks about the next word once (for its count)', () => {
    const r = run('Итоги 2010 конкурса подвели.', 'ru');
    assert.deepStrictEqual(r.asked.filter((w) => w === 'конкурса').length, 1);
  });

  it('a number after a code of law still asks whether a count follows', () => {
    // Asked by the code-of-law test, then by the counted noun; the verb after it is no genitive noun by its
    // part of speech, which lex.pos reads from the compiled table without az.
    assert.deepStrictEqual(run('УК 3 раза меняли', 'ru'), { figures: ['NUMBER 3 раза'], asked: ['раза', 'раза'] });
  });
});
