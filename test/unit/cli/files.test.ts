// `annotate` and `check` with files that are not what they should be: I/O errors reported as
// `path: reason` while the rest goes on; --suffix validated like the editor's setting; BOMs, tabs,
// UTF-16 articles, read-only and symlinked sidecars.
import * as assert from 'assert';
import { parseSidecar } from '../../../src/sidecar';
import { chmodSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAnnotate } from '../../../src/cli/annotate';
import { runCheck } from '../../../src/cli/check';
import { discoverArticles, SUFFIX_PATTERN } from '../../../src/sidecar';
import { SAMPLE } from '../sidecar/fixtures';
import { fakeEngine, runWith, tempDir, workspace } from '../sidecar/cli-helpers';

const annotate = (args: string[], cwd: string) => runWith((a, io) => runAnnotate(a, io, fakeEngine()), args, cwd);
const check = (args: string[], cwd: string) => runWith(runCheck, args, cwd);
const SIDE = 'article.txt.annotations.yaml';
const SECOND = 'Ержан Саденов приехал в Астану.\n';

describe('cli: I/O errors are reported as path: reason, and the rest goes on', () => {
  // [what, how to break b.txt's sidecar, the reason printed]
  const cases: [string, (dir: string) => void, string][] = [
    ['a sidecar that is a folder', (dir) => mkdirSync(join(dir, 'b.txt.annotations.yaml')), 'is a folder, not a file'],
    [
      'a sidecar that is a symbolic link to itself',
      (dir) => symlinkSync('b.txt.annotations.yaml', join(dir, 'b.txt.annotations.yaml')),
      'a symbolic link that loops',
    ],
  ];
  for (const [what, breakIt, reason] of cases) {
    it(`${what}: annotate and check name it, process the other article, exit 1`, async () => {
      const dir = workspace({ 'b.txt': SECOND });
      breakIt(dir);
      const a = await annotate(['.'], dir);
      assert.strictEqual(a.code, 1);
      assert.ok(a.stderr.includes(`b.txt.annotations.yaml: ${reason}\n`), a.stderr);
      assert.match(a.stdout, /2 articles: 1 written, 0 updated, 0 unchanged, 1 failed/);
      assert.match(readFileSync(join(dir, SIDE), 'utf8'), /^newsmark: 2$/m);
      const c = await check(['.'], dir);
      assert.strictEqual(c.code, 1);
      assert.strictEqual(c.stdout, `b.txt.annotations.yaml: ${reason}\n`);
    });
  }

  it('a subfolder that cannot be listed is reported and the walk goes on', async () => {
    const dir = workspace({ 'b.txt': SECOND });
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'c.txt'), SECOND);
    mkdirSync(join(dir, 'open'));
    writeFileSync(join(dir, 'open', 'd.txt'), SECOND);
    const { promises: fs } = await import('node:fs');
    const failing = async (p: string) => {
      if (p.endsWith('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return fs.readdir(p, { withFileTypes: true });
    };
    const found = await discoverArticles(['.'], dir, undefined, failing);
    assert.deepStrictEqual(found.articles, ['article.txt', 'b.txt', join('open', 'd.txt')]);
    assert.deepStrictEqual(found.unreadable, [{ path: 'locked', reason: 'permission denied' }]);
  });

  it('the same through the commands, where permissions apply (not as root)', async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads every folder; the readdir seam above covers it
    const dir = workspace({ 'b.txt': SECOND });
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0);
    try {
      const a = await annotate(['.'], dir);
      assert.strictEqual(a.code, 1);
      assert.ok(a.stderr.includes('locked: permission denied\n'), a.stderr);
      assert.match(a.stdout, /2 articles: 2 written/);
      const c = await check(['.'], dir);
      assert.strictEqual(c.code, 1);
      assert.match(c.stdout, /^locked: permission denied$/m);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('cli: --suffix is validated like the editor setting', () => {
  const bad = ['', '.md', '.annotations', 'annotations.yaml', '/x.yaml', '.a/b.yaml', '..\\x.yml', '.yaml.txt'];
  for (const suffix of bad) {
    it(`refuses ${JSON.stringify(suffix)} (annotate and check, exit 2, nothing written)`, async () => {
      const dir = workspace();
      const a = await annotate(['--suffix', suffix, 'article.txt'], dir);
      assert.strictEqual(a.code, 2);
      assert.match(a.stderr, /invalid sidecar suffix .*: it must start with a dot and end in \.yaml or \.yml/);
      assert.strictEqual((await check(['--suffix', suffix, 'article.txt'], dir)).code, 2);
    });
  }
  it('accepts .yml and .yaml suffixes', async () => {
    const dir = workspace();
    for (const suffix of ['.nm.yml', '.annotations.yaml', '.x_1-2.yaml'])
      assert.strictEqual((await annotate(['--suffix', suffix, 'article.txt'], dir)).code, 0, suffix);
  });
  it('is the pattern package.json declares for the setting (no drift)', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
    assert.strictEqual(pkg.contributes.configuration.properties['newsmark.sidecar.suffix'].pattern, SUFFIX_PATTERN.source);
  });
});

describe('cli: what a person put in the file survives a rewrite', () => {
  it('a BOM at the start of the sidecar is kept', async () => {
    const dir = workspace();
    await annotate(['article.txt'], dir);
    writeFileSync(join(dir, SIDE), '\ufeff' + readFileSync(join(dir, SIDE), 'utf8').replace(/status: suggested(, text: ОДКБ,)/, 'status: rejected$1'));
    writeFileSync(join(dir, 'article.txt'), 'Дополнение.\n\n' + SAMPLE);
    const r = await annotate(['article.txt'], dir);
    assert.match(r.stdout, /1 updated/);
    const bytes = readFileSync(join(dir, SIDE));
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(bytes.toString('utf8'), /status: rejected, text: ОДКБ,/);
  });

  it('a literal tab inside a quoted note is kept (as a tab in the value; the writer may spell it \\t)', async () => {
    const dir = workspace();
    await annotate(['article.txt'], dir);
    const withTab = readFileSync(join(dir, SIDE), 'utf8').replace(/(text: ОДКБ,[^\n]*) \}/, '$1, note: "col1\tcol2" }');
    assert.ok(withTab.includes('"col1\tcol2"'));
    writeFileSync(join(dir, SIDE), withTab);
    writeFileSync(join(dir, 'article.txt'), 'Дополнение.\n\n' + SAMPLE);
    assert.match((await annotate(['article.txt'], dir)).stdout, /1 updated/);
    const notes = (parse(readFileSync(join(dir, SIDE), 'utf8')).annotations as { text: string; note?: string }[]).filter((a) => a.note);
    assert.deepStrictEqual(
      notes.map((a) => [a.text, a.note]),
      [['ОДКБ', 'col1\tcol2']],
    );
  });

  it('a read-only sidecar is refused with a message and left as it is', async () => {
    const dir = workspace({ 'b.txt': SECOND });
    await annotate(['article.txt'], dir);
    const before = readFileSync(join(dir, SIDE), 'utf8');
    chmodSync(join(dir, SIDE), 0o444);
    writeFileSync(join(dir, 'article.txt'), 'Дополнение.\n\n' + SAMPLE);
    const r = await annotate(['.'], dir);
    assert.strictEqual(r.code, 1);
    assert.ok(r.stderr.includes(`${SIDE}: is read-only; it was not modified (make it writable to save annotations)\n`), r.stderr);
    assert.strictEqual(readFileSync(join(dir, SIDE), 'utf8'), before);
    assert.match(r.stdout, /1 written, 0 updated, 0 unchanged, 1 failed/);
  });

  it('a symlinked sidecar: the link stays, its target is updated', async () => {
    const dir = workspace();
    const store = tempDir();
    await annotate(['article.txt'], dir);
    writeFileSync(join(store, 'kept.yaml'), readFileSync(join(dir, SIDE)));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, SIDE));
    symlinkSync(join(store, 'kept.yaml'), join(dir, SIDE));
    writeFileSync(join(dir, 'article.txt'), 'Дополнение.\n\n' + SAMPLE);
    assert.match((await annotate(['article.txt'], dir)).stdout, /1 updated/);
    assert.ok(lstatSync(join(dir, SIDE)).isSymbolicLink());
    // The target holds the rewrite: the article's new hash, and Саденов found at his new place.
    const edited = readFileSync(join(dir, 'article.txt'), 'utf8');
    const kept = parseSidecar(readFileSync(join(store, 'kept.yaml'), 'utf8'), edited, 'kept.yaml');
    assert.ok(!kept.stale);
    assert.strictEqual(kept.annotations.find((a) => a.text === 'Ержан Саденов')?.start, edited.indexOf('Ержан Саденов'));
  });
});

describe('cli: UTF-16 articles (Notepad\'s "Unicode") are read, not called binary', () => {
  const cases: [string, Buffer][] = [
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE, 'utf16le').swap16()])],
  ];
  for (const [what, bytes] of cases) {
    it(`${what}: offsets as in the UTF-8 text, and check passes`, async () => {
      const dir = workspace();
      writeFileSync(join(dir, 'article.txt'), bytes);
      const r = await annotate(['article.txt'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      const want = SAMPLE.indexOf('Ержан Саденов');
      const sc = parseSidecar(readFileSync(join(dir, SIDE), 'utf8'), SAMPLE, SIDE);
      assert.strictEqual(sc.annotations.find((a) => a.text === 'Ержан Саденов')?.start, want);
      assert.strictEqual((await check(['article.txt'], dir)).code, 0);
    });
  }
  it('a broken UTF-16 file is refused as UTF-16, not as binary', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'article.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Мос', 'utf16le'), Buffer.from([0x00, 0xd8])]));
    const r = await annotate(['article.txt'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /^article\.txt: UTF-16 LE \(by its byte order mark\) but not valid UTF-16 LE; skipped$/m);
  });
});
