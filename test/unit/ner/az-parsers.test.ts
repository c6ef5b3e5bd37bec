// Our versions of az's Dictionary and SuffixKnown parsers (src/core/ner/az-parsers.ts), which morph.ts
// installs after az's init, must leave every answer of az as az's own parsers give it: the
// parses, their order, parser names, scores to the last bit, normal forms and inflections. Checked on
// a random sample of dictionary forms and on made-up words that az has to guess (property test), then
// the behaviour that makes ours cheaper: an ending is walked once, however many words end with it.
import * as assert from 'assert';
import * as fs from 'fs';
import { azOwnParsers, Morph, useOurAzParsers } from '../../../src/core/ner/morph';
import { dataPath } from '../../../src/core/data-path';
import { MORPH_TABLE_FILE, readMorphTable } from '../../../src/core/ner/morph-table';
import { PagedDawg } from '../../../src/core/ner/az-dawg';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Az: any = require('az');
const SAMPLE: Record<string, string[]> = require('./az-sample.json');

/** A small deterministic generator (mulberry32), so a failure names the same words on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Dictionary forms: the sample's and a random fifth of the compiled table's (common words of every class). */
function dictionaryForms(rnd: () => number): string[] {
  const out = new Set(Object.keys(SAMPLE));
  if (fs.existsSync(dataPath(MORPH_TABLE_FILE))) for (const f of readMorphTable(dataPath(MORPH_TABLE_FILE)).forms()) if (rnd() < 0.2) out.add(f);
  return [...out];
}

/**
 * Words az does not know, made from known ones so that they end as Russian words do: a new first
 * letter or two, an ending of a name added, az's prediction prefixes ("по", "наи") put before, е and ё
 * swapped, a letter doubled (az's stutter), capitalized or not.
 */
function guessedForms(forms: readonly string[], rnd: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out = new Set<string>();
  for (const f of forms) {
    const w = f.toLowerCase();
    if (w.length < 3 || !/^[а-яё]+$/.test(w)) continue;
    const variants = [
      pick([...LETTERS]) + w.slice(1),
      pick([...LETTERS]) + pick([...LETTERS]) + w.slice(2),
      w + pick(['ов', 'ова', 'ский', 'ского', 'енко', 'ишвили', 'ян', 'ёв', 'ец']),
      pick(['по', 'наи']) + w,
      w.replace(/е/g, 'ё'),
      w.slice(0, 2) + w.charAt(2) + w.slice(2),
    ];
    for (const v of variants) out.add(rnd() < 0.6 ? cap(v) : v);
  }
  return [...out];
}

/** Az.Morph's answer for a word, as the normalizers read it (exact scores). */
function parsesOf(word: string): string[] {
  return shown(Az.Morph(word));
}

/** The engine's answer (Morph, which calls az with ours installed; no table), shown the same way. */
function engineParsesOf(words: readonly string[]): string[][] {
  const morph = new Morph(undefined, () => null);
  return words.map((w) => shown(morph.analyze(w).parses));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function shown(parses: any[]): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return parses.map((p: any) => {
    const infl = (g: string[]) => {
      const r = p.inflect(g);
      return r ? r.word + ' ' + r.tag : false;
    };
    let norm: string | false;
    try {
      norm = p.normalize().word;
    } catch {
      norm = 'throws';
    }
    return [p.parser, p.word, String(p.tag), p.score, norm, infl(['nomn', 'sing']), infl(['gent', 'plur'])].join(' | ');
  });
}

/** Answers with az's own parsers put back, then ours again. */
function withAzOwn<T>(run: () => T): T {
  const ours = { Dictionary: Az.Morph.Parsers.Dictionary, SuffixKnown: Az.Morph.Parsers.SuffixKnown };
  Object.assign(Az.Morph.Parsers, azOwnParsers);
  try {
    return run();
  } finally {
    Object.assign(Az.Morph.Parsers, ours);
  }
}

describe("az's parsers, ours in place of its own (ner/az-parsers.ts)", function () {
  this.timeout(120000);
  before(() => {
    new Morph(undefined, () => null).analyze('Москва'); // az's init, which installs ours
    useOurAzParsers(); // again, when another test of this process has made az init anew
  });

  it('are installed after init', () => {
    assert.ok(azOwnParsers.Dictionary && azOwnParsers.SuffixKnown);
    assert.deepStrictEqual([Az.Morph.Parsers.Dictionary.name, Az.Morph.Parsers.SuffixKnown.name], ['Dictionary', 'SuffixKnown']);
    assert.notStrictEqual(Az.Morph.Parsers.Dictionary, azOwnParsers.Dictionary);
    assert.notStrictEqual(Az.Morph.Parsers.SuffixKnown, azOwnParsers.SuffixKnown);
  });

  it("answer as az's own on a random sample of dictionary forms", () => {
    const words = dictionaryForms(random(11));
    assert.ok(words.length > 5000, `${words.length} words`);
    const want = withAzOwn(() => words.map(parsesOf));
    assert.deepStrictEqual(words.map(parsesOf), want);
    const cyrillic = words.filter((w) => /[а-яё]/i.test(w));
    assert.deepStrictEqual(
      engineParsesOf(cyrillic),
      withAzOwn(() => cyrillic.map(parsesOf)),
      "the engine's loop",
    );
  });

  it("answer as az's own on words az has to guess (property test)", () => {
    const rnd = random(29);
    const words = guessedForms(
      dictionaryForms(rnd).filter(() => rnd() < 0.3),
      rnd,
    );
    const want = withAzOwn(() => words.map(parsesOf));
    const guessed = want.filter((ps) => ps.some((p) => p.startsWith('SuffixKnown'))).length;
    assert.ok(guessed > 3000, `${guessed} of ${words.length} words guessed by their ending`);
    assert.deepStrictEqual(words.map(parsesOf), want);
    assert.deepStrictEqual(engineParsesOf(words), want, 'the engine');
  });

  it("answer as az's own with az's other options (ignoring case, typos, no replacements)", () => {
    const words = ['Кваблорском', 'Шмыгловой', 'наиглупейший', 'поразмыслившему', 'Министр', 'ЦСКА', 'ёлка', 'Елка', 'ннет', 'Иванова'];
    const configs = [{ ignoreCase: true }, { typos: 1 }, { typos: 'auto' }, { replacements: {} }, { stutter: 0 }];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const answer = () => configs.map((c) => words.map((w) => Az.Morph(w, c).map((p: any) => `${p.parser} ${p.word} ${p.tag} ${p.score}`)));
    assert.deepStrictEqual(answer(), withAzOwn(answer));
  });

  it('walk a prediction DAWG once per ending, however many words end with it', () => {
    const calls: string[] = [];
    const own = PagedDawg.prototype.findAll;
    PagedDawg.prototype.findAll = function (this: PagedDawg, str: string, ...rest: [Record<string, string>?, number?, number?]) {
      if (this.format === 'probs') calls.push(str);
      return own.call(this, str, ...rest);
    };
    try {
      // Endings no other test here asks about (the cache lives as long as the process).
      Az.Morph('Бурзыщьюф');
      const first = calls.length;
      calls.length = 0;
      Az.Morph('Мирзыщьюф'); // the same last five letters
      assert.ok(first > 0, 'the first word walks its endings');
      assert.deepStrictEqual(calls, []);
      // False positives: a word with endings not seen yet is walked.
      Az.Morph('Зюрбехтэъ');
      assert.ok(calls.length > 0);
    } finally {
      PagedDawg.prototype.findAll = own;
    }
  });
});
