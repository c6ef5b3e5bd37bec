// FormCache computes a form's hashes without the slices and the shape string it used to build: every
// field must equal its definition (hashString of the slice, of shapeOf, the script by regex), on
// words of every kind and on random strings of awkward characters.
import * as assert from 'assert';
import { FormCache, shapeOf, shapeHash } from '../../../src/core/ner/forms';
import { hashRange, hashString } from '../../../src/core/ner/hash';

/** The fields of a form by their definitions (the way forms.ts computed them before). */
function byDefinition(text: string) {
  const lower = text.toLowerCase();
  const cyr = /[\u0400-\u04FF]/.test(text);
  const lat = !cyr && /[A-Za-z]/.test(text);
  const first = text.charAt(0);
  const cap = first.toLowerCase() !== first;
  return {
    lower: hashString(lower),
    suf2: hashString(lower.slice(-2)),
    suf3: hashString(lower.slice(-3)),
    suf4: hashString(lower.slice(-4)),
    pre3: hashString(lower.slice(0, 3)),
    shape: hashString(shapeOf(text)),
    stem: hashString(lower.slice(0, 5)),
    cap,
    salient: cap || lat || /\p{Lu}/u.test(text),
    script: cyr ? 1 : lat ? 2 : 0,
  };
}

const WORDS = [
  // Cyrillic, Latin, mixed, short
  'Колокольцев',
  'МВД',
  'россии',
  'Ёлка',
  'ёж',
  'a',
  'I',
  'of',
  'COVID-19',
  'O’Brien',
  'McDonald',
  'iPhone',
  'Усть-Каменогорске',
  'GmbH',
  'Zürich',
  'ÉCOLE',
  'straße',
  'İstanbul',
  'ǅemal',
  'ΑΘΗΝΑ',
  'αθηνα',
  // digits, punctuation, symbols, outside the BMP, combining marks, lone surrogates
  '2024',
  '3,5',
  '.',
  '«',
  '—',
  '№',
  '€',
  '😀😀x',
  'x😀',
  'a\u0301b',
  '\ud83d',
  'ab\udc00',
  '𝐀𝐁c',
  'Ab1-Cd2_Ef3',
  'ООО',
  'Министерства',
  'министерство',
  'компании',
  'Companies',
  '',
];

describe('FormCache: hashes computed in place equal their definitions', () => {
  for (const w of WORDS) {
    it(JSON.stringify(w), () => {
      if (w === '') {
        assert.strictEqual(shapeHash(w), hashString(shapeOf(w)));
        return;
      }
      const f = new FormCache(undefined).get(w);
      const want = byDefinition(w);
      for (const k of Object.keys(want) as Array<keyof typeof want>) assert.strictEqual(f[k], want[k], `${k} of ${JSON.stringify(w)}`);
    });
  }

  it('agrees on 5,000 random strings of awkward characters', () => {
    const pool = [
      'a',
      'Z',
      'я',
      'Ё',
      'ё',
      'Ѐ',
      'ѝ',
      'Ґ',
      'ґ',
      '7',
      '-',
      '’',
      'ß',
      'İ',
      'ǅ',
      'Σ',
      'ς',
      '\u0301',
      '😀',
      '𝐀',
      '\ud83d',
      '\udc00',
      '_',
      ' ',
      'Ⅻ',
      'ⓐ',
    ];
    let x = 2463534242;
    const rnd = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    for (let k = 0; k < 5000; k++) {
      let w = '';
      const len = 1 + rnd(12);
      for (let j = 0; j < len; j++) w += pool[rnd(pool.length)];
      const f = new FormCache(undefined).get(w);
      const want = byDefinition(w);
      for (const key of Object.keys(want) as Array<keyof typeof want>) assert.strictEqual(f[key], want[key], `${key} of ${JSON.stringify(w)}`);
    }
  });

  it('organization heads: any case of a stem and a short ending, nothing else', () => {
    const cache = new FormCache(undefined);
    assert.strictEqual(cache.get('Министерства').orgHead, 1);
    assert.strictEqual(cache.get('компании').orgHead, 1);
    assert.strictEqual(cache.get('министр').orgHead, 0);
    assert.strictEqual(cache.get('Ministry').orgHead, 0);
  });

  it('hashRange hashes the slice', () => {
    const s = 'Западно-Казахстанской';
    for (let a = 0; a <= s.length; a++) for (let b = a; b <= s.length; b++) assert.strictEqual(hashRange(s, a, b), hashString(s.slice(a, b)));
  });
});
