// One first-pass measurement of the figure pass alone, run by scripts/bench.mjs (section "figures") in a
// fresh Node process through tsx, from the sources (dist/core.js does not export the passes):
//   node --require tsx/cjs scripts/bench/figure-pass.ts EVAL_DIR FILE[,FILE...] LANG
// Tokenizes every text first (untimed), then runs the figure recognizer once over each text it has
// never seen. Prints one JSON object: bytes, CPU and wall ms of the figure pass, figures found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/core/tokenize';
import { loadFigures } from '../../src/core/figures';
import type { Lang } from '../../src/core/types';

async function main(): Promise<void> {
  const [evalDir, files, lang] = process.argv.slice(2);
  const texts: string[] = [];
  for (const f of files.split(',')) for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) if (line) texts.push(JSON.parse(line).text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const figures = await loadFigures();
  const tokens = texts.map((t) => tokenize(t));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const w0 = performance.now();
  let found = 0;
  for (let i = 0; i < texts.length; i++) found += figures.recognize(texts[i], tokens[i], { lang: lang as Lang }).length;
  process.stdout.write(JSON.stringify({ bytes, cpuMs: cpu() - c0, wallMs: performance.now() - w0, found }) + '\n');
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
