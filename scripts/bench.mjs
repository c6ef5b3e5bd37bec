// `npm run bench`: speed of the built engine (dist/ after `npm run build`). Prints numbers, asserts nothing.
//   1. FIRST PASS: extract over text the process has never seen, one fresh Node process per run (so
//      no morphology, word-form or normal-form cache has met the text), per language: Russian
//      nerel_train, English wikigold + conll2003_en_train. MB/s of UTF-8 and characters/s, wall and
//      CPU time. A repeated pass in the same process follows, labelled: it measures warm caches.
//   1b. the figure pass alone, first pass, per language (sources through tsx, fresh process per run)
//   2. start-up per language: require + loadEngine + the first one-line extract, in a fresh process;
//      and the whole `newsmark extract` process on a one-line document.
//   3. `newsmark annotate DIR` and `newsmark check DIR` files/s on 1,000 and 10,000 articles made from the dev corpora, --jobs 1 and 2
//   4. ms per article for the sample article (warm: median of many runs)
//   5. editor: edit → decorations time for 50 KB and 1 MB documents (scripts/bench-editor.ts)
//   6. workspace: the Newsmark Workspace view's index of 10,000 generated articles in its worker, and
//      the main thread's event-loop lag meanwhile (scripts/bench-workspace.ts; BENCH_WORKSPACE=N articles)
// Each fresh-process figure is the best of BENCH_REPEATS runs: on a machine shared with other work the
// best run is the one least disturbed, and the CPU-time figure is steadier than wall time.
// Env: NEWSMARK_EVAL_DIR (default ../shared/eval), BENCH_SECONDS (time per warm measurement, default 3),
// BENCH_REPEATS (fresh-process runs per figure, default 3), BENCH_ONLY (comma list of sections:
// first,figures,start,files,sample,editor,workspace), BENCH_FILES (folder sizes, default 1000,10000), NEWSMARK_CORE / NEWSMARK_CLI (modules to bench instead of dist/core.js
// and dist/cli.js, e.g. another build's).
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const coreJs = resolve(root, process.env.NEWSMARK_CORE ?? 'dist/core.js');
const cliJs = resolve(root, process.env.NEWSMARK_CLI ?? 'dist/cli.js');
if (!existsSync(coreJs)) {
  console.error('bench: dist/core.js is missing; run `npm run build` first');
  process.exit(1);
}
const evalDir = resolve(root, process.env.NEWSMARK_EVAL_DIR ?? '../shared/eval');
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const section = (name) => !only || only.has(name);
const samplePath = join(root, 'samples/ru-mvd-kazakhstan-russia.txt');

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
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** Runs a bench helper in a fresh Node process `repeats` times; returns the parsed JSON lines. */
function fresh(script, args) {
  const out = [];
  for (let i = 0; i < repeats; i++) {
    out.push(JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/bench', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })));
  }
  return out;
}
const best = (runs, key) => Math.min(...runs.map(key));

const f2 = (x) => x.toFixed(2);
const mbps = (bytes, ms) => f2(bytes / 1e6 / (ms / 1000));
const kcps = (chars, ms) => (chars / 1e3 / (ms / 1000)).toFixed(0);
console.log(
  `newsmark bench — ${coreJs.startsWith(root + '/') ? coreJs.slice(root.length + 1) : coreJs}, node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores, one thread per engine`,
);
console.log(
  `machine load average at start: ${loadavg().map(f2).join(' ')} (a shared machine: figures are the best of ${repeats} fresh-process runs; CPU-time figures are the steadier ones)`,
);

// 1. first passes ------------------------------------------------------------------------------
// `warm`: other text of the language, run first in the same process for the warm-engine line.
const FIRST = [
  { lang: 'ru', label: 'Russian', files: ['nerel_train.jsonl'], warm: ['factru_dev.jsonl', 'nerel_dev.jsonl'] },
  { lang: 'en', label: 'English', files: ['wikigold_en.jsonl', 'conll2003_en_train.jsonl'], warm: ['conll2003_en_testa.jsonl'] },
];
if (section('first')) {
  console.log('\nfirst pass — text this process has never seen (fresh process per run, engine loaded first, each text once):');
  for (const c of FIRST) {
    const missing = c.files.filter((f) => !existsSync(join(evalDir, f)));
    if (missing.length) {
      console.log(`  ${c.label}: ${missing.join(', ')} not found under ${evalDir}; skipped`);
      continue;
    }
    const runs = fresh('first-pass.mjs', [coreJs, evalDir, c.files.join(','), '--second']);
    const { texts, bytes, chars } = runs[0];
    const wall = best(runs, (r) => r.first.wallMs);
    const cpu = best(runs, (r) => r.first.cpuMs);
    console.log(`  ${c.label} (${c.files.join(' + ')}: ${texts} texts, ${f2(bytes / 1e6)} MB UTF-8, ${(chars / 1e6).toFixed(2)} M chars):`);
    console.log(
      `    FIRST PASS: ${mbps(bytes, wall)} MB/s wall, ${mbps(bytes, cpu)} MB/s CPU; ${kcps(chars, wall)} k chars/s wall (${wall.toFixed(0)} ms; runs ${runs.map((r) => r.first.wallMs.toFixed(0)).join(', ')} ms)`,
    );
    const wall2 = best(runs, (r) => r.second.wallMs);
    const cpu2 = best(runs, (r) => r.second.cpuMs);
    console.log(
      `    repeated pass over the same texts, caches warm (NOT what unseen news gets): ${mbps(bytes, wall2)} MB/s wall, ${mbps(bytes, cpu2)} MB/s CPU`,
    );
    // A fresh process spends much of its first pass getting V8 to optimize the engine's code; a long
    // editor session or folder run has done that already. This line runs the same first pass after
    // the engine has worked through other text of the language (not timed), so the two lines
    // together say how much of the first pass is the process warming up and how much is new text.
    if (c.warm.every((f) => existsSync(join(evalDir, f)))) {
      const warmRuns = fresh('first-pass.mjs', [coreJs, evalDir, c.files.join(','), '--warm', c.warm.join(',')]);
      const wallW = best(warmRuns, (r) => r.first.wallMs);
      const cpuW = best(warmRuns, (r) => r.first.cpuMs);
      console.log(
        `    first pass after ${f2(warmRuns[0].warmBytes / 1e6)} MB of other text in the same process (${c.warm.join(' + ')}; its forms are in the caches): ${mbps(bytes, wallW)} MB/s wall, ${mbps(bytes, cpuW)} MB/s CPU`,
      );
    }
  }
}

// 1b. the figure pass alone, first pass -------------------------------------------------------
// The figure grammars' share of a first pass (issue #11): text tokenized first, then each text once
// through the figure recognizer of the sources (tsx), in a fresh process; CPU of the pass only.
if (section('figures')) {
  console.log('\nfigure pass alone — first pass over text the process has never seen (sources through tsx, fresh process per run):');
  for (const c of FIRST) {
    if (c.files.some((f) => !existsSync(join(evalDir, f)))) continue;
    const runs = Array.from({ length: repeats }, () =>
      JSON.parse(
        execFileSync(process.execPath, ['--require', 'tsx/cjs', join(root, 'scripts/bench/figure-pass.ts'), evalDir, c.files.join(','), c.lang], {
          cwd: root,
          encoding: 'utf8',
        }),
      ),
    );
    const cpu = best(runs, (r) => r.cpuMs);
    console.log(
      `  ${c.label} (${c.files.join(' + ')}, ${f2(runs[0].bytes / 1e6)} MB): ${cpu.toFixed(0)} ms CPU, ${f2(cpu / (runs[0].bytes / 1e6))} ms per MB (budget at 5 MB/s for the whole pass: ~40); runs ${runs.map((r) => r.cpuMs.toFixed(0)).join(', ')} ms; ${runs[0].found} figures`,
    );
  }
}

/** Wall and CPU (user + sys, all threads; through /usr/bin/time when present) seconds of one Node process. */
function timedProcess(args) {
  const t = performance.now();
  let cpu;
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const [u, s] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpu = u + s;
  } else execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return { wall: (performance.now() - t) / 1000, cpu };
}

/** Best of `repeats` whole-process runs, as text. */
function wholeProcess(args) {
  const runs = Array.from({ length: repeats }, () => timedProcess(args));
  const cpu = runs[0].cpu === undefined ? '' : `, ${Math.min(...runs.map((r) => r.cpu)).toFixed(2)} s CPU`;
  return `${Math.min(...runs.map((r) => r.wall)).toFixed(3)} s wall${cpu} (wall runs ${runs.map((r) => r.wall.toFixed(3)).join(', ')} s)`;
}

// 2. start-up ----------------------------------------------------------------------------------
if (section('start')) {
  console.log('\nstart-up, fresh process (best of runs):');
  for (const lang of ['ru', 'en']) {
    const runs = fresh('cold-start.mjs', [coreJs, lang]);
    console.log(
      `  ${lang}: require core ${f2(best(runs, (r) => r.requireMs))} ms, loadEngine ${f2(best(runs, (r) => r.loadMs))} ms, first one-line extract (loads what ${lang} still needs) ${f2(best(runs, (r) => r.firstExtractMs))} ms; load + first extract ${f2(best(runs, (r) => r.loadMs + r.firstExtractMs))} ms wall, ${f2(best(runs, (r) => r.cpuMs))} ms CPU`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  try {
    for (const [lang, line] of [
      ['ru', 'Министр финансов Антон Силуанов заявил, что бюджет вырос на 5%.\n'],
      ['en', 'Finance minister Rachel Reeves said the budget grew by 5%.\n'],
    ]) {
      const file = join(dir, `${lang}.txt`);
      writeFileSync(file, line);
      const runs = wholeProcess([cliJs, 'extract', file]);
      console.log(`  whole process \`newsmark extract\` of a one-line ${lang} document: ${runs}`);
    }
    console.log(`  (Node itself, \`node -e 0\`: ${wholeProcess(['-e', '0'])})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 3. annotate DIR and check DIR: files/s with 1 and 2 jobs ---------------------------------------
if (section('files')) {
  const { makeFolder } = await import('./bench/folder.mjs');
  const { readdirSync, unlinkSync } = await import('node:fs');
  const sizes = (process.env.BENCH_FILES ?? '1000,10000').split(',').map(Number);
  console.log(`\nannotate DIR, then check DIR (whole process; annotate writes fresh sidecars, check reads them; articles made from the dev corpora):`);
  /** Runs `args` (one run for a large folder: it takes minutes) and prints files/s. */
  const filesPerSecond = (what, n, distinct, jobs, args, before = () => {}) => {
    const runs = [];
    for (let i = 0; i < (n > 2000 ? 1 : repeats); i++) {
      before();
      runs.push(timedProcess(args));
    }
    const w = Math.min(...runs.map((r) => r.wall));
    const cpu = runs[0].cpu === undefined ? '' : `; ${((1000 * Math.min(...runs.map((r) => r.cpu))) / n).toFixed(1)} ms CPU per file, all threads`;
    console.log(
      `  ${what} ${n} articles (${distinct} distinct texts${distinct < n ? ', the rest repeat them: warmer caches' : ''}), --jobs ${jobs}: ${(n / w).toFixed(1)} files/s wall (${w.toFixed(1)} s; runs ${runs.map((r) => r.wall.toFixed(1)).join(', ')} s)${cpu}`,
    );
  };
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-files-'));
    try {
      const { distinct } = makeFolder(evalDir, dir, n);
      const clear = () => {
        for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) unlinkSync(join(dir, f));
      };
      for (const jobs of [1, 2]) filesPerSecond('annotate', n, distinct, jobs, [cliJs, 'annotate', dir, '--jobs', String(jobs)], clear);
      // The sidecars of the last annotate run stay for check.
      for (const jobs of [1, 2]) filesPerSecond('check', n, distinct, jobs, [cliJs, 'check', dir, '--jobs', String(jobs)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const core = require(coreJs);
const engine = await core.loadEngine();

// The repeated-pass corpora (warm caches) feed the editor documents below.
const docs = [];
for (const file of ['factru_dev.jsonl', 'nerel_dev.jsonl']) {
  const lines = corpusTexts(file);
  if (lines) docs.push(...lines.map((o) => ({ text: o.text, lang: o.lang ?? 'auto' })));
}

// 4. the sample article
const sample = readFileSync(samplePath, 'utf8');
if (section('sample')) {
  for (let i = 0; i < 20; i++) engine.extract(sample); // warm-up
  const s = timeRuns(() => engine.extract(sample), seconds, 50);
  console.log(
    `\nsample: ${samplePath.slice(root.length + 1)}, ${(Buffer.byteLength(sample) / 1024).toFixed(1)} KB, ${engine.extract(sample).entities.length} entities`,
  );
  console.log(
    `  extract, warm: median ${s.walls.length ? median(s.walls).toFixed(3) : '-'} ms/article wall (p90 ${quantile(s.walls, 0.9).toFixed(3)} ms, ${s.walls.length} runs), ${s.cpuPerRun.toFixed(3)} ms CPU`,
  );
}

// 5. editor ------------------------------------------------------------------------------------
// EDITOR BENCH HOOK — for the editor engineer (issue 5): measure edit → decorations time on the
// documents below (one edit in the middle of the text, then everything the extension does until
// the decoration ranges are ready, without VS Code). Return rows of [label, milliseconds]; they are
// printed as they are. Until then this prints that nothing is measured.
/**
 * @param {{ engine: any, core: any, docs: { label: string, text: string }[], timeRuns: typeof timeRuns, median: typeof median }} ctx
 * @returns {Promise<Array<[string, number]> | undefined>}
 */
async function benchEditor(ctx) {
  // The editor's pipeline is scripts/bench-editor.ts (pure: no vscode), bundled here on the fly so the
  // bench measures the same functions the extension runs, against this engine and these documents.
  const esbuild = await import('esbuild');
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
  return Buffer.from(text)
    .subarray(0, bytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}

const editorDocs = section('editor')
  ? [
      { label: '50 KB', text: newsDocument(50 * 1024) },
      { label: '1 MB', text: newsDocument(1024 * 1024) },
    ]
  : [];
if (editorDocs.length) console.log('\neditor: edit → decorations');
const rows = editorDocs.length ? await benchEditor({ engine, core, docs: editorDocs, timeRuns, median }) : [];
if (!rows) {
  // Full re-extraction of each document is printed as the upper bound the editor's work starts from.
  for (const d of editorDocs) {
    const r = timeRuns(() => engine.extract(d.text), Math.min(seconds, 2), 3);
    console.log(`  ${d.label}: not measured yet (hook: benchEditor in scripts/bench.mjs); full extract of the document: median ${f2(median(r.walls))} ms`);
  }
} else {
  for (const [label, ms] of rows) console.log(`  ${label}: ${f2(ms)} ms`);
}

// 6. workspace ---------------------------------------------------------------------------------
if (section('workspace')) {
  const n = Number(process.env.BENCH_WORKSPACE ?? 10000);
  console.log(
    `\nworkspace view: index of ${n} generated articles in the worker (dist/index-worker.js); load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
  );
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(root, 'scripts/bench-workspace.ts'), String(n)], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout || `  failed: ${r.stderr}\n`);
}
