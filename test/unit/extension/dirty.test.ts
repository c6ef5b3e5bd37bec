// Edited regions since the last engine read, and the line-by-line merge that re-reads only them.
import * as assert from 'assert';
import { loadEngine, type Engine } from '../../../src/core/engine';
import type { Entity } from '../../../src/core/types';
import { mergeSuggestions } from '../../../src/sidecar';
import { addChanges, toLines } from '../../../src/extension/tracking/dirty';
import { extractRegions, mergeRegions } from '../../../src/extension/tracking/incremental';

describe('extension: edited regions', () => {
  const cases: Array<[string, Parameters<typeof addChanges>[1], Array<[number, number]>]> = [
    ['one insertion', [{ offset: 5, deleteLength: 0, insertText: 'abc' }], [[5, 8]]],
    ['a deletion is a point', [{ offset: 5, deleteLength: 3, insertText: '' }], [[5, 5]]],
    [
      'typing a word: regions join',
      [
        { offset: 5, deleteLength: 0, insertText: 'a' },
        { offset: 6, deleteLength: 0, insertText: 'b' },
        { offset: 7, deleteLength: 0, insertText: 'c' },
      ],
      [[5, 8]],
    ],
    [
      'an edit before moves an earlier region',
      [
        { offset: 50, deleteLength: 0, insertText: 'x' },
        { offset: 0, deleteLength: 0, insertText: 'yy' },
      ],
      [
        [0, 2],
        [52, 53],
      ],
    ],
    [
      'deleting across a region shrinks it to the cut',
      [
        { offset: 10, deleteLength: 0, insertText: 'hello' },
        { offset: 8, deleteLength: 10, insertText: '' },
      ],
      [[8, 8]],
    ],
  ];
  for (const [name, changes, expected] of cases) it(name, () => assert.deepStrictEqual(addChanges([], changes), expected));

  it('widens to whole lines (CRLF too) and joins neighbours', () => {
    const text = 'line one\r\nline two\nline three\n';
    assert.deepStrictEqual(toLines(text, [[12, 13]]), [[10, 19]]);
    assert.deepStrictEqual(
      toLines(text, [
        [0, 0],
        [3, 4],
      ]),
      [[0, 10]],
    );
    assert.deepStrictEqual(toLines(text, [[25, 25]]), [[19, 30]]);
  });
});

describe('extension: line-by-line refresh gives what a whole-document merge gives', () => {
  // A fake engine that tags capitalized words as PER — enough to compare the two merge paths.
  const engine: Engine = {
    extract(t) {
      const entities: Entity[] = [];
      for (const m of t.matchAll(/\p{Lu}\p{Ll}+/gu)) entities.push({ type: 'PER', text: m[0], start: m.index!, end: m.index! + m[0].length });
      return { lang: 'ru', entities };
    },
  };
  it('after an edit in one line', () => {
    const before = 'Иванов пришёл.\nПетров ушёл.\nСидоров остался.\n';
    let list = mergeSuggestions(undefined, engine.extract(before).entities);
    list = list.map((a) => (a.text === 'Сидоров' ? { ...a, status: 'rejected' as const } : a));
    // "Петров" becomes "Петров и Смирнов": Сидоров moves by the inserted length
    const at = before.indexOf(' ушёл');
    const after = before.slice(0, at) + ' и Смирнов' + before.slice(at);
    const shifted = list.map((a) => (a.start > at ? { ...a, start: a.start + 10, end: a.end + 10 } : a));
    const regions = toLines(after, addChanges([], [{ offset: at, deleteLength: 0, insertText: ' и Смирнов' }]));
    const inc = mergeRegions(shifted, regions, extractRegions(engine, after, regions, { lang: 'ru' }));
    const full = mergeSuggestions({ annotations: shifted, orphans: [] }, engine.extract(after).entities);
    assert.ok(inc);
    const key = (l: typeof list) => l.map((a) => `${a.id}:${a.status}:${a.start}`).sort();
    assert.deepStrictEqual(key(inc), key(full));
  });
});

describe('extension: an edited line is read as part of its document', function () {
  this.timeout(60000);
  // A Title Case line is a headline only at the document's start (en-headline-case.ts): re-reading a
  // Title Case line typed in mid-article must not recase it as one. Invented text.
  const headline = 'Court Rejects Appeal By Opposition';
  const doc = `Officials in Valdora met on Monday.\n${headline}\nThe court said on Monday it would rule later.\n`;
  const inRegion = (list: Entity[], [s, e]: [number, number]) => list.filter((x) => x.start >= s && x.end <= e).map((x) => `${x.type} ${x.text} ${x.start}`);

  it('a region after the first line gives what the whole document gives there', async () => {
    const engine = await loadEngine();
    const at = doc.indexOf(headline);
    const regions = toLines(doc, [[at + 3, at + 4]]);
    assert.deepStrictEqual(regions, [[at, at + headline.length + 1]]);
    const whole = engine.extract(doc, { lang: 'en' }).entities;
    assert.deepStrictEqual(inRegion(extractRegions(engine, doc, regions, { lang: 'en' }), regions[0]), inRegion(whole, regions[0]));
  });
  it('the first line is still read as the headline', async () => {
    const engine = await loadEngine();
    const top = `${headline}\nThe court in Valdora said on Monday it would rule later.\n`;
    const regions = toLines(top, [[3, 4]]);
    const whole = engine.extract(top, { lang: 'en' }).entities;
    assert.deepStrictEqual(inRegion(extractRegions(engine, top, regions, { lang: 'en' }), regions[0]), inRegion(whole, regions[0]));
  });
});
