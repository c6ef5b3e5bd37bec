// The in-place word table (src/core/ner/word-table.ts) answers as the Map<string, number> it
// replaced: every entry of the shipped gazetteer (which must stay sorted: the table binary-searches
// it), the odd lines of hand-made ones, and no more.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { WordTable } from '../../../src/core/ner/word-table';
import { dataPath } from '../../../src/core/data-path';
import { rng } from '../seeded-random';

/** The reference: how en-gazetteer.ts read the file into a Map before. */
function asMap(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), Number(line.slice(tab + 1)) | 0);
  }
  return map;
}

describe('WordTable (sorted word<TAB>number lines, searched in place)', () => {
  it('the shipped gazetteer is in code-unit order with no word twice (what the binary search needs)', () => {
    const words = fs
      .readFileSync(dataPath('ner-en.gazetteer'), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.slice(0, l.indexOf('\t')));
    const unordered = words.filter((w, k) => k > 0 && !(words[k - 1] < w));
    assert.deepEqual(unordered.slice(0, 5), []);
  });

  it('gives every word of the shipped gazetteer the Map answer, and nothing for words it lacks', () => {
    const text = fs.readFileSync(dataPath('ner-en.gazetteer'), 'utf8');
    const map = asMap(text);
    const table = new WordTable(text);
    assert.ok(map.size > 10000, `the gazetteer has entries (${map.size})`);
    let wrong = 0;
    for (const [word, bits] of map) {
      if (table.get(word) !== bits) wrong++;
      // A word with one more letter, or one fewer, is another word.
      if (table.get(word + 'q') !== map.get(word + 'q')) wrong++;
      if (table.get(word.slice(0, -1)) !== map.get(word.slice(0, -1))) wrong++;
    }
    assert.equal(wrong, 0);
  });

  // The probes read code units in place (no lastIndexOf): random sorted tables with the odd lines
  // the file format allows (CRLF, lines without a tab or starting with one, empty lines, NBSP,
  // characters outside the BMP) against the Map reference, for words in the table and near it.
  it('answers as the Map on 300 random sorted tables', () => {
    const next = rng(11);
    const ALPHABET = ['a', 'b', 'c', 'z', '-', ' ', '\u00a0', 'я', 'ё', '\ud83d\ude00', '\r', '\u0001'];
    const randomWord = () => {
      let w = '';
      const n = 1 + Math.floor(next() * 5);
      for (let k = 0; k < n; k++) w += ALPHABET[Math.floor(next() * ALPHABET.length)];
      return w;
    };
    let wrong = 0;
    let asked = 0;
    for (let round = 0; round < 300; round++) {
      const words = [...new Set(Array.from({ length: Math.floor(next() * 40) }, randomWord))].sort();
      const lines = words.map((w) => {
        const r = next();
        if (r < 0.1) return w; // no tab: no entry
        return `${w}\t${Math.floor(next() * 1000)}${next() < 0.2 ? '\r' : ''}`;
      });
      // Lines whose key is empty sort first: an empty line, one that starts with its tab (no entries).
      if (next() < 0.3) lines.unshift(next() < 0.5 ? '' : `\t${Math.floor(next() * 10)}`);
      const text = lines.join('\n') + (next() < 0.5 ? '\n' : '');
      const table = new WordTable(text);
      const map = asMap(text);
      const probes = [...words, ...words.map((w) => w + 'a'), ...words.map((w) => w.slice(0, -1)), randomWord(), '', '\t' + words[0]];
      for (const w of probes) {
        asked++;
        if (table.get(w) !== map.get(w)) wrong++;
      }
    }
    assert.ok(asked > 10000, `asked ${asked}`);
    assert.equal(wrong, 0);
  });

  // [line(s), word, expected]
  const cases: [string, string, number | undefined][] = [
    ['paris\t4', 'paris', 4],
    ['paris\t4\n', 'paris', 4], // a final newline
    ['paris\t4\r\nrome\t2', 'rome', 2], // CRLF: the number still reads
    ['paris\t4\r\nrome\t2', 'paris', 4],
    ['bonn\t1\nparis\t4\nrome\t2', 'bonn', 1], // first, middle, last line
    ['bonn\t1\nparis\t4\nrome\t2', 'paris', 4],
    ['bonn\t1\nparis\t4\nrome\t2', 'rome', 2],
    ['bonn\t1\nparis\t4\nrome\t2', 'oslo', undefined], // between two lines
    ['bonn\t1\nparis\t4\nrome\t2', 'zurich', undefined], // after the last
    ['bonn\t1\nparis\t4\nrome\t2', 'aachen', undefined], // before the first
    ['bonn\t1\nbonn-ville\t3\nparis\t4', 'bonn', 1], // a word that begins a later word
    ['bonn\t1\nbonn-ville\t3\nparis\t4', 'bonn-ville', 3],
    ['bonn\t1\nbonnx\nparis\t4', 'bonnx', undefined], // a line with no tab is no entry
    ['bonn\t1\nbonnx\nparis\t4', 'paris', 4],
    ['\tparis\t4', '', undefined], // a line that starts with its tab is no entry
    ['paris 4', 'paris 4', undefined], // no tab: no entry
    ['paris\t4', 'pari', undefined],
    ['paris\t4', 'parisx', undefined],
    ['paris\tx', 'paris', 0], // not a number: 0, as Number('x') | 0
    ['paris\t4\nrome\t2', 'paris\t4\nrome', undefined], // a word across lines is no word
    ['', 'paris', undefined],
    ['\nparis\t4', 'aaa', undefined], // an empty first line (the lastIndexOf search never ended here)
    ['\nparis\t4', 'paris', 4],
    ['Paris\t4', 'paris', undefined], // the table is case-sensitive; classesOf folds case
    ['усть-илимск\t4', 'усть-илимск', 4], // Cyrillic
  ];
  for (const [text, word, want] of cases) {
    it(`${JSON.stringify(text)}: ${JSON.stringify(word)} → ${want}`, () => {
      assert.equal(new WordTable(text).get(word), want);
      assert.equal(asMap(text).get(word), want, 'the Map reference agrees');
    });
  }
});
