// Renaming an article keeps its decisions: `newsmark mv` moves article and sidecar together, and
// `annotate`/`check` point at a sidecar left behind by a rename done without it.
import * as assert from 'assert';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAnnotate } from '../../../src/cli/annotate';
import { runCheck } from '../../../src/cli/check';
import { runMv } from '../../../src/cli/mv';
import { fakeEngine, runWith, workspace } from '../sidecar/cli-helpers';

const annotate = (args: string[], cwd: string) => runWith((a, io) => runAnnotate(a, io, fakeEngine()), args, cwd);
const check = (args: string[], cwd: string) => runWith(runCheck, args, cwd);
const mv = (args: string[], cwd: string) => runWith(runMv, args, cwd);
const SIDE = 'article.txt.annotations.yaml';

/** A folder with article.txt annotated and one decision (ОДКБ rejected) in its sidecar. */
async function decided(): Promise<string> {
  const dir = workspace();
  await annotate(['article.txt'], dir);
  writeFileSync(join(dir, SIDE), readFileSync(join(dir, SIDE), 'utf8').replace(/status: suggested(, text: ОДКБ,)/, 'status: rejected$1'));
  return dir;
}

describe('cli mv', () => {
  it('moves the article and its sidecar; the article key follows; check is clean', async () => {
    const dir = await decided();
    const r = await mv(['article.txt', 'renamed.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, 'newsmark mv: article.txt → renamed.txt (article and sidecar)\n');
    assert.ok(!existsSync(join(dir, 'article.txt')) && !existsSync(join(dir, SIDE)));
    const moved = readFileSync(join(dir, 'renamed.txt.annotations.yaml'), 'utf8');
    assert.match(moved, /^article: renamed\.txt$/m);
    assert.match(moved, /status: rejected, text: ОДКБ,/);
    assert.strictEqual((await check(['.'], dir)).code, 0);
  });

  it('refuses when the target or its sidecar exists, and moves nothing', async () => {
    for (const existing of ['other.txt', 'other.txt.annotations.yaml']) {
      const dir = await decided();
      writeFileSync(join(dir, existing), 'x');
      const before = readFileSync(join(dir, SIDE), 'utf8');
      const r = await mv(['article.txt', 'other.txt'], dir);
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /already exists; nothing was moved/);
      assert.strictEqual(readFileSync(join(dir, existing), 'utf8'), 'x');
      assert.strictEqual(readFileSync(join(dir, SIDE), 'utf8'), before);
      assert.ok(existsSync(join(dir, 'article.txt')));
    }
  });

  it('usage: two paths and a valid suffix', async () => {
    const dir = workspace();
    assert.strictEqual((await mv(['article.txt'], dir)).code, 2);
    assert.strictEqual((await mv(['--suffix', '.md', 'article.txt', 'b.txt'], dir)).code, 2);
    assert.strictEqual((await mv(['missing.txt', 'b.txt'], dir)).code, 1);
  });
});

describe('a sidecar left behind by a rename done without newsmark', () => {
  it('annotate refuses to start a fresh sidecar, names the stray and the mv that fixes it; mv then adopts it', async () => {
    const dir = await decided();
    renameSync(join(dir, 'article.txt'), join(dir, 'b.txt'));
    const r = await annotate(['b.txt'], dir);
    assert.strictEqual(r.code, 1);
    assert.ok(
      r.stderr.includes(
        `${SIDE}: looks like the sidecar of b.txt (same article hash; article.txt is gone): run 'newsmark mv article.txt b.txt' to move it; b.txt was not annotated\n`,
      ),
      r.stderr,
    );
    assert.ok(!existsSync(join(dir, 'b.txt.annotations.yaml')), 'no fresh sidecar without the decisions');

    const c = await check(['b.txt'], dir);
    assert.strictEqual(c.code, 1);
    assert.match(c.stdout, /^article\.txt\.annotations\.yaml:1: looks like the sidecar of b\.txt .*run 'newsmark mv article\.txt b\.txt'$/m);

    const m = await mv(['article.txt', 'b.txt'], dir);
    assert.strictEqual(m.code, 0, m.stderr);
    assert.strictEqual(m.stdout, 'newsmark mv: article.txt → b.txt (sidecar)\n');
    assert.match(readFileSync(join(dir, 'b.txt.annotations.yaml'), 'utf8'), /status: rejected, text: ОДКБ,/);
    assert.strictEqual((await annotate(['b.txt'], dir)).code, 0);
  });

  it('an article with other text next to a stray is annotated as usual', async () => {
    const dir = await decided();
    renameSync(join(dir, 'article.txt'), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'b.txt'), readFileSync(join(dir, 'b.txt'), 'utf8') + '\nДополнение.\n');
    const r = await annotate(['b.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
  });
});
