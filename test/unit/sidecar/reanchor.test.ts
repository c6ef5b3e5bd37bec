// Re-anchoring on real edits of the sample article. Expected offsets are computed from the edit itself
// (shift by the inserted length, paragraph arithmetic, newline counts), never copied from the output.
import * as assert from 'assert';
import { addManual, Annotation, mergeSuggestions, parseSidecar, serializeSidecar, setNote, setStatus, Sidecar } from '../../../src/sidecar';
import type { Entity } from '../../../src/core/types';
import { at, joinParagraphs, paragraphs, SAMPLE, sampleEntities } from './fixtures';

const NAME = 'article.txt';

/** The sample annotated, then reviewed by a person: an accept, a reject, a note, a manual entry. */
function reviewed(text = SAMPLE, entities: Entity[] = sampleEntities(text), accept = 'Ержан Саденов'): { yaml: string; list: Annotation[] } {
  let list = mergeSuggestions(undefined, entities);
  const id = (quote: string, last = false) => {
    const all = list.filter((a) => a.text === quote);
    return (last ? all[all.length - 1] : all[0]).id;
  };
  list = setStatus(list, id(accept), 'accepted');
  list = setStatus(list, id('ОДКБ'), 'rejected');
  list = setNote(list, id('Интерпола'), 'Interpol, genitive');
  list = setStatus(list, id('Владимир Колокольцев', true), 'accepted'); // the later mention
  list = addManual(list, text, { ...at(text, 'ШОС', 'ORG'), norm: 'ШОС' }, 'added by hand').annotations;
  return { yaml: serializeSidecar(undefined, NAME, text, list), list };
}

const reparse = (yaml: string, text: string) => parseSidecar(yaml, text, 'article.txt.annotations.yaml', NAME);
const byId = (sc: Sidecar) => new Map([...sc.annotations, ...sc.orphans].map((a) => [a.id, a]));

/** Every anchored annotation quotes the article exactly; decisions and notes are untouched. */
function assertConsistent(before: Annotation[], sc: Sidecar, text: string): void {
  for (const a of sc.annotations) assert.strictEqual(text.slice(a.start, a.end), a.text, `${a.id} ${a.start}-${a.end}`);
  const now = byId(sc);
  for (const b of before) {
    const a = now.get(b.id);
    assert.ok(a, `annotation ${b.id} (${b.text}) was dropped`);
    assert.strictEqual(a.status, b.status, b.id);
    assert.strictEqual(a.note, b.note, b.id);
  }
  assert.strictEqual(sc.annotations.length + sc.orphans.length, before.length);
}

/** Expected position of each old annotation under a position map old → new (undefined: deleted). */
function assertMovedBy(before: Annotation[], sc: Sidecar, map: (offset: number) => number | undefined): void {
  const now = byId(sc);
  for (const b of before) {
    const want = map(b.start);
    const a = now.get(b.id)!;
    if (want === undefined) assert.ok(a.orphan, `${b.text} should be an orphan`);
    else assert.deepStrictEqual([a.start, a.end - a.start, !!a.orphan], [want, b.end - b.start, false], `${b.text} @${b.start}`);
  }
}

describe('sidecar re-anchoring on real edits of the sample', () => {
  const { yaml, list } = reviewed();

  it('unchanged article: not stale, nothing moves', () => {
    const sc = reparse(yaml, SAMPLE);
    assert.strictEqual(sc.stale, false);
    assert.deepStrictEqual(sc.moves, []);
    assertConsistent(list, sc, SAMPLE);
  });

  it('insert a paragraph at the top (that mentions a place already annotated below)', () => {
    const added = 'Новость дня: министры встретились в Усть-Каменогорске.\n\n';
    const text = added + SAMPLE;
    const sc = reparse(yaml, text);
    assert.strictEqual(sc.stale, true);
    assertConsistent(list, sc, text);
    assertMovedBy(list, sc, (o) => o + added.length);
    assert.ok(sc.moves.every((m) => m.how === 'quote'));
  });

  it('delete a sentence: the annotation inside becomes an orphan and steals no other occurrence', () => {
    const sentence = 'Как отметил Владимир Колокольцев, Россия и Казахстан давно и плодотворно взаимодействуют в различных форматах. ';
    const cut = SAMPLE.indexOf(sentence);
    const text = SAMPLE.slice(0, cut) + SAMPLE.slice(cut + sentence.length);
    const sc = reparse(yaml, text);
    assertConsistent(list, sc, text);
    assertMovedBy(list, sc, (o) => (o < cut ? o : o < cut + sentence.length ? undefined : o - sentence.length));
    assert.deepStrictEqual(
      sc.orphans.map((a) => [a.text, a.status]),
      [['Владимир Колокольцев', 'accepted']],
    );
    assert.deepStrictEqual(
      sc.moves.filter((m) => m.how === 'orphan').map((m) => m.from.text),
      ['Владимир Колокольцев'],
    );
  });

  it('fix a typo inside annotated names (short name, first of two equal names, a 58-char ORG)', () => {
    const typos: [string, string][] = [
      ['Ержан Саденов', 'Ержан Саденв'],
      ['Владимир Колокольцев', 'Владимир Колокльцев'], // first occurrence only
      ['Совет министров внутренних дел государств – участников СНГ', 'Совет министров внутренных дел государств – участников СНГ'],
    ];
    let old = SAMPLE;
    for (const [right, wrong] of typos) old = old.replace(right, wrong);
    const entities = [...sampleEntities(old, { skipMissing: true }), ...typos.map(([, wrong]) => at(old, wrong, wrong.startsWith('Совет') ? 'ORG' : 'PER'))];
    const r = reviewed(old, entities, 'Ержан Саденв');
    // The article as published: typos fixed.
    const sc = reparse(r.yaml, SAMPLE);
    assertConsistent(r.list, sc, SAMPLE);
    assert.deepStrictEqual(sc.orphans, []);
    const now = byId(sc);
    for (const [right, wrong] of typos) {
      const was = r.list.find((a) => a.text === wrong)!;
      const a = now.get(was.id)!;
      const want = at(SAMPLE, right, a.type);
      assert.deepStrictEqual([a.text, a.start, a.end], [right, want.start, want.end]);
      assert.ok(sc.moves.some((m) => m.id === was.id && m.how === 'fuzzy'));
    }
    assert.strictEqual(now.get(r.list.find((a) => a.text === 'Ержан Саденв')!.id)!.status, 'accepted');
  });

  it('reorder two paragraphs (both mention "2024 год")', () => {
    const ps = paragraphs(SAMPLE);
    const a = ps.findIndex((p) => p.startsWith('За 2024 год'));
    const b = ps.findIndex((p) => p.startsWith('Также продолжается'));
    const swapped = [...ps];
    [swapped[a], swapped[b]] = [swapped[b], swapped[a]];
    const text = joinParagraphs(swapped);
    const starts = (list: string[]) => list.map((_, i) => joinParagraphs(list.slice(0, i)).length + (i ? 2 : 0));
    const oldStarts = starts(ps);
    const newStarts = starts(swapped);
    const sc = reparse(yaml, text);
    assertConsistent(list, sc, text);
    assertMovedBy(list, sc, (o) => {
      const k = oldStarts.findIndex((s, i) => o >= s && (i + 1 === oldStarts.length || o < oldStarts[i + 1]));
      const moved = k === a ? b : k === b ? a : k;
      return newStarts[moved] + (o - oldStarts[k]);
    });
  });

  it('convert LF to CRLF', () => {
    const text = SAMPLE.replace(/\n/g, '\r\n');
    const sc = reparse(yaml, text);
    assertConsistent(list, sc, text);
    assertMovedBy(list, sc, (o) => o + (SAMPLE.slice(0, o).match(/\n/g) ?? []).length);
    assert.deepStrictEqual(sc.orphans, []);
  });

  it('an edited article, annotated again, keeps decisions and the rejected suggestion stays rejected', () => {
    const text = SAMPLE.replace(/\n/g, '\r\n');
    const sc = reparse(yaml, text);
    const merged = mergeSuggestions(sc, sampleEntities(text));
    const rejected = merged.filter((x) => x.text === 'ОДКБ');
    assert.deepStrictEqual(
      rejected.map((x) => x.status),
      ['rejected'],
    );
    const out = serializeSidecar(sc, NAME, text, merged);
    const again = reparse(out, text);
    assert.strictEqual(again.stale, false);
    assert.deepStrictEqual(again.moves, []);
    assertConsistent(list, again, text);
  });

  describe('false positives: what must not be re-anchored', () => {
    it('a figure whose digits changed is an orphan, not a fuzzy match', () => {
      const text = SAMPLE.replace('около 120', 'около 130');
      const sc = reparse(yaml, text);
      assert.deepStrictEqual(
        sc.orphans.map((a) => a.text),
        ['около 120'],
      );
    });

    it('a short quote that changed is not matched fuzzily', () => {
      const text = SAMPLE.replace('ОДКБ', 'ОДКП');
      const sc = reparse(yaml, text);
      assert.deepStrictEqual(
        sc.orphans.map((a) => a.text),
        ['ОДКБ'],
      );
    });

    it('a short quote is not moved to another occurrence with unrelated context', () => {
      // "ШОС" (manual) is renamed; the only other "ШОС" is inserted into an unrelated sentence.
      const text = SAMPLE.replace('ОДКБ и ШОС', 'ОДКБ и ЕАЭС').replace('Приняты соответствующие решения', 'ШОС приняла решения');
      const sc = reparse(yaml, text);
      assert.deepStrictEqual(
        sc.orphans.map((a) => [a.text, a.status]),
        [['ШОС', 'manual']],
      );
    });

    it('a deleted "Казахстан" does not move into "Казахстана" elsewhere (word edges must agree)', () => {
      const sentence = 'Как отметил Владимир Колокольцев, Россия и Казахстан давно и плодотворно взаимодействуют в различных форматах. ';
      const entities = [...sampleEntities(), at(SAMPLE, 'Казахстан давно', 'LOC'), at(SAMPLE, 'Россия и', 'LOC')].map((e) =>
        e.text === 'Казахстан давно' ? { ...e, text: 'Казахстан', end: e.start + 9 } : e.text === 'Россия и' ? { ...e, text: 'Россия', end: e.start + 6 } : e,
      );
      const r = reviewed(SAMPLE, entities);
      const sc = reparse(r.yaml, SAMPLE.replace(sentence, ''));
      assert.deepStrictEqual(sc.orphans.map((a) => a.text).sort(), ['Владимир Колокольцев', 'Казахстан', 'Россия']);
    });

    it('a whole different text orphans everything and drops nothing', () => {
      const sc = reparse(yaml, 'Совсем другой текст без имён.');
      assert.strictEqual(sc.annotations.length, 0);
      assert.strictEqual(sc.orphans.length, list.length);
    });
  });
});
