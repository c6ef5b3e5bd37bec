// Bundles the extension and the CLI with esbuild (vscode stays external: the host provides it).
// Run by `npm ci` through "prepare", so a fresh install leaves a working dist/.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

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
  // The CLI: a small launcher (dist/cli.js) that runs the bundle (dist/cli-main.js) through V8's code
  // cache, written below by a warm-up run (src/cli/launch.ts says why).
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Whitespace and syntax minified (names kept, for stack traces): less to read and parse at start.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', minifyWhitespace: true, minifySyntax: true },
  // Worker thread of the extraction pool (src/pool/pool.ts: annotate --jobs, check --jobs, and the
  // editor's Annotate Workspace Folder). Minified like the CLI bundle: every worker parses it at start.
  { ...common, entryPoints: ['src/pool/extract-worker.ts'], outfile: 'dist/extract-worker.js', minifyWhitespace: true, minifySyntax: true },
  // The pure core as a library (loadEngine, tokenize, types) for scripts/bench.mjs and other Node tools.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
];
if (watch) {
  // Rebuilt bundles get no warm-up run: a cache left from before would not match them.
  rmSync('dist/cli-main.js.cache', { force: true });
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  // data/morph-ru.bin, the Russian morphology table compiled from az (src/core/ner/morph-table.ts);
  // quick when it is up to date, about a minute the first time.
  execFileSync(process.execPath, ['--require', 'tsx/cjs', 'scripts/build-morph-table.ts'], { stdio: 'inherit' });
  // data/az-json.v8, az's JSON dictionaries in V8's serialization format (src/core/ner/az-json.ts).
  execFileSync(process.execPath, ['--require', 'tsx/cjs', 'scripts/build-az-json.ts'], { stdio: 'inherit' });
  // After the table: the code cache is written by a CLI run that reads a Russian line.
  writeCodeCache();
}

/**
 * dist/cli-main.js.cache: the bytecode V8 compiled while the CLI extracted an English and a Russian
 * line with quotes (the common path of every command that reads articles). Best effort: without it
 * the CLI compiles as before, so a failure is reported and the build goes on.
 */
function writeCodeCache() {
  const cache = 'dist/cli-main.js.cache';
  rmSync(cache, { force: true });
  const lines = [
    { id: 'en', text: 'Barack Obama met Angela Merkel in Berlin on Monday, promising $5 million, said a spokesman.' },
    { id: 'ru', text: 'Министр иностранных дел России Сергей Лавров 3 марта прибыл в Астану, сообщил МИД.' },
  ];
  const r = spawnSync(process.execPath, ['dist/cli.js', 'extract', '--jsonl', '--quotes'], {
    input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    env: { ...process.env, NEWSMARK_WRITE_CODE_CACHE: cache },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !existsSync(cache)) console.warn(`build: no code cache for the CLI (${r.error?.message ?? r.stderr.trim()})`);
}
