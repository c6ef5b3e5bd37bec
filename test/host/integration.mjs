// The integration layer on the offline host: VS Code's server-main.js with the smoke-test driver,
// headless Chromium opening the workbench with extensionDevelopmentPath = the repo and
// extensionTestsPath = out/test/integration/index.js. Mocha runs inside the real Node extension
// host; its result comes back as a JSON file (see test/integration/index.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { buildIntegrationTests, integrationOut } from './build-tests.mjs';
import { repoRoot } from './env.mjs';
import { trackDir, untrackDir } from './procs.mjs';
import { startServer } from './server.mjs';
import { sampleWorkspace } from './workspace.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Browser-console / server-log lines after which no result will ever come: fail at once instead of waiting out the timeout.
const FATAL =
  /Extension host .*terminated unexpectedly|Extension Host Process exited with code|does not point to a valid extension test runner|Could not load test runner|Cannot find module .*out\/test\/integration/i;

/** Returns { passed, failed, pending, result } after printing mocha's output; throws on host trouble. */
export async function runIntegration({ timeoutMs = Number(process.env.NEWSMARK_INTEGRATION_TIMEOUT || 900000), log = console.log } = {}) {
  const { built, failed: broken } = await buildIntegrationTests();
  log(`# compiled ${built.length} file(s) with esbuild: ${built.join(', ')}`);
  for (const b of broken) log(`not ok - compile ${b.file} :: ${b.error}`);
  if (broken.some((b) => b.file.endsWith('index.ts'))) return { passed: 0, failed: broken.length, pending: 0 };
  const runDir = mkdtempSync(join(tmpdir(), 'newsmark-integration-'));
  if (!process.env.NEWSMARK_KEEP_RUN) trackDir(runDir); // removed even on Ctrl+C
  const resultFile = join(runDir, 'result.json');
  const workspace = sampleWorkspace({ parent: runDir });
  const env = { NEWSMARK_TEST_RESULT: resultFile };
  if (process.env.NEWSMARK_TEST_GREP) env.NEWSMARK_TEST_GREP = process.env.NEWSMARK_TEST_GREP;
  let server, browser;
  const consoleLines = [];
  const t0 = Date.now();
  try {
    server = await startServer({ smokeDriver: true, runDir, env });
    browser = await launchBrowser({ runDir });
    browser.page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(join(integrationOut, 'index.js'))],
    ];
    // A busy machine can take well over the default 30 s to serve the workbench; the suite has its own limit.
    await browser.page.goto(server.folderUrl(workspace, payload), { timeout: 180000 });
    await browser.page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    const until = Date.now() + timeoutMs;
    let fatal;
    while (!existsSync(resultFile) && Date.now() < until && !fatal) {
      await sleep(250);
      fatal =
        consoleLines.find((l) => FATAL.test(l)) ||
        readFileSync(server.logFile, 'utf8')
          .split('\n')
          .find((l) => FATAL.test(l));
    }
    if (!existsSync(resultFile) && fatal) await sleep(1000); // a crash after the result was written is not fatal
    if (!existsSync(resultFile) && fatal) {
      throw new Error(
        `the extension host gave up before the suite reported: ${fatal.slice(0, 400)}\n` +
          `Server log tail:\n${readFileSync(server.logFile, 'utf8').split('\n').slice(-20).join('\n')}`,
      );
    }
    if (!existsSync(resultFile)) {
      await browser.page.screenshot({ path: join(runDir, 'timeout.png') }).catch(() => {});
      const tail = consoleLines.slice(-30).join('\n');
      throw new Error(
        `no test result after ${Math.round(timeoutMs / 1000)} s (extension host did not run the suite?).\n` +
          `Browser console (last 30 lines):\n${tail}\nServer log tail:\n${readFileSync(server.logFile, 'utf8').split('\n').slice(-20).join('\n')}`,
      );
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    for (const line of result.output) log(line);
    for (const t of result.tests) log(`${t.state === 'passed' ? 'ok' : t.state === 'pending' ? 'skip' : 'not ok'} - ${t.title}`);
    log(
      `# extension host: ${result.appName} ${result.vscodeVersion} (${result.appHost}, ${result.uiKind} UI), Node ${result.node}, ` +
        `${((Date.now() - t0) / 1000).toFixed(1)} s from server start`,
    );
    return { passed: result.passed, failed: result.failed + broken.length, pending: result.pending, result };
  } finally {
    if (process.env.NEWSMARK_KEEP_RUN) writeFileSync(join(runDir, 'console.txt'), consoleLines.join('\n'));
    await browser?.close();
    await server?.stop();
    if (!process.env.NEWSMARK_KEEP_RUN) {
      rmSync(runDir, { recursive: true, force: true });
      untrackDir(runDir);
    } else log(`# run dir kept: ${runDir}`);
  }
}
