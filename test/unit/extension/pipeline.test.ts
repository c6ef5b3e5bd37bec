// The pure pieces between the store and the screen: decoration plan, chunk order for large
// documents, annotation undo history, and the Entities view model.
import * as assert from 'assert';
import type { Engine } from '../../../src/core/engine';
import type { Entity } from '../../../src/core/types';
import { clearRelation, setRelation, type Annotation, type Relation } from '../../../src/sidecar';
import { planDecorations } from '../../../src/extension/decorations/plan';
import { chunkOrder, extractChunked, WHOLE_DOCUMENT_LIMIT } from '../../../src/extension/tracking/chunks';
import { AnnotationHistory } from '../../../src/extension/model/history';
import { annotationsAt, nextAnnotation } from '../../../src/extension/model/query';
import { buildTree } from '../../../src/extension/tree/model';

const A = (
  id: string,
  type: Annotation['type'],
  start: number,
  end: number,
  status: Annotation['status'] = 'suggested',
  extra: Partial<Annotation> = {},
): Annotation => ({ id, type, start, end, text: 'x'.repeat(end - start), status, ...extra });

const LIST = [
  A('org', 'ORG', 0, 14, 'accepted'), // "МВД Казахстана" with a nested LOC
  A('loc', 'LOC', 4, 14),
  A('per', 'PER', 20, 31, 'rejected'),
  A('num', 'NUMBER', 40, 47, 'manual'),
  A('gone', 'PER', 60, 70, 'accepted', { orphan: true }),
];
const ALL = new Set<Annotation['type']>(['PER', 'ORG', 'LOC', 'NUMBER']);

describe('extension: decoration plan', () => {
  const cases: Array<[string, Parameters<typeof planDecorations>[1], Record<string, string[]>]> = [
    [
      'one style per type and look',
      { types: ALL, showRejected: true },
      { 'ORG:accepted': ['org'], 'LOC:suggested': ['loc'], 'PER:rejected': ['per'], 'NUMBER:accepted': ['num'], 'PER:orphan': ['gone'] },
    ],
    [
      'rejected hidden by setting',
      { types: ALL, showRejected: false },
      { 'ORG:accepted': ['org'], 'LOC:suggested': ['loc'], 'NUMBER:accepted': ['num'], 'PER:orphan': ['gone'] },
    ],
    ['types filter', { types: new Set(['LOC']), showRejected: true }, { 'LOC:suggested': ['loc'] }],
    // a window that starts inside the ORG still paints the ORG and its nested LOC
    [
      'visible window keeps spans reaching into it',
      { types: ALL, showRejected: true, from: 10, to: 25 },
      { 'ORG:accepted': ['org'], 'LOC:suggested': ['loc'], 'PER:rejected': ['per'] },
    ],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, () => {
      const plan = planDecorations(LIST, filter);
      assert.deepStrictEqual(Object.fromEntries([...plan].map(([k, v]) => [k, v.map((a) => a.id)])), expected);
    });
  }
});

describe('extension: annotations at the cursor and next/previous', () => {
  it('innermost first, cursor at the end of a word counts; orphans never', () => {
    assert.deepStrictEqual(
      annotationsAt(LIST, 8).map((a) => a.id),
      ['loc', 'org'],
    );
    assert.deepStrictEqual(
      annotationsAt(LIST, 14).map((a) => a.id),
      ['loc', 'org'],
    );
    assert.deepStrictEqual(
      annotationsAt(LIST, 65).map((a) => a.id),
      [],
    );
    assert.deepStrictEqual(
      annotationsAt(LIST, 35).map((a) => a.id),
      [],
    );
  });
  it('next and previous wrap around', () => {
    assert.strictEqual(nextAnnotation(LIST, 0, false)?.id, 'loc');
    assert.strictEqual(nextAnnotation(LIST, 45, false)?.id, 'org');
    assert.strictEqual(nextAnnotation(LIST, 0, true)?.id, 'num');
    assert.strictEqual(nextAnnotation(LIST, 25, true)?.id, 'per');
  });
});

describe('extension: chunks for large documents', () => {
  const para = 'Абзац про МВД России и 120 лиц.\n';
  const text = para.repeat(4000); // ~128 KB
  it('cover the text exactly, end after a line break, visible chunk first', () => {
    const focus = Math.floor(text.length / 2);
    const order = chunkOrder(text, focus, focus + 3000);
    const sorted = [...order].sort((a, b) => a[0] - b[0]);
    assert.strictEqual(sorted[0][0], 0);
    assert.strictEqual(sorted[sorted.length - 1][1], text.length);
    for (let i = 1; i < sorted.length; i++) assert.strictEqual(sorted[i][0], sorted[i - 1][1]);
    for (const [, e] of sorted.slice(0, -1)) assert.strictEqual(text[e - 1], '\n');
    assert.ok(order[0][0] <= focus && order[0][1] > focus, 'the chunk on screen is read first');
  });
  it('chunked extraction gives the same spans as one call, shifted to document offsets', async () => {
    // A fake engine that finds "МВД" — enough to check offsets and order, not the recognizers — and
    // reads a document's first word as a headline, as the English tagger reads a first line: a chunk
    // from the middle must say it is no document start.
    const engine: Engine = {
      extract(t, opts) {
        const entities: Entity[] = [];
        if (!opts?.midDocument) entities.push({ type: 'ORG', text: 'Абзац', start: 0, end: 5 });
        for (let i = t.indexOf('МВД'); i >= 0; i = t.indexOf('МВД', i + 1)) entities.push({ type: 'ORG', text: 'МВД', start: i, end: i + 3 });
        return { lang: 'ru', entities };
      },
    };
    assert.ok(text.length > WHOLE_DOCUMENT_LIMIT);
    const progress: number[] = [];
    const r = await extractChunked(
      engine,
      text,
      { focusStart: 70000, focusEnd: 72000, wholeDocument: () => ({ lang: 'ru' }) },
      {
        isCancelled: () => false,
        yieldTurn: async () => {},
        onProgress: (done) => progress.push(done.length),
      },
    );
    assert.ok(r);
    assert.deepStrictEqual(r.entities, engine.extract(text).entities);
    assert.ok(progress.length > 1);
    let calls = 0;
    const cancelled = await extractChunked(
      engine,
      text,
      { wholeDocument: () => ({ lang: 'ru' }) },
      { isCancelled: () => ++calls > 1, yieldTurn: async () => {} },
    );
    assert.strictEqual(cancelled, undefined);
  });
});

describe('extension: undo of annotation changes', () => {
  it('reverts a decision by id, keeping offsets that moved since', () => {
    const h = new AnnotationHistory();
    const before = [A('a', 'PER', 0, 5), A('b', 'LOC', 10, 15)];
    const after = [A('a', 'PER', 0, 5, 'accepted'), A('b', 'LOC', 10, 15)];
    h.record('Accept a', before, after);
    h.record('nothing', after, after); // no-op changes are not recorded
    assert.strictEqual(h.size, 1);
    const moved = after.map((x) => ({ ...x, start: x.start + 3, end: x.end + 3 }));
    const r = h.undo(moved, () => '');
    assert.deepStrictEqual(
      r?.annotations.map((x) => [x.id, x.status, x.start]),
      [
        ['a', 'suggested', 3],
        ['b', 'suggested', 13],
      ],
    );
  });
  it('brings back a removed annotation, as an orphan when its quote is gone; drops an added one', () => {
    const h = new AnnotationHistory();
    const a = A('a', 'PER', 0, 5, 'accepted');
    h.record('Remove a', [a], []);
    assert.deepStrictEqual(h.undo([], () => 'xxxxx')?.annotations, [a]);
    h.record('Remove a', [a], []);
    assert.strictEqual(h.undo([], () => 'other')?.annotations[0].orphan, true);
    h.record('Add m', [], [A('m', 'ORG', 1, 2, 'manual')]);
    assert.deepStrictEqual(h.undo([A('m', 'ORG', 1, 2, 'manual')], () => '')?.annotations, []);
    assert.strictEqual(
      h.undo([], () => ''),
      undefined,
    );
  });
  it('Set / Clear Speaker share the history: undo gives back the previous relations, annotations untouched', () => {
    const h = new AnnotationHistory();
    const anns = [A('q', 'QUOTE', 0, 5), A('p', 'PER', 10, 15)];
    const none: Relation[] = [];
    const set = setRelation(none, 'speaker', 'q', 'p').relations;
    h.record('Accept q', anns, [{ ...anns[0], status: 'accepted' }, anns[1]]);
    h.recordRelations('Speaker of q', none, set);
    h.recordRelations('nothing', set, [...set]); // no-op changes are not recorded
    const cleared = clearRelation(set, 'speaker', 'q');
    h.recordRelations('Clear speaker of q', set, cleared);
    assert.strictEqual(h.size, 3);
    // the last change first: Clear Speaker undone brings the speaker back
    const u1 = h.undo(anns, () => '');
    assert.deepStrictEqual([u1?.label, u1?.relations, u1?.annotations], ['Clear speaker of q', set, anns]);
    const u2 = h.undo(anns, () => '');
    assert.deepStrictEqual([u2?.label, u2?.relations], ['Speaker of q', []]);
    // then the annotation decision made before, with no relations to write
    const u3 = h.undo(anns, () => '');
    assert.deepStrictEqual([u3?.label, u3?.relations], ['Accept q', undefined]);
  });
  it('Annotate Document changes both lists in one entry: undo takes back the added quote and its speaker together', () => {
    const h = new AnnotationHistory();
    const p = A('p', 'PER', 10, 15);
    const q = A('q', 'QUOTE', 0, 5);
    const speaker = setRelation([], 'speaker', 'q', 'p').relations.map((r) => ({ ...r, status: 'suggested' as const }));
    h.record('Annotate Document', [p], [q, p], { before: [], after: speaker });
    h.record('nothing', [q, p], [q, p], { before: speaker, after: [...speaker] }); // no-op changes are not recorded
    assert.strictEqual(h.size, 1);
    const u = h.undo([q, p], () => '');
    assert.deepStrictEqual([u?.label, u?.annotations, u?.relations], ['Annotate Document', [p], []]);
  });
});

describe('extension: Entities view model', () => {
  it('groups by type and entity with counts; rejected listed but not counted; orphans apart', () => {
    const list = [
      A('p1', 'PER', 0, 5, 'suggested', { text: 'Владимир Колокольцев', norm: 'Владимир Колокольцев' }),
      A('p2', 'PER', 50, 55, 'accepted', { text: 'Колокольцев', norm: 'Колокольцев' }),
      A('p3', 'PER', 60, 65, 'rejected', { text: 'Саденов' }),
      A('n1', 'NUMBER', 70, 75, 'suggested', { value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' }),
      A('o1', 'LOC', 80, 85, 'accepted', { orphan: true, text: 'Астана' }),
    ];
    const group = (a: Annotation) => (a.id === 'p3' ? 'PER:саденов' : a.type === 'PER' ? 'PER:колокольцев' : `${a.type}:${a.id}`);
    const t = buildTree(list, group, new Set(['PER', 'NUMBER', 'LOC']));
    assert.deepStrictEqual(
      t.types.map((g) => [g.type, g.count, g.entities.map((e) => [e.label, e.count, e.mentions.length])]),
      [
        [
          'PER',
          2,
          [
            ['Владимир Колокольцев', 2, 2],
            ['Саденов', 0, 1],
          ],
        ],
        ['NUMBER', 1, [['more than 700 — отпечатков пальцев', 1, 1]]],
      ],
    );
    assert.deepStrictEqual(
      t.orphans.map((a) => a.id),
      ['o1'],
    );
  });
  it('labels figures with their values in words, as a reader says them', () => {
    const list = [
      A('d1', 'DATE', 0, 5, 'suggested', { value: '2004-Q4' }),
      A('d2', 'DATE', 10, 15, 'suggested', { value: 'P3M', qualifier: 'gt' }),
      A('d3', 'DATE', 16, 19, 'suggested', { value: '2013-02-11/2013-02-13' }),
      A('m1', 'MONEY', 20, 25, 'suggested', { value: 6e8, currency: 'GBP' }),
      A('g1', 'AGE', 30, 35, 'suggested', { value: 56, unit: 'years' }),
    ];
    const t = buildTree(list, (a) => `${a.type}:${a.id}`, new Set(['DATE', 'MONEY', 'AGE']));
    assert.deepStrictEqual(
      t.types.map((g) => [g.type, g.entities.map((e) => e.label)]),
      [
        ['DATE', ['Q4 2004', 'more than 3 months', 'Monday 11 – Wednesday 13 February 2013']],
        ['MONEY', ['£600 million']],
        ['AGE', ['56 years']],
      ],
    );
  });
});
