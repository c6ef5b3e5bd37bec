// Bundles the extension and the CLI with esbuild (vscode stays external: the host provides it).
// Run by `npm ci` through "prepare", so a fresh install leaves a working dist/.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
  // esbuild's node tables do not list \p{…} escapes as supported, so it rewrote every /\p{Lu}/u
  // literal into `new RegExp(...)`: a fresh RegExp object on each evaluation, in per-token hot
  // paths. Node 20 has them (V8 since 6.4), so the literals stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
};
const builds = [
  { ...common, entryPoints: ['src/extension/activate.ts'], outfile: 'dist/extension.js' },
  // Worker thread of the extension for large sidecars (src/extension/sidecar-sync/worker-client.ts).
  { ...common, entryPoints: ['src/extension/sidecar-sync/worker.ts'], outfile: 'dist/sidecar-worker.js' },
  // Worker thread that builds the Newsmark Workspace view's index (src/extension/workspace/index-client.ts).
  { ...common, entryPoints: ['src/extension/workspace/index-worker.ts'], outfile: 'dist/index-worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker thread of the CLI's extraction pool (src/cli/pool.ts: annotate --jobs).
  { ...common, entryPoints: ['src/cli/extract-worker.ts'], outfile: 'dist/extract-worker.js' },
  // The pure core as a library (loadEngine, tokenize, types) for scripts/bench.mjs and other Node tools.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  // data/morph-ru.bin, the Russian morphology table compiled from az (src/core/ner/morph-table.ts);
  // quick when it is up to date, about a minute the first time.
  execFileSync(process.execPath, ['--require', 'tsx/cjs', 'scripts/build-morph-table.ts'], { stdio: 'inherit' });
}
