// The large-sidecar worker's request handler, run in-process: it parses, keeps the YAML document
// so a rewrite keeps a person's comment, writes atomically, and turns SidecarError into data.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { digestOf, mergeSuggestions, parseSidecar, serializeSidecar, setStatus } from '../../../src/sidecar';
import { checkRead, handle, pendingChecks, RequestLoop, type WorkerEarly, type WorkerRequest } from '../../../src/extension/sidecar-sync/worker';

describe('extension: sidecar worker', () => {
  const text = 'Министр Колокольцев прибыл в Астану.\n';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-worker-'));
  const file = path.join(dir, 'a.txt.annotations.yaml');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('parse → write keeps a hand-written comment and the decision', async () => {
    const list = mergeSuggestions(undefined, [
      { type: 'PER', text: 'Колокольцев', start: 8, end: 19 },
      { type: 'LOC', text: 'Астану', start: 29, end: 35 },
    ]);
    const yaml = serializeSidecar(undefined, 'a.txt', text, list).replace('annotations:', '# checked by the desk\nannotations:');
    // As the editor sends a large sidecar: its bytes, decoded in the worker.
    const parsed = await handle({ id: 1, op: 'parse', file, yaml: Buffer.from(yaml), articleText: text, articleName: 'a.txt' });
    assert.ok(parsed.ok && parsed.parsed);
    assert.deepStrictEqual(
      parsed.parsed.annotations.map((a) => a.text),
      ['Колокольцев', 'Астану'],
    );
    const accepted = setStatus(parsed.parsed.annotations, parsed.parsed.annotations[0].id, 'accepted');
    const written = await handle({
      id: 2,
      op: 'write',
      file,
      articleName: 'a.txt',
      articleText: text,
      annotations: accepted,
      list: 1,
      base: { expected: null, bom: false },
    });
    assert.ok(written.ok && written.written);
    const onDisk = fs.readFileSync(file, 'utf8');
    assert.ok(!('text' in written.written), 'the megabytes written are not copied back to the host');
    assert.strictEqual(written.written.digest, digestOf(fs.readFileSync(file)));
    assert.match(onDisk, /# checked by the desk/);
    assert.match(onDisk, /status: accepted/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['a.txt.annotations.yaml'], 'no temporary file left');
  });

  it('a parse that asks for a preview sends the annotations early, as the parse then gives them', async () => {
    const list = mergeSuggestions(undefined, [
      { type: 'PER', text: 'Колокольцев', start: 8, end: 19 },
      { type: 'LOC', text: 'Астану', start: 29, end: 35 },
    ]);
    const yaml = serializeSidecar(undefined, 'a.txt', text, list);
    const early: WorkerEarly[] = [];
    const req = { id: 7, op: 'parse' as const, file: path.join(dir, 'b.txt.annotations.yaml'), yaml, articleText: text, articleName: 'a.txt' };
    const parsed = await handle({ ...req, preview: true }, (r) => early.push(r));
    const alone = await handle(req, () => assert.fail('no preview unless asked'));
    assert.ok(parsed.ok && parsed.parsed && alone.ok && alone.parsed);
    assert.ok(alone.parsed.annotations.length === 2 && !alone.asPreview);
    // First the file's first entries (the top of the article, where it opens), then the whole fast reading.
    const whole = { annotations: alone.parsed.annotations, orphans: alone.parsed.orphans };
    assert.deepStrictEqual(
      early.map(({ id, early, head }) => ({ id, early, head })),
      [
        { id: 7, early: whole, head: true },
        { id: 7, early: whole, head: undefined },
      ],
    );
    assert.deepStrictEqual(
      early.map((e) => e.steps.map(([step]) => step)),
      [
        ['worker: start', 'worker: decoded', 'worker: head'],
        ['worker: yaml', 'worker: entries', 'worker: anchored'],
      ],
      'the stages of the reading, timed for the editor-scale report',
    );
    // The same annotations are not sent twice: the reply says they are the preview's.
    assert.strictEqual(parsed.asPreview, true);
    assert.deepStrictEqual([parsed.parsed.annotations, parsed.parsed.orphans], [[], []]);
    assert.deepStrictEqual({ ...parsed.parsed, annotations: alone.parsed.annotations, orphans: alone.parsed.orphans }, alone.parsed);
  });

  it('a preview alone (the second thread, while the first parses another file) sends the first screen and the reading, and keeps nothing', async () => {
    const list = mergeSuggestions(undefined, [
      { type: 'PER', text: 'Колокольцев', start: 8, end: 19 },
      { type: 'LOC', text: 'Астану', start: 29, end: 35 },
    ]);
    const yaml = serializeSidecar(undefined, 'a.txt', text, list);
    const aside = path.join(dir, 'aside.txt.annotations.yaml');
    const early: WorkerEarly[] = [];
    const r = await handle({ id: 11, op: 'preview', file: aside, yaml: Buffer.from(yaml), articleText: text, articleName: 'a.txt' }, (e) => early.push(e));
    assert.ok(r.ok && !r.parsed, 'no parse result: the session thread parses');
    assert.deepStrictEqual(
      early.map((e) => [e.id, !!e.head, e.early.annotations.map((a) => a.text)]),
      [
        [11, true, ['Колокольцев', 'Астану']],
        [11, false, ['Колокольцев', 'Астану']],
      ],
    );
    const full = parseSidecar(yaml, text, aside, 'a.txt');
    assert.deepStrictEqual(early[1].early.annotations, full.annotations, 'what the parse then gives');
    assert.ok(!pendingChecks().includes(aside), 'nothing to check: it read no file for writing');
  });

  it('a parse that reads an entry otherwise than its preview sends its own annotations', async () => {
    // A bare 0b101 typed by hand: js-yaml (the preview) reads the number 5, the yaml library a string.
    const list = mergeSuggestions(undefined, [{ type: 'NUMBER', text: 'Астану', start: 29, end: 35, value: 5 }]);
    const yaml = serializeSidecar(undefined, 'a.txt', text, list).replace('value: 5', 'value: 0b101');
    const early: Array<{ early: { annotations: unknown[] } }> = [];
    const r = await handle(
      { id: 8, op: 'parse', file: path.join(dir, 'c.txt.annotations.yaml'), yaml, articleText: text, articleName: 'a.txt', preview: true },
      (e) => early.push(e),
    );
    assert.ok(r.ok && r.parsed && !r.asPreview);
    assert.notDeepStrictEqual(early[0].early.annotations, r.parsed.annotations, 'the readings differ');
    assert.strictEqual(r.parsed.annotations.length, 1);
  });

  it('a sidecar changed since it was read comes back as a conflict, and is not overwritten', async () => {
    const before = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.concat([before, Buffer.from('# a reviewer saved\n')]));
    const list = mergeSuggestions(undefined, [{ type: 'PER', text: 'Колокольцев', start: 8, end: 19 }]);
    const r = await handle({
      id: 4,
      op: 'write',
      file,
      articleName: 'a.txt',
      articleText: text,
      annotations: list,
      list: 3,
      base: { expected: digestOf(before), bom: false },
    });
    assert.ok(!r.ok);
    assert.strictEqual(r.conflict, file);
    assert.match(fs.readFileSync(file, 'utf8'), /# a reviewer saved\n$/);
  });

  it('a broken sidecar comes back as data with file and line', async () => {
    const r = await handle({ id: 3, op: 'parse', file, yaml: 'newsmark: 1\n<<<<<<< HEAD\n', articleText: text, articleName: 'a.txt' });
    assert.ok(!r.ok);
    assert.deepStrictEqual([r.sidecar?.file, r.sidecar?.line], [file, 2]);
  });

  it('bytes that are not UTF-8 come back as a sidecar error with their line, and no preview', async () => {
    const early: unknown[] = [];
    const bytes = Buffer.concat([Buffer.from('newsmark: 2\narticle: a.txt\n# '), Buffer.from([0xe9, 0x0a])]);
    const r = await handle({ id: 5, op: 'parse', file, yaml: bytes, articleText: text, articleName: 'a.txt', preview: true }, (e) => early.push(e));
    assert.ok(!r.ok);
    assert.deepStrictEqual([r.sidecar?.file, r.sidecar?.line], [file, 3]);
    assert.match(r.sidecar?.reason ?? '', /must be UTF-8/);
    assert.deepStrictEqual(early, []);
  });

  it('a write may carry only the entries that changed since the last one; against a list it does not hold it writes nothing', async () => {
    const f = path.join(dir, 'd.txt.annotations.yaml');
    const list = mergeSuggestions(undefined, [
      { type: 'PER', text: 'Колокольцев', start: 8, end: 19 },
      { type: 'LOC', text: 'Астану', start: 29, end: 35 },
    ]);
    const common = { op: 'write' as const, file: f, articleName: 'a.txt', articleText: text };
    const first = await handle({ id: 10, ...common, annotations: list, list: 10, base: { expected: null, bom: false } });
    assert.ok(first.ok && first.written);
    const next = setStatus(list, list[1].id, 'rejected');
    const second = await handle({
      id: 11,
      ...common,
      delta: { base: 10, changes: [[1, next[1]]] },
      list: 11,
      base: { expected: first.written.digest, bom: false },
    });
    assert.ok(second.ok && second.written);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), serializeSidecar(undefined, 'a.txt', text, next), 'the file holds the whole new list');
    // A delta against a list the worker does not hold (restarted, or another one): nothing is written.
    const after = setStatus(next, list[0].id, 'accepted');
    const stale = await handle({
      id: 12,
      ...common,
      delta: { base: 10, changes: [[0, after[0]]] },
      list: 12,
      base: { expected: second.written.digest, bom: false },
    });
    assert.ok(!stale.ok && stale.stale);
    await handle({ id: 13, op: 'forget', file: f });
    const forgotten = await handle({
      id: 14,
      ...common,
      delta: { base: 11, changes: [[0, after[0]]] },
      list: 14,
      base: { expected: second.written.digest, bom: false },
    });
    assert.ok(!forgotten.ok && forgotten.stale);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), serializeSidecar(undefined, 'a.txt', text, next), 'untouched');
  });

  it('after answering a parse it checks the file read against a full print; the first decision on an exact file is written byte-identical', async () => {
    const list = mergeSuggestions(undefined, [
      { type: 'PER', text: 'Колокольцев', start: 8, end: 19 },
      { type: 'LOC', text: 'Астану', start: 29, end: 35 },
    ]);
    const exact = serializeSidecar(undefined, 'a.txt', text, list);
    const odd = exact.replace(/^(article): /m, '$1:  '); // spacing a print does not give back
    for (const [yaml, adopted] of [
      [exact, true],
      [odd, false],
    ] as const) {
      const f = path.join(dir, `check-${adopted}.txt.annotations.yaml`);
      fs.writeFileSync(f, yaml);
      await handle({ id: 19, op: 'parse', file: f, yaml: fs.readFileSync(f), articleText: text, articleName: 'a.txt' });
      assert.strictEqual(checkRead(), false, 'only a parse that asks for the check');
      const r = await handle({ id: 20, op: 'parse', file: f, yaml: fs.readFileSync(f), articleText: text, articleName: 'a.txt', check: true });
      assert.ok(r.ok && r.parsed);
      assert.strictEqual(checkRead(), adopted);
      assert.strictEqual(checkRead(), false, 'checked once');
      const next = setStatus(r.parsed.annotations, r.parsed.annotations[1].id, 'accepted');
      const w = await handle({
        id: 21,
        op: 'write',
        file: f,
        articleName: 'a.txt',
        articleText: text,
        annotations: next,
        list: 20,
        base: { expected: digestOf(Buffer.from(yaml)), bom: false },
      });
      assert.ok(w.ok && w.written?.changed);
      assert.strictEqual(fs.readFileSync(f, 'utf8'), serializeSidecar(parseSidecar(yaml, text, f, 'a.txt'), 'a.txt', text, next));
    }
    assert.strictEqual(checkRead(), false, 'nothing to check after a write');
  });

  describe('request loop', () => {
    const list = mergeSuggestions(undefined, [
      { type: 'PER', text: 'Колокольцев', start: 8, end: 19 },
      { type: 'LOC', text: 'Астану', start: 29, end: 35 },
    ]);
    const exact = serializeSidecar(undefined, 'a.txt', text, list);
    const parse = (id: number, f: string, check = true): WorkerRequest => ({
      id,
      op: 'parse',
      file: f,
      yaml: exact,
      articleText: text,
      articleName: 'a.txt',
      preview: true,
      check,
    });
    const fileOf = (name: string) => {
      const f = path.join(dir, `${name}.txt.annotations.yaml`);
      fs.writeFileSync(f, exact);
      return f;
    };
    /** A loop whose replies and checks are written to `log`; `checks(n)` resolves after the nth check. */
    function loop(idleMs: number) {
      const log: string[] = [];
      let want = 0;
      let reached: () => void = () => undefined;
      const l = new RequestLoop(
        // The host hears when a check runs: an article opened meanwhile goes to the preview thread.
        (r) => ('checking' in r ? log.push(`checking ${r.checking}`) : 'ok' in r && log.push(`reply ${r.id}`)),
        idleMs,
        (f, adopted) => {
          log.push(`check ${path.basename(f)} ${adopted}`);
          if (log.filter((x) => x.startsWith('check ')).length === want) reached();
        },
      );
      const checks = (n: number) => new Promise<void>((resolve) => ((want = n), (reached = resolve)));
      return { l, log, checks };
    }

    it('runs a check only when no request is waiting: an open queued behind a parse is answered before that parse is checked', async () => {
      const [a, b] = [fileOf('loop-a'), fileOf('loop-b')];
      const { l, log, checks } = loop(1);
      const both = checks(2);
      await Promise.all([l.take(parse(31, a)), l.take(parse(32, b))]);
      await both;
      // The last parse answered is checked first (the article a person is looking at).
      assert.deepStrictEqual(log, [
        'reply 31',
        'reply 32',
        'checking true',
        'checking false',
        'check loop-b.txt.annotations.yaml true',
        'checking true',
        'checking false',
        'check loop-a.txt.annotations.yaml true',
      ]);
      assert.deepStrictEqual(pendingChecks(), [], 'nothing left to check');
    });

    it("a write runs its own file's check first (no idle wait), so the first decision is patched", async () => {
      const c = fileOf('loop-c');
      const { l, log } = loop(60_000); // the idle check never comes during the test
      await l.take(parse(41, c));
      assert.deepStrictEqual(log, ['reply 41']);
      const next = setStatus(list, list[0].id, 'accepted');
      const w: WorkerRequest = {
        id: 42,
        op: 'write',
        file: c,
        articleName: 'a.txt',
        articleText: text,
        annotations: next,
        list: 41,
        base: { expected: digestOf(Buffer.from(exact)), bom: false },
      };
      await l.take(w);
      assert.deepStrictEqual(log, ['reply 41', 'checking true', 'checking false', 'check loop-c.txt.annotations.yaml true', 'reply 42']);
      assert.strictEqual(fs.readFileSync(c, 'utf8'), serializeSidecar(parseSidecar(exact, text, c, 'a.txt'), 'a.txt', text, next));
    });

    it('a file forgotten or parsed again is not checked against its earlier read', async () => {
      const [d, e] = [fileOf('loop-d'), fileOf('loop-e')];
      const { l, log } = loop(60_000);
      await l.take(parse(51, d));
      await l.take({ id: 52, op: 'forget', file: d });
      await l.take(parse(53, e));
      await l.take(parse(54, e, false)); // persist handing a grown sidecar over: no check asked
      assert.deepStrictEqual(log, ['reply 51', 'reply 52', 'reply 53', 'reply 54']);
      assert.deepStrictEqual(pendingChecks(), [], 'nothing left to check');
    });
  });
});
