// The same integration suite under @vscode/test-electron, for machines that can download a desktop
// VS Code (a developer laptop, GitHub-hosted CI). Here (no access to update.code.visualstudio.com)
// the offline host runs it instead: `npm run test:integration` (test/host/run.mjs).
// Run: npm run test:integration:electron   (VSCODE_VERSION=stable|insiders|1.9x.y to pick a build)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // bundled to out/test/integration/runTest.js: the repository root is three levels up
  const root = path.resolve(__dirname, '..', '..', '..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-electron-'));
  const workspace = path.join(tmp, 'samples');
  fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true }); // tests write sidecars: never into samples/
  const resultFile = path.join(tmp, 'result.json');
  try {
    return await runSuite(root, workspace, tmp, resultFile);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function runSuite(root: string, workspace: string, tmp: string, resultFile: string): Promise<number> {
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      extensionTestsEnv: { NEWSMARK_TEST_RESULT: resultFile, NEWSMARK_TEST_GREP: process.env.NEWSMARK_TEST_GREP ?? '' },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(tmp, 'user-data')],
    });
  } catch (e) {
    if (!fs.existsSync(resultFile)) {
      console.error(`test-electron could not run the suite: ${(e as Error).message ?? e}`);
      console.log('0 passed, 1 failed (integration under @vscode/test-electron did not run)');
      return 1;
    }
  }
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as { passed: number; failed: number; vscodeVersion: string; appName: string };
  console.log(`# extension host: ${r.appName} ${r.vscodeVersion} (desktop, @vscode/test-electron)`);
  console.log(`${r.passed} passed, ${r.failed} failed (integration, test-electron)`);
  return r.failed > 0 || r.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
