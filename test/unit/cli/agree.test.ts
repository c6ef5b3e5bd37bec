// Agreement between two annotators: counts and kappa checked by hand on a tiny case, the three kinds of
// sources (two sidecars, two folders, two git revisions) and --fail-below.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { agreement } from '../../../src/core/eval/agreement';
import { Annotation, addManual, serializeSidecar } from '../../../src/sidecar';
import { runCli } from './helpers';

const TEXT = 'Иван Петров посетил Москву и Казань.\nОн встретился с главой МВД.\n';
const at = (q: string) => ({ start: TEXT.indexOf(q), end: TEXT.indexOf(q) + q.length });

function sidecar(marks: [string, Annotation['type']][]): string {
  let list: Annotation[] = [];
  for (const [q, type] of marks) list = addManual(list, TEXT, { type, ...at(q) }).annotations;
  return serializeSidecar(undefined, 'a.txt', TEXT, list);
}
const A: [string, Annotation['type']][] = [
  ['Иван Петров', 'PER'],
  ['Москву', 'LOC'],
  ['Казань', 'LOC'],
  ['МВД', 'ORG'],
];
const B: [string, Annotation['type']][] = [
  ['Иван Петров', 'PER'],
  ['Москву', 'LOC'],
  ['Казань', 'ORG'],
  ['Петров', 'PER'],
];

describe('newsmark agree', () => {
  it('scores B against A per type and computes kappa over word tokens (by hand)', () => {
    const spans = (m: typeof A) => m.map(([q, type]) => ({ ...at(q), type, text: q }));
    const r = agreement([{ text: TEXT, a: spans(A), b: spans(B) }]);
    const t = Object.fromEntries(r.types.map((x) => [x.type, x]));
    // PER: A 1, B 2 ("Петров" extra, overlapping) — exact tp 1 fp 1; overlap: one-to-one, still fp 1.
    assert.deepStrictEqual([t.PER.exact.tp, t.PER.exact.fp, t.PER.exact.fn], [1, 1, 0]);
    // LOC: A has Казань as LOC, B as ORG.
    assert.deepStrictEqual([t.LOC.exact.tp, t.LOC.exact.fn], [1, 1]);
    assert.deepStrictEqual([t.ORG.exact.tp, t.ORG.exact.fp, t.ORG.exact.fn], [0, 1, 1]);
    // Word tokens: Иван Петров посетил Москву и Казань / Он встретился с главой МВД.
    const words = TEXT.match(/[\p{L}\d]+/gu)!.length;
    assert.strictEqual(r.kappa.tokens, words);
    // A: PER PER O LOC O LOC O O O O ORG; B: PER PER O LOC O ORG O O O O O → agree on 9 of 11.
    assert.strictEqual(words, 11);
    const po = 9 / 11;
    const pa = { PER: 2 / 11, LOC: 2 / 11, ORG: 1 / 11, O: 6 / 11 };
    const pb = { PER: 2 / 11, LOC: 1 / 11, ORG: 1 / 11, O: 7 / 11 };
    const pe = pa.PER * pb.PER + pa.LOC * pb.LOC + pa.ORG * pb.ORG + pa.O * pb.O;
    assert.ok(Math.abs(r.kappa.value - (po - pe) / (1 - pe)) < 1e-12);
    // Disagreements: Казань relabelled (one entry with both sides), МВД only in A, Петров only in B.
    assert.deepStrictEqual(
      r.disagreements.map((d) => [d.a?.type ?? null, d.b?.type ?? null]).sort(),
      [
        ['LOC', 'ORG'],
        ['ORG', null],
        [null, 'PER'],
      ].sort(),
    );
  });

  it('two sidecars of one article: a table, kappa and path:line: disagreements; --fail-below', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-agree-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'a.txt.annotations.yaml'), sidecar(A));
    fs.writeFileSync(path.join(dir, 'b.yaml'), sidecar(B));
    const r = await runCli(['agree', 'a.txt.annotations.yaml', 'b.yaml'], '', { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /Cohen's kappa over 11 tokens: 0\.\d{3}/);
    assert.match(r.stdout, /^a\.txt:1: "Казань": A LOC, B ORG$/m);
    assert.match(r.stdout, /^a\.txt:2: ORG "МВД" only in A$/m);
    const fail = await runCli(['agree', 'a.txt.annotations.yaml', 'b.yaml', '--fail-below', '0.9'], '', { cwd: dir });
    assert.strictEqual(fail.code, 1);
    const json = JSON.parse((await runCli(['agree', 'a.txt.annotations.yaml', 'a.txt.annotations.yaml', '--json'], '', { cwd: dir })).stdout);
    assert.strictEqual(json.micro.exact.f1, 1);
    assert.strictEqual(json.kappa.value, 1);
  });

  it('two git revisions of a folder (real git in a temporary repository)', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-agree-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    fs.mkdirSync(path.join(dir, 'news'));
    fs.writeFileSync(path.join(dir, 'news/a.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), sidecar(A));
    git('add', '.');
    git('commit', '-qm', 'A');
    git('checkout', '-qb', 'review');
    fs.writeFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), sidecar(B));
    git('commit', '-qam', 'B');
    const r = await runCli(['agree', '--rev', 'main', '--rev', 'review', 'news', '--json'], '', { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.strictEqual(rep.articles, 1);
    assert.strictEqual(rep.disagreements.length, 3);
    assert.deepStrictEqual(
      rep.disagreements.map((d: { article: string }) => d.article),
      ['news/a.txt', 'news/a.txt', 'news/a.txt'],
    );
  });
});
