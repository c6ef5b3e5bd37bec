// The Entities view's element index: ids unique and stable across rebuilds, getParent agreeing with
// getChildren, and a signature that changes only when a row would look different.
import * as assert from 'assert';
import type { Annotation } from '../../../src/sidecar';
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
});
