// Sizes that used to hang: merging was quadratic in the number of decided entries (20k annotations
// took 34 s, 100k never finished), and re-anchoring repetitive text held every occurrence for every
// annotation (out of memory at 10k). These tests assert the results; the generous timeouts only turn
// a hang into a failure. Speed figures live in `npm run bench`.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import { Annotation, mergeSuggestions } from '../../../src/sidecar';
import { MAX_OCCURRENCES, reanchor, StoredAnchor } from '../../../src/sidecar/reanchor';
import { contextAfter, contextBefore } from '../../../src/sidecar/context';

describe('sidecar at scale', function () {
  this.timeout(120000);

  it('merges 100k suggestions into a list with a third decided, keeping every decision', () => {
    const n = 100000;
    const entities: Entity[] = [];
    let pos = 0;
    for (let i = 0; i < n; i++) {
      const text = `Слово${i}`;
      entities.push({ type: i % 2 ? 'LOC' : 'PER', text, start: pos, end: pos + text.length });
      pos += text.length + 3;
    }
    const first = mergeSuggestions(undefined, entities);
    const decided: Annotation[] = first.map((a, i) => (i % 3 === 0 ? { ...a, status: i % 2 ? 'accepted' : 'rejected' } : a));
    const merged = mergeSuggestions({ annotations: decided, orphans: [] }, entities);
    assert.strictEqual(merged.length, n);
    const byId = new Map(merged.map((a) => [a.id, a]));
    for (const d of decided) assert.strictEqual(byId.get(d.id)?.status, d.status);
  });

  it('the overlap rule still holds with an index: an accepted span blocks overlapping suggestions of its type only', () => {
    const accepted: Annotation = { id: 'per-1', type: 'PER', status: 'accepted', text: 'bc', start: 10, end: 20 };
    const s = (type: 'PER' | 'LOC', start: number, end: number): Entity => ({ type, text: 'x', start, end });
    const merged = mergeSuggestions({ annotations: [accepted], orphans: [] }, [
      s('PER', 0, 10),
      s('PER', 5, 11),
      s('PER', 19, 25),
      s('PER', 20, 30),
      s('LOC', 12, 14),
    ]);
    assert.deepStrictEqual(
      merged.filter((a) => a.status === 'suggested').map((a) => [a.type, a.start, a.end]),
      [
        ['PER', 0, 10],
        ['LOC', 12, 14],
        ['PER', 20, 30],
      ],
    );
  });

  it('re-anchors 10,000 annotations of one repeated word after a line is inserted at the top', () => {
    const unit = 'Москва. ';
    const old = unit.repeat(10000);
    const anchors: StoredAnchor[] = [];
    for (let i = 0; i < 10000; i++) {
      const start = i * unit.length;
      anchors.push({
        id: `loc-${i}`,
        type: 'LOC',
        text: 'Москва',
        start,
        end: start + 6,
        before: contextBefore(old, start),
        after: contextAfter(old, start + 6),
      });
    }
    const inserted = 'Заголовок статьи.\n';
    const found = reanchor(anchors, inserted + old);
    const placed = found.filter((f) => f.how !== 'orphan');
    // Every annotation still points at a "Москва" (on text this repetitive, which one is a tie), no
    // occurrence is claimed twice, and only the few whose context the new line changed may be orphans.
    assert.ok(placed.every((f) => f.text === 'Москва'));
    assert.strictEqual(new Set(placed.map((f) => f.start)).size, placed.length);
    assert.ok(placed.length >= 9990, `${placed.length} of 10000 anchored`);
  });

  it('weighs only the nearest occurrences of a quote, and still finds the right one among them', () => {
    const text = 'Москва. '.repeat(500) + 'в Москве и Москва, столица. ' + 'Москва. '.repeat(500);
    const start = text.indexOf('Москва, столица');
    const moved = 'Новый абзац.\n' + text;
    const [f] = reanchor(
      [{ id: 'a', type: 'LOC', text: 'Москва', start, end: start + 6, before: contextBefore(text, start), after: contextAfter(text, start + 6) }],
      moved,
    );
    assert.strictEqual(f.start, start + 'Новый абзац.\n'.length);
    assert.ok(MAX_OCCURRENCES < 1000);
  });
});
