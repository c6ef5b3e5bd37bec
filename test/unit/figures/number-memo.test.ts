// parseCore keeps its answer per token on the view (the date and quantity grammars ask about the same
// token several times): the shared answer is the same object each time, frozen so that no grammar can
// change what another one reads, and a view asked in another language does not reuse it.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { View } from '../../../src/core/figures/view';
import { parseCore } from '../../../src/core/figures/number';
import { loadLexicon } from '../../../src/core/figures/lexicon';
import type { Lexicon } from '../../../src/core/figures/lexicon';

let lex: Lexicon;
before(async function () {
  this.timeout(20000);
  lex = await loadLexicon();
});

const viewOf = (text: string) => new View(text, tokenize(text));

describe('parseCore: one answer per token and language', () => {
  it('answers the same object again, frozen, with the value of a fresh parse', () => {
    const text = 'It fell by 1.5 million and then by three hundred.';
    const v = viewOf(text);
    const i = v.toks.findIndex((t) => t.kind === 'number');
    const a = parseCore(v, i, 'en', lex);
    assert.ok(a);
    assert.strictEqual(parseCore(v, i, 'en', lex), a);
    assert.ok(Object.isFrozen(a));
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
});
