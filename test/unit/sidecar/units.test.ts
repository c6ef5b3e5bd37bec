// Small pieces: sidecar paths, hashes and ids, context, edit helpers, atomic writes, article discovery.
import * as assert from 'assert';
import { promises as fs, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  addManual,
  articleHash,
  articleNameOf,
  articlePathFor,
  discoverArticles,
  isSidecarPath,
  loadSidecar,
  mergeSuggestions,
  readArticle,
  removeAnnotation,
  serializeSidecar,
  setNote,
  setStatus,
  sidecarPathFor,
  SidecarError,
  updateAnnotation,
  writeFileAtomic,
} from '../../../src/sidecar';
import { contextAfter, contextBefore, contextScore } from '../../../src/sidecar/context';
import { newAnnotationId } from '../../../src/sidecar/hash';
import { editDistance, fuzzyFind } from '../../../src/sidecar/fuzzy';
import { at, SAMPLE, sampleEntities } from './fixtures';
import { tempDir } from './cli-helpers';

const tmp = tempDir;

describe('sidecar paths', () => {
  const cases: [string, string | undefined, string][] = [
    ['news/article.txt', undefined, 'news/article.txt.annotations.yaml'],
    ['C:\\news\\статья.md', undefined, 'C:\\news\\статья.md.annotations.yaml'],
    ['a.txt', '.nm.yml', 'a.txt.nm.yml'],
  ];
  for (const [article, suffix, sidecar] of cases) {
    it(`${article} ↔ ${sidecar}`, () => {
      assert.strictEqual(sidecarPathFor(article, suffix), sidecar);
      assert.strictEqual(articlePathFor(sidecar, suffix), article);
      assert.ok(isSidecarPath(sidecar, suffix));
    });
  }
  it('false positives: not sidecars', () => {
    assert.strictEqual(articlePathFor('news/article.txt'), undefined);
    assert.ok(!isSidecarPath('news/.annotations.yaml'), 'no article name before the suffix');
    assert.ok(!isSidecarPath('a.txt.annotations.yaml', '.nm.yml'));
  });
  it('refuses a suffix that would overwrite the article or leave its folder', () => {
    assert.throws(() => sidecarPathFor('a.txt', ''), /invalid sidecar suffix/);
    assert.throws(() => sidecarPathFor('a.txt', '/../x.yaml'), /invalid sidecar suffix/);
  });
  it('records the base name of the article', () => assert.strictEqual(articleNameOf('a/b\\c.txt'), 'c.txt'));
});

describe('sidecar hash and ids', () => {
  it('hashes the exact text (CRLF is a different text)', () => {
    assert.strictEqual(articleHash('abc'), 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.notStrictEqual(articleHash('a\nb'), articleHash('a\r\nb'));
  });
  it('ids depend only on type, quote and first position; collisions get -2, -3', () => {
    const a = newAnnotationId('PER', 'Ержан Саденов', 241, new Set());
    assert.match(a, /^per-[0-9a-f]{8}$/);
    assert.strictEqual(newAnnotationId('PER', 'Ержан Саденов', 241, new Set()), a);
    assert.notStrictEqual(newAnnotationId('PER', 'Ержан Саденов', 242, new Set()), a);
    assert.strictEqual(newAnnotationId('PER', 'Ержан Саденов', 241, new Set([a])), `${a}-2`);
    assert.strictEqual(newAnnotationId('PER', 'Ержан Саденов', 241, new Set([a, `${a}-2`])), `${a}-3`);
  });
});

describe('sidecar context', () => {
  // [text, start, end, before, after]
  const cases: [string, number, number, string, string][] = [
    ['Title\n\nВ Усть-Каменогорске встретились министры', 9, 26, 'В ', ' встретились министры'],
    ['line one\r\nИван said', 10, 14, '', ' said'],
    ['x'.repeat(30) + 'NAME' + 'y'.repeat(30), 30, 34, 'x'.repeat(24), 'y'.repeat(24)],
    // Non-BMP: 24 units back lands inside a 𝓐 (2 units); the half is left out, 23 units remain.
    ['𝓐'.repeat(13) + 'xNAME', 27, 31, '𝓐'.repeat(11) + 'x', ''],
  ];
  for (const [text, s, e, before, after] of cases) {
    it(JSON.stringify(text.slice(s, e)), () => {
      assert.strictEqual(contextBefore(text, s), before);
      assert.strictEqual(contextAfter(text, e), after);
    });
  }
  it('scores agreement by edit distance: full 1, a typo nearby barely counts, unrelated 0, none neutral', () => {
    const text = 'aaa Иван bbb\nccc Иван ddd';
    assert.strictEqual(contextScore(text, 4, 8, 'aaa ', ' bbb'), 1);
    assert.strictEqual(contextScore(text, 17, 21, 'aaa ', ' bbb'), 0.25); // only the two spaces of 8
    assert.strictEqual(contextScore(text, 17, 21, 'xyz!', 'qrst'), 0);
    assert.strictEqual(contextScore(text, 17, 21, undefined, undefined), 0.5);
    assert.strictEqual(contextScore('a Колокольцев и Ержан', 16, 21, 'a Колокльцев и ', ''), 16 / 17); // 1 edit in 16, plus the agreeing line edge
    // Line edges: an empty stored context agrees with a line edge and not with text.
    assert.strictEqual(contextScore('Иван\nx', 0, 4, '', ''), 1);
    assert.strictEqual(contextScore('x Иван', 2, 6, '', ''), 1 / 3); // 'x ' where a line edge was; the end agrees
  });
});

describe('sidecar fuzzy find', () => {
  // [text, quote, expected found text or undefined]
  const cases: [string, string, string | undefined][] = [
    ['министры Владимир Колокольцев и Ержан', 'Владимир Колокльцев', 'Владимир Колокольцев'],
    ['министры Владимир Колокольцев и Ержан', 'Владимир Колокольцевв', 'Владимир Колокольцев'],
    ['встретились Саденов и другие', 'Саденв', 'Саденов'],
    // typo at either edge, a letter too many before punctuation, a different dash in a long name
    ['и Ержан Саденов. Совет', 'Эржан Саденов', 'Ержан Саденов'],
    ['и Ержан Саденов. Совет', 'Жержан Саденов', 'Ержан Саденов'],
    ['и Ержан Саденов. Совет', 'Ержан Саденовв', 'Ержан Саденов'],
    [
      'В их числе Совет министров внутренних дел государств – участников СНГ, ОДКБ',
      'Совет министров внутренних дел государств - участников СНГ',
      'Совет министров внутренних дел государств – участников СНГ',
    ],
    // false positives
    ['задержано около 130 лиц', 'около 120', undefined],
    ['ОДКП и ШОС', 'ОДКБ', undefined],
    ['совсем другой текст про погоду', 'Владимир Колокольцев', undefined],
  ];
  for (const [text, quote, want] of cases) {
    it(`${quote} in "${text}"`, () => {
      const hit = fuzzyFind(text, quote, 0);
      assert.strictEqual(hit && text.slice(hit.start, hit.end), want);
      if (hit) assert.strictEqual(hit.distance, editDistance(quote, want!));
    });
  }
});

describe('sidecar edit helpers', () => {
  const list = mergeSuggestions(undefined, sampleEntities());
  const id = list.find((a) => a.text === 'ОДКБ')!.id;
  it('setStatus / setNote return new lists and leave the input alone', () => {
    const copy = JSON.stringify(list);
    const next = setNote(setStatus(list, id, 'accepted'), id, 'ok');
    assert.deepStrictEqual(next.find((a) => a.id === id)!.status, 'accepted');
    assert.strictEqual(next.find((a) => a.id === id)!.note, 'ok');
    assert.strictEqual(JSON.stringify(list), copy);
    assert.ok(!('note' in setNote(next, id, '').find((a) => a.id === id)!));
  });
  it("updateAnnotation makes a corrected suggestion the person's (accepted)", () => {
    const next = updateAnnotation(list, id, { type: 'LOC', norm: undefined });
    assert.deepStrictEqual([next.find((a) => a.id === id)!.type, next.find((a) => a.id === id)!.status], ['LOC', 'accepted']);
  });
  it('addManual takes the quote from the article and keeps position order', () => {
    const { annotations, id: mid } = addManual(list, SAMPLE, { type: 'ORG', start: at(SAMPLE, 'ШОС', 'ORG').start, end: at(SAMPLE, 'ШОС', 'ORG').end });
    const m = annotations.find((a) => a.id === mid)!;
    assert.deepStrictEqual([m.text, m.status], ['ШОС', 'manual']);
    assert.deepStrictEqual(
      annotations.map((a) => a.start),
      [...annotations.map((a) => a.start)].sort((a, b) => a - b),
    );
    assert.throws(() => addManual(list, SAMPLE, { type: 'ORG', start: 5, end: 5 }), /invalid span/);
    assert.throws(() => addManual(list, 'short', { type: 'ORG', start: 0, end: 99 }), /invalid span/);
  });
  it('removeAnnotation and unknown ids', () => {
    assert.strictEqual(removeAnnotation(list, id).length, list.length - 1);
    assert.throws(() => setStatus(list, 'nope', 'accepted'), /no annotation with id 'nope'/);
  });
});

describe('sidecar files', () => {
  it('writeFileAtomic replaces the file and leaves no temporary file', async () => {
    const dir = tmp();
    const file = join(dir, 'a.txt.annotations.yaml');
    await writeFileAtomic(file, 'one\n');
    await writeFileAtomic(file, 'two\n');
    assert.strictEqual(await fs.readFile(file, 'utf8'), 'two\n');
    assert.deepStrictEqual(await fs.readdir(dir), ['a.txt.annotations.yaml']);
  });
  it('writeFileAtomic: concurrent writes of one file each land whole (last one wins)', async () => {
    const dir = tmp();
    const file = join(dir, 'a.yaml');
    const texts = Array.from({ length: 8 }, (_, i) => `${String(i).repeat(100000)}\n`);
    await Promise.all(texts.map((t) => writeFileAtomic(file, t)));
    assert.ok(texts.includes(await fs.readFile(file, 'utf8')));
    assert.deepStrictEqual(await fs.readdir(dir), ['a.yaml']);
  });

  it('writeFileAtomic into a missing folder fails and creates nothing', async () => {
    const dir = tmp();
    await assert.rejects(writeFileAtomic(join(dir, 'no', 'x.yaml'), 'x'));
    assert.deepStrictEqual(await fs.readdir(dir), []);
  });
  it('readArticle drops a BOM (offsets as the editor sees them) and keeps CRLF', async () => {
    const file = join(tmp(), 'a.txt');
    writeFileSync(file, '\ufeffИван\r\n');
    assert.strictEqual(await readArticle(file), 'Иван\r\n');
  });
  it('loadSidecar: undefined without a sidecar, SidecarError for another article', async () => {
    const dir = tmp();
    const a = join(dir, 'a.txt');
    writeFileSync(a, SAMPLE);
    assert.strictEqual(await loadSidecar(a, SAMPLE), undefined);
    const other = serializeSidecar(undefined, 'b.txt', SAMPLE, []);
    writeFileSync(sidecarPathFor(a), other);
    const articleLine = other.split('\n').indexOf('article: b.txt') + 1;
    await assert.rejects(loadSidecar(a, SAMPLE), (e: unknown) => e instanceof SidecarError && e.line === articleLine);
  });
  it('discoverArticles walks folders in name order, maps sidecars to articles, reports strays', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'node_modules'));
    for (const f of ['b.txt', 'a.md', 'sub/c.news', 'notes.json', '.git/x.txt', 'node_modules/y.txt', 'gone.txt.annotations.yaml', 'a.md.annotations.yaml']) {
      writeFileSync(join(dir, f), 'x');
    }
    const found = await discoverArticles(['.', 'b.txt', 'notes.json'], dir);
    assert.deepStrictEqual(found.articles, ['a.md', 'b.txt', join('sub', 'c.news'), 'notes.json']);
    assert.deepStrictEqual(found.strays, ['gone.txt.annotations.yaml']);
    await assert.rejects(discoverArticles(['missing.txt'], dir), /no such file or folder: missing\.txt/);
  });
});
