// Scores the shipped NER model on a span corpus and measures its speed.
//   npx tsx scripts/score-ner.ts [GOLD.jsonl]      (default ../shared/eval/factru_dev.jsonl)
// Prints P/R/F1 per type for exact and core-span matching, and MB/s (UTF-8 bytes of text, warm).
// Note: the shipped model is trained on factru_dev too; for an honest factru figure use
// `npx tsx scripts/train-ner.ts --cv 5`.
import { tokenize } from '../src/core/tokenize';
import { loadNer } from '../src/core/ner';
import { detectLang } from '../src/core/lang';
import { EVAL_DIR, readJsonl } from './ner-data';
import { scoreDocs, printScores } from './score-ner-lib';

async function main(): Promise<void> {
  const file = process.argv[2] ?? `${EVAL_DIR}/factru_dev.jsonl`;
  const gold = readJsonl(file);
  const t0 = Date.now();
  const ner = await loadNer();
  const loadMs = Date.now() - t0;
  const run = () => gold.map((d) => ({ id: d.id, entities: ner.recognize(d.text, tokenize(d.text), detectLang(d.text)) }));
  const pred = run(); // cold pass (fills the morphology cache)
  printScores(scoreDocs(gold, pred), file);
  const bytes = gold.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  // CPU time, best of 5 warm passes: the machine is shared, and wall time would measure the neighbours.
  // NER alone gets pre-tokenized input, as in the engine, where tokens are shared by all recognizers.
  const toks = gold.map((d) => tokenize(d.text));
  const cpu = (f: () => void): number => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const c = process.cpuUsage();
      f();
      const u = process.cpuUsage(c);
      best = Math.min(best, (u.user + u.system) / 1e6);
    }
    return best;
  };
  const ner1 = cpu(() => gold.forEach((d, i) => ner.recognize(d.text, toks[i], 'ru')));
  const tok = cpu(() => gold.forEach((d) => tokenize(d.text)));
  const mbs = (sec: number) => `${(bytes / 1e6 / sec).toFixed(1)} MB/s (${(sec * 1000).toFixed(0)} ms)`;
  process.stdout.write(
    `load ${loadMs} ms; ${(bytes / 1e6).toFixed(2)} MB of UTF-8 text; warm, CPU time: NER ${mbs(ner1)}, ` +
      `tokenize ${mbs(tok)}, together ${mbs(ner1 + tok)}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
