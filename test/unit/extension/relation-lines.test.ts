// What the hover says about relations: [hovered annotation, the lines a person reads] over one small
// article with two quotes by one person, a role, and a rejected speaker that must say nothing.
import * as assert from 'assert';
import type { Annotation, Relation } from '../../../src/sidecar';
import { relationLines } from '../../../src/extension/hover/relation-lines';

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
    ['quote-1', ['Speaker: Иван Петров (line 1)']],
    // a person: role first, then their quotes in document order with line numbers
    ['per-1', ['Role: министр', 'Quote: line 2: «Мы готовы»', 'Quote: line 3: «Это всё»']],
    ['role-1', ['Role of: Иван Петров']],
    // false positives: a rejected speaker says nothing, on either end
    ['quote-3', []],
    ['per-2', []],
  ];
  for (const [id, expected] of cases) it(id, () => assert.deepStrictEqual(lines(id), expected));

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
});
