// A decision in a long article rewrites only its entry's line (src/sidecar/patch.ts): on every sidecar
// below, a run of decisions is written both ways, and the patched text must be byte-identical to the
// full print (serializeSidecar); where the patch cannot be sure it gives nothing and the full print is
// used. The session test writes real files through both paths and keeps the lost-update check.
import * as assert from 'assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addManual,
  digestOf,
  mergeSuggestions,
  parseSidecar,
  removeAnnotation,
  serializeSidecar,
  setNote,
  setStatus,
  SidecarSession,
  updateAnnotation,
  WriteConflict,
  type Annotation,
  type Sidecar,
} from '../../../src/sidecar';
import { patchSidecar, type Printed } from '../../../src/sidecar/patch';
import { tempDir } from './cli-helpers';
import { rng } from '../seeded-random';
import { SAMPLE, sampleEntities } from './fixtures';

const NAME = 'article.txt';
const ROOT = join(__dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** The sidecar newsmark writes for the sample, with decisions and a note that needs quoting. */
/** What the session keeps after a full print of `annotations`: the base a patch starts from. */
function printed(previous: Sidecar | undefined, articleName: string, articleText: string, annotations: Annotation[], relations: Printed['relations']): Printed {
  return { previous, articleName, articleText, annotations, relations, text: serializeSidecar(previous, articleName, articleText, annotations) };
}

function written(): string {
  let list = mergeSuggestions(undefined, sampleEntities());
  list = setStatus(list, list[0].id, 'accepted');
  list = setNote(list, list[1].id, 'yes: "checked"\tin the atlas');
  return serializeSidecar(undefined, NAME, SAMPLE, list);
}

/** written() with what a person adds by hand: comments (above the list, above and after an entry), a blank line, an extra key, a block entry. */
function handEdited(): string {
  const lines = written().split('\n');
  const first = lines.indexOf('annotations:') + 1;
  lines[first + 2] += ' # checked against the wire copy';
  lines[first + 3] = lines[first + 3].replace(' sig: ', ' checked: true, sig: ');
  lines.splice(first + 5, 0, '', '  # the desk: keep this one');
  // The entry after those as a block map, as a person might type it.
  const entry = lines[first + 7];
  const pairs = entry
    .replace(/^ {2}- \{ /, '')
    .replace(/ \}$/, '')
    .split(/, (?=[a-z]+: )/);
  lines.splice(first + 7, 1, `  - ${pairs[0]}`, ...pairs.slice(1).map((p) => `    ${p}`));
  return lines.join('\n').replace('annotations:', '# read by the desk\nannotations:');
}

const edited = SAMPLE.replace('Усть-Каменогорске', 'Усть-Каменогорске (Восточно-Казахстанская область)').replace('ОДКБ', 'Организации');

// [name, sidecar (undefined: a new file), article text, article name]
const CASES: Array<[string, string | undefined, string, string]> = [
  ['a new file (nothing parsed)', undefined, SAMPLE, NAME],
  ['as newsmark writes it', written(), SAMPLE, NAME],
  ['with hand comments, a blank line, an extra key and a block entry', handEdited(), SAMPLE, NAME],
  ['with Windows line ends', written().replace(/\n/g, '\r\n'), SAMPLE, NAME],
  ['against an edited article: moved and orphaned entries', written(), edited, NAME],
  [
    'the English sample (with relations)',
    read('samples/en-almaty-water-talks.txt.annotations.yaml'),
    read('samples/en-almaty-water-talks.txt'),
    'en-almaty-water-talks.txt',
  ],
  [
    'a version 1 sidecar (upgraded when written)',
    read('test/unit/sidecar/data/v1-en-almaty-water-talks.txt.annotations.yaml'),
    read('test/unit/sidecar/data/v1-en-almaty-water-talks.txt'),
    'en-almaty-water-talks.txt',
  ],
];

/** Decisions a person makes one after another; `patchable`: the patch should apply (same entries, same places). */
function decisions(text: string): Array<[string, (l: Annotation[]) => Annotation[], boolean]> {
  const nth = (l: Annotation[], k: number, pick: (a: Annotation) => boolean = () => true) => l.filter(pick)[k].id;
  return [
    [
      'accept',
      (l) =>
        setStatus(
          l,
          nth(l, 0, (a) => a.status === 'suggested'),
          'accepted',
        ),
      true,
    ],
    [
      'reject',
      (l) =>
        setStatus(
          l,
          nth(l, 1, (a) => a.status === 'suggested'),
          'rejected',
        ),
      true,
    ],
    ['a note that needs quoting', (l) => setNote(l, nth(l, 2), 'yes: "checked" # not a comment\tand a tab'), true],
    ['the note taken away', (l) => setNote(l, nth(l, 2), undefined), true],
    [
      'back to suggested',
      (l) =>
        setStatus(
          l,
          nth(l, 0, (a) => a.status === 'accepted'),
          'suggested',
        ),
      true,
    ],
    ['each entry in turn (the hand-edited ones too)', (l) => setStatus(l, nth(l, 3), 'accepted'), true],
    ['', (l) => setStatus(l, nth(l, 4), 'accepted'), true],
    ['', (l) => setStatus(l, nth(l, 5), 'rejected'), true],
    ['', (l) => setStatus(l, nth(l, 6), 'accepted'), true],
    [
      'an orphan accepted',
      (l) =>
        l.some((a) => a.orphan)
          ? setStatus(
              l,
              nth(l, 0, (a) => !!a.orphan),
              'accepted',
            )
          : l,
      true,
    ],
    ['three at once', (l) => [7, 8, 9].reduce((acc, k) => setStatus(acc, nth(acc, k), 'rejected'), l), true],
    ['nothing changed', (l) => [...l], true],
    ['a type corrected (the entry may move)', (l) => updateAnnotation(l, nth(l, 10), { type: 'ORG' }), false],
    ['an entry added', (l) => addManual(l, text, { type: 'LOC', start: 0, end: 3 }).annotations, false],
    ['an entry removed', (l) => removeAnnotation(l, nth(l, 11)), false],
  ];
}

describe('sidecar: a decision rewrites only its entry line (patch)', () => {
  for (const [name, yaml, text, article] of CASES)
    it(`byte-identical to the full print: ${name}`, () => {
      const previous: Sidecar | undefined = yaml === undefined ? undefined : parseSidecar(yaml, text, `${article}.annotations.yaml`, article);
      const relations = previous?.relations ?? [];
      let list = previous ? [...previous.annotations, ...previous.orphans] : mergeSuggestions(undefined, sampleEntities());
      let base = printed(previous, article, text, list, relations);
      let patched = 0;
      let hand = 0;
      for (const [what, decide, patchable] of decisions(text)) {
        list = decide(list);
        const full = serializeSidecar(previous, article, text, list);
        const fast = patchSidecar(base, previous, article, text, list, relations);
        if (fast !== undefined) {
          assert.strictEqual(fast, full, `the patched text after "${what}"`);
          patched++;
        } else if (patchable) hand++; // an entry a person wrote as a block, with comments inside: the full print
        if (!patchable) assert.strictEqual(fast, undefined, `no patch after "${what}"`);
        base = { ...base, annotations: list, text: full };
      }
      assert.ok(patched >= 10, `most decisions were patched (${patched}, ${hand} not)`);
      if (yaml !== undefined && name.startsWith('with hand')) assert.strictEqual(hand, 1, 'the block entry only');
    });

  it('a hand-edited case really has its comments, block entry and extra key where the decisions land', () => {
    const sc = parseSidecar(handEdited(), SAMPLE, 'x.yaml', NAME);
    const out = serializeSidecar(sc, NAME, SAMPLE, setStatus(sc.annotations, sc.annotations[3].id, 'rejected'));
    for (const kept of ['# checked against the wire copy', '# the desk: keep this one', 'checked: true', '# read by the desk'])
      assert.ok(out.includes(kept), kept);
    assert.match(out, /\n {2}- id: [^\n]+\n {4}type: /, 'a block entry');
  });

  it('nothing for another article text, other relations, or a conflict being resolved', () => {
    const previous = parseSidecar(written(), SAMPLE, 'x.yaml', NAME);
    const list = [...previous.annotations];
    const base = printed(previous, NAME, SAMPLE, list, []);
    const next = setStatus(list, list[3].id, 'rejected');
    assert.ok(patchSidecar(base, previous, NAME, SAMPLE, next, []) !== undefined, 'the same decision patches otherwise');
    // Another article text (typing) is patched where it can be: the same bytes as the full print.
    assert.strictEqual(patchSidecar(base, previous, NAME, SAMPLE + ' ', next, []), serializeSidecar(previous, NAME, SAMPLE + ' ', next, []));
    const rel = [{ id: 'speaker-1', type: 'speaker' as const, status: 'accepted' as const, from: list[0].id, to: list[1].id }];
    assert.strictEqual(patchSidecar(base, previous, NAME, SAMPLE, next, rel as never), undefined);
    assert.strictEqual(patchSidecar(base, previous, NAME, SAMPLE, next, [], new Set([list[3].id])), undefined);
    assert.strictEqual(patchSidecar(base, undefined, NAME, SAMPLE, next, []), undefined, 'another parsed file');
  });

  it('the session: decisions are patched, the file holds the full print, and a file changed meanwhile is not overwritten', async () => {
    const file = join(tempDir(), `${NAME}.annotations.yaml`);
    writeFileSync(file, handEdited());
    const session = new SidecarSession();
    const parsed = await session.parse(file, readFileSync(file), SAMPLE, NAME);
    const previous = parseSidecar(handEdited(), SAMPLE, file, NAME);
    let list = [...parsed.annotations, ...parsed.orphans];
    let expected: string | null = digestOf(readFileSync(file));
    for (const k of [0, 2, 3, 4]) {
      // 2 has a comment after it, 3 an extra key
      list = setStatus(list, list[k].id, k % 2 ? 'rejected' : 'accepted');
      const w = await session.write(file, NAME, SAMPLE, list, { expected, bom: false });
      assert.strictEqual(readFileSync(file, 'utf8'), serializeSidecar(previous, NAME, SAMPLE, list));
      expected = w.digest;
    }
    assert.deepStrictEqual(session.prints, { whole: 1, patched: 3 }, 'the first write prints the whole file, the next ones patch it');
    // Someone saves the file; the next (patched) decision must not overwrite it.
    writeFileSync(file, readFileSync(file, 'utf8') + '# a reviewer saved\n');
    list = setStatus(list, list[7].id, 'rejected');
    await assert.rejects(session.write(file, NAME, SAMPLE, list, { expected, bom: false }), WriteConflict);
    assert.match(readFileSync(file, 'utf8'), /# a reviewer saved\n$/);
    assert.strictEqual(session.prints.patched, 4);
  });

  it('the first decision after opening is patched when the file read is the full print of its parse', async () => {
    for (const [name, yaml, text, article] of CASES.filter(([, y]) => y !== undefined) as Array<[string, string, string, string]>) {
      const file = join(tempDir(), `${article}.annotations.yaml`);
      writeFileSync(file, yaml);
      const session = new SidecarSession();
      const parsed = await session.parse(file, readFileSync(file), text, article);
      const previous = parseSidecar(yaml, text, file, article);
      const exact = serializeSidecar(previous, article, text, [...previous.annotations, ...previous.orphans]) === yaml;
      assert.strictEqual(session.adoptRead(file, yaml, text, article), exact, `adopted only when exact: ${name}`);
      let list = [...parsed.annotations, ...parsed.orphans];
      list = setStatus(list, list.filter((a) => a.status === 'suggested')[0].id, 'accepted');
      await session.write(file, article, text, list, { expected: digestOf(readFileSync(file)), bom: false });
      assert.strictEqual(readFileSync(file, 'utf8'), serializeSidecar(previous, article, text, list), `the full print: ${name}`);
      assert.deepStrictEqual(session.prints, exact ? { whole: 0, patched: 1 } : { whole: 1, patched: 0 }, name);
    }
    // Which cases are exact: the ones newsmark wrote, against the article they were written for, and
    // the hand comments, blank line and block entry (the yaml library prints them back as they were,
    // so the patch stays byte-identical there too; the block entry's own decision prints the whole file).
    const exact = CASES.filter(([, yaml, text, article]) => {
      if (yaml === undefined) return false;
      const sc = parseSidecar(yaml, text, 'x.yaml', article);
      return serializeSidecar(sc, article, text, [...sc.annotations, ...sc.orphans]) === yaml;
    }).map(([name]) => name);
    assert.deepStrictEqual(exact, [
      'as newsmark writes it',
      'with hand comments, a blank line, an extra key and a block entry',
      'with Windows line ends',
      'the English sample (with relations)',
    ]);
  });

  it('a read that is not the full print (odd spacing beside hand comments) is not adopted and loses nothing', async () => {
    const file = join(tempDir(), `${NAME}.annotations.yaml`);
    // Spacing a person might leave, which a print does not give back: each beside the hand comments.
    const odd: Array<[string, (y: string) => string]> = [
      ['two spaces after a colon', (y) => y.replace(/^(\w+): /m, '$1:  ')],
      ['a trailing space', (y) => y.replace(/^(hash: .*)$/m, '$1 ')],
      ['a space inside an entry', (y) => y.replace(/\{ id: /, '{  id: ')],
      ['the list indented deeper', (y) => y.replace(/\n {2}- /g, '\n    - ').replace(/\n {4}(\w+: )/g, '\n      $1')],
    ];
    for (const [what, change] of odd) {
      const yaml = change(handEdited());
      assert.notStrictEqual(yaml, handEdited(), what);
      writeFileSync(file, yaml);
      const session = new SidecarSession();
      const parsed = await session.parse(file, readFileSync(file), SAMPLE, NAME);
      assert.strictEqual(session.adoptRead(file, yaml, SAMPLE, NAME), false, what);
      const list = setStatus([...parsed.annotations], parsed.annotations[0].id, 'rejected');
      await session.write(file, NAME, SAMPLE, list, { expected: digestOf(readFileSync(file)), bom: false });
      assert.deepStrictEqual(session.prints, { whole: 1, patched: 0 }, what);
      const out = readFileSync(file, 'utf8');
      assert.strictEqual(out, serializeSidecar(parseSidecar(yaml, SAMPLE, file, NAME), NAME, SAMPLE, list), what);
      for (const kept of ['# checked against the wire copy', '# the desk: keep this one', 'checked: true', '# read by the desk'])
        assert.ok(out.includes(kept), `${what}: ${kept}`);
    }
  });

  it('a read is not adopted after a write, for another text, or after the file failed to parse; the first patched write keeps the lost-update check', async () => {
    const file = join(tempDir(), `${NAME}.annotations.yaml`);
    const yaml = written();
    writeFileSync(file, yaml);
    const session = new SidecarSession();
    const parsed = await session.parse(file, readFileSync(file), SAMPLE, NAME);
    assert.strictEqual(session.adoptRead(file, yaml + ' ', SAMPLE, NAME), false, 'not the text read');
    assert.strictEqual(session.adoptRead(file, yaml, SAMPLE + ' ', NAME), false, 'another article text');
    assert.strictEqual(session.adoptRead(`${file}.other`, yaml, SAMPLE, NAME), false, 'a file not parsed');
    assert.strictEqual(session.adoptRead(file, yaml, SAMPLE, NAME), true);
    // Someone saves the file after it was read: the first (patched) decision must not overwrite it.
    writeFileSync(file, yaml + '# a reviewer saved\n');
    const list = setStatus([...parsed.annotations], parsed.annotations[1].id, 'accepted');
    await assert.rejects(session.write(file, NAME, SAMPLE, list, { expected: digestOf(Buffer.from(yaml)), bom: false }), WriteConflict);
    assert.match(readFileSync(file, 'utf8'), /# a reviewer saved\n$/);
    assert.deepStrictEqual(session.prints, { whole: 0, patched: 1 });
    // Written since: the printed text is the write's, not to be replaced by a read.
    writeFileSync(file, yaml);
    await session.parse(file, readFileSync(file), SAMPLE, NAME);
    await session.write(file, NAME, SAMPLE, list, { expected: digestOf(Buffer.from(yaml)), bom: false });
    assert.strictEqual(session.adoptRead(file, yaml, SAMPLE, NAME), false, 'a write since the parse');
    await assert.rejects(session.parse(file, 'annotations: [', SAMPLE, NAME));
    assert.strictEqual(session.adoptRead(file, 'annotations: [', SAMPLE, NAME), false, 'a file that failed to parse');
  });

  it('a write that passes no relations keeps the ones last written, not the ones first read (they were dropped)', async () => {
    const file = join(tempDir(), `${NAME}.annotations.yaml`);
    const session = new SidecarSession();
    let list = mergeSuggestions(undefined, sampleEntities());
    // Annotate Document writes the quotes' relations; the next decision (Accept) passes none.
    const rel = [{ id: 'speaker-1', type: 'speaker' as const, status: 'accepted' as const, from: list[0].id, to: list[1].id }];
    let w = await session.write(file, NAME, SAMPLE, list, { expected: null, bom: false }, rel);
    list = setStatus(list, list[2].id, 'accepted');
    w = await session.write(file, NAME, SAMPLE, list, { expected: w.digest, bom: false });
    assert.deepStrictEqual(parseSidecar(readFileSync(file, 'utf8'), SAMPLE, file, NAME).relations, rel);
    // The same after a parse: a speaker set in the editor stays when the next decision is written.
    await session.parse(file, readFileSync(file), SAMPLE, NAME);
    const changed = [{ ...rel[0], status: 'rejected' as const }];
    w = await session.write(file, NAME, SAMPLE, list, { expected: w.digest, bom: false }, changed);
    list = setStatus(list, list[3].id, 'accepted');
    await session.write(file, NAME, SAMPLE, list, { expected: w.digest, bom: false });
    assert.deepStrictEqual(parseSidecar(readFileSync(file, 'utf8'), SAMPLE, file, NAME).relations, changed);
  });

  describe('after typing (another article text)', () => {
    /** The article with `copies` copies of the sample (the same quotes with the same context: nth). */
    const repeated = (copies: number) => Array.from({ length: copies }, () => SAMPLE).join('\n\n');
    const TYPED: Array<[string, string, string, string]> = [
      ...(CASES.filter(([, y, ,]) => y !== undefined) as Array<[string, string, string, string]>),
      ['the same quote and context three times (nth)', '', repeated(3), NAME],
    ];

    /**
     * An edit outside every annotation, and the list with its offsets moved (what the editor's tracker
     * does); a third of the edits insert a copy of a paragraph, so quotes with the same context appear
     * before others (their nth changes).
     */
    function typeInto(text: string, list: Annotation[], next: () => number): { text: string; list: Annotation[] } {
      const inside = (p: number) => list.some((a) => !a.orphan && a.start < p && p < a.end);
      const kind = Math.floor(next() * 3);
      let at = Math.floor(next() * (text.length + 1));
      let del = 0;
      let ins = 'x';
      if (kind === 1) del = Math.min(1 + Math.floor(next() * 3), text.length - at);
      if (kind === 2) {
        const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index! + 2);
        if (breaks.length) at = breaks[Math.floor(next() * breaks.length)];
        const from = breaks.length ? breaks[Math.floor(next() * breaks.length)] : 0;
        ins = text.slice(from, text.indexOf('\n\n', from) < 0 ? text.length : text.indexOf('\n\n', from)) + '\n\n';
      }
      for (let p = at; p <= at + del; p++) if (inside(p) || list.some((a) => !a.orphan && a.start >= at && a.start < at + del)) return { text, list };
      const delta = ins.length - del;
      const moved = list.map((a) => (a.orphan || a.start < at ? a : { ...a, start: a.start + delta, end: a.end + delta }));
      return { text: text.slice(0, at) + ins + text.slice(at + del), list: moved };
    }

    for (const [name, given, text0, article] of TYPED)
      it(`byte-identical to the full print, or nothing: ${name}`, () => {
        const yaml = given || serializeSidecar(undefined, article, text0, mergeSuggestions(undefined, sampleEntities(text0, { skipMissing: true })));
        const previous = parseSidecar(yaml, text0, `${article}.annotations.yaml`, article);
        const relations = previous.relations;
        let text = text0;
        let list = [...previous.annotations, ...previous.orphans];
        let base = printed(previous, article, text, list, relations);
        const next = rng(name.length);
        let patched = 0;
        for (let round = 0; round < 40; round++) {
          ({ text, list } = typeInto(text, list, next));
          const live = list.filter((a) => a.status === 'suggested' || a.status === 'accepted');
          if (round % 2 && live.length) list = setStatus(list, live[Math.floor(next() * live.length)].id, round % 4 === 1 ? 'rejected' : 'accepted');
          const full = serializeSidecar(previous, article, text, list, relations);
          const fast = patchSidecar(base, previous, article, text, list, relations);
          if (fast !== undefined) {
            assert.strictEqual(fast, full, `round ${round}`);
            patched++;
          }
          base = { ...base, articleText: text, annotations: list, text: full };
        }
        // A file whose header or entries the full print changes (version 1, CRLF, hand layout) may
        // never patch; newsmark's own files must.
        if (!name.startsWith('a version 1') && !name.includes('Windows')) assert.ok(patched >= 20, `most writes after typing were patched (${patched} of 40)`);
      });

    it('the session patches a decision after typing and writes the full print', async () => {
      const file = join(tempDir(), `${NAME}.annotations.yaml`);
      writeFileSync(file, written());
      const session = new SidecarSession();
      const parsed = await session.parse(file, readFileSync(file), SAMPLE, NAME);
      const previous = parseSidecar(written(), SAMPLE, file, NAME);
      let list = setStatus([...parsed.annotations], parsed.annotations[2].id, 'accepted');
      let w = await session.write(file, NAME, SAMPLE, list, { expected: digestOf(readFileSync(file)), bom: false });
      // A word typed at the start of the article: every entry moves, the entries near it get a new context.
      const typed = 'Срочно. ' + SAMPLE;
      list = setStatus(
        list.map((a) => ({ ...a, start: a.start + 8, end: a.end + 8 })),
        list[3].id,
        'rejected',
      );
      w = await session.write(file, NAME, typed, list, { expected: w.digest, bom: false });
      assert.strictEqual(readFileSync(file, 'utf8'), serializeSidecar(previous, NAME, typed, list));
      assert.deepStrictEqual(session.prints, { whole: 1, patched: 1 });
      assert.ok(w.changed);
    });
  });
});
