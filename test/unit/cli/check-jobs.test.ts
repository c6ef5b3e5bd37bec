// `newsmark check --jobs N`: worker threads print the same lines, in the same order, with the same
// summary and exit code, as one thread; and workers find the same problems check finds here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, REPO } from './helpers';
import { createExtractPool } from '../../../src/pool/pool';
import { checkArticle } from '../../../src/cli/check';

const RU = fs.readFileSync(path.join(REPO, 'samples/ru-mvd-kazakhstan-russia.txt'), 'utf8');
const EN = fs.readFileSync(path.join(REPO, 'samples/en-almaty-water-talks.txt'), 'utf8');

/** Annotated articles, then: one edited (stale anchors), one sidecar broken, one sidecar left alone, one never annotated. */
async function folder(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-check-jobs-'));
  const articles: Array<[string, string]> = [
    ['a-ru.txt', RU],
    ['b-en.txt', EN],
    ['c-edited.txt', EN.slice(0, 1500)],
    ['d-broken.txt', RU.slice(0, 800)],
    ['e-ok.txt', RU.slice(0, 1200)],
    ['f-gone.txt', EN.slice(0, 600)],
  ];
  for (const [name, text] of articles) fs.writeFileSync(path.join(dir, name), text);
  const r = await runCli(['annotate', '.', '--jobs', '1'], '', { cwd: dir });
  assert.strictEqual(r.code, 0, r.stderr);
  fs.writeFileSync(path.join(dir, 'c-edited.txt'), 'A new first paragraph, written later.\n\n' + EN.slice(0, 1500));
  fs.writeFileSync(path.join(dir, 'd-broken.txt.annotations.yaml'), 'newsmark: 1\nannotations: [ {\n');
  fs.rmSync(path.join(dir, 'f-gone.txt')); // its sidecar stays: a stray
  fs.writeFileSync(path.join(dir, 'g-new.txt'), 'Not annotated yet.');
  return dir;
}

describe('cli check --jobs', function () {
  this.timeout(180000);

  it('--jobs 2 prints exactly what --jobs 1 does: problem lines in order, summary, exit code', async () => {
    const dir = await folder();
    try {
      const r1 = await runCli(['check', '.', '--jobs', '1'], '', { cwd: dir });
      const r2 = await runCli(['check', '.', '--jobs', '2'], '', { cwd: dir });
      assert.strictEqual(r1.code, 1);
      assert.match(r1.stdout, /c-edited\.txt\.annotations\.yaml:\d+: (stale|stale anchor)/);
      assert.match(r1.stdout, /d-broken\.txt\.annotations\.yaml/);
      assert.match(r1.stdout, /f-gone\.txt\.annotations\.yaml:1: article f-gone\.txt not found/);
      assert.match(r1.stderr, /^newsmark check: 3 of 6 sidecars need attention \(\d+ problems\)\n$/);
      assert.deepStrictEqual(r2, r1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a worker checks an article as checkArticle does in this thread', async () => {
    const dir = await folder();
    const pool = createExtractPool(2);
    try {
      const tasks = ['a-ru.txt', 'c-edited.txt', 'd-broken.txt', 'g-new.txt'].map((article) => ({
        article,
        cwd: dir,
        suffix: '.annotations.yaml',
        run: 'one run',
      }));
      const here = await Promise.all(tasks.map(checkArticle));
      const there = await Promise.all(tasks.map((t) => pool.check(t)));
      assert.deepStrictEqual(there, here);
      assert.ok(here[1].problems > 0 && here[2].bad === 1 && here[0].annotations > 0, JSON.stringify(here));
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--jobs 0 is a usage error', async () => {
    const r = await runCli(['check', '.', '--jobs', '0'], '');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--jobs must be a whole number ≥ 1/);
  });
});
