// The fast first reading of a large sidecar (src/sidecar/preview.ts) shows exactly the annotations the
// full parse gives, or nothing: every sidecar below is read both ways and compared.
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import {
  loadSidecar,
  loadSidecarAnnotations,
  mergeSuggestions,
  parseSidecar,
  previewHead,
  previewSidecar,
  serializeSidecar,
  setNote,
  setStatus,
  SidecarError,
} from '../../../src/sidecar';
import { tempDir } from './cli-helpers';
import type { Entity } from '../../../src/core/types';
import { SAMPLE, sampleEntities } from './fixtures';

const NAME = 'article.txt';
const ROOT = join(__dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** The sidecar newsmark writes for the sample, with two decisions and a note that needs quoting. */
function written(text = SAMPLE, entities: Entity[] = sampleEntities()): string {
  let list = mergeSuggestions(undefined, entities);
  list = setStatus(list, list[0].id, 'accepted');
  list = setStatus(list, list[2].id, 'rejected');
  list = setNote(list, list[1].id, 'yes: "checked"\tin the atlas');
  return serializeSidecar(undefined, NAME, text, list);
}

/** The sample article many times over, with its entities in every copy (same quotes and contexts: nth). */
function repeated(copies: number): { text: string; entities: Entity[] } {
  const text = Array.from({ length: copies }, () => SAMPLE).join('\n\n');
  const entities = Array.from({ length: copies }, (_, k) =>
    sampleEntities().map((e) => ({ ...e, start: e.start + k * (SAMPLE.length + 2), end: e.end + k * (SAMPLE.length + 2) })),
  ).flat();
  return { text, entities };
}

/** written() with values a person typed bare, where a YAML 1.1 reader would see a date, a number, a boolean. */
function handTyped(): string {
  const yaml = written();
  const out = yaml
    .replace(/value: "?XXXX-07-22"?/, 'value: 2025-07-22')
    .replace(/note: [^,}]+/, 'note: yes')
    .replace(/value: 120\b/, 'value: 0x78');
  assert.ok(out.includes('value: 2025-07-22') && out.includes('note: yes'), 'the values were replaced');
  return out;
}

const edited = SAMPLE.replace('Усть-Каменогорске', 'Усть-Каменогорске (Восточно-Казахстанская область)').replace('ОДКБ', 'Организации');
const big = repeated(40);

// [name, sidecar, article text the sidecar is read against, article name]
const SAME: Array<[string, string, string, string]> = [
  ['as newsmark writes it', written(), SAMPLE, NAME],
  ['against an edited article: moved and orphaned entries', written(), edited, NAME],
  [
    'a comment and a key of a person (hand-written entries)',
    written()
      .replace('annotations:', '# checked by the desk\nannotations:')
      .replace(/ sig: /, ' checked: true, sig: '),
    SAMPLE,
    NAME,
  ],
  // Both read YAML 1.2's core schema (a bare date is a string). They differ only on forms newsmark never
  // writes (`0b101`, `+.5`, `-0`), which the preview shows as it read them until the full parse replaces it.
  ['values typed by hand: a bare date, a hex number, yes', handTyped(), SAMPLE, NAME],
  ['the same quote and context many times (nth)', serializeSidecar(undefined, NAME, big.text, mergeSuggestions(undefined, big.entities)), big.text, NAME],
  ['the English sample', read('samples/en-almaty-water-talks.txt.annotations.yaml'), read('samples/en-almaty-water-talks.txt'), 'en-almaty-water-talks.txt'],
  [
    'a version 1 sidecar (offsets)',
    read('test/unit/sidecar/data/v1-en-almaty-water-talks.txt.annotations.yaml'),
    read('test/unit/sidecar/data/v1-en-almaty-water-talks.txt'),
    'en-almaty-water-talks.txt',
  ],
];

// Files only the full parse can judge: the preview gives nothing, and the full parse reports them (or,
// for an entry without an id, gives it one and writes it back).
const NOTHING: Array<[string, string]> = [
  ['merge-conflict markers', written().replace('annotations:\n', 'annotations:\n<<<<<<< ours\n=======\n>>>>>>> theirs\n')],
  ['invalid YAML', written().replace('annotations:', 'annotations: [')],
  ['another article', written().replace(`article: ${NAME}`, 'article: other.txt')],
  ['an entry without an id (the full parse gives it one)', written().replace(/id: [a-z]+-[0-9a-f]+, /, '')],
  ['a duplicate id', written().replace(/(id: [a-z]+-[0-9a-f]+)([\s\S]*?)id: [a-z]+-[0-9a-f]+/, '$1$2$1')],
  ['an unknown type', written().replace('type: PER', 'type: PERSON')],
  ['an unknown schema version', written().replace('newsmark: 2', 'newsmark: 9')],
  ['not a sidecar', '- just\n- a list\n'],
];

describe('sidecar: the fast first reading (preview) of a large sidecar', () => {
  for (const [name, yaml, text, article] of SAME)
    it(`the full parse's annotations: ${name}`, () => {
      const full = parseSidecar(yaml, text, 'x.yaml', article);
      const preview = previewSidecar(yaml, text, article);
      assert.ok(preview, 'a preview was possible');
      assert.ok(full.annotations.length > 0);
      assert.deepStrictEqual(preview, { annotations: full.annotations, orphans: full.orphans });
    });
  it('an edited article really moves and orphans entries (the case above is not trivial)', () => {
    const full = parseSidecar(written(), edited, 'x.yaml', NAME);
    assert.ok(full.orphans.length > 0 && full.moves.some((m) => m.how !== 'orphan'));
  });
  for (const [name, yaml] of NOTHING)
    it(`nothing for ${name}`, () => {
      assert.notStrictEqual(yaml, written(), 'the case changes the file');
      assert.strictEqual(previewSidecar(yaml, SAMPLE, NAME), undefined);
      if (!name.includes('without an id')) assert.throws(() => parseSidecar(yaml, SAMPLE, 'x.yaml', NAME));
    });
  it("loadSidecarAnnotations (the workspace index): the full parse's annotations, and its errors for a file it refuses", async () => {
    const article = join(tempDir(), NAME);
    writeFileSync(article, edited);
    writeFileSync(`${article}.annotations.yaml`, written());
    assert.deepStrictEqual(await loadSidecarAnnotations(article, edited), (await loadSidecar(article, edited))!.annotations);
    writeFileSync(`${article}.annotations.yaml`, written().replace('type: PER', 'type: PERSON'));
    await assert.rejects(
      loadSidecarAnnotations(article, edited),
      (e: unknown) => e instanceof SidecarError && /unknown type 'PERSON'/.test(e.message) && e.line! > 1,
    );
  });

  describe('the first screen (previewHead): the first entries of the file, where the full parse puts them', () => {
    for (const [name, yaml, text, article] of SAME)
      it(name, () => {
        const full = parseSidecar(yaml, text, 'x.yaml', article);
        const byId = new Map(full.annotations.map((a) => [a.id, a]));
        const all = previewHead(yaml, text, article, 1e6);
        if (name.startsWith('a version 1')) return assert.strictEqual(all, undefined, 'offsets, no context: left to the whole reading');
        assert.ok(all && all.length > 0);
        for (const a of all) assert.deepStrictEqual(a, byId.get(a.id), a.id);
        assert.deepStrictEqual(
          all,
          [...all].sort((x, y) => x.start - y.start || x.end - y.end),
          'by position',
        );
        // An entry whose context changed is left for the whole reading; every other one is shown.
        const moved = name.includes('edited article');
        assert.strictEqual(all.length < full.annotations.length, moved);
        // A head of three entries: the file's first three that anchor.
        const three = previewHead(yaml, text, article, 3)!;
        assert.ok(three.length <= 3 && three.every((a) => byId.has(a.id)));
        if (!moved)
          assert.deepStrictEqual(
            three.map((a) => a.id).sort(),
            yaml
              .match(/id: [a-z]+-[0-9a-f]+/g)!
              .slice(0, 3)
              .map((m) => m.slice(4))
              .sort(),
          );
      });
    for (const [name, yaml] of NOTHING)
      it(`nothing for ${name}`, () => {
        assert.strictEqual(previewHead(yaml, SAMPLE, NAME, 1e6), undefined);
      });
  });
});
