// The Entities view's element index: ids unique and stable across rebuilds, getParent agreeing with
// getChildren, and a signature that changes only when a row would look different.
import * as assert from 'assert';
import type { Annotation, Relation } from '../../../src/sidecar';
import { ENTITY_TYPES } from '../../../src/core/types';
import { buildTree } from '../../../src/extension/tree/model';
import { buildNodes, Node, NodeIndex } from '../../../src/extension/tree/nodes';

const TEXT = 'Владимир Колокольцев прибыл в Казахстан. Колокольцев 😀 и Kazakhstan.';
let n = 0;
const ann = (text: string, type: Annotation['type'], x: Partial<Annotation> = {}): Annotation => {
  const start = TEXT.indexOf(text);
  return { id: `a${++n}`, type, text, start, end: start + text.length, status: 'suggested', ...x };
};
const ALL = new Set(ENTITY_TYPES);
const group = (a: Annotation) => (a.type === 'PER' ? 'PER:kolokoltsev' : undefined);

function sample(): Annotation[] {
  n = 0;
  return [
    ann('Владимир Колокольцев', 'PER'),
    ann('Казахстан', 'LOC'),
    // the second «Колокольцев», before a non-BMP emoji: the same entity as the full name
    ann('Колокольцев', 'PER', { start: TEXT.lastIndexOf('Колокольцев'), end: TEXT.lastIndexOf('Колокольцев') + 11 }),
    ann('Kazakhstan', 'LOC', { status: 'accepted' }),
    ann('gone', 'ORG', { orphan: true, start: 3, end: 7 }),
  ];
}
const index = (anns: Annotation[]): NodeIndex => buildNodes(buildTree(anns, group, ALL), 'file:///a.txt', 1);

function walk(ix: NodeIndex, nodes: Node[] = ix.roots): Node[] {
  return nodes.flatMap((x) => [x, ...walk(ix, ix.children.get(x.key) ?? [])]);
}

describe('extension: Entities view node index (buildNodes)', () => {
  it('every row has a unique id, mentions keyed by annotation id', () => {
    const keys = walk(index(sample())).map((x) => x.key);
    assert.deepStrictEqual(keys, [
      'type/PER',
      'entity/PER/PER:kolokoltsev',
      'mention/a1',
      'mention/a3',
      'type/LOC',
      'entity/LOC/LOC:Казахстан',
      'mention/a2',
      'entity/LOC/LOC:Kazakhstan',
      'mention/a4',
      'orphans',
      'mention/a5',
    ]);
  });

  it("an entity row carries its document and its mentions' ids (the argument of Accept/Reject All on it)", () => {
    const per = walk(index(sample())).find((x) => x.kind === 'entity' && x.key === 'entity/PER/PER:kolokoltsev');
    assert.ok(per && per.kind === 'entity');
    assert.strictEqual(per.uri, 'file:///a.txt');
    assert.deepStrictEqual(per.ids, ['a1', 'a3']);
  });

  it('getParent agrees with getChildren for every row; roots have no parent', () => {
    const ix = index(sample());
    for (const root of ix.roots) assert.strictEqual(ix.parents.get(root.key), undefined, root.key);
    for (const [parentKey, kids] of ix.children) for (const kid of kids) assert.strictEqual(ix.parents.get(kid.key)?.key, parentKey, kid.key);
  });

  it('ids survive a rebuild from fresh objects; the signature too when nothing changed', () => {
    const a = index(sample());
    const b = index(sample());
    assert.deepStrictEqual(
      walk(b).map((x) => x.key),
      walk(a).map((x) => x.key),
    );
    assert.strictEqual(b.signature, a.signature);
  });

  // [what changed, change] → the signature must differ (each would redraw a row)
  const changes: Array<[string, (list: Annotation[]) => Annotation[]]> = [
    ['status', (l) => l.map((a) => (a.id === 'a2' ? { ...a, status: 'accepted' } : a))],
    ['note', (l) => l.map((a) => (a.id === 'a2' ? { ...a, note: 'checked' } : a))],
    ['offsets moved by an edit', (l) => l.map((a) => ({ ...a, start: a.start + 1, end: a.end + 1 }))],
    ['an annotation removed', (l) => l.filter((a) => a.id !== 'a4')],
    ['became an orphan', (l) => l.map((a) => (a.id === 'a2' ? { ...a, orphan: true } : a))],
  ];
  for (const [name, change] of changes) {
    it(`signature changes: ${name}`, () => assert.notStrictEqual(index(change(sample())).signature, index(sample()).signature));
  }

  it('signature changes with the document or its version (rows show line numbers)', () => {
    const model = buildTree(sample(), group, ALL);
    const base = buildNodes(model, 'file:///a.txt', 1).signature;
    assert.notStrictEqual(buildNodes(model, 'file:///a.txt', 2).signature, base);
    assert.notStrictEqual(buildNodes(model, 'file:///b.txt', 1).signature, base);
  });

  // false positives: a repeated annotation id (hand-edited sidecar) must not repeat a row id
  it('a repeated annotation id still yields unique row ids', () => {
    const list = sample();
    list.push({ ...list[1], start: list[3].start, end: list[3].end, text: 'Kazakhstan' });
    const keys = walk(index(list)).map((x) => x.key);
    assert.strictEqual(new Set(keys).size, keys.length, keys.join(' '));
    assert.ok(keys.includes('mention/a2#2'));
  });

  it('an empty model has no rows', () => {
    const ix = buildNodes({ types: [], orphans: [] }, '');
    assert.deepStrictEqual([ix.roots.length, ix.children.size, ix.parents.size], [0, 0, 0]);
  });

  it('a speaker lists the quotes attributed to them under "Quotes (n)"; rejected speakers and quotes do not count', () => {
    const anns = sample();
    const q1 = { ...ann('прибыл', 'QUOTE'), id: 'q1' };
    const q2 = { ...ann('Kazakhstan', 'QUOTE'), id: 'q2' };
    const q3 = { ...ann('в', 'QUOTE'), id: 'q3', status: 'rejected' as const };
    const rel = (id: string, from: string, to: string, status: Relation['status'] = 'suggested'): Relation => ({ id, type: 'speaker', from, to, status });
    const R = [
      rel('r1', 'q2', 'a3'), // to the short mention «Колокольцев»: still the same entity
      rel('r2', 'q1', 'a1', 'accepted'),
      rel('r3', 'q1', 'a2', 'rejected'), // false positive: a rejected speaker
      rel('r4', 'q3', 'a1'), // false positive: a rejected quote
    ];
    const ix = buildNodes(buildTree([...anns, q1, q2, q3], group, ALL, R), 'file:///a.txt', 1);
    const label = (x: Node): string =>
      x.kind === 'type'
        ? x.group.label
        : x.kind === 'entity'
          ? x.group.label
          : x.kind === 'quotes'
            ? `Quotes (${x.list.length})`
            : x.kind === 'orphans'
              ? 'Orphans'
              : x.ann.text;
    const tree = (nodes: Node[], depth = 0): string[] =>
      nodes.flatMap((x) => [`${'  '.repeat(depth)}${x.kind}: ${label(x)}`, ...tree(ix.children.get(x.key) ?? [], depth + 1)]);
    const per = tree(ix.roots).filter((l) => /^ {2}entity: Владимир|^ {4}/.test(l));
    assert.deepStrictEqual(per.slice(0, 6), [
      '  entity: Владимир Колокольцев',
      '    mention: Владимир Колокольцев',
      '    mention: Колокольцев',
      '    quotes: Quotes (2)',
      '      quote: прибыл',
      '      quote: Kazakhstan',
    ]);
    // no "Quotes" row where nobody is attributed a quote (Казахстан's rejected one included)
    assert.strictEqual(walk(ix).filter((x) => x.kind === 'quotes').length, 1);
    // quote rows have their own ids, apart from the same quotes' rows under Quote
    const keys = walk(ix).map((x) => x.key);
    assert.strictEqual(new Set(keys).size, keys.length);
    for (const x of walk(ix)) if (x.kind === 'quote') assert.strictEqual(ix.parents.get(x.key)?.kind, 'quotes');
  });
});
