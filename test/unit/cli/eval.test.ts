import * as assert from 'assert';
import type { EvalReport } from '../../../src/core/eval/score';
import * as path from 'path';
import { runCli, tempFile, FIXTURES } from './helpers';

const fx = (name: string) => path.join(FIXTURES, name);
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

// The report as `newsmark eval --json` prints it: the scorer's own type (micro present when several types are scored).
type Report = EvalReport & { micro: NonNullable<EvalReport['micro']>; pairTotal: NonNullable<EvalReport['pairTotal']> };

describe('cli eval', function () {
  this.timeout(20000);

  it('span file with --pred: P/R/F1 computed by hand (core_span, optional, a missing id)', async () => {
    const r = await runCli(['eval', fx('spans-gold.jsonl'), '--pred', fx('spans-pred.jsonl'), '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 gold id\(s\) have no line in .*spans-pred.jsonl.*: b/);
    const rep: Report = JSON.parse(r.stdout);
    const t = Object.fromEntries(rep.types.map((x) => [x.type, x]));
    assert.deepStrictEqual(Object.keys(t), ['PER', 'ORG', 'LOC']);
    // PER: gold "Ivan Petrov" (a) and "Anna" (b, no prediction line); predicted "Ivan".
    assert.deepStrictEqual([t.PER.exact.tp, t.PER.exact.fp, t.PER.exact.fn], [0, 1, 2]);
    assert.deepStrictEqual([t.PER.overlap.tp, t.PER.overlap.fp, t.PER.overlap.fn], [1, 0, 1]);
    close(t.PER.overlap.f1, 2 / 3);
    // ORG: "the Ministry of Foreign Affairs" covers the core and stays inside the mention.
    assert.strictEqual(t.ORG.exact.f1, 1);
    // LOC: Paris right, "New York City" hits an optional mention (ignored), "met" is a false positive.
    assert.deepStrictEqual([t.LOC.gold, t.LOC.optional, t.LOC.pred], [1, 1, 3]);
    assert.deepStrictEqual([t.LOC.exact.tp, t.LOC.exact.fp, t.LOC.exact.fn], [1, 1, 0]);
    close(t.LOC.exact.precision, 0.5);
    close(t.LOC.exact.f1, 2 / 3);
    // micro exact: tp 2, fp 2, fn 2; overlap: tp 3, fp 1, fn 1
    close(rep.micro.exact.f1, 0.5);
    close(rep.micro.overlap.f1, 0.75);
  });

  it('prints a readable table by default', async () => {
    const r = await runCli(['eval', fx('spans-gold.jsonl'), '--pred', fx('spans-pred.jsonl')]);
    assert.match(r.stdout, /^LOC\s+1\s+1\s+3\s+0\.500\s+1\.000\s+0\.667\s+0\.500\s+1\.000\s+0\.667$/m);
    assert.match(r.stdout, /^micro\s+4\s+1\s+5\s+0\.500\s+0\.500\s+0\.500\s+0\.750\s+0\.750\s+0\.750$/m);
  });

  it('--errors lists missed and spurious mentions with their context', async () => {
    const r = await runCli(['eval', fx('spans-gold.jsonl'), '--pred', fx('spans-pred.jsonl'), '--errors', '5']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^PER\s+missed\s+a @0-11 {2}\[Ivan Petrov\] met officials/m);
    assert.match(r.stdout, /^PER\s+missed\s+b @0-4 {2}\[Anna\] sang\./m);
    assert.match(r.stdout, /^PER\s+spurious\s+a @0-4 {2}\[Ivan\] Petrov met/m);
    assert.match(r.stdout, /^LOC\s+spurious\s+a @12-15 {2}Ivan Petrov \[met\] officials/m);
    assert.doesNotMatch(r.stdout, /New York City\]/); // optional: not an error
    const bad = await runCli(['eval', fx('spans-gold.jsonl'), '--errors', 'many']);
    assert.strictEqual(bad.code, 2);
  });

  it('--types restricts and maps source names', async () => {
    const r = await runCli(['eval', fx('spans-gold.jsonl'), '--pred', fx('spans-pred.jsonl'), '--types', 'person,LOC', '--json']);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).types.map((x: { type: string }) => x.type),
      ['PER', 'LOC'],
    );
  });

  it('value accuracy of span values (Recognizers shapes)', async () => {
    const r = await runCli(['eval', fx('values-gold.jsonl'), '--pred', fx('values-pred.jsonl'), '--json']);
    const t = Object.fromEntries((JSON.parse(r.stdout) as Report).types.map((x) => [x.type, x]));
    // the € amount was predicted in USD
    assert.deepStrictEqual([t.MONEY.value!.n, t.MONEY.value!.correct, t.MONEY.value!.accuracy], [2, 1, 0.5]);
    assert.strictEqual(t.PERCENT.value!.accuracy, 1);
  });

  it('pair file: value accuracy per kind, durations not scored', async () => {
    const r = await runCli(['eval', fx('pairs-gold.jsonl'), '--pred', fx('pairs-pred.jsonl'), '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const rep: Report = JSON.parse(r.stdout);
    const k = Object.fromEntries(rep.pairKinds.map((x) => [x.kind, x]));
    assert.deepStrictEqual([k.number.n, k.number.correct], [2, 1]);
    assert.deepStrictEqual([k.money.n, k.money.correct], [2, 2]);
    assert.deepStrictEqual([k.ordinal.n, k.ordinal.found], [1, 0]);
    assert.deepStrictEqual([k.duration.n, k.duration.unsupported], [0, 1]);
    assert.deepStrictEqual([rep.pairTotal.n, rep.pairTotal.correct], [5, 3]);
    close(rep.pairTotal.accuracy, 0.6);
  });

  it('errors in the gold are reported with line numbers; the good lines are still scored; exit 2', async () => {
    const r = await runCli(['eval', fx('bad-gold.jsonl'), '--pred', fx('bad-gold-pred.jsonl'), '--json']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /bad-gold\.jsonl:2: not JSON/);
    assert.match(r.stderr, /bad-gold\.jsonl:3: entity #1: "text" "Anna" differs from text\.slice\(0, 5\)/);
    assert.match(r.stderr, /bad-gold\.jsonl:4: missing "text"/);
    assert.match(r.stderr, /bad-gold\.jsonl:6: entity #1: "core_span"/);
    assert.doesNotMatch(r.stderr, /:5:/);
    const rep: Report = JSON.parse(r.stdout);
    assert.strictEqual(rep.types[0].exact.f1, 1);
  });

  it('errors in the predictions are reported with line numbers too', async () => {
    const pred = tempFile('pred.jsonl', '{"id":"a","entities":[{"start":0,"type":"PER"}]}\n{"id":"a","entities":[]}\n{"id":"a","entities":[]}\n');
    const r = await runCli(['eval', fx('spans-gold.jsonl'), '--pred', pred]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /pred\.jsonl:1: entity #1: "start" and "end"/);
    assert.match(r.stderr, /pred\.jsonl:3: id "a" already given on line 2/);
  });

  it('a gold file with no newsmark types says what --types could name', async () => {
    const gold = tempFile('fac.jsonl', '{"id":"f","text":"the Kremlin","entities":[{"start":4,"end":11,"type":"FAC"}]}\n');
    const pred = tempFile('fac-pred.jsonl', '{"id":"f","entities":[]}\n');
    const r = await runCli(['eval', gold, '--pred', pred]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /Nothing scored: the gold's types \(FAC\) are not newsmark types; name the ones to score with --types/);
    const asked = await runCli(['eval', gold, '--pred', pred, '--types', 'FAC', '--json']);
    assert.deepStrictEqual(
      JSON.parse(asked.stdout).types.map((t: { type: string; exact: { fn: number } }) => [t.type, t.exact.fn]),
      [['FAC', 1]],
    );
  });

  it('without --pred it runs the engine on the gold texts', async () => {
    const text = 'В прошлом году они увеличились почти на 10 %.';
    const s = text.indexOf('10 %');
    const gold = tempFile(
      'gold.jsonl',
      JSON.stringify({ id: 'x', lang: 'ru', text, entities: [{ start: s, end: s + 4, type: 'PERCENT', text: '10 %' }] }) + '\n',
    );
    const r = await runCli(['eval', gold, '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual((JSON.parse(r.stdout) as Report).types[0].overlap.tp, 1);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['no GOLD', ['eval'], /missing GOLD file/],
    ['unknown flag', ['eval', 'g.jsonl', '--strict'], /unknown option '--strict'/],
    ['empty --types', ['eval', 'g.jsonl', '--types', ','], /--types needs at least one type/],
  ];
  for (const [name, argv, re] of usage) {
    it(`usage error: ${name}`, async () => {
      const r = await runCli(argv);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, re);
    });
  }

  it('a missing gold file is a clear error', async () => {
    const r = await runCli(['eval', '/nonexistent/gold.jsonl', '--pred', fx('spans-pred.jsonl')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot read \/nonexistent\/gold\.jsonl: no such file/);
  });
});
