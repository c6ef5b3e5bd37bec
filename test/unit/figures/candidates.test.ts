// The figure pass asks mayStartFigure() at every token before it runs the date and quantity
// grammars. It must be a necessary condition only: on random English text made of the words the
// candidate test singles out ("at", "in", "up" open figures only as part of "at least", "in excess
// of", "up to"; "." and "-" only before digits) and the words around them, every position where the
// grammars match is a candidate.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadLexicon, Lexicon } from '../../../src/core/figures/lexicon';
import { View } from '../../../src/core/figures/view';
import { mayStartFigure } from '../../../src/core/figures/recognize';
import { parseDateRangeEn } from '../../../src/core/figures/date-range-en';
import { parseQuantity } from '../../../src/core/figures/quantity';
import { parseRef } from '../../../src/core/figures/date-resolve';
import { QUALIFIER_PHRASES, RANGE_PATTERNS } from '../../../src/core/figures/tables/qualifiers';
import { rng } from '../seeded-random';

const LATIN = /^[a-z ]+$/;
// Every English qualifier and range phrase, whole and cut short, and the words that follow them.
const PHRASES = [...QUALIFIER_PHRASES.map(([p]) => p), ...RANGE_PATTERNS.flatMap(([o, j]) => [o, j])].filter((p) => LATIN.test(p));
const PIECES = [
  ...PHRASES,
  ...PHRASES.map((p) => p.split(' ')[0]),
  ...['1', '5', '22', '2024', '1,500', '3.5', '.5', '-5', '−5', '- 5', '.', '-', '−', ',', '$', '%', '£'],
  ...['than', 'least', 'most', 'to', 'of', 'and', 'excess', 'as', 'many', 'much', 'a', 'the', 'in', 'at', 'up', 'no'],
  ...['percent', 'million', 'dollars', 'people', 'years', 'old', 'March', 'May', 'June 5', 'Monday', 'ago', 'week', 'half', 'one', 'two', 'third'],
];

describe('figures: the candidate test before the grammars', function () {
  this.timeout(60000);
  let lex: Lexicon;
  before(async () => {
    lex = await loadLexicon();
  });

  /** Positions where the grammars match but the candidate test says no figure can start. */
  function turnedAway(text: string): string[] {
    const v = new View(text, tokenize(text));
    const ref = parseRef('2024-05-01');
    const dateAt = (j: number) => parseDateRangeEn(v, j, lex, ref);
    const out: string[] = [];
    for (let i = 0; i < v.length; i++) {
      if (mayStartFigure(v, i, 'en', lex)) continue;
      const f = dateAt(i) ?? parseQuantity(v, i, 'en', lex, dateAt);
      if (f) out.push(`${JSON.stringify(text)} at ${JSON.stringify(v.toks[i].text)} (${i})`);
    }
    return out;
  }

  it('turns away no position where a figure starts, on 3,000 random English phrases', () => {
    const next = rng(11);
    const misses: string[] = [];
    let candidatesRefused = 0;
    for (let n = 0; n < 3000; n++) {
      const len = 2 + Math.floor(next() * 7);
      const words: string[] = [];
      for (let k = 0; k < len; k++) words.push(PIECES[Math.floor(next() * PIECES.length)]);
      const text = words.join(next() < 0.2 ? '' : ' ');
      misses.push(...turnedAway(text));
      const v = new View(text, tokenize(text));
      for (let i = 0; i < v.length; i++) if (v.toks[i].kind !== 'space' && !mayStartFigure(v, i, 'en', lex)) candidatesRefused++;
    }
    assert.deepStrictEqual(misses.slice(0, 10), []);
    // The test means something only if the candidate test refuses positions in these phrases.
    assert.ok(candidatesRefused > 1000, `refused ${candidatesRefused}`);
  });

  // [text, token, candidate?]: the words and marks that lead only as part of a phrase.
  const CASES: Array<[string, string, boolean]> = [
    ['at least 5 people', 'at', true],
    ['at the meeting', 'at', false],
    ['up to $5 million', 'up', true],
    ['prices went up .', 'up', false],
    ['in excess of 20 %', 'in', true],
    ['in Paris', 'in', false],
    ['rose .5 percent', '.', true],
    ['It ended .', '.', false],
    ['fell to -5 degrees', '-', true],
    ['well - known', '-', false],
  ];
  for (const [text, token, want] of CASES) {
    it(`${JSON.stringify(token)} in ${JSON.stringify(text)} is ${want ? '' : 'not '}a candidate`, () => {
      const v = new View(text, tokenize(text));
      const i = v.toks.findIndex((t) => t.text === token);
      assert.strictEqual(mayStartFigure(v, i, 'en', lex), want);
    });
  }
});
