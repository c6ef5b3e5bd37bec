// rebaseDecisions: a person's changes since `base` replayed onto what the file holds now (`theirs`).
import * as assert from 'assert';
import { Annotation, rebaseDecisions } from '../../../src/sidecar';

const a = (id: string, start: number, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  type: 'PER',
  text: 'Иванов',
  start,
  end: start + 6,
  status: 'suggested',
  ...extra,
});
const statuses = (list: Annotation[]) => Object.fromEntries(list.map((x) => [x.id, x.status + (x.note ? `:${x.note}` : '')]));

describe('rebaseDecisions', () => {
  const base = [a('p1', 0), a('p2', 10), a('p3', 20)];

  // [what happened, ours, theirs, expected statuses, conflicts]
  const table: [string, Annotation[], Annotation[], Record<string, string>, string[]][] = [
    [
      'the person accepted p1, someone else rejected p2: both kept',
      [a('p1', 0, { status: 'accepted' }), a('p2', 10), a('p3', 20)],
      [a('p1', 0), a('p2', 10, { status: 'rejected' }), a('p3', 20)],
      { p1: 'accepted', p2: 'rejected', p3: 'suggested' },
      [],
    ],
    [
      'the person added a manual annotation and a note',
      [...base.slice(0, 2), a('p3', 20, { note: 'check' }), a('m1', 30, { status: 'manual' })],
      base,
      { p1: 'suggested', p2: 'suggested', p3: 'suggested:check', m1: 'manual' },
      [],
    ],
    ['the person removed p2; someone else left it alone: removed', [a('p1', 0), a('p3', 20)], base, { p1: 'suggested', p3: 'suggested' }, []],
    [
      'both changed p1 differently: the file wins, listed as a conflict',
      [a('p1', 0, { status: 'accepted' }), a('p2', 10), a('p3', 20)],
      [a('p1', 0, { status: 'rejected' }), a('p2', 10), a('p3', 20)],
      { p1: 'rejected', p2: 'suggested', p3: 'suggested' },
      ['p1'],
    ],
    [
      'both made the same change: no conflict',
      [a('p1', 0, { status: 'accepted' }), a('p2', 10), a('p3', 20)],
      [a('p1', 0, { status: 'accepted' }), a('p2', 10), a('p3', 20)],
      { p1: 'accepted', p2: 'suggested', p3: 'suggested' },
      [],
    ],
    [
      'a new engine suggestion in ours is not replayed (the engine merges it again)',
      [...base, a('p4', 40)],
      base,
      { p1: 'suggested', p2: 'suggested', p3: 'suggested' },
      [],
    ],
    [
      'typing moved every offset here: positions alone are no change',
      [a('p1', 5), a('p2', 15, { status: 'accepted' }), a('p3', 25)],
      [a('p1', 5), a('p2', 15), a('p3', 25)],
      { p1: 'suggested', p2: 'accepted', p3: 'suggested' },
      [],
    ],
    [
      "the file's copies carry the writer's sig fingerprint, ours do not: no change, no conflict",
      [a('p1', 0, { status: 'accepted' }), a('p2', 10), a('p3', 20)],
      [a('p1', 0, { sig: 'aa' }), a('p2', 10, { status: 'rejected', sig: 'bb' }), a('p3', 20, { sig: 'cc' })],
      { p1: 'accepted', p2: 'rejected', p3: 'suggested' },
      [],
    ],
    [
      'the file was deleted (theirs empty): the decisions come back, untouched suggestions do not',
      [a('p1', 0, { status: 'rejected' }), a('p2', 10), a('p3', 20)],
      [],
      { p1: 'rejected' },
      [],
    ],
  ];
  for (const [what, ours, theirs, want, conflicts] of table) {
    it(what, () => {
      const r = rebaseDecisions(base, ours, theirs);
      assert.deepStrictEqual(statuses(r.annotations), want);
      assert.deepStrictEqual(r.conflicts, conflicts);
    });
  }

  it('keeps the order by position and uses our offsets for what it replays', () => {
    const r = rebaseDecisions(base, [a('p1', 0), a('p2', 12, { status: 'accepted' }), a('p3', 20)], [a('p3', 20), a('p1', 0), a('p2', 10)]);
    assert.deepStrictEqual(
      r.annotations.map((x) => [x.id, x.start]),
      [
        ['p1', 0],
        ['p2', 12],
        ['p3', 20],
      ],
    );
    assert.strictEqual(r.replayed, 1);
  });
});
