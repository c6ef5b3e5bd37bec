// Speed of the figure pass alone (tokenize excluded and included), warm, on the development texts:
//   npx tsx scripts/bench-figures.ts [EVAL_DIR]
import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { loadFigures } from '../src/core/figures';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'eval');
  const docs: Array<{ text: string; lang: 'ru' | 'en' }> = [];
  for (const f of ['nerel_dev.jsonl', 'factru_dev.jsonl']) {
    for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) docs.push(JSON.parse(l));
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const t0 = performance.now();
  const fig = await loadFigures();
  const load = performance.now() - t0;
  const toks = docs.map((d) => tokenize(d.text));
  for (let k = 0; k < 5; k++) docs.forEach((d, i) => fig.recognize(d.text, toks[i], { lang: 'ru' })); // warm-up (JIT)
  // CPU time, not wall time: the machine is shared, and CPU time is what one core spends on the work.
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const runs = 20;
  let c = process.cpuUsage();
  for (let k = 0; k < runs; k++) docs.forEach((d, i) => fig.recognize(d.text, toks[i], { lang: 'ru' }));
  const figMs = cpuMs(process.cpuUsage(c)) / runs;
  c = process.cpuUsage();
  for (let k = 0; k < runs; k++) docs.forEach((d) => tokenize(d.text));
  const tokMs = cpuMs(process.cpuUsage(c)) / runs;
  const mb = bytes / 1e6;
  console.log(`${docs.length} docs, ${mb.toFixed(2)} MB; load ${load.toFixed(0)} ms`);
  console.log(
    `CPU time per pass — figures only: ${(mb / (figMs / 1000)).toFixed(1)} MB/s (${figMs.toFixed(0)} ms); tokenize: ${(mb / (tokMs / 1000)).toFixed(1)} MB/s`,
  );
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
