// Relations through export and import: brat R lines, Label Studio relation results, JSONL `relations`
// (indices into `spans`); export → import into a fresh copy gives the same relations and decisions.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotation, mergeSuggestions, parseSidecar, Relation, relationId, serializeSidecar, setRelation, setStatus } from '../../../src/sidecar';
import { runCli } from './helpers';

// An emoji before the quote (code points ≠ UTF-16 units), a quote with its speaker and a role.
const TEXT = 'Новости 📰\n«Мы готовы», — заявил министр Иван Петров.\n';
const span = (quote: string, type: Annotation['type']) => ({ type, text: quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

function sidecarText(): string {
  let list = mergeSuggestions(undefined, [span('Мы готовы', 'QUOTE'), span('министр', 'ROLE'), span('Иван Петров', 'PER')]);
  const id = (q: string) => list.find((a) => a.text === q)!.id;
  for (const q of ['Мы готовы', 'министр', 'Иван Петров']) list = setStatus(list, id(q), 'accepted');
  const rels: Relation[] = [
    ...setRelation([], 'speaker', id('Мы готовы'), id('Иван Петров')).relations,
    { id: relationId('role', id('Иван Петров'), id('министр')), type: 'role', from: id('Иван Петров'), to: id('министр'), status: 'manual' },
  ];
  return serializeSidecar(undefined, 'a.txt', TEXT, list, rels);
}

function workspace(withSidecar: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-xr-'));
  fs.mkdirSync(path.join(dir, 'news'));
  fs.writeFileSync(path.join(dir, 'news/a.txt'), TEXT);
  if (withSidecar) fs.writeFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), sidecarText());
  return dir;
}
/** Relations by the texts of their ends, with their status: what must survive the round trip. */
const relationsOf = (dir: string) => {
  const sc = parseSidecar(fs.readFileSync(path.join(dir, 'news/a.txt.annotations.yaml'), 'utf8'), TEXT, 'x', 'a.txt');
  const text = (id: string) => sc.annotations.find((a) => a.id === id)?.text;
  return sc.relations.map((r) => [r.type, text(r.from), text(r.to), r.status]).sort();
};

describe('export and import of relations', () => {
  it('the sidecar under test holds a manual speaker and a manual role', () => {
    assert.deepStrictEqual(relationsOf(workspace(true)), [
      ['role', 'Иван Петров', 'министр', 'manual'],
      ['speaker', 'Мы готовы', 'Иван Петров', 'manual'],
    ]);
  });

  it('jsonl: relations as indices into spans', async () => {
    const dir = workspace(true);
    const r = await runCli(['export', 'news', '--format', 'jsonl'], '', { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    const rec = JSON.parse(r.stdout);
    const labelOf = (i: number) => rec.spans[i].text;
    assert.deepStrictEqual(
      rec.relations.map((x: { type: string; from: number; to: number; status: string }) => [x.type, labelOf(x.from), labelOf(x.to), x.status]).sort(),
      [
        ['role', 'Иван Петров', 'министр', 'manual'],
        ['speaker', 'Мы готовы', 'Иван Петров', 'manual'],
      ],
    );
    assert.match(r.stderr, /2 relation\(s\)/);
  });

  it('brat: R lines between T ids', async () => {
    const dir = workspace(true);
    const out = path.join(dir, 'out');
    assert.strictEqual((await runCli(['export', 'news', '--format', 'brat', '--out', out], '', { cwd: dir })).code, 0);
    const ann = fs.readFileSync(path.join(out, 'news/a.ann'), 'utf8');
    const t = (q: string) => new RegExp(`^(T\\d+)\\t\\S+ \\d+ \\d+\\t${q}$`, 'm').exec(ann)![1];
    assert.match(ann, new RegExp(`^R\\d+\\tspeaker Arg1:${t('Мы готовы')} Arg2:${t('Иван Петров')}\\t$`, 'm'));
    assert.match(ann, new RegExp(`^R\\d+\\trole Arg1:${t('Иван Петров')} Arg2:${t('министр')}\\t$`, 'm'));
  });

  it('labelstudio: relation results beside the regions they link', async () => {
    const dir = workspace(true);
    const r = await runCli(['export', 'news', '--format', 'labelstudio'], '', { cwd: dir });
    const result = JSON.parse(r.stdout)[0].annotations[0].result as { type: string; id?: string; from_id?: string; to_id?: string; labels?: string[] }[];
    const regions = new Set(result.filter((x) => x.type === 'labels').map((x) => x.id));
    const links = result.filter((x) => x.type === 'relation');
    assert.deepStrictEqual(links.map((x) => x.labels![0]).sort(), ['role', 'speaker']);
    assert.ok(links.every((x) => regions.has(x.from_id) && regions.has(x.to_id)));
  });

  for (const format of ['jsonl', 'brat', 'labelstudio'] as const) {
    it(`${format}: export then import into a fresh copy gives the same relations; a second import changes nothing`, async () => {
      const from = workspace(true);
      const out = path.join(from, 'out');
      assert.strictEqual((await runCli(['export', 'news', '--format', format, '--out', out], '', { cwd: from })).code, 0);
      const src = { jsonl: path.join(out, 'annotations.jsonl'), labelstudio: path.join(out, 'tasks.json'), brat: out }[format];
      const to = workspace(false);
      const i = await runCli(['import', '--format', format, src, '--into', to], '', { cwd: to });
      assert.strictEqual(i.code, 0, i.stderr);
      assert.match(i.stderr, /relations: 2 added, 0 decided/);
      assert.deepStrictEqual(relationsOf(to), relationsOf(from));
      const before = fs.readFileSync(path.join(to, 'news/a.txt.annotations.yaml'), 'utf8');
      assert.strictEqual((await runCli(['import', '--format', format, src, '--into', to], '', { cwd: to })).code, 0);
      assert.strictEqual(fs.readFileSync(path.join(to, 'news/a.txt.annotations.yaml'), 'utf8'), before);
    });
  }

  it('import decides a suggested relation at the same ends and leaves a decided one alone', async () => {
    const from = workspace(true);
    const out = path.join(from, 'out');
    await runCli(['export', 'news', '--format', 'jsonl', '--out', out], '', { cwd: from });
    const to = workspace(true);
    const file = path.join(to, 'news/a.txt.annotations.yaml');
    // In the target: the speaker still a suggestion, the role rejected by a person.
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/(type: speaker, status: )manual/, '$1suggested')
        .replace(/(type: role, status: )manual/, '$1rejected'),
    );
    const i = await runCli(['import', '--format', 'jsonl', path.join(out, 'annotations.jsonl'), '--into', to], '', { cwd: to });
    assert.strictEqual(i.code, 0, i.stderr);
    assert.deepStrictEqual(relationsOf(to), [
      ['role', 'Иван Петров', 'министр', 'rejected'],
      ['speaker', 'Мы готовы', 'Иван Петров', 'accepted'],
    ]);
  });
});
