// Engine start-up in a fresh Node process, for one language: require the core, loadEngine(), then
// extract one line of that language (which loads whatever that language still needs, if loading is
// lazy). Run by scripts/bench.mjs.   node scripts/bench/cold-start.mjs CORE_JS ru|en
// Prints one JSON object {requireMs, loadMs, firstExtractMs, cpuMs}: wall times of each step and the
// CPU time of load + first extract (steadier on a shared machine).
import { createRequire } from 'node:module';

const LINES = {
  ru: 'МОСКВА, 3 декабря. Министр финансов Антон Силуанов заявил, что бюджет вырос на 5%.',
  en: 'LONDON, Dec 3. Finance minister Rachel Reeves said the budget grew by 5%.',
};
const [coreJs, lang] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = performance.now();
const core = require(coreJs);
const t1 = performance.now();
const c1 = cpuMs();
const engine = await core.loadEngine();
const t2 = performance.now();
engine.extract(LINES[lang]);
const t3 = performance.now();
const c3 = cpuMs();
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, loadMs: t2 - t1, firstExtractMs: t3 - t2, cpuMs: c3 - c1 }) + '\n');
