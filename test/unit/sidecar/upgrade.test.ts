// Version 1 (absolute offsets) → version 2 (quote + context): read as before, upgraded on the next
// write without losing a decision, a note, a comment or a hand-written key. The fixture is the English
// sample's committed version-1 sidecar with a reviewer's edits typed into it.
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotation, mergeSuggestions, parseSidecar, serializeSidecar } from '../../../src/sidecar';

const DATA = join(__dirname, 'data');
const NAME = 'en-almaty-water-talks.txt';
const TEXT = readFileSync(join(DATA, `v1-${NAME}`), 'utf8');
const V1 = readFileSync(join(DATA, `v1-${NAME}.annotations.yaml`), 'utf8');
const entryLine = (yaml: string, needle: string) => yaml.split('\n').find((l) => l.includes(needle))!;

describe('sidecar upgrade from version 1', () => {
  const v1 = parseSidecar(V1, TEXT, 'v1.yaml', NAME);
  const upgraded = serializeSidecar(v1, NAME, TEXT, [...v1.annotations, ...v1.orphans]);

  it('reads a version-1 file with its offsets and says so', () => {
    assert.strictEqual(v1.version, 1);
    assert.strictEqual(v1.moves.length, 0);
    const nurlanov = v1.annotations.find((a) => a.text === 'Aidar Nurlanov')!;
    assert.deepStrictEqual([nurlanov.start, nurlanov.end, nurlanov.status], [534, 548, 'accepted']);
  });

  it('writes version 2: no offsets, the untouched header replaced, everything a person wrote kept byte for byte', () => {
    assert.match(upgraded, /^newsmark: 2$/m);
    assert.doesNotMatch(upgraded, /\bstart: \d/);
    assert.doesNotMatch(upgraded, /start\/end: UTF-16 offsets/);
    assert.match(upgraded, /^# text \+ before\/after: /m);
    assert.ok(upgraded.includes('\nreviewed-by: anna # desk editor\nannotations:\n  # names checked on 2026-11-20\n  - { id: money-'), upgraded.slice(0, 1200));
    const decided = entryLine(upgraded, 'Aidar Nurlanov');
    assert.strictEqual(
      decided,
      '  - { id: per-187519ae, type: PER, status: accepted, text: Aidar Nurlanov, norm: Aidar Nurlanov, before: "er for water resources, ", after: ", said the fund would st", note: "spelling checked with the ministry: Nurlanov" } # Anna, desk',
    );
    assert.match(entryLine(upgraded, 'Syr Darya Water Council,'), /status: rejected/);
    assert.match(entryLine(upgraded, 'text: Tuesday'), /^ {2}- \{ id: date-d7db39cd, type: DATE, reviewer: anna, status: suggested, text: Tuesday, /);
  });

  it('reads back the same annotations at the same offsets, and a second write changes nothing', () => {
    const v2 = parseSidecar(upgraded, TEXT, 'v2.yaml', NAME);
    assert.strictEqual(v2.version, 2);
    assert.strictEqual(v2.moves.length, 0);
    // The same annotations; suggestions gain the engine-claim fingerprint (`sig`) on their first write.
    const noSig = (list: Annotation[]) => list.map(({ sig: _sig, ...a }) => a);
    assert.deepStrictEqual(noSig(v2.annotations), noSig(v1.annotations));
    assert.deepStrictEqual([...v2.handWritten].sort(), [...v1.handWritten].sort());
    assert.strictEqual(serializeSidecar(v2, NAME, TEXT, v2.annotations), upgraded);
    // An `annotate` run that finds the same suggestions: nothing to write.
    const again = mergeSuggestions(
      v2,
      v2.annotations.filter((a) => a.status === 'suggested'),
    );
    assert.strictEqual(serializeSidecar(v2, NAME, TEXT, again), upgraded);
  });

  it('a version-1 file whose article changed is re-anchored from its offsets, then upgraded', () => {
    const edited = TEXT.replace('The three ministers', 'The meeting lasted three hours. The three ministers');
    const sc = parseSidecar(V1, edited, 'v1.yaml', NAME);
    assert.ok(sc.moves.length > 5 && sc.moves.every((m) => m.how === 'quote'), JSON.stringify(sc.moves.slice(0, 2)));
    const out = serializeSidecar(sc, NAME, edited, [...sc.annotations, ...sc.orphans]);
    const back = parseSidecar(out, edited, 'v2.yaml', NAME);
    assert.deepStrictEqual(
      back.annotations.map((a) => [a.id, a.status, a.start, a.text]),
      sc.annotations.map((a) => [a.id, a.status, a.start, a.text]),
    );
    assert.strictEqual(back.moves.length, 0);
  });
});

describe('sidecar anchors (version 2)', () => {
  it('the same quote with the same context twice: nth tells them apart, and both come back at their places', () => {
    const text = 'Москва. Москва. Москва.\n\nМосква. Москва. Москва.';
    const starts = [...text.matchAll(/Москва/g)].map((m) => m.index!);
    const list: Annotation[] = starts.map((start, i) => ({ id: `loc-${i}`, type: 'LOC', status: 'accepted', text: 'Москва', start, end: start + 6 }));
    const out = serializeSidecar(undefined, 'a.txt', text, list);
    // Both lines read alike, so the second line's three are the second occurrence of their anchors.
    const withNth = out
      .split('\n')
      .filter((l) => l.includes(', nth: '))
      .map((l) => [/id: (loc-\d)/.exec(l)![1], /nth: (\d)/.exec(l)![1]]);
    assert.deepStrictEqual(withNth, [
      ['loc-3', '2'],
      ['loc-4', '2'],
      ['loc-5', '2'],
    ]);
    const back = parseSidecar(out, text, 'a.yaml');
    assert.deepStrictEqual(
      back.annotations.map((a) => [a.id, a.start]),
      list.map((a) => [a.id, a.start]),
    );
    assert.deepStrictEqual(back.moves, []);
  });
});
