// The CLI loads a command's module only when that command runs (src/cli/app.ts COMMANDS): a one-line
// `extract` must not pay for YAML, the sidecar layer, git or string distances at start-up. Checked in
// a fresh Node process, whose module registry starts empty.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');

/** The modules a fresh process has loaded after `script`, as paths relative to the repository. */
function loadedAfter(script: string): string[] {
  const code = `${script}.then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))), (e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', code], { cwd: REPO, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as string[]).map((p) => path.relative(REPO, p));
}

const HEAVY = /^node_modules\/(yaml|natural)\/|^src\/sidecar\/|^src\/cli\/(annotate|check|export|import|diff|git|agree)\.ts$/;

describe('cli: commands load lazily', function () {
  this.timeout(120000);

  it('loading the CLI loads no command module and no sidecar code', () => {
    const loaded = loadedAfter(`Promise.resolve(require('./src/cli/app'))`);
    assert.ok(loaded.includes('src/cli/app.ts'), loaded.join('\n'));
    assert.deepStrictEqual(
      loaded.filter((p) => HEAVY.test(p) || p === 'src/cli/extract.ts'),
      [],
    );
  });

  it('extract of one line loads extract.ts and the engine, still no YAML or sidecar code', () => {
    const run = `require('./src/cli/app').run(['extract', '--jsonl'], { stdin: require('stream').Readable.from([Buffer.from('{"id":1,"text":"Angela Merkel visited Paris."}\\n')]), stdout: new (require('stream').PassThrough)(), stderr: process.stderr })`;
    const loaded = loadedAfter(run);
    assert.ok(loaded.includes('src/cli/extract.ts'), 'the command ran');
    assert.deepStrictEqual(
      loaded.filter((p) => HEAVY.test(p)),
      [],
    );
  });
});
