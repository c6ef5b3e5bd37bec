// The sidecar write path: compare-and-swap (a save that lands while annotate runs survives),
// symlinks, permissions, read-only files, a BOM, left-over temporary files.
import * as assert from 'assert';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateFile, cleanStaleTemps, readSidecarFile, SidecarError, writeFileAtomic, WriteConflict } from '../../../src/sidecar';
import { sampleEntities, SAMPLE } from './fixtures';
import { tempDir, workspace } from './cli-helpers';

const SIDE = 'article.txt.annotations.yaml';
const decide = (yaml: string, quote: string, status: string) => {
  const out = yaml.replace(new RegExp(`status: suggested(, text: ${quote},)`), `status: ${status}$1`);
  assert.notStrictEqual(out, yaml, `no suggestion "${quote}" to decide`);
  return out;
};

describe('annotateFile: a sidecar saved while the engine runs is merged, never overwritten', () => {
  it("the person's decision saved between read and rename survives, and the suggestions are refreshed", async () => {
    const dir = workspace();
    const article = join(dir, 'article.txt');
    const side = join(dir, SIDE);
    await annotateFile(article, { extract: () => sampleEntities(SAMPLE).slice(1) });
    const saved = decide(readFileSync(side, 'utf8'), 'ОДКБ', 'rejected');
    // The engine runs for seconds on a large article; the person saves during that time.
    const r = await annotateFile(article, {
      extract: () => {
        writeFileSync(side, saved);
        return sampleEntities(SAMPLE); // one suggestion more than last time: the sidecar is rewritten
      },
    });
    assert.strictEqual(r.remerged, 1);
    const out = readFileSync(side, 'utf8');
    assert.match(out, /status: rejected, text: ОДКБ,/);
    assert.strictEqual(r.annotations.length, sampleEntities(SAMPLE).length);
    assert.strictEqual(r.annotations.find((a) => a.text === 'ОДКБ')?.status, 'rejected');
  });

  it('a save landing in the last moment before the rename (after serializing) also survives', async () => {
    const dir = workspace();
    const article = join(dir, 'article.txt');
    const side = join(dir, SIDE);
    await annotateFile(article, { extract: () => sampleEntities(SAMPLE).slice(1) });
    const saved = decide(readFileSync(side, 'utf8'), 'ОДКБ', 'accepted');
    let once = true;
    const r = await annotateFile(article, {
      extract: () => sampleEntities(SAMPLE),
      beforeSwap: () => {
        if (once) {
          once = false;
          writeFileSync(side, saved);
        }
      },
    });
    assert.strictEqual(r.remerged, 1);
    assert.match(readFileSync(side, 'utf8'), /status: accepted, text: ОДКБ,/);
  });

  it('a sidecar that keeps changing is refused with a clear message, and the last save stays', async () => {
    const dir = workspace();
    const article = join(dir, 'article.txt');
    const side = join(dir, SIDE);
    await annotateFile(article, { extract: () => sampleEntities(SAMPLE).slice(1) });
    let n = 0;
    await assert.rejects(
      annotateFile(article, {
        extract: () => sampleEntities(SAMPLE),
        beforeSwap: () => writeFileSync(side, readFileSync(side, 'utf8') + `# save ${++n}\n`),
      }),
      (e: unknown) => e instanceof SidecarError && /changed on disk 3 times while it was being annotated; it was not overwritten/.test(e.message),
    );
    assert.match(readFileSync(side, 'utf8'), /# save 3\n$/);
    assert.deepStrictEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('a sidecar created while the engine runs (first annotation) is merged, not replaced', async () => {
    const dir = workspace();
    const article = join(dir, 'article.txt');
    const side = join(dir, SIDE);
    const other = workspace();
    await annotateFile(join(other, 'article.txt'), { extract: () => sampleEntities(SAMPLE) });
    const theirs = decide(readFileSync(join(other, SIDE), 'utf8'), 'ОДКБ', 'rejected');
    const r = await annotateFile(article, {
      extract: () => {
        writeFileSync(side, theirs);
        return sampleEntities(SAMPLE);
      },
    });
    assert.strictEqual(r.remerged, 1);
    assert.match(readFileSync(side, 'utf8'), /status: rejected, text: ОДКБ,/);
  });
});

describe('writeFileAtomic', () => {
  it('with expected: refuses (WriteConflict) when the file changed, writes when it did not', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(file, 'one\n');
    const disk = (await readSidecarFile(file))!;
    writeFileSync(file, 'two\n');
    await assert.rejects(writeFileAtomic(file, 'three\n', { expected: disk.digest }), WriteConflict);
    assert.strictEqual(readFileSync(file, 'utf8'), 'two\n');
    await writeFileAtomic(file, 'three\n', { expected: (await readSidecarFile(file))!.digest });
    assert.strictEqual(readFileSync(file, 'utf8'), 'three\n');
    // null: based on no file; someone created it meanwhile
    const fresh = join(tempDir(), 'b.yaml');
    await assert.rejects(writeFileAtomic(fresh, 'x', { expected: null, beforeSwap: () => writeFileSync(fresh, 'theirs') }), WriteConflict);
    assert.strictEqual(readFileSync(fresh, 'utf8'), 'theirs');
  });

  it('writes through a symbolic link: the link stays a link, its target gets the text', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'store'));
    writeFileSync(join(dir, 'store', 'real.yaml'), 'old\n');
    symlinkSync(join('store', 'real.yaml'), join(dir, 'link.yaml'));
    await writeFileAtomic(join(dir, 'link.yaml'), 'new\n');
    assert.ok(lstatSync(join(dir, 'link.yaml')).isSymbolicLink());
    assert.strictEqual(readFileSync(join(dir, 'store', 'real.yaml'), 'utf8'), 'new\n');
  });

  it("keeps the file's permissions (and owner) on rewrite", async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(file, 'one\n');
    chmodSync(file, 0o664); // group-writable, as in a shared repository; the umask (022) would drop g+w
    const before = statSync(file);
    await writeFileAtomic(file, 'two\n');
    const after = statSync(file);
    assert.strictEqual(after.mode & 0o7777, 0o664);
    assert.deepStrictEqual([after.uid, after.gid], [before.uid, before.gid]);
  });

  it('refuses a read-only sidecar with a message and leaves it as it is', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(file, 'one\n');
    chmodSync(file, 0o444);
    await assert.rejects(
      writeFileAtomic(file, 'two\n', { shown: 'a.yaml' }),
      (e: unknown) => e instanceof SidecarError && e.message === 'a.yaml: is read-only; it was not modified (make it writable to save annotations)',
    );
    assert.strictEqual(readFileSync(file, 'utf8'), 'one\n');
  });

  it('a BOM read is a BOM written', async () => {
    const file = join(tempDir(), 'a.yaml');
    writeFileSync(file, '\ufeffnewsmark: 1\n');
    const disk = (await readSidecarFile(file))!;
    assert.deepStrictEqual([disk.text, disk.bom], ['newsmark: 1\n', true]);
    await writeFileAtomic(file, disk.text + '# more\n', { bom: disk.bom, expected: disk.digest });
    assert.deepStrictEqual([...readFileSync(file).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('cleans our own stale temporary files (dead pid or older than a minute), nothing else', async () => {
    const dir = tempDir();
    const old = Date.now() / 1000 - 3600;
    const files = {
      dead: '.a.yaml.999999999-1.tmp', // no such process
      oldOurs: `.a.yaml.${process.pid}-77.tmp`,
      fresh: `.a.yaml.${process.pid}-78.tmp`, // a write of ours in flight
      notOurs: '.a.yaml.tmp',
      person: 'notes.tmp',
    };
    for (const f of Object.values(files)) writeFileSync(join(dir, f), 'x');
    utimesSync(join(dir, files.oldOurs), old, old);
    utimesSync(join(dir, files.notOurs), old, old);
    utimesSync(join(dir, files.person), old, old);
    const removed = await cleanStaleTemps(dir);
    assert.deepStrictEqual(removed.map((p) => p.slice(dir.length + 1)).sort(), [files.dead, files.oldOurs].sort());
    assert.deepStrictEqual(readdirSync(dir).sort(), [files.fresh, files.notOurs, files.person].sort());
  });

  it('a sidecar that is a folder is a SidecarError naming it, not a crash', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a.yaml'));
    await assert.rejects(
      readSidecarFile(join(dir, 'a.yaml'), 'a.yaml'),
      (e: unknown) => e instanceof SidecarError && e.message === 'a.yaml: is a folder, not a file',
    );
  });
});
