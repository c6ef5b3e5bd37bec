// The `newsmark` launcher (src/cli/launch.ts, built as dist/cli.js): runs the CLI bundle next to it
// with or without a V8 code cache, writes one on request, and a cache V8 cannot use (another Node,
// a damaged file) costs only the plain compile, never the run. The bundle here is a stand-in that
// prints what the launcher handed it.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';

const REPO = path.resolve(__dirname, '../../..');

describe('cli launcher (code cache)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-launch-'));
    buildSync({
      entryPoints: [path.join(REPO, 'src/cli/launch.ts')],
      outfile: path.join(dir, 'cli.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
    // A stand-in bundle: its arguments, its own file and folder, and a relative require of a neighbour.
    fs.writeFileSync(path.join(dir, 'neighbour.js'), 'module.exports = "next door";\n');
    fs.writeFileSync(
      path.join(dir, 'cli-main.js'),
      'const n = require("./neighbour");\nprocess.stdout.write(JSON.stringify({ argv: process.argv.slice(2), file: __filename, dir: __dirname, n, fn: typeof module.exports }));\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'extract', '--jsonl'], { encoding: 'utf8', env: { ...process.env, ...env } });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    return JSON.parse(r.stdout) as unknown;
  };
  const want = () => ({ argv: ['extract', '--jsonl'], file: path.join(dir, 'cli-main.js'), dir, n: 'next door', fn: 'object' });
  const cache = () => path.join(dir, 'cli-main.js.cache');

  it('runs the bundle with its arguments, __filename, __dirname and require when there is no cache', () => {
    fs.rmSync(cache(), { force: true });
    assert.deepStrictEqual(run(), want());
  });

  it('NEWSMARK_WRITE_CODE_CACHE writes a cache, and the next run with it behaves the same', () => {
    fs.rmSync(cache(), { force: true });
    assert.deepStrictEqual(run({ NEWSMARK_WRITE_CODE_CACHE: cache() }), want());
    assert.ok(fs.statSync(cache()).size > 0, 'a cache was written');
    assert.deepStrictEqual(run(), want());
  });

  it('a cache older than the bundle is not used (V8 would run it for a rebuilt bundle of the same length)', () => {
    const bundle = path.join(dir, 'cli-main.js');
    const original = fs.readFileSync(bundle, 'utf8');
    const say = (word: string) => `function say() { process.stdout.write(JSON.stringify("${word}")); }\nsay();\n`;
    try {
      fs.rmSync(cache(), { force: true });
      fs.writeFileSync(bundle, say('AAAA'));
      assert.strictEqual(run({ NEWSMARK_WRITE_CODE_CACHE: cache() }), 'AAAA');
      // Rebuilt: the same length, another word, written after the cache.
      fs.writeFileSync(bundle, say('BBBB'));
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(bundle, later, later);
      assert.strictEqual(run(), 'BBBB');
    } finally {
      fs.writeFileSync(bundle, original);
      fs.rmSync(cache(), { force: true });
    }
  });

  it('a damaged cache is ignored: same output, nothing on stderr', () => {
    fs.writeFileSync(cache(), Buffer.from('not a V8 code cache at all'));
    assert.deepStrictEqual(run(), want());
  });
});
