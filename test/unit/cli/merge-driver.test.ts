// The sidecar merge driver with real git in a temporary repository: two reviewers on two branches.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotation, mergeSuggestions, parseSidecar, serializeSidecar, setNote, setStatus, SidecarSession, takeTheirs, digestOf } from '../../../src/sidecar';
import { mergeSidecars, unresolvedConflicts } from '../../../src/sidecar/merge3';
import { REPO } from './helpers';

const TEXT = 'Иван Петров посетил Москву и Казань.\nОн встретился с главой МВД Сергеем Лавровым.\n';
const at = (q: string, type: Annotation['type']) => ({ type, text: q, start: TEXT.indexOf(q), end: TEXT.indexOf(q) + q.length });
const FIRST = mergeSuggestions(undefined, [
  at('Иван Петров', 'PER'),
  at('Москву', 'LOC'),
  at('Казань', 'LOC'),
  at('МВД', 'ORG'),
  at('Сергеем Лавровым', 'PER'),
]);
const idOf = (q: string) => FIRST.find((a) => a.text === q)!.id;
const write = (list: Annotation[]) => serializeSidecar(undefined, 'a.txt', TEXT, list);
const decide = (...steps: [string, 'accepted' | 'rejected'][]) => steps.reduce((l, [q, s]) => setStatus(l, idOf(q), s), FIRST);
const statuses = (yaml: string) => Object.fromEntries(parseSidecar(yaml, TEXT, 'x').annotations.map((a) => [a.text, a.status]));

describe('sidecar merge driver', () => {
  it('decisions on different annotations merge; the same decision merges; different ones conflict, both kept', () => {
    const base = write(FIRST);
    const ours = write(decide(['Иван Петров', 'accepted'], ['МВД', 'accepted'], ['Казань', 'accepted']));
    const theirs = write(setNote(decide(['Москву', 'rejected'], ['МВД', 'accepted'], ['Казань', 'rejected']), idOf('Сергеем Лавровым'), 'министр'));
    const r = mergeSidecars(base, ours, theirs, TEXT, 'a.txt.annotations.yaml', 'a.txt');
    assert.deepStrictEqual(r.conflicts, [{ id: idOf('Казань'), fields: ['status'] }]);
    assert.deepStrictEqual(statuses(r.text), {
      'Иван Петров': 'accepted',
      Москву: 'rejected',
      Казань: 'accepted',
      МВД: 'accepted',
      'Сергеем Лавровым': 'suggested',
    });
    const sc = parseSidecar(r.text, TEXT, 'x');
    assert.strictEqual(sc.annotations.find((a) => a.text === 'Сергеем Лавровым')!.note, 'министр');
    assert.match(r.text, /text: Казань,.*conflict: \{ side: theirs, status: rejected \}/);
    assert.deepStrictEqual(
      unresolvedConflicts(sc).map((c) => c.id),
      [idOf('Казань')],
    );
    assert.doesNotMatch(r.text, /^(<<<<<<<|=======|>>>>>>>)/m);
  });

  it('a conflict is resolved by keeping ours or taking theirs; the written file has no conflict: left', async () => {
    const base = write(FIRST);
    const ours = write(setNote(decide(['Казань', 'accepted'], ['Москву', 'accepted']), idOf('Казань'), 'ours'));
    const theirs = write(setNote(decide(['Казань', 'rejected'], ['Москву', 'rejected']), idOf('Казань'), 'theirs'));
    const merged = mergeSidecars(base, ours, theirs, TEXT, 'a.txt.annotations.yaml', 'a.txt').text;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-resolve-'));
    const file = path.join(dir, 'a.txt.annotations.yaml');
    fs.writeFileSync(file, merged);
    const session = new SidecarSession();
    const parsed = await session.parse(file, merged, TEXT, 'a.txt');
    const byId = new Map(parsed.conflicts.map((c) => [c.id, c]));
    assert.deepStrictEqual(byId.get(idOf('Казань'))?.theirs, { status: 'rejected', note: 'theirs' });
    assert.deepStrictEqual(byId.get(idOf('Москву'))?.theirs, { status: 'rejected' });
    // Казань: take theirs (status and note); Москву: keep ours.
    const kazan = parsed.annotations.find((a) => a.id === idOf('Казань'))!;
    const taken = takeTheirs(kazan, byId.get(idOf('Казань'))!.theirs);
    assert.ok(typeof taken !== 'string', String(taken));
    assert.deepStrictEqual([taken.status, taken.note], ['rejected', 'theirs']);
    assert.strictEqual((takeTheirs(kazan, { note: null }) as Annotation).note, undefined, 'null: theirs has none');
    const list = parsed.annotations.map((a) => (a.id === kazan.id ? taken : a));
    await session.write(file, 'a.txt', TEXT, list, { expected: digestOf(fs.readFileSync(file)), bom: false, resolved: [idOf('Казань')] });
    const half = fs.readFileSync(file, 'utf8');
    assert.deepStrictEqual(
      unresolvedConflicts(parseSidecar(half, TEXT, 'x')).map((c) => c.id),
      [idOf('Москву')],
      'only the resolved conflict is gone',
    );
    await session.write(file, 'a.txt', TEXT, list, { expected: digestOf(Buffer.from(half)), bom: false, resolved: [idOf('Москву')] });
    const done = fs.readFileSync(file, 'utf8');
    assert.deepStrictEqual(unresolvedConflicts(parseSidecar(done, TEXT, 'x')), []);
    assert.deepStrictEqual(statuses(done), { ...statuses(merged), Казань: 'rejected' });
    // A hand-edited conflict map with a type no reader knows is refused, not written.
    assert.match(String(takeTheirs(kazan, { type: 'CITY' })), /their type "CITY"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an annotation deleted on one side and decided on the other is kept', () => {
    const base = write(FIRST);
    const ours = write(FIRST.filter((a) => a.text !== 'Москву'));
    const theirs = write(decide(['Москву', 'accepted']));
    assert.strictEqual(statuses(mergeSidecars(base, ours, theirs, TEXT, 'x', 'a.txt').text)['Москву'], 'accepted');
  });

  it('real git: clean merge of different decisions, a conflict entry and exit status for the same one, an article edit re-anchors', function () {
    this.timeout(120000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-merge-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    const tsx = path.join(REPO, 'node_modules/.bin/tsx');
    git('config', 'merge.newsmark.driver', `${tsx} ${path.join(REPO, 'src/cli/main.ts')} merge-driver %O %A %B %P`);
    fs.writeFileSync(path.join(dir, '.gitattributes'), '*.annotations.yaml merge=newsmark\n');
    const side = path.join(dir, 'a.txt.annotations.yaml');
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
    fs.writeFileSync(side, write(FIRST));
    git('add', '.');
    git('commit', '-qm', 'base');
    // Branch one: accepts Петров, and an editor adds a sentence at the top of the article.
    git('checkout', '-qb', 'one');
    const edited = 'Срочная новость.\n' + TEXT;
    fs.writeFileSync(path.join(dir, 'a.txt'), edited);
    const sc = parseSidecar(write(decide(['Иван Петров', 'accepted'])), edited, 'x');
    fs.writeFileSync(side, serializeSidecar(sc, 'a.txt', edited, sc.annotations));
    git('commit', '-qam', 'one');
    // Branch two: rejects Москву.
    git('checkout', '-q', 'main');
    git('checkout', '-qb', 'two');
    fs.writeFileSync(side, write(decide(['Москву', 'rejected'])));
    git('commit', '-qam', 'two');
    const clean = spawnSync('git', ['merge', '-q', '--no-edit', 'one'], { cwd: dir });
    assert.strictEqual(clean.status, 0, clean.stderr.toString());
    const merged = parseSidecar(fs.readFileSync(side, 'utf8'), fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'x');
    assert.deepStrictEqual(Object.fromEntries(merged.annotations.map((a) => [a.text, a.status])), {
      'Иван Петров': 'accepted',
      Москву: 'rejected',
      Казань: 'suggested',
      МВД: 'suggested',
      'Сергеем Лавровым': 'suggested',
    });
    assert.strictEqual(merged.orphans.length, 0);
    // Now the same annotation decided differently on two branches.
    git('checkout', '-qb', 'three');
    fs.writeFileSync(side, fs.readFileSync(side, 'utf8').replace(/status: suggested(, text: Казань)/, 'status: accepted$1'));
    git('commit', '-qam', 'three');
    git('checkout', '-q', 'two');
    fs.writeFileSync(side, fs.readFileSync(side, 'utf8').replace(/status: suggested(, text: Казань)/, 'status: rejected$1'));
    git('commit', '-qam', 'two again');
    const conflicted = spawnSync('git', ['merge', '-q', '--no-edit', 'three'], { cwd: dir });
    assert.notStrictEqual(conflicted.status, 0, 'git must see a conflict');
    const text = fs.readFileSync(side, 'utf8');
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    assert.match(text, /conflict: \{ side: theirs, status: accepted \}/);
  });
});
