// The `newsmark` binary itself (src/cli/main.ts), as a shell runs it: a reader that stops early
// (`newsmark check . | head`) ends the output quietly instead of crashing with an EPIPE stack trace.
import * as assert from 'assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('cli binary', function () {
  this.timeout(60000);

  it('a pipe closed by the reader: no EPIPE crash, the summary and exit code stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-epipe-'));
    try {
      // 2000 sidecars without their article: one problem line each, far more than a pipe buffer.
      for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `a${i}.txt.annotations.yaml`), 'x: 1\n');
      // `head` reads a little and exits while newsmark is still writing.
      const cmd = `set -o pipefail; "${process.execPath}" --require tsx/cjs src/cli/main.ts check "${dir}" | head -c 100 > /dev/null`;
      const child = spawn('bash', ['-c', cmd], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((res) => child.on('close', res));
      assert.strictEqual(stderr, 'newsmark check: 2000 of 2000 sidecars need attention (2000 problems)\n');
      assert.strictEqual(code, 1, 'check still says the sidecars need attention');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
