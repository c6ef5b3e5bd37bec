// Counts that add up: the Entities view's type rows and the status tooltip. Each number counts what
// its word says, and the parts sum to the whole (after a Reject the Number group read
// "6 mentions · 7 entities"; the tooltip listed 45 + 1 + 1 of 46).
import * as assert from 'assert';
import type { Annotation } from '../../../src/sidecar';
import { ENTITY_TYPES } from '../../../src/core/types';
import { buildTree, plural, typeSummary } from '../../../src/extension/tree/model';
import { statusSummary } from '../../../src/extension/status/summary';
import { withoutSuperseded } from '../../../src/extension/model/superseded';

let n = 0;
const num = (value: number, status: Annotation['status'] = 'suggested', x: Partial<Annotation> = {}): Annotation => {
  const start = 10 * ++n;
  return { id: `n${n}`, type: 'NUMBER', text: String(value), start, end: start + String(value).length, status, value, ...x };
};
const byValue = (a: Annotation) => `${a.type}:${a.value ?? a.text}`;
const ALL = new Set(ENTITY_TYPES);

describe('extension: counts that add up', () => {
  it('a type row after a Reject: rejected mentions counted apart, entities only with a live mention', () => {
    n = 0;
    // seven numbers, seven values; the person rejects one of them
    const list = [num(1), num(2), num(3), num(4), num(5), num(6), num(7, 'rejected')];
    const g = buildTree(list, byValue, ALL).types[0];
    assert.strictEqual(typeSummary(g), '6 mentions · 6 entities · 1 rejected');
    assert.strictEqual(g.count + g.rejected, list.length);
  });

  it('a type row with one of everything reads in the singular', () => {
    n = 0;
    assert.strictEqual(typeSummary(buildTree([num(1)], byValue, ALL).types[0]), '1 mention · 1 entity');
    assert.strictEqual(plural(1, 'mention'), '1 mention');
    assert.strictEqual(plural(0, 'mention'), '0 mentions');
  });

  it('a relabel leaves no ghost row: the old claim is not an entity of its old type', () => {
    n = 0;
    const org: Annotation = { id: 'org', type: 'ORG', text: 'Интерпол', start: 0, end: 8, status: 'rejected' };
    const loc: Annotation = { ...org, id: 'loc', type: 'LOC', status: 'manual' };
    const tree = buildTree(withoutSuperseded([org, loc]), (a) => `${a.type}:${a.text}`, ALL);
    assert.deepStrictEqual(
      tree.types.map((t) => [t.type, typeSummary(t)]),
      [['LOC', '1 mention · 1 entity']],
    );
  });

  it('the status tooltip: to review + decided = the headline; rejected and orphaned apart', () => {
    n = 0;
    const list = [
      ...Array.from({ length: 45 }, (_, i) => num(i + 100)),
      num(1, 'accepted'),
      num(2, 'rejected'),
      num(3, 'manual', { orphan: true }),
      num(4, 'rejected', { orphan: true }),
    ];
    const s = statusSummary({ annotations: list, highlights: true });
    const [head, parts] = s.tooltip.split('\n');
    const total = Number(/(\d+) annotations/.exec(head)![1]);
    const [review, decided, rejected, orphaned] = (parts.match(/\d+/g) ?? []).map(Number);
    assert.deepStrictEqual([total, review, decided, rejected, orphaned], [46, 45, 1, 1, 2]);
    assert.strictEqual(review + decided, total);
    assert.strictEqual(total + rejected + orphaned, list.length, 'every annotation counted once');
    assert.strictEqual(s.text, '$(tag) 46 (45 to review) $(debug-disconnect) 2');
  });

  it('the status item says when highlights are hidden', () => {
    n = 0;
    const off = statusSummary({ annotations: [num(1)], highlights: false });
    assert.match(off.text, /^\$\(eye-closed\) 1/);
    assert.match(off.tooltip, /Highlights are hidden/);
    assert.doesNotMatch(statusSummary({ annotations: [num(1)], highlights: true }).tooltip, /hidden/);
  });
});
