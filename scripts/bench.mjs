// `npm run bench`: speed of the built engine (dist/ after `npm run build`), warm, in one thread
// (extract() is synchronous, so it runs on one core). Prints numbers and asserts nothing.
//   1. throughput of extract over the development corpora texts (factru_dev + nerel_dev), MB/s of UTF-8
//   2. ms per article for the sample article (median of many runs)
//   3. editor: edit → decorations time for 50 KB and 1 MB documents (hook for the editor, see benchEditor)
// Both wall-clock and CPU-time figures are printed: on a shared machine the CPU figure is the steadier one.
// Env: NEWSMARK_EVAL_DIR (default ../shared/eval), BENCH_SECONDS (time per measurement, default 3),
// NEWSMARK_CORE (module to bench instead of dist/core.js, e.g. src/core/index.ts under `node --require tsx/cjs`).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const coreJs = resolve(root, process.env.NEWSMARK_CORE ?? 'dist/core.js');
if (!existsSync(coreJs)) {
  console.error('bench: dist/core.js is missing; run `npm run build` first');
  process.exit(1);
}
const core = require(coreJs);
const evalDir = resolve(root, process.env.NEWSMARK_EVAL_DIR ?? '../shared/eval');
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const samplePath = join(root, 'samples/ru-mvd-kazakhstan-russia.txt');

const mb = (s) => Buffer.byteLength(s, 'utf8') / 1e6;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs fn repeatedly for about `budget` seconds (at least `min` times); returns per-run wall ms and total CPU ms. */
function timeRuns(fn, budget = seconds, min = 3) {
  const walls = [];
  const cpu0 = cpuMs();
  const t0 = performance.now();
  while (walls.length < min || performance.now() - t0 < budget * 1000) {
    const t = performance.now();
    fn();
    walls.push(performance.now() - t);
  }
  return { walls, cpuPerRun: (cpuMs() - cpu0) / walls.length };
}

function corpusTexts(file) {
  const p = join(evalDir, file);
  if (!existsSync(p)) return undefined;
  return readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const f2 = (x) => x.toFixed(2);
console.log(`newsmark bench — ${coreJs.slice(root.length + 1)}, node ${process.version}, ${process.platform}/${process.arch}, one thread`);

const tLoad = performance.now();
const engine = await core.loadEngine();
console.log(`engine load (dictionaries, models): ${f2(performance.now() - tLoad)} ms (once, lazily)`);

// 1. corpora throughput
const docs = [];
for (const file of ['factru_dev.jsonl', 'nerel_dev.jsonl']) {
  const lines = corpusTexts(file);
  if (!lines) console.log(`  (${file} not found under ${evalDir}; skipped)`);
  else docs.push(...lines.map((o) => ({ text: o.text, lang: o.lang ?? 'auto' })));
}
if (docs.length) {
  const size = docs.reduce((s, d) => s + mb(d.text), 0);
  const pass = () => { for (const d of docs) engine.extract(d.text, { lang: 'auto' }); };
  pass(); // warm-up: caches, JIT
  const { walls, cpuPerRun } = timeRuns(pass, seconds, 2);
  const wall = median(walls);
  console.log(`\ncorpora: factru_dev + nerel_dev, ${docs.length} texts, ${f2(size)} MB UTF-8`);
  console.log(`  extract, warm: ${f2(size / (wall / 1000))} MB/s wall (median of ${walls.length} passes, ${f2(wall)} ms/pass), ${f2(size / (cpuPerRun / 1000))} MB/s CPU time`);
}

// 2. the sample article
const sample = readFileSync(samplePath, 'utf8');
for (let i = 0; i < 20; i++) engine.extract(sample); // warm-up
const s = timeRuns(() => engine.extract(sample), seconds, 50);
console.log(`\nsample: ${samplePath.slice(root.length + 1)}, ${(Buffer.byteLength(sample) / 1024).toFixed(1)} KB, ${engine.extract(sample).entities.length} entities`);
console.log(`  extract, warm: median ${s.walls.length ? median(s.walls).toFixed(3) : '-'} ms/article wall (p90 ${quantile(s.walls, 0.9).toFixed(3)} ms, ${s.walls.length} runs), ${s.cpuPerRun.toFixed(3)} ms CPU`);

// 3. editor ------------------------------------------------------------------------------------
// Editor bench: edit → decorations time on the documents below (one edit in the middle of the text,
// then everything the extension does until the decoration ranges are ready, without VS Code), by
// scripts/bench-editor.ts. Returns rows of [label, milliseconds], printed as they are; undefined
// prints the full-extract upper bound instead.
/**
 * @param {{ engine: any, core: any, docs: { label: string, text: string }[], timeRuns: typeof timeRuns, median: typeof median }} ctx
 * @returns {Promise<Array<[string, number]> | undefined>}
 */
async function benchEditor(ctx) {
  // The editor's pipeline is scripts/bench-editor.ts (pure: no vscode), bundled here on the fly so the
  // bench measures the same functions the extension runs, against this engine and these documents.
  const esbuild = await import('esbuild');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-editor-bench-'));
  try {
    const outfile = join(dir, 'editor-bench.js');
    await esbuild.build({ entryPoints: [join(root, 'scripts/bench-editor.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    return await require(outfile).benchEditorHook(ctx.engine, ctx.docs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Concatenated corpus articles up to `bytes` of UTF-8, so editor documents look like real news. */
function newsDocument(bytes) {
  const parts = [];
  let n = 0;
  const pool = docs.length ? docs.map((d) => d.text) : [sample];
  for (let i = 0; n < bytes; i++) {
    const t = pool[i % pool.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  const text = parts.join('\n\n');
  return Buffer.from(text).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

const editorDocs = [{ label: '50 KB', text: newsDocument(50 * 1024) }, { label: '1 MB', text: newsDocument(1024 * 1024) }];
console.log('\neditor: edit → decorations');
const rows = await benchEditor({ engine, core, docs: editorDocs, timeRuns, median });
if (!rows) {
  // Full re-extraction of each document is printed as the upper bound the editor's work starts from.
  for (const d of editorDocs) {
    const r = timeRuns(() => engine.extract(d.text), Math.min(seconds, 2), 3);
    console.log(`  ${d.label}: not measured yet (hook: benchEditor in scripts/bench.mjs); full extract of the document: median ${f2(median(r.walls))} ms`);
  }
} else {
  for (const [label, ms] of rows) console.log(`  ${label}: ${f2(ms)} ms`);
}
