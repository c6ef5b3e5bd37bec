// The English tagger alone (Perceptron.tagDoc), first pass and again, over documents whose lines and
// word forms are made before the clock starts: what the score vectors of new forms cost, apart from
// tokenizing, word forms and the steps after the tagger (scripts/bench-ner-stages.ts has those).
// CPU time of the process (process.cpuUsage). Prints numbers, asserts nothing.
//   npx tsx scripts/bench-en-tagger.ts [--model FILE] [FILE.jsonl ...]   (default: conll2003_en_train)
// For an A/B of two models or two checkouts, run it in fresh processes taking turns, and compare medians.
import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { dataPath } from '../src/core/data-path';
import { EN_GAZETTEER_FILE, EN_MODEL_FILE, EnglishTagger } from '../src/core/ner/en-tagger';
import { loadGazetteer } from '../src/core/ner/en-gazetteer';
import { loadModel } from '../src/core/ner/model-file';
import { N_LABELS } from '../src/core/ner/labels';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const args = process.argv.slice(2);
const at = args.indexOf('--model');
const modelFile = at >= 0 ? args.splice(at, 2)[1] : dataPath(EN_MODEL_FILE);
const evalDir = process.env.NEWSMARK_EVAL_DIR ?? path.join(__dirname, '..', '..', 'shared', 'eval');
const files = args.length ? args : [path.join(evalDir, 'conll2003_en_train.jsonl')];

const t0 = cpuMs();
const tagger = new EnglishTagger(loadModel(modelFile, N_LABELS), loadGazetteer(dataPath(EN_GAZETTEER_FILE)));
const loadMs = cpuMs() - t0;
const texts = files.flatMap((f) =>
  fs
    .readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).text as string),
);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const docs = texts.map((t) => tagger.lines(tokenize(t)));
const pass = (): number => {
  const c = cpuMs();
  for (const lines of docs) tagger.model.tagDoc(lines);
  return cpuMs() - c;
};
const first = pass();
const again = pass();
console.log(
  JSON.stringify({
    model: path.basename(modelFile),
    mb: +(bytes / 1e6).toFixed(3),
    loadMs: +loadMs.toFixed(1),
    firstMs: +first.toFixed(0),
    againMs: +again.toFixed(0),
  }),
);
