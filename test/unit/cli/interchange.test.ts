// export → import round trips per format, offsets as Python tools count them (code points), and the
// import rules (a decision in the sidecar is never changed; a changed article is refused).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotation, addManual, mergeSuggestions, parseSidecar, serializeSidecar, setNote, setStatus } from '../../../src/sidecar';
import { OffsetMap, conllDocument } from '../../../src/sidecar/interchange';
import { runCli } from './helpers';

// An emoji (outside the BMP: two UTF-16 units, one code point) before the names, CRLF line ends.
const TEXT = 'Новости 📰 дня\r\nВладимир Колокольцев встретился с Ержаном Саденовым в Астане.\r\nМВД России сообщило о 120 задержанных.\r\n';
const span = (quote: string, type: Annotation['type']) => {
  const start = TEXT.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { type, text: quote, start, end: start + quote.length };
};

function decidedList(): Annotation[] {
  let list = mergeSuggestions(undefined, [
    span('Владимир Колокольцев', 'PER'),
    span('Ержаном Саденовым', 'PER'),
    span('Астане', 'LOC'),
    span('МВД России', 'ORG'),
    span('120', 'NUMBER'),
  ]);
  const id = (q: string) => list.find((a) => a.text === q)!.id;
  list = setStatus(list, id('Владимир Колокольцев'), 'accepted');
  list = setNote(list, id('Владимир Колокольцев'), 'министр внутренних дел');
  list = setStatus(list, id('Астане'), 'rejected');
  list = setStatus(list, id('МВД России'), 'accepted');
  list = addManual(list, TEXT, { type: 'LOC', start: TEXT.indexOf('России'), end: TEXT.indexOf('России') + 6 }, 'nested').annotations;
  return list;
}

function workspace(withSidecar: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-x-'));
  fs.mkdirSync(path.join(dir, 'news'));
  fs.writeFileSync(path.join(dir, 'news/a.txt'), TEXT);
  if (withSidecar) fs.writeFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), serializeSidecar(undefined, 'a.txt', TEXT, decidedList()));
  return dir;
}
const sidecarOf = (dir: string) => parseSidecar(fs.readFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), 'utf8'), TEXT, 'x', 'a.txt');
const decisions = (list: Annotation[]) =>
  list
    .filter((a) => a.status !== 'suggested')
    .map((a) => [a.type, a.start, a.end, a.text, a.status, a.note ?? null])
    .sort();

describe('export and import', () => {
  it('code point offsets: an emoji counts once, and conversion goes both ways', () => {
    const m = new OffsetMap(TEXT);
    const u = TEXT.indexOf('дня');
    assert.strictEqual(m.toCodePoint(u), u - 1);
    assert.strictEqual(m.toUtf16(m.toCodePoint(u)), u);
    assert.strictEqual(m.toCodePoint(3), 3);
    assert.strictEqual([...TEXT].slice(m.toCodePoint(u), m.toCodePoint(u) + 3).join(''), 'дня');
  });

  it('jsonl: the shape spaCy/Prodigy/doccano read, offsets as Python slices the text', async () => {
    const dir = workspace(true);
    const r = await runCli(['export', 'news', '--format', 'jsonl'], '', { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 1);
    const rec = JSON.parse(lines[0]);
    assert.strictEqual(rec.text, TEXT);
    assert.deepStrictEqual(rec.meta, { article: 'news/a.txt' });
    const cps = [...TEXT];
    // Default: accepted and manual only (the rejected "Астане" and the suggestions stay out).
    assert.deepStrictEqual(
      rec.spans.map((s: { label: string; text: string }) => [s.label, s.text]),
      [
        ['PER', 'Владимир Колокольцев'],
        ['ORG', 'МВД России'],
        ['LOC', 'России'],
      ],
    );
    for (const s of rec.spans) assert.strictEqual(cps.slice(s.start, s.end).join(''), s.text);
    assert.deepStrictEqual(
      rec.label,
      rec.spans.map((s: { start: number; end: number; label: string }) => [s.start, s.end, s.label]),
    );
    assert.strictEqual(rec.spans[0].note, 'министр внутренних дел');
  });

  for (const format of ['jsonl', 'brat', 'labelstudio'] as const) {
    it(`${format}: export then import into a fresh copy gives the same decisions (notes, statuses, spans)`, async () => {
      const from = workspace(true);
      const out = path.join(from, 'out');
      const e = await runCli(['export', 'news', '--format', format, '--out', out, '--status', 'accepted,manual,rejected'], '', { cwd: from });
      assert.strictEqual(e.code, 0, e.stderr);
      const src = { jsonl: path.join(out, 'annotations.jsonl'), labelstudio: path.join(out, 'tasks.json'), brat: out }[format];
      if (format === 'brat') {
        assert.strictEqual(fs.readFileSync(path.join(out, 'news/a.txt'), 'utf8'), TEXT);
        assert.match(fs.readFileSync(path.join(out, 'news/a.ann'), 'utf8'), /^T1\tPER \d+ \d+\tВладимир Колокольцев$/m);
      }
      const to = workspace(false);
      const i = await runCli(['import', '--format', format, src, '--into', to], '', { cwd: to });
      assert.strictEqual(i.code, 0, i.stderr);
      assert.deepStrictEqual(decisions(sidecarOf(to).annotations), decisions(decidedList()));
      // Importing the same file again changes nothing.
      const before = fs.readFileSync(path.join(to, 'news/a.txt.annotations.yaml'), 'utf8');
      const again = await runCli(['import', '--format', format, src, '--into', to], '', { cwd: to });
      assert.strictEqual(again.code, 0, again.stderr);
      assert.strictEqual(fs.readFileSync(path.join(to, 'news/a.txt.annotations.yaml'), 'utf8'), before);
    });
  }

  it('import never changes a decision already in the sidecar, and decides a matching suggestion', async () => {
    const dir = workspace(true);
    const line = JSON.stringify({
      text: TEXT,
      meta: { article: 'news/a.txt' },
      spans: [
        { ...cp(span('Астане', 'LOC')), label: 'LOC', status: 'accepted' }, // rejected in the sidecar: stays rejected
        { ...cp(span('Ержаном Саденовым', 'PER')), label: 'PERSON' }, // a suggestion there: becomes accepted
      ],
    });
    const src = path.join(dir, 'in.jsonl');
    fs.writeFileSync(src, line + '\n');
    const r = await runCli(['import', '--format', 'jsonl', src], '', { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    const list = sidecarOf(dir).annotations;
    assert.strictEqual(list.find((a) => a.text === 'Астане')!.status, 'rejected');
    assert.strictEqual(list.find((a) => a.text === 'Ержаном Саденовым')!.status, 'accepted');
    assert.match(r.stderr, /1 decided, 1 already decided/);
  });

  it("import refuses a record whose text is not the article's, and one that climbs out of --into", async () => {
    const dir = workspace(true);
    const yaml = fs.readFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), 'utf8');
    const src = path.join(dir, 'in.jsonl');
    fs.writeFileSync(
      src,
      [
        JSON.stringify({ text: TEXT.replace('Астане', 'Алматы'), meta: { article: 'news/a.txt' }, spans: [] }),
        JSON.stringify({ text: TEXT, meta: { article: '../a.txt' }, spans: [] }),
      ].join('\n'),
    );
    const r = await runCli(['import', '--format', 'jsonl', src], '', { cwd: dir });
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /not the article's/);
    assert.match(r.stderr, /may not leave the --into folder/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), 'utf8'), yaml);
  });

  it('conll: IOB2 tags on newsmark tokens, sentences split, overlaps left out and counted', () => {
    const list = decidedList().filter((a) => a.status === 'accepted' || a.status === 'manual');
    const { text, skipped } = conllDocument(TEXT, list);
    const lines = text.split('\n');
    assert.strictEqual(lines[0], '-DOCSTART- -X- -X- O');
    assert.ok(lines.includes('Владимир B-PER') && lines.includes('Колокольцев I-PER'));
    assert.ok(lines.includes('МВД B-ORG') && lines.includes('России I-ORG'), 'the longer ORG wins over the nested LOC');
    assert.strictEqual(skipped, 1);
    assert.ok(lines.includes('Саденовым O'));
    // One blank line between sentences: after "Астане ." the next sentence starts.
    const dot = lines.indexOf('Астане O');
    assert.deepStrictEqual(lines.slice(dot, dot + 3), ['Астане O', '. O', '']);
  });

  it('brat and labelstudio need what they need: usage errors exit 2', async () => {
    assert.strictEqual((await runCli(['export', '.', '--format', 'brat'])).code, 2);
    assert.strictEqual((await runCli(['export', '.', '--format', 'xml'])).code, 2);
    assert.strictEqual((await runCli(['import', '--format', 'conll', 'x'])).code, 2);
  });
});

function cp(s: { start: number; end: number }) {
  const m = new OffsetMap(TEXT);
  return { start: m.toCodePoint(s.start), end: m.toCodePoint(s.end) };
}
