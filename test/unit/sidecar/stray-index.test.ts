// A sidecar left behind by a rename is found from an index of the folder's strays, read once per run:
// scanning the folder again for every article made `annotate`/`check` of a big folder quadratic.
import * as assert from 'assert';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { runAnnotate } from '../../../src/cli/annotate';
import { runCheck } from '../../../src/cli/check';
import { articleHash } from '../../../src/sidecar/hash';
import { StrayIndex, strayFor } from '../../../src/sidecar/move';
import { fakeEngine, runWith, tempDir } from './cli-helpers';

const SUFFIX = '.annotations.yaml';
const sidecarOf = (text: string) => `schema: 1\narticle: x.txt\nhash: "${articleHash(text)}"\nannotations: []\n`;

describe('StrayIndex: sidecars whose article is gone, by recorded hash', () => {
  it('finds the stray of a renamed article, and not a sidecar whose article is there', async () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, 'renamed.txt'), 'Текст статьи.');
    fs.writeFileSync(join(dir, `gone.txt${SUFFIX}`), sidecarOf('Текст статьи.'));
    fs.writeFileSync(join(dir, 'kept.txt'), 'Другой текст.');
    fs.writeFileSync(join(dir, `kept.txt${SUFFIX}`), sidecarOf('Другой текст.'));
    fs.writeFileSync(join(dir, 'copy.txt'), 'Другой текст.');
    const index = new StrayIndex(SUFFIX);
    assert.strictEqual(await index.find(join(dir, 'renamed.txt'), 'Текст статьи.'), join(dir, `gone.txt${SUFFIX}`));
    assert.strictEqual(await strayFor(join(dir, 'renamed.txt'), 'Текст статьи.', SUFFIX), join(dir, `gone.txt${SUFFIX}`));
    // kept.txt's sidecar has the same hash as copy.txt, but its article is there: not a stray.
    assert.strictEqual(await index.find(join(dir, 'copy.txt'), 'Другой текст.'), undefined);
    assert.strictEqual(await index.find(join(dir, 'renamed.txt'), 'Другое.'), undefined);
  });

  it('an article is never its own stray', async () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, `a.txt${SUFFIX}`), sidecarOf('Текст.'));
    assert.strictEqual(await new StrayIndex(SUFFIX).find(join(dir, 'a.txt'), 'Текст.'), undefined);
  });

  it('one index reads each folder once (a run shares it); a new index sees what changed since', async () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, 'b.txt'), 'Текст.');
    const index = new StrayIndex(SUFFIX);
    assert.strictEqual(await index.find(join(dir, 'b.txt'), 'Текст.'), undefined);
    fs.writeFileSync(join(dir, `a.txt${SUFFIX}`), sidecarOf('Текст.'));
    assert.strictEqual(await index.find(join(dir, 'b.txt'), 'Текст.'), undefined, 'the first reading stands for the run');
    assert.strictEqual(await new StrayIndex(SUFFIX).find(join(dir, 'b.txt'), 'Текст.'), join(dir, `a.txt${SUFFIX}`));
  });
});

describe('annotate and check of a folder read it a bounded number of times', () => {
  /** Counts fs.promises.readdir calls on `dir` while `work` runs. */
  async function readdirCalls(dir: string, work: () => Promise<unknown>): Promise<number> {
    const real = fs.promises.readdir;
    let calls = 0;
    (fs.promises as { readdir: unknown }).readdir = ((path: fs.PathLike, ...rest: unknown[]) => {
      if (String(path) === dir) calls++;
      return (real as (...a: unknown[]) => unknown).call(fs.promises, path, ...rest);
    }) as typeof real;
    try {
      await work();
    } finally {
      fs.promises.readdir = real;
    }
    return calls;
  }

  it('30 new articles: the folder is listed a few times, not once per article', async () => {
    const dir = tempDir();
    for (let i = 0; i < 30; i++) fs.writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), `Статья номер ${i}.`);
    fs.writeFileSync(join(dir, 'renamed.txt'), 'Старая статья.');
    fs.writeFileSync(join(dir, `old.txt${SUFFIX}`), sidecarOf('Старая статья.'));
    let r: Awaited<ReturnType<typeof runWith>> | undefined;
    const annotateLists = await readdirCalls(dir, async () => {
      r = await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['.', '--jobs', '1'], dir);
    });
    assert.match(r!.stderr, /looks like the sidecar of renamed\.txt/, 'the stray is still found');
    assert.ok(fs.existsSync(join(dir, `a29.txt${SUFFIX}`)));
    assert.ok(annotateLists <= 4, `annotate listed the folder ${annotateLists} times`);
    fs.rmSync(join(dir, `a29.txt${SUFFIX}`));
    const checkLists = await readdirCalls(dir, async () => {
      r = await runWith(runCheck, ['.', '--jobs', '1'], dir);
    });
    assert.match(r!.stdout, /old\.txt\.annotations\.yaml:1: looks like the sidecar of renamed\.txt/);
    assert.ok(checkLists <= 4, `check listed the folder ${checkLists} times`);
  });
});
