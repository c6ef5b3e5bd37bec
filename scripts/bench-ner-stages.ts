// Where the NER pass spends its time, stage by stage (the stages NerOptions.lap names), over text the
// process has not seen (first pass), then again over the same texts (warm caches), in one process.
// CPU time of the whole process (process.cpuUsage: V8's compiler and GC threads included), so a stage
// also carries the optimizing V8 does while it runs. Prints numbers, asserts nothing.
//   npx tsx scripts/bench-ner-stages.ts [FILE.jsonl ...]   (default: conll2003_en_train, nerel_train)
// One language per file (by its name: "_en" English, else Russian), as the first-pass bench reads them.
import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { loadNer } from '../src/core/ner';
import { Lang } from '../src/core/types';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const evalDir = process.env.NEWSMARK_EVAL_DIR ?? path.join(__dirname, '..', '..', 'shared', 'eval');
  const files = process.argv.length > 2 ? process.argv.slice(2) : ['conll2003_en_train.jsonl', 'nerel_train.jsonl'].map((f) => path.join(evalDir, f));
  const ner = await loadNer();
  for (const file of files) {
    const lang: Lang = path.basename(file).includes('_en') ? 'en' : 'ru';
    const texts: string[] = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text);
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    for (const pass of ['first pass', 'again (warm)']) {
      const stages = new Map<string, number>();
      let last = 0;
      const lap = (stage: string) => {
        const now = cpuMs();
        stages.set(stage, (stages.get(stage) ?? 0) + now - last);
        last = now;
      };
      const t0 = cpuMs();
      for (const text of texts) {
        last = cpuMs();
        const tokens = tokenize(text);
        lap('tokenize');
        ner.recognize(text, tokens, lang, { lap });
      }
      const total = cpuMs() - t0;
      console.log(
        `${path.basename(file)} (${(bytes / 1e6).toFixed(2)} MB, ${lang}), ${pass}: tokenize + NER ${total.toFixed(0)} ms CPU, ${(bytes / 1e3 / total).toFixed(2)} MB/s`,
      );
      for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
