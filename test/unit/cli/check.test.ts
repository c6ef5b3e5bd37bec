// `newsmark check`: exit 0 with one summary line when sidecars match, else path:line: message and exit 1.
import * as assert from 'assert';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runAnnotate } from '../../../src/cli/annotate';
import { runCheck } from '../../../src/cli/check';
import { SAMPLE } from '../sidecar/fixtures';
import { fakeEngine, runWith, workspace } from '../sidecar/cli-helpers';

const SIDE = 'article.txt.annotations.yaml';
const check = (args: string[], cwd: string) => runWith(runCheck, args, cwd);
async function annotated(files: Record<string, string> = {}): Promise<string> {
  const dir = workspace(files);
  const r = await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['.'], dir);
  assert.strictEqual(r.code, 0, r.stderr);
  return dir;
}
const lineWith = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('cli check', () => {
  it('all is well: exit 0 and a one-line summary', async () => {
    const dir = await annotated({ 'plain.txt': 'no sidecar for this one' });
    unlinkSync(join(dir, 'plain.txt.annotations.yaml'));
    const r = await check(['.'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.strictEqual(r.stdout, 'newsmark check: 1 sidecar OK (19 annotations, 1 articles without sidecar)\n');
    assert.strictEqual(r.stderr, '');
  });

  it('an edited article: stale hash, and only the anchors whose context changed, each at its sidecar line', async () => {
    const dir = await annotated();
    writeFileSync(join(dir, 'article.txt'), SAMPLE.replace('Владимир Колокольцев и Ержан', 'В. Колокольцев и Ержан'));
    const shift = 'Владимир'.length - 'В.'.length;
    const side = readFileSync(join(dir, SIDE), 'utf8');
    const r = await check(['article.txt'], dir);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.strictEqual(
      lines[0],
      `${SIDE}:${lineWith(side, 'hash:')}: stale: article.txt changed since this sidecar was written (hash differs); run 'newsmark annotate'`,
    );
    // The file stores no offsets: the annotations after the edit did not move in it. Only the name
    // right after the edit has a changed context, and the edited name is gone.
    assert.deepStrictEqual(
      lines.slice(1),
      [
        `${SIDE}:${lineWith(side, 'text: Владимир Колокольцев')}: orphan: PER "Владимир Колокольцев" (suggested) not found in article.txt`,
        `${SIDE}:${lineWith(side, 'text: Ержан Саденов')}: stale anchor: PER "Ержан Саденов" (suggested) found at ${241 - shift}-${254 - shift}, its context changed`,
      ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])),
    );
    assert.match(r.stderr, /^newsmark check: 1 of 1 sidecars need attention \(3 problems\)\n$/);
    assert.strictEqual(readFileSync(join(dir, SIDE), 'utf8'), side, 'check never writes');
  });

  it('a version-1 sidecar: a note at its version line (not a failure); moved offsets grouped into one problem', async () => {
    const dir = workspace({});
    const data = join(__dirname, '../sidecar/data');
    const v1 = readFileSync(join(data, 'v1-en-almaty-water-talks.txt.annotations.yaml'), 'utf8');
    const text = readFileSync(join(data, 'v1-en-almaty-water-talks.txt'), 'utf8');
    writeFileSync(join(dir, 'en-almaty-water-talks.txt'), text);
    writeFileSync(join(dir, 'en-almaty-water-talks.txt.annotations.yaml'), v1);
    const ok = await check(['en-almaty-water-talks.txt'], dir);
    assert.strictEqual(ok.code, 0, ok.stdout);
    assert.match(
      ok.stdout,
      new RegExp(
        `^en-almaty-water-talks\\.txt\\.annotations\\.yaml:${lineWith(v1, 'newsmark: 1')}: note: version 1 sidecar; 'newsmark annotate' upgrades it to version 2 `,
      ),
    );
    assert.match(ok.stdout, /\n?newsmark check: 1 sidecar OK \(\d+ annotations, 0 articles without sidecar, 1 still version 1\)\n$/);
    writeFileSync(join(dir, 'en-almaty-water-talks.txt'), text.replace('The three ministers', 'The meeting lasted three hours. The three ministers'));
    const moved = await check(['en-almaty-water-talks.txt'], dir);
    assert.strictEqual(moved.code, 1);
    assert.match(moved.stdout, /moved from 406-421 to 438-453, and the \d+ annotations after it \(to line \d+\) moved by \+32 too/);
  });

  it('after annotate, the edited article checks clean again (orphans of decisions excepted)', async () => {
    const dir = await annotated();
    writeFileSync(join(dir, 'article.txt'), SAMPLE.replace(/\n/g, '\r\n'));
    assert.strictEqual((await check(['.'], dir)).code, 1);
    await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['.'], dir);
    assert.strictEqual((await check(['.'], dir)).code, 0);
  });

  it('an orphan already marked in the file fails the check until a person resolves it', async () => {
    const dir = await annotated();
    const side = readFileSync(join(dir, SIDE), 'utf8');
    writeFileSync(join(dir, SIDE), side.replace(/status: suggested(, text: ОДКБ,)/, 'status: accepted$1'));
    writeFileSync(join(dir, 'article.txt'), SAMPLE.replace('ОДКБ', 'ОДКП'));
    await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['.'], dir);
    const after = readFileSync(join(dir, SIDE), 'utf8');
    const r = await check(['.'], dir);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stdout, `${SIDE}:${lineWith(after, 'orphan: true')}: orphan: ORG "ОДКБ" (accepted) not found in article.txt\n`);
  });

  // [what is wrong, the edit]
  const schema: [string, (s: string) => string, string, RegExp][] = [
    ['unknown schema version', (s) => s.replace('newsmark: 2', 'newsmark: 3'), 'newsmark: 3', /unsupported sidecar schema version 3/],
    ['git conflict markers', (s) => s.replace('annotations:', '<<<<<<< ours\nannotations:'), '<<<<<<<', /merge conflict/],
    ['an invalid status', (s) => s.replace(/status: suggested(, text: ОДКБ,)/, 'status: maybe$1'), 'status: maybe', /unknown status 'maybe'/],
  ];
  for (const [what, edit, needle, reason] of schema) {
    it(`schema error: ${what}`, async () => {
      const dir = await annotated();
      const broken = edit(readFileSync(join(dir, SIDE), 'utf8'));
      writeFileSync(join(dir, SIDE), broken);
      const r = await check(['.'], dir);
      assert.strictEqual(r.code, 1);
      const [first] = r.stdout.split('\n');
      assert.ok(first.startsWith(`${SIDE}:${lineWith(broken, needle)}: `), first);
      assert.match(first, reason);
      assert.strictEqual(readFileSync(join(dir, SIDE), 'utf8'), broken);
    });
  }

  it('a sidecar whose article is gone', async () => {
    const dir = await annotated();
    unlinkSync(join(dir, 'article.txt'));
    const r = await check(['.'], dir);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stdout, `${SIDE}:1: article article.txt not found\n`);
  });

  it('usage errors exit 2', async () => {
    const dir = workspace();
    assert.strictEqual((await check([], dir)).code, 2);
    assert.strictEqual((await check(['nope'], dir)).code, 2);
    assert.strictEqual((await check(['--bogus', '.'], dir)).code, 2);
  });
});
