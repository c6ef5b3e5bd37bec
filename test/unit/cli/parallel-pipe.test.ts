// The README's GNU parallel recipe: `extract --jsonl` as a streaming filter split across processes
// gives, byte for byte, what one process gives. Runs the command line quoted in the README.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO, runCli } from './helpers';

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const RECIPE = README.split('\n').find((l) => l.startsWith('parallel --pipe '));
// tsx by absolute path: the commands run in a temporary folder.
const CLI = `${JSON.stringify(process.execPath)} --require ${JSON.stringify(require.resolve('tsx/cjs'))} ${JSON.stringify(path.join(REPO, 'src/cli/main.ts'))}`;

const LINES = [
  { id: 'a', text: 'МОСКВА, 3 декабря. Министр финансов Антон Силуанов заявил, что бюджет вырос на 5%.' },
  { id: 'b', text: 'Finance minister Rachel Reeves met Tim Cook in London on Monday.' },
  { id: 'c', text: 'Глава МВД Казахстана прилетел в Москву.', lang: 'ru' },
  { id: 'd', text: 'Apple paid $3.2 billion for the company on 5 June.', ref_date: '2024-01-01' },
  { id: 'e', text: 'Сбербанк заработал 1,5 трлн рублей в 2023 году.' },
];

describe('README: extract --jsonl through GNU parallel --pipe', function () {
  this.timeout(240000);

  it('the README quotes the recipe', () => {
    assert.ok(RECIPE, 'README.md has a line starting with "parallel --pipe "');
    assert.match(RECIPE!, /--keep-order/);
    assert.match(RECIPE!, /newsmark extract --jsonl < \S+ > \S+/);
  });

  it('the filter itself (no GNU parallel needed): chunks of 2 lines, each through its own extract --jsonl, concatenated, equal one run', async () => {
    const input = LINES.map((l) => JSON.stringify(l) + '\n');
    const one = await runCli(['extract', '--jsonl'], input.join(''));
    assert.strictEqual(one.code, 0, one.stderr);
    assert.strictEqual(one.stdout.split('\n').filter(Boolean).length, LINES.length);
    const parts: string[] = [];
    for (let k = 0; k < input.length; k += 2) {
      const r = await runCli(['extract', '--jsonl'], input.slice(k, k + 2).join(''));
      assert.strictEqual(r.code, 0, r.stderr);
      parts.push(r.stdout);
    }
    assert.strictEqual(parts.join(''), one.stdout);
  });

  it("split into chunks of 3 lines on 2 processes, the output equals one process's", function () {
    if (spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status !== 0) this.skip(); // apt-get install parallel
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-parallel-'));
    fs.writeFileSync(path.join(dir, 'archive.jsonl'), LINES.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const [, input, output] = RECIPE!.match(/< (\S+) > (\S+)/)!;
    fs.copyFileSync(path.join(dir, 'archive.jsonl'), path.join(dir, input));
    // The recipe as written, with small chunks so five lines make two processes.
    const cmd = RECIPE!
      .replace(/-N \d+/, '-N 3')
      .replace(/-j \d+/, '-j 2')
      .replace('newsmark ', `${CLI} `);
    execFileSync('bash', ['-c', cmd], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const one = execFileSync('bash', ['-c', `${CLI} extract --jsonl < archive.jsonl`], { cwd: dir, encoding: 'utf8' });
    const split = fs.readFileSync(path.join(dir, output), 'utf8');
    assert.strictEqual(split.split('\n').filter(Boolean).length, LINES.length);
    assert.strictEqual(split, one);
  });
});
