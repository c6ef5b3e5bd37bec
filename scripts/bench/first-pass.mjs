// One first-pass measurement, run by scripts/bench.mjs in a fresh Node process so that no cache
// (morphology, word forms, normal forms, JIT feedback aside) has seen the text before.
//   node scripts/bench/first-pass.mjs CORE_JS EVAL_DIR FILE[,FILE...] [--second] [--warm FILE[,FILE...]]
// Prints one JSON object: engine load time, bytes/chars of the texts, wall and CPU ms of the first
// pass over them (in file order, each text once) and, with --second, of a repeated pass. With
// --warm, the engine first runs (untimed) over the texts of other files: the first pass then meets
// an engine whose code V8 has already optimized, as in a long editor session or folder run, and
// whose per-form caches hold that other text's forms (texts shared with FILE are left out).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [coreJs, evalDir, files, ...flags] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const read = (list) => {
  const out = [];
  for (const f of list.split(',')) for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) if (line) out.push(JSON.parse(line).text);
  return out;
};
const texts = read(files);
const warmAt = flags.indexOf('--warm');
const seen = new Set(texts);
const warmTexts = warmAt >= 0 ? read(flags[warmAt + 1]).filter((t) => !seen.has(t)) : [];
let bytes = 0;
let chars = 0;
for (const t of texts) {
  bytes += Buffer.byteLength(t, 'utf8');
  chars += t.length;
}

const t0 = performance.now();
const core = require(coreJs);
const engine = await core.loadEngine();
const loadMs = performance.now() - t0;
let warmBytes = 0;
for (const t of warmTexts) {
  engine.extract(t);
  warmBytes += Buffer.byteLength(t, 'utf8');
}

function pass() {
  const c0 = cpuMs();
  const w0 = performance.now();
  let entities = 0;
  for (const t of texts) entities += engine.extract(t).entities.length;
  return { wallMs: performance.now() - w0, cpuMs: cpuMs() - c0, entities };
}
const first = pass();
const second = flags.includes('--second') ? pass() : undefined;
process.stdout.write(JSON.stringify({ texts: texts.length, bytes, chars, loadMs, warmBytes, first, second }) + '\n');
