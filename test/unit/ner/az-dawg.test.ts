// az's DAWG dictionaries read page by page (src/core/ner/az-dawg.ts) must answer exactly as az's own
// reader, which reads each file whole: the same walk over the same bytes. Checked directly (findAll on
// each of az's DAWG files, with and without typos, and every UTF-16 code unit for the CP1251 table) and
// through az (Az.Morph's parses, scores, normal forms and inflections on the same words).
import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PagedDawg } from '../../../src/core/ner/az-dawg';
import { dataPath } from '../../../src/core/data-path';
import { MORPH_TABLE_FILE, readMorphTable } from '../../../src/core/ner/morph-table';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Az: any = require('az');
const ROOT = path.resolve(__dirname, '../../..');
const DICTS = path.join(ROOT, 'node_modules', 'az', 'dicts');
const SAMPLE: Record<string, string[]> = require('./az-sample.json');
const FILES: Array<[string, string]> = [
  ['words.dawg', 'words'],
  ['prediction-suffixes-0.dawg', 'probs'],
  ['prediction-suffixes-1.dawg', 'probs'],
  ['prediction-suffixes-2.dawg', 'probs'],
  ['p_t_given_w.intdawg', 'int'],
];

/** az's own reader of a whole file. */
function azDawg(file: string, format: string) {
  const buf = fs.readFileSync(path.join(DICTS, file));
  return Az.DAWG.fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), format);
}

/** Words to ask about: the sample's, the build-time table's (every 7th), their lower-case and suffixes, and made-up names. */
function words(): string[] {
  const out = new Set<string>(Object.keys(SAMPLE));
  if (fs.existsSync(dataPath(MORPH_TABLE_FILE)))
    readMorphTable(dataPath(MORPH_TABLE_FILE))
      .forms()
      .forEach((f, i) => i % 7 === 0 && out.add(f));
  // Stutter and е/ё branches of the walk (several in one word, doubled letters at the end, е in a stutter).
  for (const w of [
    'Кваблорском',
    'Шмыгловой',
    'Заречнинского',
    'наиглупейший',
    'по-английски',
    'ннет',
    'д-да',
    'ёлка',
    'елка',
    'Усть-Каменогорске',
    'нннннет',
    'д-д-да',
    'ееель',
    'е-е-ель',
    'сссср',
    'весеннее',
    'длиннее',
    'ввв',
    'ааа-а',
  ])
    out.add(w);
  for (const w of [...out]) {
    out.add(w.toLowerCase());
    for (let k = 1; k <= 5 && k < w.length; k++) out.add(w.toLowerCase().slice(-k));
  }
  return [...out];
}

/** Az.Morph's answer for a word, as the normalizers read it. */
function parsesOf(word: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return Az.Morph(word).map((p: any) => {
    const infl = (g: string[]) => {
      const r = p.inflect(g);
      return r ? r.word + ' ' + r.tag : false;
    };
    const n = p.normalize();
    return [p.parser, p.word, String(p.tag), Number(p.score.toFixed(9)), n ? n.word : false, infl(['nomn', 'sing']), infl(['gent', 'plur'])].join(' | ');
  });
}

/** Az.Morph.init with the given DAWG loader (async: init counts its pending files). */
function initAz(dawgLoad?: (url: string, format: string, cb: (err: unknown, d?: unknown) => void) => void): Promise<void> {
  const own = Az.DAWG.load;
  if (dawgLoad) Az.DAWG.load = dawgLoad;
  return new Promise<void>((resolve, reject) => {
    try {
      Az.Morph.init(DICTS, (err: unknown) => (err ? reject(err) : resolve()));
    } finally {
      Az.DAWG.load = own;
    }
  });
}

describe("az's dictionaries read page by page (ner/az-dawg.ts)", function () {
  this.timeout(120000);
  const list = words();

  it('findAll answers as az reads each whole file, on every one of its DAWGs', () => {
    assert.ok(list.length > 5000, `${list.length} words`);
    for (const [file, format] of FILES) {
      const whole = azDawg(file, format);
      const paged = new PagedDawg(path.join(DICTS, file), format);
      let found = 0;
      for (const w of list) {
        const want = whole.findAll(w, { е: 'ё' }, Infinity, 0);
        assert.deepStrictEqual(paged.findAll(w, { е: 'ё' }, Infinity, 0), want, `${file}: ${w}`);
        found += want.length;
      }
      // p_t_given_w holds "word:tag" keys: ask as az does, with a tag.
      if (format === 'int')
        for (const w of list.slice(0, 3000))
          for (const t of [':NOUN,inan,masc sing,nomn', ':ADJF plur,gent', ':NOUN,inan,femn sing,gent']) {
            const want = whole.findAll(w.toLowerCase() + t);
            assert.deepStrictEqual(paged.findAll(w.toLowerCase() + t), want, `${file}: ${w}${t}`);
            found += want.length;
          }
      assert.ok(found > 0, `${file}: ${found} answers`);
    }
  });

  it('with typos and stutter (az options newsmark does not use), and for every UTF-16 code unit', () => {
    const whole = azDawg('words.dawg', 'words');
    const paged = new PagedDawg(path.join(DICTS, 'words.dawg'), 'words');
    for (const w of list.slice(0, 400))
      for (const typos of [1, 2])
        assert.deepStrictEqual(
          paged.findAll(w.toLowerCase(), { е: 'ё' }, Infinity, typos),
          whole.findAll(w.toLowerCase(), { е: 'ё' }, Infinity, typos),
          `${w} typos ${typos}`,
        );
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c) + 'а';
      assert.deepStrictEqual(paged.findAll(s), whole.findAll(s), `U+${c.toString(16)}`);
    }
  });

  it("Az.Morph over paged DAWGs gives az's parses, scores, normal forms and inflections", async () => {
    const sample = list.filter((_, i) => i % 3 === 0).slice(0, 4000);
    await initAz();
    const want = sample.map(parsesOf);
    await initAz((url, format, cb) => queueMicrotask(() => cb(null, new PagedDawg(url, format))));
    assert.deepStrictEqual(sample.map(parsesOf), want);
  });

  it('reads only the pages a walk needs', () => {
    const paged = new PagedDawg(path.join(DICTS, 'words.dawg'), 'words');
    assert.ok(paged.pagesRead().read <= 2, 'opening reads the two length fields only');
    for (const w of ['министр', 'финансов', 'антон', 'россии', 'заявил']) assert.ok(paged.findAll(w, { е: 'ё' }, Infinity, 0).length > 0, w);
    const { read, total } = paged.pagesRead();
    assert.ok(read > 0 && read < total / 20, `${read} of ${total} pages`);
  });

  it('the engine reads az through it (a fresh process)', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        '-e',
        `const d = require('./src/core/ner/az-dawg'); let n = 0; const f = d.PagedDawg.prototype.findAll;
         d.PagedDawg.prototype.findAll = function (...a) { n++; return f.apply(this, a); };
         const { Morph } = require('./src/core/ner/morph');
         console.log(new Morph().analyze('Силуанов').parses.length > 0, n > 0);`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ).trim();
    assert.strictEqual(out, 'true true');
  });

  it('a truncated dictionary is refused with a clear error, at open or when cut short in use', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-dawg-'));
    const whole = fs.readFileSync(path.join(DICTS, 'prediction-suffixes-1.dawg'));
    const short = path.join(dir, 'short.dawg');
    fs.writeFileSync(short, whole.subarray(0, whole.length - 10));
    assert.throws(() => new PagedDawg(short, 'probs'), /the az dictionary .*short\.dawg is truncated or not a DAWG/);
    const cut = path.join(dir, 'cut.dawg');
    fs.writeFileSync(cut, whole);
    const dawg = new PagedDawg(cut, 'probs');
    fs.truncateSync(cut, 8);
    assert.throws(() => dawg.findAll('ов'), /the az dictionary .*cut\.dawg was cut short while in use/);
  });
});
