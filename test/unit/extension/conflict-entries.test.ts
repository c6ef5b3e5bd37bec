// Merge conflicts as the Problems panel, its quick fixes and Resolve Merge Conflict read them: each
// conflicted annotation or relation with its place in the article (a relation on its `from` end),
// its words and both sides; and which one a command at the cursor acts on.
import * as assert from 'assert';
import type { Annotation, Relation, UnresolvedConflict } from '../../../src/sidecar';
import { takeTheirsRelation } from '../../../src/sidecar';
import { conflictEntries, conflictMessage, conflictTarget } from '../../../src/extension/problems/conflict-entries';

const TEXT = 'Министр Иван Петров:\n«Мы готовы», — сказал он.\n';
const ann = (id: string, type: Annotation['type'], quote: string, extra: Partial<Annotation> = {}): Annotation => {
  const start = TEXT.indexOf(quote);
  return { id, type, text: quote, start, end: start + quote.length, status: 'accepted', ...extra };
};
const A = [ann('role-1', 'ROLE', 'Министр'), ann('per-1', 'PER', 'Иван Петров'), ann('quote-1', 'QUOTE', 'Мы готовы')];
const R: Relation[] = [
  { id: 'rel-s', type: 'speaker', from: 'quote-1', to: 'per-1', status: 'accepted' },
  { id: 'rel-r', type: 'role', from: 'per-1', to: 'role-1', status: 'accepted', note: 'ours' },
  { id: 'rel-o', type: 'of', from: 'role-gone', to: 'loc-1', status: 'accepted' },
];
const conflicts = (...list: Array<[string, Record<string, unknown>]>) =>
  new Map<string, UnresolvedConflict>(list.map(([id, theirs], i) => [id, { id, line: 10 + i, theirs }]));

describe('extension: merge conflicts of annotations and relations', () => {
  it('none: no entries (false positive: relations without conflict: say nothing)', () => {
    assert.deepStrictEqual(conflictEntries(A, R, new Map()), []);
    assert.deepStrictEqual(conflictEntries(A, R, conflicts(['per-9', { status: 'rejected' }])), []);
  });

  it('[entry, place, words, ours, theirs]: a relation shows on its from end; a missing end has no place', () => {
    const c = conflicts(['per-1', { status: 'rejected' }], ['rel-s', { status: 'rejected' }], ['rel-r', { note: 'theirs' }], ['rel-o', { status: null }]);
    const got = conflictEntries(A, R, c).map((e) => [e.id, e.kind, e.at && TEXT.slice(e.at.start, e.at.end), e.what, e.ours, e.theirs, e.line]);
    assert.deepStrictEqual(got, [
      ['per-1', 'annotation', 'Иван Петров', '“Иван Петров”', 'status: accepted', 'status: rejected', 10],
      ['rel-s', 'relation', 'Мы готовы', 'the speaker of “Мы готовы”', 'status: accepted', 'status: rejected', 11],
      ['rel-r', 'relation', 'Иван Петров', 'the role of “Иван Петров”', 'note: ours', 'note: theirs', 12],
      ['rel-o', 'relation', undefined, 'whose role role-gone is', 'status: accepted', 'status: —', 13],
    ]);
  });

  it('the Problems panel sentence: annotations as before, relations named by their end', () => {
    const [a, r] = conflictEntries(A, R, conflicts(['per-1', { status: 'rejected' }], ['rel-s', { status: 'rejected' }]));
    assert.strictEqual(
      conflictMessage(a),
      '“Иван Петров” was decided differently on two branches — ours status: accepted, theirs status: rejected (sidecar line 10). Resolve: Ctrl+. or Newsmark: Resolve Merge Conflict.',
    );
    assert.match(
      conflictMessage(r),
      /^The speaker of “Мы готовы” was decided differently on two branches — ours status: accepted, theirs status: rejected \(sidecar line 11\)/,
    );
  });

  it('the target: by id; else the innermost at the cursor (the annotation before its relation on one word); else the first in the article', () => {
    const entries = conflictEntries(
      A,
      R,
      conflicts(['rel-o', { status: 'rejected' }], ['rel-r', { status: 'rejected' }], ['per-1', { status: 'rejected' }], ['rel-s', { status: 'rejected' }]),
    );
    const at = (q: string) => TEXT.indexOf(q) + 1;
    assert.strictEqual(conflictTarget(entries, 'rel-r')?.id, 'rel-r');
    assert.strictEqual(conflictTarget(entries, 'nope'), undefined);
    assert.strictEqual(conflictTarget(entries, undefined, at('Петров'))?.id, 'per-1');
    assert.strictEqual(conflictTarget(entries, undefined, at('готовы'))?.id, 'rel-s');
    assert.strictEqual(conflictTarget(entries, undefined, 0)?.id, 'per-1'); // nothing here: the first with a place
    assert.strictEqual(
      conflictTarget(
        entries.filter((e) => e.id === 'rel-o'),
        undefined,
        0,
      )?.id,
      'rel-o',
    );
  });
});

describe('sidecar: take theirs for a relation', () => {
  const ours = R[1];
  const cases: Array<[string, Record<string, unknown>, Relation | RegExp]> = [
    ['status', { status: 'rejected' }, { ...ours, status: 'rejected' }],
    ['a note theirs has none of', { note: null }, { id: 'rel-r', type: 'role', from: 'per-1', to: 'role-1', status: 'accepted' }],
    ['another end', { to: 'role-2' }, { ...ours, to: 'role-2' }],
    // false positives: a hand-edited conflict: map that is not a relation
    ['an unknown type', { type: 'boss' }, /their type "boss"/],
    ['an unknown status', { status: 'maybe' }, /their status "maybe"/],
    ['an end that is no id', { from: 7 }, /does not name both of its ends/],
    ['a note that is not text', { note: 3 }, /note is not text/],
  ];
  for (const [what, theirs, expected] of cases)
    it(what, () => {
      const got = takeTheirsRelation(ours, theirs);
      if (expected instanceof RegExp) assert.match(String(got), expected);
      else assert.deepStrictEqual(got, expected);
    });
});
