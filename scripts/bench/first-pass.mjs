// One first-pass measurement, run by scripts/bench.mjs in a fresh Node process so that no cache
// (morphology, word forms, normal forms, JIT feedback aside) has seen the text before.
//   node scripts/bench/first-pass.mjs CORE_JS EVAL_DIR FILE[,FILE...] [--second]
// Prints one JSON object: engine load time, bytes/chars of the texts, wall and CPU ms of the first
// pass over them (in file order, each text once) and, with --second, of a repeated pass.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [coreJs, evalDir, files, ...flags] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const texts = [];
for (const f of files.split(',')) {
  for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) if (line) texts.push(JSON.parse(line).text);
}
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

function pass() {
  const c0 = cpuMs();
  const w0 = performance.now();
  let entities = 0;
  for (const t of texts) entities += engine.extract(t).entities.length;
  return { wallMs: performance.now() - w0, cpuMs: cpuMs() - c0, entities };
}
const first = pass();
const second = flags.includes('--second') ? pass() : undefined;
process.stdout.write(JSON.stringify({ texts: texts.length, bytes, chars, loadMs, first, second }) + '\n');
