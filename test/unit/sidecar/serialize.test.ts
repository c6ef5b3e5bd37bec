// The file format: header, schema marker, byte-identical output, and what a person wrote surviving rewrites.
import * as assert from 'assert';
import { articleHash, mergeSuggestions, parseSidecar, serializeSidecar, setNote, setStatus } from '../../../src/sidecar';
import { at, SAMPLE, sampleEntities } from './fixtures';

const NAME = 'ru-mvd-kazakhstan-russia.txt';
const fresh = (text = SAMPLE, entities = sampleEntities(text)) => serializeSidecar(undefined, NAME, text, mergeSuggestions(undefined, entities));
/** One `annotate` run over an existing sidecar text. */
const rerun = (yamlText: string, text = SAMPLE, entities = sampleEntities(text)) => {
  const sc = parseSidecar(yamlText, text, 'x.yaml', NAME);
  return serializeSidecar(sc, NAME, text, mergeSuggestions(sc, entities));
};

describe('sidecar serialize', () => {
  it('writes a header comment, the schema marker, the article name and its hash', () => {
    const out = fresh();
    const lines = out.split('\n');
    assert.match(lines[0], /^# newsmark annotations for ru-mvd-kazakhstan-russia\.txt/);
    assert.ok(lines.includes('newsmark: 2'));
    assert.ok(lines.includes(`article: ${NAME}`));
    assert.ok(lines.includes(`hash: ${articleHash(SAMPLE)}`));
    assert.match(articleHash(SAMPLE), /^sha256:[0-9a-f]{64}$/);
  });

  it('writes one line per annotation, ordered by position, offsets matching the quote', () => {
    const out = fresh();
    const entries = out.split('\n').filter((l) => l.startsWith('  - {'));
    assert.strictEqual(entries.length, sampleEntities().length);
    const sc = parseSidecar(out, SAMPLE, 'x.yaml', NAME);
    const starts = sc.annotations.map((a) => a.start);
    assert.deepStrictEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    for (const a of sc.annotations) assert.strictEqual(SAMPLE.slice(a.start, a.end), a.text);
    // The long ORG (> 32 chars, > 80 columns with context) still stays on one line.
    assert.ok(entries.some((l) => l.includes('Совет министров внутренних дел государств – участников СНГ')));
  });

  it('is byte-identical across runs and idempotent on its own output', () => {
    const a = fresh();
    const b = fresh();
    assert.strictEqual(a, b);
    assert.strictEqual(rerun(a), a);
    assert.strictEqual(rerun(rerun(a)), a);
  });

  it('does not depend on the order the engine returns entities in', () => {
    assert.strictEqual(fresh(SAMPLE, [...sampleEntities()].reverse()), fresh());
  });

  it('keeps a header edit, a comment, a hand-written note, an extra key and key order across a rewrite', () => {
    const first = fresh();
    const lines = first.split('\n');
    const i = lines.findIndex((l) => l.includes('text: Ержан Саденов'));
    // A person: adds a comment line, accepts Саденов with a note and a key of their own, reorders keys.
    lines[i] =
      `  - { reviewer: anna, id: ${/id: ([\w-]+)/.exec(lines[i])![1]}, status: accepted, type: PER, text: Ержан Саденов, note: "checked on mvd.ru: Саденов, not Садыков" } # keep me`;
    lines.splice(i, 0, '  # Anna reviewed the names on 2026-11-20');
    lines[0] = '# Reviewed annotations — do not remove';
    // …a top-level key of their own, with a comment, and a comment at the very end.
    lines.splice(lines.indexOf('annotations:'), 0, 'reviewed-by: anna # desk editor');
    const edited = lines.join('\n') + '# end of review\n';
    const out = rerun(edited);
    assert.ok(out.includes('\nreviewed-by: anna # desk editor\nannotations:\n'), out.slice(0, 900));
    assert.ok(out.endsWith('# end of review\n'));
    assert.ok(out.startsWith('# Reviewed annotations — do not remove\n'));
    assert.ok(out.includes('  # Anna reviewed the names on 2026-11-20\n  - { reviewer: anna, id: '));
    const line = out.split('\n').find((l) => l.includes('reviewer: anna'))!;
    assert.ok(line.includes('note: "checked on mvd.ru: Саденов, not Садыков"'), line);
    assert.ok(line.endsWith('} # keep me'), line);
    // Keys the person ordered stay in their order; context was added after them.
    assert.ok(line.indexOf('reviewer') < line.indexOf('id:') && line.indexOf('status') < line.indexOf('type'));
    assert.match(line, /before: .*after: /);
    assert.strictEqual(rerun(out), out);
  });

  it('keeps a block-style entry a person wrote as a block', () => {
    const first = fresh();
    const e = at(SAMPLE, 'ШОС', 'ORG');
    const withBlock = first.replace(
      'annotations:\n',
      `annotations:\n  - type: ORG\n    text: ШОС\n    start: ${e.start}\n    end: ${e.end}\n    status: manual\n    note: |\n      Шанхайская организация сотрудничества.\n      Two lines.\n`,
    );
    const out = rerun(withBlock);
    // Its offsets become the version-2 anchor (context); the block, its order and the note stay.
    assert.match(
      out,
      /\n {2}- type: ORG\n {4}text: ШОС\n {4}status: manual\n {4}note: \|\n {6}Шанхайская организация сотрудничества\.\n {6}Two lines\.\n {4}id: org-[0-9a-f]{8}\n {4}before: .*\n {4}after: .*\n/,
    );
    assert.strictEqual(rerun(out), out);
  });

  it('quotes what YAML would misread and reads it back exactly (CRLF, NBSP, non-BMP, #, :, quotes)', () => {
    const text = 'Title\r\n\r\n«Ерлан: #1» said "Ok" — 5\u00a0000 ₸ for 𝓐lpha Corp\u00a0Ltd.\r\n';
    const entities = [
      at(text, '«Ерлан: #1»', 'PER'),
      at(text, '5\u00a0000 ₸', 'MONEY', 0, { value: 5000, currency: 'KZT' }),
      at(text, '𝓐lpha Corp\u00a0Ltd', 'ORG'),
    ];
    const out = serializeSidecar(undefined, 'a.txt', text, mergeSuggestions(undefined, entities));
    const sc = parseSidecar(out, text, 'a.yaml', 'a.txt');
    assert.deepStrictEqual(
      sc.annotations.map((a) => [a.text, a.start, a.end]),
      entities.map((e) => [e.text, e.start, e.end]),
    );
    assert.strictEqual(sc.stale, false);
    assert.deepStrictEqual(sc.moves, []);
    // Context stops at the CRLF, never holds half a surrogate pair.
    assert.ok(!/\\r|\\n/.test(out.split('annotations:')[1]));
    assert.strictEqual(serializeSidecar(sc, 'a.txt', text, sc.annotations), out);
  });

  it('writes a tab in a note as the tab a person typed, and reads it back (a backslash-t stays two characters)', () => {
    const first = fresh();
    const sc = parseSidecar(first, SAMPLE, 'x.yaml', NAME);
    const id = sc.annotations.find((a) => a.text === 'ОДКБ')!.id;
    const note = '\tcol 1\tcol 2 \\t not a tab\t';
    const out = serializeSidecar(sc, NAME, SAMPLE, setNote(sc.annotations, id, note));
    const line = out.split('\n').find((l) => l.includes(`id: ${id}`))!;
    assert.ok(line.includes('note: "\tcol 1\tcol 2 \\\\t not a tab\t"'), line);
    const back = parseSidecar(out, SAMPLE, 'x.yaml', NAME);
    assert.strictEqual(back.annotations.find((a) => a.id === id)!.note, note);
    // A note over several lines keeps its escapes: a raw tab could be read as a folded line's indentation.
    const long = `${'line one of a long note that eemeli/yaml folds '.repeat(2)}\n\tindented second line`;
    const multi = serializeSidecar(sc, NAME, SAMPLE, setNote(sc.annotations, id, long));
    assert.strictEqual(parseSidecar(multi, SAMPLE, 'x.yaml', NAME).annotations.find((a) => a.id === id)!.note, long);
  });

  it('writes decisions from the edit helpers and removes a note the editor cleared', () => {
    const first = fresh();
    const sc = parseSidecar(first, SAMPLE, 'x.yaml', NAME);
    const id = sc.annotations.find((a) => a.text === 'ОДКБ')!.id;
    let list = setStatus(sc.annotations, id, 'rejected');
    list = setNote(list, id, 'not an org here');
    const out = serializeSidecar(sc, NAME, SAMPLE, list);
    assert.match(out, new RegExp(`id: ${id}, type: ORG, status: rejected, text: ОДКБ, .*note: not an org here, before`));
    const sc2 = parseSidecar(out, SAMPLE, 'x.yaml', NAME);
    const cleared = serializeSidecar(sc2, NAME, SAMPLE, setNote(sc2.annotations, id, undefined));
    assert.doesNotMatch(cleared, /not an org here/);
    assert.match(cleared, /status: rejected, text: ОДКБ/);
  });

  it('keeps CRLF line endings of a sidecar git checked out that way (and reads one with a BOM)', () => {
    const crlf = fresh().replace(/\n/g, '\r\n');
    assert.strictEqual(rerun(crlf), crlf);
    assert.strictEqual(rerun('\ufeff' + crlf), crlf);
  });

  it('a one-sentence edit changes the hash line and only the entries whose context it touched', () => {
    const sentence = 'Также рассмотрели вопросы противодействия обороту синтетических наркотиков.';
    const edited = SAMPLE.replace(sentence, 'Также обсудили борьбу с наркотиками.');
    const before = fresh().split('\n');
    const after = rerun(fresh(), edited, sampleEntities(edited)).split('\n');
    assert.strictEqual(after.length, before.length);
    const changed = before.map((l, i) => (l === after[i] ? -1 : i)).filter((i) => i >= 0);
    // Entries whose stored context differs in the edited text: the only ones allowed to change.
    const sc = parseSidecar(before.join('\n'), edited, 'x.yaml', NAME);
    const touched = sc.moves.map((m) => sc.lines.get(m.id)! - 1);
    assert.deepStrictEqual(
      changed,
      [before.findIndex((l) => l.startsWith('hash:')), ...touched].sort((a, b) => a - b),
    );
    assert.ok(changed.length <= 3, `${changed.length} lines changed`);
  });

  it('a swapped paragraph moves no line of the file; a new annotation goes to its place in the text', () => {
    const ps = SAMPLE.split('\n\n');
    [ps[1], ps[2]] = [ps[2], ps[1]];
    const swapped = ps.join('\n\n');
    const first = fresh();
    const out = rerun(first, swapped, sampleEntities(swapped));
    const body = (t: string) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('hash:'))
        .join('\n');
    assert.strictEqual(body(out), body(first));
    // A new suggestion (ШОС, first in the text after "ОДКБ") lands right after the ОДКБ line.
    const more = rerun(out, swapped, [...sampleEntities(swapped), at(swapped, 'ШОС', 'ORG')]).split('\n');
    assert.ok(more[more.findIndex((l) => l.includes('text: ОДКБ,')) + 1].includes('text: ШОС,'), more.join('\n'));
  });

  it('writes an empty list as annotations: []', () => {
    const out = serializeSidecar(undefined, 'a.txt', 'nothing here', []);
    assert.match(out, /\nannotations: \[\]\n$/);
    assert.strictEqual(serializeSidecar(parseSidecar(out, 'nothing here', 'a.yaml'), 'a.txt', 'nothing here', []), out);
  });
});
