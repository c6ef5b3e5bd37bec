#!/usr/bin/env node
// Entry point of the VS Code test layers: `node test/host/run.mjs integration|e2e`.
// Installs the host on first use (test/host/install.sh, cached), builds the extension, runs the layer,
// prints the runner's own lines, "# host: ..." and a final "N passed, N failed" line.
// Exit: 0 all passed, 1 failures, 77 host unavailable (skipped) — under CI=true a skip exits 1.
import { spawnSync } from 'node:child_process';
import { describeHost, ensureHost, repoRoot } from './env.mjs';

const layer = process.argv[2];
const layers = {
  integration: async () => (await import('./integration.mjs')).runIntegration(),
  e2e: async () => (await import('./e2e.mjs')).runE2E(),
};
if (!layers[layer]) {
  console.error('usage: node test/host/run.mjs integration|e2e');
  process.exit(2);
}
const ci = process.env.CI === 'true' || process.env.CI === '1';
const t0 = Date.now();

const problem = ensureHost();
if (problem) {
  console.log(`# ${layer}: SKIPPED — ${problem}`);
  console.log('# Without this host, run the integration suite under a desktop VS Code: npm run test:integration:electron');
  console.log(`0 passed, ${ci ? 1 : 0} failed (${layer} skipped${ci ? '; a skipped layer fails under CI=true' : ''})`);
  process.exit(ci ? 1 : 77);
}
console.log(`# ${layer} host: ${describeHost()}`);

if (process.env.NEWSMARK_SKIP_BUILD !== '1') {
  // the layers test dist/extension.js, so build it unless the caller (scripts/test-all.mjs) just did
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) {
    console.log(`0 passed, 1 failed (${layer}: build failed)`);
    process.exit(1);
  }
}

try {
  const r = await layers[layer]();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''} (${layer}, ${secs} s)`);
  process.exit(r.failed > 0 || r.passed === 0 ? 1 : 0);
} catch (e) {
  console.log(`# ${layer} ERROR: ${e?.stack || e}`);
  console.log(`0 passed, 1 failed (${layer} could not run)`);
  process.exit(1);
}
