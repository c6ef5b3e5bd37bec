// What the hover says about relations: [hovered annotation, the lines a person reads] over one small
// article with two quotes by one person, a role, and a rejected speaker that must say nothing.
import * as assert from 'assert';
import type { Annotation, Relation } from '../../../src/sidecar';
import { relationDecisionLinks, relationLines } from '../../../src/extension/hover/relation-lines';

const TEXT = 'Министр Иван Петров:\n«Мы готовы».\n«Это всё», — добавил он.\n«Нет», — сказал Сергей Лавров.\n';
const ann = (id: string, type: Annotation['type'], quote: string, extra: Partial<Annotation> = {}): Annotation => {
  const start = TEXT.indexOf(quote);
  return { id, type, text: quote, start, end: start + quote.length, status: 'suggested', ...extra };
};
const A = [
  ann('role-1', 'ROLE', 'Министр', { norm: 'министр' }),
  ann('per-1', 'PER', 'Иван Петров'),
  ann('quote-1', 'QUOTE', 'Мы готовы'),
  ann('quote-2', 'QUOTE', 'Это всё'),
  ann('quote-3', 'QUOTE', 'Нет'),
  ann('per-2', 'PER', 'Сергей Лавров'),
];
const rel = (id: string, type: Relation['type'], from: string, to: string, status: Relation['status'] = 'suggested'): Relation => ({
  id,
  type,
  from,
  to,
  status,
});
const R = [
  rel('rel-1', 'speaker', 'quote-1', 'per-1', 'accepted'),
  rel('rel-2', 'speaker', 'quote-2', 'per-1'),
  rel('rel-3', 'role', 'per-1', 'role-1'),
  rel('rel-4', 'speaker', 'quote-3', 'per-1', 'rejected'),
];
const lineOf = (offset: number) => TEXT.slice(0, offset).split('\n').length;
const lines = (id: string) =>
  relationLines(
    A.find((a) => a.id === id)!,
    A,
    R,
    lineOf,
  ).map((l) => `${l.label}: ${l.text}`);

describe('extension: relation lines of the hover', () => {
  const cases: [string, string[]][] = [
    ['quote-1', ['Speaker: Иван Петров (line 1)', 'Role: министр']],
    // a person: role first, then their quotes in document order with line numbers
    ['per-1', ['Role: министр', 'Quote: line 2: «Мы готовы»', 'Quote: line 3: «Это всё»']],
    ['role-1', ['Role of: Иван Петров']],
    // false positives: a rejected speaker says nothing, on either end
    ['quote-3', []],
    ['per-2', []],
  ];
  for (const [id, expected] of cases) it(id, () => assert.deepStrictEqual(lines(id), expected));

  it('a quote’s hover gives its speaker’s role too; a role gives the place it belongs to', () => {
    const withOf = [...A, ann('loc-1', 'LOC', 'Сергей Лавров')]; // any span: only its text is read
    const rs = [...R, rel('rel-5', 'of', 'role-1', 'loc-1'), rel('rel-6', 'role', 'per-2', 'role-1', 'rejected')];
    const read = (id: string) =>
      relationLines(
        withOf.find((a) => a.id === id)!,
        withOf,
        rs,
        lineOf,
      ).map((l) => `${l.label}: ${l.text}${l.decide ? ` [${l.decide}]` : ''}`);
    // decided on the person: the quote's role line has no links
    assert.deepStrictEqual(read('quote-2'), ['Speaker: Иван Петров (line 1) [rel-2]', 'Role: министр (of Сергей Лавров)']);
    assert.deepStrictEqual(read('per-1'), ['Role: министр (of Сергей Лавров) [rel-3]', 'Quote: line 2: «Мы готовы»', 'Quote: line 3: «Это всё»']);
    // false positive: a rejected role relation says nothing on the quote of that speaker
    assert.deepStrictEqual(read('quote-3'), []);
  });

  it('each line names its relation (where a merge conflict on it shows)', () => {
    assert.deepStrictEqual(
      relationLines(A[1], A, R, lineOf).map((l) => l.relation),
      ['rel-3', 'rel-1', 'rel-2'],
    );
    assert.deepStrictEqual(
      relationLines(A[3], A, R, lineOf).map((l) => l.relation),
      ['rel-2', 'rel-3'], // the speaker, then the speaker's role
    );
  });

  it('a long quote is shortened; a rejected end says nothing', () => {
    const long = ann('quote-9', 'QUOTE', TEXT.trimEnd()); // longer than the 60 characters shown
    const out = relationLines(A[1], [...A, long], [rel('r', 'speaker', 'quote-9', 'per-1')], lineOf);
    assert.strictEqual(out[0].text.length, 'line 1: «»'.length + 60);
    assert.deepStrictEqual(
      relationLines(
        A[2],
        A.map((a) => (a.id === 'per-1' ? { ...a, status: 'rejected' as const } : a)),
        R,
        lineOf,
      ),
      [],
    );
  });

  it('a suggested speaker or role offers Accept / Reject (its relation id) on its own side; a decided one does not', () => {
    const decide = (id: string) =>
      relationLines(
        A.find((a) => a.id === id)!,
        A,
        R,
        lineOf,
      ).map((l) => l.decide);
    assert.deepStrictEqual(decide('quote-2'), ['rel-2', undefined]); // the speaker's role line: no links on the quote
    assert.deepStrictEqual(decide('quote-1'), [undefined, undefined]); // accepted; the role is decided on the person
    // the person's suggested role is decided on the person; their quotes' speakers only on the quotes
    assert.deepStrictEqual(decide('per-1'), ['rel-3', undefined, undefined]);
    assert.deepStrictEqual(decide('role-1'), [undefined]); // the role's side only reads whose it is
    const accepted = R.map((r) => (r.id === 'rel-3' ? { ...r, status: 'accepted' as const } : r));
    assert.deepStrictEqual(
      relationLines(A[1], A, accepted, lineOf).map((l) => l.decide),
      [undefined, undefined, undefined],
    );
  });

  it('a role line links Accept / Reject of the role, with the same encoding', () => {
    const md = relationDecisionLinks('file:///a.txt', 'rel-3', 'Role');
    assert.match(
      md,
      /^\[Accept\]\(command:newsmark\.acceptRelation\?[A-Za-z0-9%._~-]+ "Newsmark: Accept Role"\) · \[Reject\]\(command:newsmark\.rejectRelation\?[A-Za-z0-9%._~-]+ "Newsmark: Reject Role"\)$/,
    );
    const arg = /\?([^ ]+) /.exec(md)![1];
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(arg)), [{ uri: 'file:///a.txt', id: 'rel-3', from: 'hover' }]);
  });

  it('the links name only our commands; ids from the file stay inside the encoded argument', () => {
    const evil = 'rel-1) [x](command:workbench.action.terminal.new "';
    const md = relationDecisionLinks('file:///a b.txt', evil, 'Speaker');
    const targets = [...md.matchAll(/\]\((\S+) "/g)].map((m) => m[1]);
    assert.strictEqual(targets.length, 2);
    for (const t of targets) assert.match(t, /^command:newsmark\.(accept|reject)Relation\?[A-Za-z0-9%._~-]+$/);
    const [cmd, arg] = targets[0].split('?');
    assert.strictEqual(cmd, 'command:newsmark.acceptRelation');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(arg)), [{ uri: 'file:///a b.txt', id: evil, from: 'hover' }]);
    assert.ok(!md.includes('(command:workbench'), 'the file’s text never becomes a link target');
  });
});
