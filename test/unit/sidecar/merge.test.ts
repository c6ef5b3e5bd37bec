// Merge rules: refresh suggestions, never touch a person's decisions, never re-suggest a rejection.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import { Annotation, mergeSuggestions, parseSidecar, serializeSidecar, setNote, setStatus, addManual } from '../../../src/sidecar';
import { at, SAMPLE, sampleEntities } from './fixtures';

const NAME = 'article.txt';
const sidecarOf = (list: Annotation[], text = SAMPLE) => parseSidecar(serializeSidecar(undefined, NAME, text, list), text, 'x.yaml', NAME);
const find = (list: Annotation[], quote: string) => list.filter((a) => a.text === quote);
const E = sampleEntities();

describe('sidecar merge', () => {
  it('first run: every entity becomes a suggestion with a stable id, ordered by position', () => {
    const a = mergeSuggestions(undefined, E);
    assert.strictEqual(a.length, E.length);
    assert.ok(a.every((x) => x.status === 'suggested' && /^[a-z]+-[0-9a-f]{8}$/.test(x.id)));
    assert.deepStrictEqual(
      a.map((x) => x.start),
      [...E].map((e) => e.start).sort((x, y) => x - y),
    );
    assert.deepStrictEqual(mergeSuggestions(undefined, [...E].reverse()), a);
    assert.strictEqual(new Set(a.map((x) => x.id)).size, a.length);
  });

  it('refreshes suggested entries: same span keeps its id, new fields win, gone ones disappear', () => {
    const first = mergeSuggestions(undefined, E);
    const sc = sidecarOf(first);
    const changed: Entity[] = E.filter((e) => e.text !== 'ОДКБ').map((e) => (e.text === 'около 120' ? { ...e, qualifier: 'gte' as const } : e));
    const next = mergeSuggestions(sc, [...changed, at(SAMPLE, 'ШОС', 'ORG')]);
    assert.deepStrictEqual(find(next, 'ОДКБ'), []);
    assert.strictEqual(find(next, 'около 120')[0].qualifier, 'gte');
    assert.strictEqual(find(next, 'около 120')[0].id, find(first, 'около 120')[0].id);
    assert.strictEqual(find(next, 'ШОС')[0].status, 'suggested');
  });

  // [decision a person made on "Ержан Саденов", what the engine says next, what the sidecar must hold]
  const table: [string, (l: Annotation[], id: string) => Annotation[], Entity[], (string | undefined)[][]][] = [
    [
      'accepted stays accepted, engine fields do not overwrite it',
      (l, id) => setStatus(l, id, 'accepted'),
      [at(SAMPLE, 'Ержан Саденов', 'PER', 0, { norm: 'Саденов Ержан' })],
      [['accepted', 'Ержан Саденов', undefined]],
    ],
    [
      'rejected is not suggested again at the same place',
      (l, id) => setStatus(l, id, 'rejected'),
      [at(SAMPLE, 'Ержан Саденов', 'PER')],
      [['rejected', 'Ержан Саденов', undefined]],
    ],
    [
      'rejected as PER does not hide a different claim (LOC) on the same span',
      (l, id) => setStatus(l, id, 'rejected'),
      [at(SAMPLE, 'Ержан Саденов', 'LOC')],
      [
        ['suggested', undefined, undefined],
        ['rejected', 'Ержан Саденов', undefined],
      ],
    ],
    [
      "accepted wins over an overlapping suggestion of the same type (the person's span)",
      (l, id) => setStatus(l, id, 'accepted'),
      [at(SAMPLE, 'Саденов', 'PER')],
      [['accepted', 'Ержан Саденов', undefined]],
    ],
    [
      'accepted does not hide a nested entity of another type',
      (l, id) => setStatus(l, id, 'accepted'),
      [at(SAMPLE, 'Саденов', 'LOC')],
      [
        ['accepted', 'Ержан Саденов', undefined],
        ['suggested', undefined, undefined],
      ],
    ],
    [
      'rejected does not block a different span',
      (l, id) => setStatus(l, id, 'rejected'),
      [at(SAMPLE, 'Саденов', 'PER')],
      [
        ['rejected', 'Ержан Саденов', undefined],
        ['suggested', undefined, undefined],
      ],
    ],
    [
      'a note on a suggestion keeps it (and its note) even when the engine drops it',
      (l, id) => setNote(l, id, 'check spelling'),
      [],
      [['suggested', 'Ержан Саденов', 'check spelling']],
    ],
    [
      'a note on a suggestion survives the engine refreshing it',
      (l, id) => setNote(l, id, 'check spelling'),
      [at(SAMPLE, 'Ержан Саденов', 'PER', 0, { norm: 'Е. Саденов' })],
      [['suggested', 'Е. Саденов', 'check spelling']],
    ],
  ];
  for (const [what, decide, next, want] of table) {
    it(what, () => {
      const first = mergeSuggestions(undefined, [at(SAMPLE, 'Ержан Саденов', 'PER', 0, { norm: 'Ержан Саденов' })]);
      const sc = sidecarOf(decide(first, first[0].id));
      const merged = mergeSuggestions(sc, next);
      assert.deepStrictEqual(
        merged.map((a) => [a.status, a.status === 'suggested' && !a.note ? undefined : a.norm, a.note]),
        want,
      );
      assert.strictEqual(merged.find((a) => a.type === 'PER' && a.start === first[0].start && a.end === first[0].end)?.id, first[0].id);
    });
  }

  it('manual entries and orphans are kept exactly', () => {
    let list = mergeSuggestions(undefined, E);
    list = addManual(list, SAMPLE, at(SAMPLE, 'ШОС', 'ORG'), 'Shanghai Cooperation Organisation').annotations;
    list = setStatus(list, find(list, 'около 120')[0].id, 'accepted');
    const edited = SAMPLE.replace('около 120', 'около 130').replace('ОДКБ и ШОС', 'ОДКБ');
    const sc = sidecarOf(list);
    const again = parseSidecar(serializeSidecar(sc, NAME, SAMPLE, list), edited, 'x.yaml', NAME);
    const merged = mergeSuggestions(again, sampleEntities(edited, { skipMissing: true }));
    const orphans = merged.filter((a) => a.orphan);
    assert.deepStrictEqual(
      orphans.map((a) => [a.text, a.status, a.note]),
      [
        ['ШОС', 'manual', 'Shanghai Cooperation Organisation'],
        ['около 120', 'accepted', undefined],
      ],
    );
    // Orphans go after the anchored entries.
    assert.deepStrictEqual(
      merged.slice(-2).map((a) => a.orphan),
      [true, true],
    );
  });

  it('an untouched suggestion whose text is gone is dropped (nothing a person wrote is in it)', () => {
    const edited = SAMPLE.replace('ОДКБ', 'ОДКП');
    const sc = parseSidecar(serializeSidecar(undefined, NAME, SAMPLE, mergeSuggestions(undefined, E)), edited, 'x.yaml', NAME);
    assert.deepStrictEqual(
      sc.orphans.map((a) => a.text),
      ['ОДКБ'],
    );
    const merged = mergeSuggestions(sc, [at(edited, 'ОДКП', 'ORG')]);
    assert.deepStrictEqual(
      merged.filter((a) => a.type === 'ORG' && a.text.startsWith('ОДК')).map((a) => [a.text, !!a.orphan]),
      [['ОДКП', false]],
    );
  });

  it('the same entity twice from the engine is written once', () => {
    const e = at(SAMPLE, 'ОДКБ', 'ORG');
    assert.strictEqual(mergeSuggestions(undefined, [e, { ...e }]).length, 1);
  });
});
