// `newsmark diff` and `newsmark init-git` on a real git repository in a temporary folder: each change
// kind once, the three output formats, revisions, and the textconv driver as git itself runs it.
import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAnnotate } from '../../../src/cli/annotate';
import { runDiff } from '../../../src/cli/diff';
import { runInitGit } from '../../../src/cli/init-git';
import { addManual, parseSidecar, removeAnnotation, serializeSidecar, setNote, setStatus, updateAnnotation } from '../../../src/sidecar';
import { SAMPLE } from '../sidecar/fixtures';
import { fakeEngine, runWith, workspace } from '../sidecar/cli-helpers';

const SIDE = 'article.txt.annotations.yaml';
const diff = (args: string[], cwd: string) => runWith(runDiff, args, cwd);
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
const lineOfText = (text: string, quote: string) => text.slice(0, text.indexOf(quote)).split('\n').length;

/** A repository with the sample annotated and committed, then a review and an article edit in the working tree. */
async function reviewed(): Promise<{ dir: string; edited: string }> {
  const dir = workspace();
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.email', 't@example.invalid');
  git(dir, 'config', 'user.name', 'Test');
  assert.strictEqual((await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['article.txt'], dir)).code, 0);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'annotated');
  // The article: a name shortened (its annotation is orphaned, the next one's context changes).
  const edited = SAMPLE.replace('Владимир Колокольцев и Ержан', 'В. Колокольцев и Ержан');
  const sc = parseSidecar(readFileSync(join(dir, SIDE), 'utf8'), edited, SIDE);
  const id = (text: string) => sc.annotations.find((a) => a.text === text)!.id;
  let list = [...sc.annotations, ...sc.orphans];
  list = setStatus(list, id('ОДКБ'), 'accepted'); // decided
  list = updateAnnotation(list, id('Интерпола'), { type: 'LOC' }); // relabelled (and so accepted)
  list = setNote(list, id('Усть-Каменогорске'), 'see [this](command:workbench.action.quit)'); // noted
  list = removeAnnotation(list, id('около 120')); // removed
  const at = edited.indexOf('ШОС');
  list = addManual(list, edited, { type: 'ORG', start: at, end: at + 3 }).annotations; // added
  writeFileSync(join(dir, 'article.txt'), edited);
  writeFileSync(join(dir, SIDE), serializeSidecar(sc, 'article.txt', edited, list));
  return { dir, edited };
}

describe('cli diff (real git repository)', function () {
  this.timeout(60_000);

  it('lists each change kind once, as article:line:, working tree against HEAD', async () => {
    const { dir, edited } = await reviewed();
    const r = await diff([], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n').filter(Boolean);
    const want = [
      `article.txt:${lineOfText(edited, 'ОДКБ')}: decided ORG "ОДКБ": suggested → accepted`,
      `article.txt:${lineOfText(edited, 'Интерпола')}: relabelled "Интерпола": ORG → LOC (accepted)`,
      `article.txt:${lineOfText(edited, 'Усть-Каменогорске')}: noted LOC "Усть-Каменогорске": "see [this](command:workbench.action.quit)"`,
      `article.txt:${lineOfText(SAMPLE, 'около 120')}: removed NUMBER "около 120" (suggested)`,
      `article.txt:${lineOfText(edited, 'ШОС')}: added ORG "ШОС" (manual)`,
      `article.txt:${lineOfText(SAMPLE, 'Владимир Колокольцев и')}: orphaned PER "Владимир Колокольцев" (suggested): its text is gone from the article`,
    ];
    for (const w of want) assert.ok(lines.includes(w), `missing: ${w}\n${r.stdout}`);
    const anchored = lines.filter((l) => l.includes('re-anchored'));
    assert.deepStrictEqual(
      anchored.map((l) => l.split(': ')[1].split(' (')[0]),
      ['re-anchored PER "Ержан Саденов"'],
      r.stdout,
    );
    assert.ok(anchored[0].startsWith(`article.txt:${lineOfText(edited, 'Ержан Саденов')}: `));
    assert.strictEqual(lines.length, want.length + 1, r.stdout);
  });

  it('--json and --markdown carry the same changes; Markdown sets file text as code, never as a link', async () => {
    const { dir } = await reviewed();
    const json = JSON.parse((await diff(['--json'], dir)).stdout);
    assert.deepStrictEqual([json.from, json.to], ['HEAD', 'working tree']);
    const kinds = json.articles[0].changes.map((c: { kind: string }) => c.kind).sort();
    assert.deepStrictEqual(kinds, ['added', 'decided', 'noted', 'orphaned', 're-anchored', 'relabelled', 'removed']);
    const md = (await diff(['--markdown'], dir)).stdout;
    assert.match(md, /^### newsmark: annotation changes \(`HEAD` → `working tree`\)\n/);
    assert.match(md, /\| `article\.txt` \| 1 \| 1 \| 1 \| 1 \| 1 \| 1 \| 1 \| {2}\|\n/);
    const noteLine = md.split('\n').find((l) => l.includes('command:workbench'))!;
    assert.match(noteLine, /^- line \d+: \*\*noted\*\* `noted LOC "Усть-Каменогорске": "see \[this\]\(command:workbench\.action\.quit\)"`$/);
  });

  it('two revisions, a path filter, and nothing to report', async () => {
    const { dir } = await reviewed();
    const now = (await diff([], dir)).stdout;
    git(dir, 'commit', '-q', '-am', 'review');
    assert.strictEqual((await diff([], dir)).stdout, '', 'the working tree equals HEAD');
    assert.strictEqual((await diff(['HEAD~1', 'HEAD'], dir)).stdout, now);
    assert.strictEqual((await diff(['HEAD~1'], dir)).stdout, now);
    assert.strictEqual((await diff(['HEAD~1', 'HEAD', '--', 'other'], dir)).stdout, '');
    assert.strictEqual((await diff(['HEAD~1', 'HEAD', 'article.txt.annotations.yaml'], dir)).stdout, now);
    assert.strictEqual((await diff(['--json', '--markdown'], dir)).code, 2);
  });

  it('init-git upgrades a diff-only line written before the merge driver existed', async () => {
    const { dir } = await reviewed();
    writeFileSync(join(dir, '.gitattributes'), '*.txt text\n*.annotations.yaml diff=newsmark\n');
    const r = await runWith(runInitGit, ['--command', 'newsmark'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(readFileSync(join(dir, '.gitattributes'), 'utf8'), '*.txt text\n*.annotations.yaml diff=newsmark merge=newsmark\n');
  });

  it('init-git registers the textconv driver: git diff shows decisions, not context or hashes', async () => {
    const { dir } = await reviewed();
    const tsx = require.resolve('tsx/cjs');
    const main = join(__dirname, '../../../src/cli/main.ts');
    const command = `'${process.execPath}' --require '${tsx}' '${main}'`;
    const first = await runWith(runInitGit, ['--command', command], dir);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.strictEqual(readFileSync(join(dir, '.gitattributes'), 'utf8'), '*.annotations.yaml diff=newsmark merge=newsmark\n');
    assert.strictEqual(git(dir, 'config', 'diff.newsmark.textconv').trim(), `${command} diff --textconv`);
    assert.strictEqual(git(dir, 'config', 'merge.newsmark.driver').trim(), `${command} merge-driver %O %A %B %P`);
    await runWith(runInitGit, ['--command', command], dir);
    assert.strictEqual(readFileSync(join(dir, '.gitattributes'), 'utf8'), '*.annotations.yaml diff=newsmark merge=newsmark\n', 'idempotent');
    const out = git(dir, 'diff', '--', SIDE);
    const changed = out.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    assert.ok(changed.includes('-ORG suggested "ОДКБ" (' + /org-[0-9a-f]{8}/.exec(changed.find((l) => l.includes('"ОДКБ"'))!)![0] + ')'), out);
    assert.ok(
      changed.some((l) => /^\+ORG accepted {2}"ОДКБ"/.test(l)),
      out,
    );
    assert.ok(
      changed.every((l) => !/before|after|start:|sha256/.test(l)),
      out,
    );
    // After an annotate run is committed, a paragraph inserted at the top changes only `hash:` in the
    // sidecar, which the driver does not show: git diff of the sidecar is empty.
    await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['article.txt'], dir);
    git(dir, 'commit', '-q', '-am', 'review');
    writeFileSync(join(dir, 'article.txt'), 'Встреча длилась три часа.\n\n' + readFileSync(join(dir, 'article.txt'), 'utf8'));
    await runWith((a, io) => runAnnotate(a, io, fakeEngine()), ['article.txt'], dir);
    assert.doesNotMatch(git(dir, 'diff', '--', SIDE), /^@@/m);
    assert.strictEqual(
      git(dir, 'diff', '--no-textconv', '--stat', '--', SIDE),
      ' article.txt.annotations.yaml | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n',
    );
  });

  it('outside a git repository: a clear error, exit 2', async () => {
    const r = await diff([], '/');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /not inside a git repository/);
  });
});
