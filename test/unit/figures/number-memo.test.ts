// parseCore keeps its answer per token on the view (the date and quantity grammars ask about the same
// token several times): the shared answer is the same object each time (read-only by its type, so that
// no grammar changes what another one reads), and a view asked in another language does not reuse it.
// Every core, whichever way it was read, has the same nine fields in the same order: one hidden class
// for V8, so the grammars that read cores are not thrown away on meeting a core of another shape.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { View } from '../../../src/core/figures/view';
import { parseCore, NumberCore } from '../../../src/core/figures/number';
import { loadLexicon } from '../../../src/core/figures/lexicon';
import type { Lexicon } from '../../../src/core/figures/lexicon';

let lex: Lexicon;
before(async function () {
  this.timeout(20000);
  lex = await loadLexicon();
});

const viewOf = (text: string) => new View(text, tokenize(text));

describe('parseCore: one answer per token and language', () => {
  it('answers the same object again, with the value of a fresh parse', () => {
    const text = 'It fell by 1.5 million and then by three hundred.';
    const v = viewOf(text);
    const i = v.toks.findIndex((t) => t.kind === 'number');
    const a = parseCore(v, i, 'en', lex);
    assert.ok(a);
    assert.strictEqual(parseCore(v, i, 'en', lex), a);
    assert.deepStrictEqual({ ...a }, { ...parseCore(viewOf(text), i, 'en', lex) });
    assert.strictEqual(a.value, 1.5e6);
    // "no number here" is remembered too, and stays no number.
    const w = v.toks.findIndex((t) => t.text === 'fell');
    assert.strictEqual(parseCore(v, w, 'en', lex), undefined);
    assert.strictEqual(parseCore(v, w, 'en', lex), undefined);
  });

  it('a view asked in another language parses afresh', () => {
    // "one" is an English number word and no Russian one.
    const v = viewOf('one');
    assert.strictEqual(parseCore(v, 0, 'ru', lex), undefined);
    assert.strictEqual(parseCore(v, 0, 'en', lex)?.value, 1);
    assert.strictEqual(parseCore(v, 0, 'ru', lex), undefined);
  });

  it('every core has the nine fields, in one order, with the values of its reading', () => {
    const FIELDS = ['first', 'last', 'value', 'ordinal', 'digits', 'plain4', 'scaled', 'ending', 'glued'];
    // [text, language, the token the number starts at, fields expected to differ from a plain digit core]
    const CASES: Array<[string, 'en' | 'ru', string, Partial<NumberCore>]> = [
      ['in 2014 then', 'en', '2014', { value: 2014, digits: true, plain4: true }],
      ['the 21st day', 'en', '21', { value: 21, ordinal: true, digits: true, ending: 'st' }],
      ['ran 29km today', 'en', '29', { value: 29, digits: true, glued: 'km' }],
      ['в 20-ти метрах', 'ru', '20', { value: 20, digits: true, ending: 'ти' }],
      ['к 2024-му году', 'ru', '2024', { value: 2024, ordinal: true, digits: true, plain4: true, ending: 'му' }],
      ['27-летний житель', 'ru', '27', { value: 27, digits: true, glued: 'летний' }],
      ['fell to -5 today', 'en', '-', { value: -5, digits: true }],
      ['odds of 1 in 5 .', 'en', '1', { value: 0.2, digits: true }],
      ['about 1 over 4 .', 'en', '1', { value: 0.25, digits: true }],
      ['some 3 million people', 'en', '3', { value: 3e6, digits: true, scaled: true }],
      ['three hundred people', 'en', 'three', { value: 300 }],
      ['минус пять градусов', 'ru', 'минус', { value: -5 }],
      ['a ½ inch', 'en', '½', { value: 0.5, digits: true }],
    ];
    for (const [text, lang, at, want] of CASES) {
      const v = viewOf(text);
      const core = parseCore(
        v,
        v.toks.findIndex((t) => t.text === at),
        lang,
        lex,
      );
      assert.ok(core, text);
      assert.deepStrictEqual(Object.keys(core), FIELDS, text);
      const plain = { ordinal: false, digits: false, plain4: false, scaled: false, ending: undefined, glued: undefined };
      const got = {
        value: core.value,
        ordinal: core.ordinal,
        digits: core.digits,
        plain4: core.plain4,
        scaled: core.scaled,
        ending: core.ending,
        glued: core.glued,
      };
      assert.deepStrictEqual(got, { ...plain, ...want }, text);
    }
  });
});
