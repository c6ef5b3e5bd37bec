import * as assert from 'assert';
import * as fs from 'fs';
import { runCli, Sink, tempFile, SAMPLE } from './helpers';

interface Out {
  lang: string;
  entities: Array<{ start: number; end: number; type: string; text: string; value?: unknown }>;
}

function assertSlices(text: string, out: Out): void {
  for (const e of out.entities) assert.strictEqual(text.slice(e.start, e.end), e.text, `${e.type} ${e.start}-${e.end}`);
}

// A Russian sentence with a figure whose value the contract fixes ("почти на 10 %" → PERCENT 10).
const SENTENCE = 'В прошлом году они увеличились почти на 10 %.';
const percentAt = (out: Out) => out.entities.find((e) => e.type === 'PERCENT');

describe('cli extract (plain)', function () {
  this.timeout(20000); // the first call loads the dictionaries

  it('prints one JSON object for the sample and nothing else on stdout', async () => {
    const r = await runCli(['extract', SAMPLE]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out: Out = JSON.parse(r.stdout);
    assert.strictEqual(out.lang, 'ru');
    assert.ok(out.entities.length > 10);
    assertSlices(fs.readFileSync(SAMPLE, 'utf8'), out);
    const keys = Object.keys(out.entities[0]);
    assert.deepStrictEqual(keys.slice(0, 4), ['start', 'end', 'type', 'text']);
  });

  it('prints an entity key on names, shared by the mentions of one person and apart for another', async () => {
    const text = 'Министр Андрей Иванов встретился с Марией Ивановой. Иванову показали завод, сообщила Иванова.';
    const r = await runCli(['extract', '-'], text);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { entities: Array<{ type: string; text: string; entity?: string }> };
    const key = (t: string) => out.entities.find((e) => e.text === t)?.entity;
    assert.match(String(key('Андрей Иванов')), /^per-\d+$/);
    assert.strictEqual(key('Иванова'), key('Марией Ивановой'));
    assert.notStrictEqual(key('Андрей Иванов'), key('Марией Ивановой'));
    const keys = Object.keys(out.entities.find((e) => e.type === 'PER')!);
    assert.deepStrictEqual(keys, ['start', 'end', 'type', 'text', 'norm', 'entity']);
  });

  it('reads stdin with "-" and with no FILE', async () => {
    for (const argv of [['extract', '-'], ['extract']]) {
      const r = await runCli(argv, SENTENCE);
      assert.strictEqual(r.code, 0, r.stderr);
      const p = percentAt(JSON.parse(r.stdout));
      assert.ok(p, 'PERCENT found');
      assert.strictEqual(p.value, 10);
    }
  });

  it('--ref-date resolves relative dates; without it the dateline does', async () => {
    const date = (out: Out) => out.entities.find((e) => e.type === 'DATE' && e.text.includes('прошлом году'))?.value;
    const given = await runCli(['extract', '--ref-date', '2020-03-01'], SENTENCE);
    assert.strictEqual(date(JSON.parse(given.stdout)), '2019');
    const dated = await runCli(['extract'], `АСТАНА, 22 июл — Sputnik. За пять месяцев 2023 года. ${SENTENCE}`);
    assert.strictEqual(date(JSON.parse(dated.stdout)), '2022');
  });

  it('offsets are UTF-16 code units: astral characters count two', async () => {
    const text = '😀𝕏 ' + SENTENCE;
    const r = await runCli(['extract', '--lang', 'ru'], text);
    const out: Out = JSON.parse(r.stdout);
    assertSlices(text, out);
    assert.strictEqual(percentAt(out)!.end, text.indexOf('10 %') + 4);
  });

  it('CRLF line breaks are kept in the offsets', async () => {
    const text = 'Заголовок\r\n\r\nПервый абзац.\r\n' + SENTENCE + '\r\n';
    const out: Out = JSON.parse((await runCli(['extract'], text)).stdout);
    assertSlices(text, out);
    assert.strictEqual(percentAt(out)!.end, text.indexOf('10 %') + 4);
  });

  it('a UTF-8 BOM is not part of the text: offsets are those of the text without it', async () => {
    const plain = await runCli(['extract'], SENTENCE);
    const bom = await runCli(['extract'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]));
    assert.strictEqual(bom.code, 0);
    assert.strictEqual(bom.stdout, plain.stdout);
  });

  it('NBSP inside a figure keeps its offsets', async () => {
    const text = 'Задержано около 1\u00A0500 человек.';
    const out: Out = JSON.parse((await runCli(['extract', '--lang', 'ru'], text)).stdout);
    assertSlices(text, out);
  });

  it('rejects a file that is not UTF-8, naming the byte and line, exit 2, nothing on stdout', async () => {
    const file = tempFile('cp1251.txt', Buffer.concat([Buffer.from('первая строка\n', 'utf8'), Buffer.from([0xc2, 0xf2, 0xee, 0xf0, 0xe0, 0xff])]));
    const r = await runCli(['extract', file]);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /not valid UTF-8: byte 0xC2 at byte offset 26 \(line 2\)/);
  });

  it('a missing file is a clear error', async () => {
    const r = await runCli(['extract', '/nonexistent/article.txt']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no such file/);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['unknown flag', ['extract', '--bogus'], /unknown option '--bogus'/],
    ['unknown short flag', ['extract', '-x'], /unknown option '-x'/],
    ['bad --lang', ['extract', '--lang', 'de'], /--lang must be one of auto, ru, en/],
    ['bad --ref-date', ['extract', '--ref-date', '2025-02-30'], /--ref-date must be a date YYYY-MM-DD/],
    ['--lang without value', ['extract', '--lang'], /needs a value/],
    ['two files', ['extract', 'a.txt', 'b.txt'], /at most one FILE/],
  ];
  for (const [name, argv, re] of usage) {
    it(`usage error: ${name} (exit 2, usage on stderr)`, async () => {
      const r = await runCli(argv);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, re);
      assert.match(r.stderr, /Usage: newsmark extract/);
    });
  }

  it("--help prints the command's usage", async () => {
    const r = await runCli(['extract', '--help']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /--ref-date YYYY-MM-DD/);
  });
});

describe('cli extract --jsonl', function () {
  this.timeout(20000);

  it('one output line per input line, in order, with per-line lang and ref_date', async () => {
    const input =
      [
        { id: 'a', text: SENTENCE },
        { id: 2, text: 'Prices rose by 10 percent last year.', lang: 'en', ref_date: '2020-05-01' },
        { id: 'c', text: '' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\r\n') + '\r\n';
    const r = await runCli(['extract', '--jsonl'], input);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepStrictEqual(
      lines.map((l) => [l.id, l.lang]),
      [
        ['a', 'ru'],
        [2, 'en'],
        ['c', 'ru'],
      ],
    );
    assert.deepStrictEqual(lines[2].entities, []);
    assert.strictEqual(percentAt(lines[0])!.value, 10);
  });

  it('bad lines are reported by number, the others still processed, exit 2', async () => {
    const input = Buffer.concat([
      Buffer.from(JSON.stringify({ id: 'first', text: SENTENCE }) + '\n', 'utf8'),
      Buffer.from('{"id": "broken", "text": \n', 'utf8'),
      Buffer.from('{"id": "notext"}\n', 'utf8'),
      Buffer.from('{"id": "latin1", "text": "caf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n', 'utf8'),
      Buffer.from('\n', 'utf8'),
      Buffer.from(JSON.stringify({ id: 'badlang', text: 'x', lang: 'de' }) + '\n', 'utf8'),
      Buffer.from(JSON.stringify({ id: 'last', text: SENTENCE }), 'utf8'), // no final newline
    ]);
    const r = await runCli(['extract', '--jsonl'], input);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
      ['first', 'last'],
    );
    assert.match(r.stderr, /line 2: not JSON/);
    assert.match(r.stderr, /line 3: missing "text"/);
    assert.match(r.stderr, /line 4: not valid UTF-8: byte 0xE9/);
    assert.match(r.stderr, /line 6: "lang" must be one of/);
    assert.doesNotMatch(r.stderr, /line 5/);
    assert.match(r.stderr, /4 bad lines skipped/);
  });

  it('streams through a slow reader without losing or reordering lines', async () => {
    const n = 200;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: `Строка ${i}: ${SENTENCE}` })).join('\n');
    const stdout = new Sink(true, 64);
    const r = await runCli(['extract', '--jsonl'], input, { stdout });
    assert.strictEqual(r.code, 0, r.stderr);
    const ids = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    assert.deepStrictEqual(
      ids,
      Array.from({ length: n }, (_, i) => i),
    );
  });

  it('stops quietly when the reader goes away (EPIPE), exit 0', async () => {
    let writes = 0;
    // The second write finds the pipe closed, as with `newsmark extract --jsonl | head -1`.
    class ClosingSink extends Sink {
      _write(chunk: Buffer, enc: BufferEncoding, cb: (err?: Error) => void): void {
        if (++writes === 2) cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        else super._write(chunk, enc, cb);
      }
    }
    const closing = new ClosingSink();
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: SENTENCE })).join('\n');
    const r = await runCli(['extract', '--jsonl'], input, { stdout: closing });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stderr, '');
    assert.ok(writes < 50, `stopped early, wrote ${writes} lines`);
  });
});
