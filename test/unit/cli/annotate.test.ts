// `newsmark annotate`: writes sidecars, is idempotent, keeps decisions, never touches an unreadable sidecar.
import * as assert from 'assert';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runAnnotate } from '../../../src/cli/annotate';
import { parseSidecar } from '../../../src/sidecar';
import { SAMPLE } from '../sidecar/fixtures';
import { fakeEngine, runWith, workspace } from '../sidecar/cli-helpers';

const annotate = (args: string[], cwd: string, tty = false, engine = fakeEngine()) => runWith((a, io) => runAnnotate(a, io, engine), args, cwd, tty);
const SIDE = 'article.txt.annotations.yaml';
const read = (dir: string, f = SIDE) => readFileSync(join(dir, f), 'utf8');

describe('cli annotate', () => {
  it('writes a sidecar, and a second run changes nothing (byte for byte)', async () => {
    const dir = workspace();
    const first = await annotate(['article.txt'], dir);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.match(first.stdout, /^newsmark annotate: 1 article: 1 written, 0 updated, 0 unchanged, 0 failed; 19 suggested, 0 decided by a person\n$/); // 16 names and figures, 3 quotes
    const bytes = read(dir);
    assert.match(bytes, /^newsmark: 2$/m);
    const mtime = statSync(join(dir, SIDE)).mtimeMs;
    const second = await annotate(['article.txt'], dir);
    assert.match(second.stdout, /0 written, 0 updated, 1 unchanged/);
    assert.strictEqual(read(dir), bytes);
    assert.strictEqual(statSync(join(dir, SIDE)).mtimeMs, mtime, 'an unchanged sidecar is not rewritten');
  });

  it("keeps a person's decision, note and comment when the article is edited and annotated again", async () => {
    const dir = workspace();
    await annotate(['article.txt'], dir);
    const reviewed = read(dir)
      .replace(/status: suggested(, text: Ержан Саденов,)/, 'status: accepted$1')
      .replace(/status: suggested(, text: ОДКБ,)/, 'status: rejected$1')
      .replace(/(\n {2}- \{[^\n]*text: Интерпола,[^\n]*)\}/, '$1, note: "Interpol, genitive" }')
      .replace('annotations:\n', 'annotations:\n  # reviewed by Anna\n');
    writeFileSync(join(dir, SIDE), reviewed);
    writeFileSync(join(dir, 'article.txt'), 'Дополнение редакции.\n\n' + SAMPLE);
    const r = await annotate(['article.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 updated/);
    const out = read(dir);
    assert.match(out, /status: accepted, text: Ержан Саденов,/);
    // No offsets in the file; on load the decision sits 22 code units further on (241 + 22 inserted).
    const sadenov = parseSidecar(out, 'Дополнение редакции.\n\n' + SAMPLE, SIDE).annotations.find((a) => a.text === 'Ержан Саденов')!;
    assert.deepStrictEqual([sadenov.status, sadenov.start], ['accepted', 263]);
    assert.match(out, /status: rejected, text: ОДКБ,/);
    assert.match(out, /note: "Interpol, genitive"/);
    assert.match(out, /annotations:\n {2}# reviewed by Anna\n/);
    assert.strictEqual((out.match(/text: ОДКБ,/g) ?? []).length, 1, 'the rejected suggestion is not suggested again');
    const again = await annotate(['article.txt'], dir);
    assert.match(again.stdout, /1 unchanged/);
  });

  it('lists orphans (kept, marked) and dropped untouched suggestions', async () => {
    const dir = workspace();
    await annotate(['article.txt'], dir);
    writeFileSync(join(dir, SIDE), read(dir).replace(/status: suggested(, text: около 120,)/, 'status: accepted$1'));
    writeFileSync(join(dir, 'article.txt'), SAMPLE.replace('около 120', 'около 130').replace('ОДКБ', 'ОДКП'));
    const r = await annotate(['article.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = read(dir);
    const orphanLine = out.split('\n').findIndex((l) => l.includes('orphan: true')) + 1;
    assert.ok(orphanLine > 0);
    assert.match(out.split('\n')[orphanLine - 1], /status: accepted, orphan: true, text: около 120,/);
    assert.ok(r.stderr.includes(`${SIDE}:${orphanLine}: orphan NUMBER "около 120" (accepted): not found in article.txt\n`), r.stderr);
    assert.match(r.stderr, /article\.txt\.annotations\.yaml:\d+: dropped suggestion ORG "ОДКБ": no longer in article\.txt/);
    assert.match(r.stdout, /1 orphan\n$/);
  });

  // [what is wrong with the sidecar, how to break it, the line the error names]
  const bad: [string, (s: string) => string, (s: string) => number][] = [
    ['malformed YAML', (s) => s.replace('annotations:\n', 'annotations:\n  - { broken: [\n'), (s) => s.split('\n').findIndex((l) => l.includes('broken')) + 1],
    [
      'git conflict markers',
      (s) => s.replace('newsmark: 2', '<<<<<<< HEAD\nnewsmark: 2\n=======\nnewsmark: 2\n>>>>>>> other'),
      (s) => s.split('\n').indexOf('<<<<<<< HEAD') + 1,
    ],
    ['unknown schema version', (s) => s.replace('newsmark: 2', 'newsmark: 7'), (s) => s.split('\n').indexOf('newsmark: 7') + 1],
    [
      'a sidecar for a different article',
      (s) => s.replace('article: article.txt', 'article: other.txt'),
      (s) => s.split('\n').indexOf('article: other.txt') + 1,
    ],
  ];
  for (const [what, breakIt, line] of bad) {
    it(`${what}: error with file and line, sidecar not modified, other articles still annotated`, async () => {
      const dir = workspace({ 'second.txt': 'Ержан Саденов приехал в Астану.\n' });
      await annotate(['article.txt'], dir);
      const broken = breakIt(read(dir));
      writeFileSync(join(dir, SIDE), broken);
      const r = await annotate(['.'], dir);
      assert.strictEqual(r.code, 1);
      const l = line(broken);
      assert.ok(l > 0);
      assert.match(r.stderr, new RegExp(`^article\\.txt\\.annotations\\.yaml:(${l}|${l + 1}): \\S`, 'm'));
      assert.strictEqual(read(dir), broken);
      assert.match(read(dir, 'second.txt.annotations.yaml'), /text: Ержан Саденов/);
      assert.match(r.stdout, /2 articles: 1 written, 0 updated, 0 unchanged, 1 failed/);
    });
  }

  it('a binary or non-UTF-8 article is reported by name, gets no sidecar, and the others are still annotated', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    writeFileSync(join(dir, 'cp1251.txt'), Buffer.from([0xcc, 0xc2, 0xc4, 0x20, 0xd0, 0xee, 0xf1, 0xf1, 0xe8, 0xe8]));
    const r = await annotate(['article.txt', 'photo.txt', 'cp1251.txt'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /photo\.txt: looks binary \(a NUL byte at byte offset 3\)/);
    assert.match(r.stderr, /cp1251\.txt: not valid UTF-8: byte 0xCC at byte offset 0/);
    assert.match(r.stdout, /3 articles: 1 written, 0 updated, 0 unchanged, 2 failed/);
    assert.throws(() => read(dir, 'photo.txt.annotations.yaml'), /ENOENT/);
    assert.throws(() => read(dir, 'cp1251.txt.annotations.yaml'), /ENOENT/);
    assert.match(read(dir), /^newsmark: 2$/m);
  });

  it('a sidecar that is not UTF-8 is reported with its line and left byte-identical', async () => {
    const dir = workspace();
    assert.strictEqual((await annotate(['article.txt'], dir)).code, 0);
    // A person's note saved in Windows-1251 on line 8 ("Заметка").
    const lines = read(dir).split('\n');
    const bad = Buffer.concat([
      Buffer.from(lines.slice(0, 7).join('\n') + '\n# ', 'utf8'),
      Buffer.from([0xc7, 0xe0, 0xec]),
      Buffer.from('\n' + lines.slice(7).join('\n'), 'utf8'),
    ]);
    writeFileSync(join(dir, SIDE), bad);
    const r = await annotate(['article.txt'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /article\.txt\.annotations\.yaml:8: not valid UTF-8: byte 0xC7 at byte offset \d+; the sidecar must be UTF-8/);
    assert.ok(readFileSync(join(dir, SIDE)).equals(bad), 'the sidecar is not modified');
  });

  it('an article with a BOM: offsets count from after the BOM, as the editor shows the text', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'article.txt'), '\ufeff' + SAMPLE);
    assert.strictEqual((await annotate(['article.txt'], dir)).code, 0);
    const want = SAMPLE.indexOf('Ержан Саденов');
    const sadenov = parseSidecar(read(dir), SAMPLE, SIDE).annotations.find((a) => a.text === 'Ержан Саденов')!;
    assert.deepStrictEqual([sadenov.start, sadenov.end], [want, want + 'Ержан Саденов'.length]);
    assert.strictEqual(readFileSync(join(dir, 'article.txt'), 'utf8'), '\ufeff' + SAMPLE, 'the article is never written');
  });

  it('with the real engine: a second run on the sample changes nothing', async function () {
    this.timeout(60000); // the first load reads the dictionaries
    const dir = workspace();
    // No engine injected: the command loads the real one itself.
    const real = (args: string[]) => runWith(runAnnotate, args, dir);
    const first = await real(['article.txt']);
    assert.strictEqual(first.code, 0, first.stderr);
    const bytes = read(dir);
    const second = await real(['article.txt']);
    assert.match(second.stdout, /0 written, 0 updated, 1 unchanged, 0 failed/);
    assert.strictEqual(read(dir), bytes);
  });

  it('prints a progress line per file on a terminal, none otherwise', async () => {
    const dir = workspace({ 'b.md': 'Владимир Колокольцев\n' });
    const tty = await annotate(['.'], dir, true);
    assert.deepStrictEqual(
      tty.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/ \(.*/, '')),
      ['[1/2] article.txt: written', '[2/2] b.md: written'],
    );
    const plain = await annotate(['.'], dir, false);
    assert.strictEqual(plain.stderr, '');
  });

  it('honours --suffix and rejects bad usage', async () => {
    const dir = workspace();
    assert.strictEqual((await annotate(['--suffix', '.nm.yml', 'article.txt'], dir)).code, 0);
    assert.match(read(dir, 'article.txt.nm.yml'), /^newsmark: 2$/m);
    assert.strictEqual((await annotate([], dir)).code, 2);
    assert.strictEqual((await annotate(['missing.txt'], dir)).code, 2);
    assert.strictEqual((await annotate(['--suffix', '', 'article.txt'], dir)).code, 2);
    assert.strictEqual((await annotate(['--lang', 'fr', 'article.txt'], dir)).code, 2);
    const help = await annotate(['--help'], dir);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^Usage: newsmark annotate/);
  });
});
