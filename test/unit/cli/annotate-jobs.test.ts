// `newsmark annotate --jobs N`: engines in worker threads write the same sidecars and print the same
// lines, in the same order, as one engine in this thread.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, REPO } from './helpers';

const RU = fs.readFileSync(path.join(REPO, 'samples/ru-mvd-kazakhstan-russia.txt'), 'utf8');
const EN = fs.readFileSync(path.join(REPO, 'samples/en-almaty-water-talks.txt'), 'utf8');

/** A folder of articles of both languages, one with a sidecar that cannot be read and one with an orphan. */
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-jobs-'));
  const articles: Array<[string, string]> = [
    ['a-ru.txt', RU],
    ['b-en.txt', EN],
    ['c-ru-short.txt', RU.slice(0, 900)],
    ['d-broken.txt', EN.slice(0, 700)],
    ['e-en-short.txt', EN.slice(0, 1200)],
    ['f-mixed.txt', RU.slice(0, 600) + '\n\n' + EN.slice(0, 600)],
    ['g-empty.txt', ''],
  ];
  for (const [name, text] of articles) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'd-broken.txt.annotations.yaml'), 'newsmark: 1\nannotations: [ {\n');
  return dir;
}

function sidecars(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.yaml')) out[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  return out;
}

describe('cli annotate --jobs', function () {
  this.timeout(180000);

  it('--jobs 2 prints and writes exactly what --jobs 1 does, failures included', async () => {
    const one = folder();
    const two = folder();
    const r1 = await runCli(['annotate', '.', '--jobs', '1'], '', { cwd: one });
    const r2 = await runCli(['annotate', '.', '--jobs', '2'], '', { cwd: two });
    assert.strictEqual(r1.code, 1, r1.stderr); // the broken sidecar
    assert.match(r1.stderr, /d-broken\.txt\.annotations\.yaml/);
    assert.match(r1.stdout, /7 articles: 6 written, 0 updated, 0 unchanged, 1 failed/);
    assert.deepStrictEqual(r2, r1);
    assert.deepStrictEqual(sidecars(two), sidecars(one));
    assert.strictEqual(sidecars(one)['d-broken.txt.annotations.yaml'], 'newsmark: 1\nannotations: [ {\n', 'an unreadable sidecar is left as it was');
  });

  for (const bad of ['0', '-1', '1.5', 'two', ''])
    it(`--jobs ${JSON.stringify(bad)} is a usage error`, async () => {
      const r = await runCli(['annotate', '.', '--jobs', bad], '', { cwd: folder() });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /--jobs must be a whole number ≥ 1/);
    });
});
