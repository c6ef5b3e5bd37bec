// Property test: random mixes of figure-like pieces (digits, separators, currency signs, numeral and
// date words, NBSP, CRLF, BOM, astral and lone-surrogate characters) never break the recognizer's
// contract: text = slice(start, end), non-empty, sorted, non-overlapping spans, finite numbers.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadFigures, FigureRecognizer } from '../../../src/core/figures';

const PIECES = [
  '1',
  '22',
  '2024',
  '1 500',
  ',',
  '.',
  '-',
  '–',
  '/',
  ':',
  '$',
  '€',
  '%',
  ' ',
  '\u00A0',
  '\n',
  '\r\n',
  'млн',
  'тыс.',
  'рублей',
  'года',
  'году',
  'в',
  'с',
  'по',
  'от',
  'до',
  'около',
  'свыше',
  'июля',
  'мая',
  'пять',
  'двадцати',
  'первый',
  'и',
  'and',
  'a',
  'half',
  'million',
  'dollars',
  'over',
  'one',
  'of',
  'per',
  'cent',
  '😀',
  '\uFEFF',
  '\uD800',
  '(',
  ')',
  '+7',
  'USD',
  'RM',
  'c',
  'hk',
  'XXI',
  'век',
  'назад',
  'через',
  'неделю',
  'лет',
  '-ти',
  '-го',
  'й',
  'к',
  '^',
  'e',
  'M',
  'k',
];

describe('figures: random input keeps the span contract', () => {
  let fig: FigureRecognizer;
  before(async function () {
    this.timeout(20000);
    fig = await loadFigures();
  });
  it('2,000 random phrases in both languages', function () {
    // About 1 s alone; several times that on the shared 2-core machine. Speed is the bench's business.
    this.timeout(60000);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 2000; k++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 30);
      for (let j = 0; j < len; j++) s += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.5 ? ' ' : '');
      for (const lang of ['ru', 'en'] as const) {
        const ents = fig.recognize(s, tokenize(s), { lang, refDate: '2025-07-22' });
        ents.forEach((e, i) => {
          assert.ok(e.start < e.end, JSON.stringify([s, e]));
          assert.strictEqual(s.slice(e.start, e.end), e.text);
          if (typeof e.value === 'number') assert.ok(Number.isFinite(e.value), JSON.stringify([s, e]));
          if (i > 0) assert.ok(ents[i - 1].end <= e.start, JSON.stringify([s, ents[i - 1], e]));
        });
      }
    }
  });
});
