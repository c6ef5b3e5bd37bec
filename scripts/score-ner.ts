// Scores the shipped NER model alone on a span corpus with the scorer of `newsmark eval`
// (src/core/eval: one-to-one optimal matching, core_span and optional honoured), on the tuning half,
// the check half and the whole file, and measures its speed.
//   npx tsx scripts/score-ner.ts [GOLD.jsonl] [--errors N]    (default ../shared/eval/factru_dev.jsonl)
// --model FILE scores that Russian model (e.g. `train-ner.ts --seed 7 --out FILE`) instead of the shipped one.
// --errors N lists the first N misses and false alarms per type, of the tuning half only.
// --pred FILE writes the predictions, one {id, entities} line per document (scripts/ner-error-kinds.ts reads it).
// Note: the shipped model is trained on factru_dev too; for an honest factru figure use
// `npx tsx scripts/train-ner.ts --cv 5`.
import { tokenize } from '../src/core/tokenize';
import { loadNer, NerRecognizer } from '../src/core/ner';
import { loadMorph } from '../src/core/ner/morph';
import { loadModel } from '../src/core/ner/model-file';
import { N_NER_LABELS } from '../src/core/ner/labels';
import { Recognizer } from '../src/core/ner/recognizer';
import { englishTagger } from '../src/core/ner/en-tagger';
import { documentContext } from '../src/core/document-context';
import { scoreByHalf } from '../src/core/eval/halves';
import { formatHalves } from '../src/core/eval/format';
import { EVAL_DIR, readJsonl } from './ner-data';
import * as fs from 'fs';

const NER_TYPES = ['PER', 'ORG', 'LOC'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const errAt = args.indexOf('--errors');
  const errors = errAt >= 0 ? Number(args.splice(errAt, 2)[1]) : 0;
  const predAt = args.indexOf('--pred');
  const predFile = predAt >= 0 ? args.splice(predAt, 2)[1] : undefined;
  const modelAt = args.indexOf('--model');
  const modelFile = modelAt >= 0 ? args.splice(modelAt, 2)[1] : undefined;
  const file = args[0] ?? `${EVAL_DIR}/factru_dev.jsonl`;
  const gold = readJsonl(file);
  const t0 = Date.now();
  const ner = modelFile ? await candidateNer(modelFile) : await loadNer();
  const loadMs = Date.now() - t0;
  // First pass: the texts are new to the process (the morphology cache fills as it goes).
  const c0 = process.cpuUsage();
  const scored = gold.map((item) => {
    const tokens = tokenize(item.text);
    return { item, pred: ner.recognize(item.text, tokens, documentContext(item.text, { lang: item.lang ?? 'auto' }).lang) };
  });
  const firstPass = process.cpuUsage(c0);
  if (predFile)
    fs.writeFileSync(
      predFile,
      scored.map(({ item, pred }) => JSON.stringify({ id: item.id, entities: pred.map(({ start, end, type }) => ({ start, end, type })) }) + '\n').join(''),
    );
  process.stdout.write(formatHalves(scoreByHalf(scored, NER_TYPES, { errors }), file, 'the NER model alone'));
  const bytes = gold.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const sec = (firstPass.user + firstPass.system) / 1e6;
  process.stdout.write(
    `\nload ${loadMs} ms; ${(bytes / 1e6).toFixed(2)} MB of UTF-8 text; first pass (tokenize + NER), CPU time: ` +
      `${(bytes / 1e6 / sec).toFixed(2)} MB/s (${(sec * 1000).toFixed(0)} ms). The machine is shared: CPU time, not wall time.\n`,
  );
}

/** The recognizer of loadNer() with another Russian model file. */
async function candidateNer(file: string): Promise<NerRecognizer> {
  const model = loadModel(file, N_NER_LABELS);
  return new Recognizer(() => model, await loadMorph(), englishTagger);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
