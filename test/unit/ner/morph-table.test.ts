// The compiled morphology table (ner/morph-table.ts) must answer exactly as az does for every form it
// holds, and miss every form it does not: the tagger's features are hashed from these answers, so a
// wrong entry would silently change the output. Compared with az itself on a table compiled here and
// on every form of the one `npm run build` made (data/morph-ru.bin).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dataPath } from '../../../src/core/data-path';
import { Morph, MorphClass, MorphSummary } from '../../../src/core/ner/morph';
import { compileMorphTable, MORPH_TABLE_FILE, MorphTable, parseMorphTable, readMorphTable } from '../../../src/core/ner/morph-table';

/** az alone, no table: the reference. */
const az = new Morph(undefined, () => null);

/** The summary's fields in a fixed order, for comparing. */
const fields = (s: MorphSummary) => JSON.stringify([s.classes, s.pos, s.kase, s.lemma, s.caseTags]);

function summaryOf(word: string): MorphSummary {
  const { classes, pos, kase, lemma, caseTags } = az.analyze(word);
  return { classes, pos, kase, lemma, caseTags };
}

/** Forms of `forms` where the table's answer differs from az's (or where it has none). */
function mismatches(table: MorphTable, forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    const got = table.lookup(f);
    if (!got || fields(got) !== fields(summaryOf(f))) out.push(f);
  }
  return out;
}

// Names, surnames, patronymics, places, organizations, abbreviations in capitals, initials, ё
// written as е, hyphenated forms, prepositions and pronouns at a sentence start.
const SAMPLE = [
  'Москвы',
  'Москва',
  'Казань',
  'Антон',
  'Антона',
  'Силуанов',
  'Силуановым',
  'Сергеевич',
  'Ивановна',
  'Королев',
  'Королёв',
  'Усть-Каменогорска',
  'Премьер-министр',
  'МВД',
  'ФСБ',
  'ООН',
  'А',
  'Ю',
  'Ё',
  'В',
  'По',
  'Он',
  'Это',
  'Однако',
  'Германии',
  'Мальты',
  'Самарской',
  'Лондон',
  'Путин',
  'Путина',
  'Газпром',
  'Газпрома',
  'Яндекс',
  'Марии',
  'Петербург',
  'Нью-Йорке',
  'Бишкеке',
  'Ельцин',
];
// Not in the compiled sample, or words az only guesses: the table must not claim them.
const ABSENT = ['Мадуро', 'Кваблорск', 'москвы', 'МОСКВЫ', 'London', 'Москв', ''];

describe('morphology table (ner/morph-table.ts)', function () {
  this.timeout(60000);

  it('a compiled table answers as az for every form it holds and misses the rest', () => {
    const table = parseMorphTable(
      compileMorphTable(
        SAMPLE.map((f) => [f, summaryOf(f)]),
        'test',
      ),
    );
    assert.strictEqual(table.size, SAMPLE.length);
    assert.deepStrictEqual(mismatches(table, SAMPLE), []);
    assert.deepStrictEqual(table.forms().sort(), [...SAMPLE].sort());
    assert.deepStrictEqual(
      ABSENT.filter((f) => table.lookup(f) !== undefined),
      [],
    );
  });

  it('the comparison catches a wrong entry (a mutated table fails it)', () => {
    const wrong: Array<[string, MorphSummary]> = SAMPLE.map((f) => [f, summaryOf(f)]);
    wrong[0] = [wrong[0][0], { ...wrong[0][1], classes: wrong[0][1].classes ^ MorphClass.Geox }];
    wrong[5] = [wrong[5][0], { ...wrong[5][1], lemma: 'неверно' }];
    assert.deepStrictEqual(mismatches(parseMorphTable(compileMorphTable(wrong, 'test')), SAMPLE), ['Москвы', 'Силуанов']);
    // A flipped bit in the stored bytes (the classes of the first record, "Москвы") is caught as well.
    const bytes = compileMorphTable(
      SAMPLE.map((f) => [f, summaryOf(f)]),
      'test',
    );
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength));
    const records = 12 + ((headerLength + 3) & ~3) + 4 * header.slotCount + 4 * header.lemmaCount;
    bytes[records + 1 + 'Москвы'.length] ^= MorphClass.Orgn;
    assert.deepStrictEqual(mismatches(parseMorphTable(bytes), SAMPLE), ['Москвы']);
  });

  it('the built table (data/morph-ru.bin) agrees with az on every form it holds', function () {
    const file = dataPath(MORPH_TABLE_FILE);
    if (!fs.existsSync(file)) this.skip(); // made by `npm run build`; without it az answers every word
    const table = readMorphTable(file);
    const forms = table.forms();
    assert.ok(forms.length > 20_000, `only ${forms.length} forms`);
    const named = ['В', 'Однако', 'Он', 'МВД', 'ЦСКА', 'Еще', 'Ещё', 'Ю'];
    assert.deepStrictEqual(mismatches(table, [...forms, ...named]), []);
  });

  it('the built table is read page by page: a few lookups read a few pages, and every lookup answers as the whole file does', function () {
    const file = dataPath(MORPH_TABLE_FILE);
    if (!fs.existsSync(file)) this.skip(); // made by `npm run build`
    const bytes = fs.readFileSync(file);
    const whole = parseMorphTable(bytes);
    const nodeFs: { readSync: (...a: unknown[]) => number } = require('fs');
    const own = nodeFs.readSync;
    let read = 0;
    nodeFs.readSync = (...a: unknown[]) => {
      const n = own(...a);
      read += n;
      return n;
    };
    let paged: MorphTable;
    try {
      paged = readMorphTable(file);
      for (const w of ['Однако', 'Москва', 'Он', 'МВД', 'Зюзюкин', 'В']) assert.deepStrictEqual(paged.lookup(w), whole.lookup(w), w);
    } finally {
      nodeFs.readSync = own;
    }
    assert.ok(read > 0 && read < bytes.length / 10, `${read} of ${bytes.length} bytes read`);
    // Every form, then misses, on a table that has read nothing else (no forms() first).
    const fresh = readMorphTable(file);
    for (const f of [...whole.forms(), 'Зюзюкин', 'Кваблорском', 'Mосква', 'X', '']) assert.deepStrictEqual(fresh.lookup(f), whole.lookup(f), f);
  });

  it('Morph answers from the table without az, and runs az when the parses are read', () => {
    const table = parseMorphTable(
      compileMorphTable(
        SAMPLE.map((f) => [f, summaryOf(f)]),
        'test',
      ),
    );
    const morph = new Morph(undefined, () => table);
    const m = morph.analyze('Путина');
    assert.deepStrictEqual([m.pos, m.kase, m.lemma, !!(m.classes & MorphClass.Surn), morph.azLookups], ['NOUN', 'gent', 'путин', true, 0]);
    const tags = (w: string, x: Morph) => x.analyze(w).parses.map((p) => `${p.word} ${p.tag} ${p.parser} ${p.score}`);
    assert.deepStrictEqual(tags('Путина', morph), tags('Путина', az));
    assert.strictEqual(morph.azLookups, 1);
    // A form the table lacks goes to az, with the same summary as without the table.
    const { parses: _p, ...guessed } = morph.analyze('Мадуро');
    const { parses: _q, ...reference } = az.analyze('Мадуро');
    assert.deepStrictEqual([guessed, morph.azLookups], [reference, 2]);
  });

  it('a damaged table file is a clear error', () => {
    const bytes = compileMorphTable(
      SAMPLE.map((f) => [f, summaryOf(f)]),
      'test',
    );
    for (const cut of [bytes.length - 3, Math.floor(bytes.length / 2)]) {
      assert.throws(() => parseMorphTable(bytes.subarray(0, cut), 'cut.bin'), /morphology table cut\.bin is damaged \(truncated\)/);
    }
    assert.throws(() => parseMorphTable(Buffer.from('not a table at all'), 'x.bin'), /morphology table x\.bin is damaged \(no NMRT header\).*npm run build/);
    // The same from a file, read page by page.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-morph-'));
    const cut = path.join(dir, 'cut.bin');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    assert.throws(() => readMorphTable(cut), /morphology table .*cut\.bin is damaged \(truncated\)/);
    assert.throws(() => readMorphTable(path.join(dir, 'none.bin')), /cannot read the morphology table .*none\.bin/);
  });
});
