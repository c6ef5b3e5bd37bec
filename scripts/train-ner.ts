// Trains the Russian NER perceptron and writes data/ner-ru.model (`--lang en`: the English one, see train-ner-en.ts).
//   npx tsx scripts/train-ner.ts                 train on NEREL train + factRuEval dev, save the model
//   npx tsx scripts/train-ner.ts --cv 5          5-fold cross-validation on factRuEval dev (NEREL always
//                                                in training, the held-out fold never), prints F1; saves nothing
//   options: --epochs N (default 15), --bits B (hash table 2^B rows, default 20), --no-factru, --no-nerel,
//            --seed S (document order, default 42: another seed shows how far F1 moves by chance),
//            --runs N (N models on seeds S..S+N-1, weights averaged), --out FILE (save there, not the shipped model)
//   --cv 5               keeps the fold models (fold-K.model) in a cache folder keyed by a hash of everything
//                        that shapes them (scripts/ner-fold-cache.ts) and loads them when the key matches:
//                        a rule after the tagger is then re-scored in a minute on the same models.
//                        --folds DIR: that folder instead (no key: only while features and data are
//                        unchanged); --no-cache: train and keep nothing. With --runs N the fold models
//                        are the means of the single-seed fold models of seeds S..S+N-1, each cached
//                        under its own key (trained only when missing).
//   --cv 5 --pred FILE   also write the held-out predictions, one JSON line per document ({id, entities}),
//                        the format `newsmark eval --pred` and scripts/ner-error-kinds.ts read.
// Training data: ../shared/eval/nerel_train.jsonl (NEREL v1.1, research data) and factru_dev.jsonl
// (factRuEval-2016 devset, MIT). Deterministic: documents are shuffled with a fixed seed.
import { tokenize } from '../src/core/tokenize';
import { loadMorph } from '../src/core/ner/morph';
import { Perceptron } from '../src/core/ner/perceptron';
import { trainPerceptron, TrainingDoc } from '../src/core/ner/perceptron-train';
import { saveModel } from '../src/core/ner/model-file';
import { Recognizer } from '../src/core/ner/recognizer';
import { N_NER_LABELS } from '../src/core/ner/labels';
import { dataPath } from '../src/core/data-path';
import { EVAL_DIR, flatTargets, GoldDoc, labelLines, readJsonl } from './ner-data';
import { trainEnglish } from './train-ner-en';
import * as fs from 'fs';
import * as path from 'path';
import { loadModel } from '../src/core/ner/model-file';
import { scoreByHalf } from '../src/core/eval/halves';
import { formatHalves } from '../src/core/eval/format';
import { PredEntity } from '../src/core/eval/gold';
import { averagedModel, modelFileScale } from './ner-average';
import { foldCacheDir, MODEL_ENTRY_FILES, modelInputsKey, sourceClosure } from './ner-fold-cache';

type Example = TrainingDoc;

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

function examples(rec: Recognizer, docs: GoldDoc[], source: 'factru' | 'nerel'): Example[] {
  return docs.map((doc) => {
    const targets = flatTargets(doc, source);
    const lines = rec.linesOf(tokenize(doc.text));
    return { lines, gold: labelLines(lines, targets) };
  });
}

function strArg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Trains `runs` models on different document orders (seeds S..S+runs-1) and averages their weights: one
 * model of the same size and speed, less dependent on the order the perceptron happened to see.
 */
function train(bits: number, epochs: number, data: Example[]): Perceptron {
  const runs = arg('--runs', 1);
  const log = (m: string) => process.stderr.write(m + '\n');
  const seed = arg('--seed', 42);
  return averagedModel(Array.from({ length: runs }, (_, r) => trainPerceptron(bits, N_NER_LABELS, data, epochs, seed + r, log)));
}

/**
 * The fold model saved in `dir`, else `make()`'s, saved there first and read back (a later run loads the
 * same int16 weights); with the factor that brings its weights to the trained scale (for averagedModel).
 */
function savedOrTrained(dir: string | undefined, f: number, make: () => Perceptron): { model: Perceptron; scale: number } {
  const saved = dir && path.join(dir, `fold-${f}.model`);
  if (saved && !fs.existsSync(saved)) {
    fs.mkdirSync(dir, { recursive: true });
    // Written aside and renamed: a run stopped while saving leaves no half model for the next run to load.
    saveModel(make(), saved + '.tmp');
    fs.renameSync(saved + '.tmp', saved);
  }
  return saved ? { model: loadModel(saved, N_NER_LABELS), scale: modelFileScale(saved) } : { model: make(), scale: 1 };
}

/** factRuEval's conventions are the target, NEREL's are close but not equal: factRuEval may count k times. */
function repeat<T>(xs: T[], k: number): T[] {
  return Array.from({ length: k }, () => xs).flat();
}

/** The fold-model cache folder for this run's inputs (see ner-fold-cache.ts). */
function keyedFoldDir(cv: number, epochs: number, bits: number, seed = arg('--seed', 42), runs = arg('--runs', 1)): string {
  const root = path.join(__dirname, '..');
  const files = [...sourceClosure(root, MODEL_ENTRY_FILES), 'node_modules/az/package.json', `${EVAL_DIR}/factru_dev.jsonl`, `${EVAL_DIR}/nerel_train.jsonl`];
  const options = {
    cv,
    epochs,
    bits,
    seed,
    runs,
    factruWeight: arg('--factru-weight', 1),
    nerel: !process.argv.includes('--no-nerel'),
  };
  return foldCacheDir(root, modelInputsKey(root, files, options));
}

async function main(): Promise<void> {
  if (process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en') return trainEnglish();
  const epochs = arg('--epochs', 15);
  const bits = arg('--bits', 20);
  const cv = arg('--cv', 0);
  const morph = await loadMorph();
  const probe = new Recognizer(() => new Perceptron(4, N_NER_LABELS), morph);
  const factru = readJsonl(`${EVAL_DIR}/factru_dev.jsonl`);
  // Built on first use: a CV run whose fold models are all saved (--folds) needs no training data.
  let nerelEx: Example[] | undefined;
  const nerelData = () => (nerelEx ??= process.argv.includes('--no-nerel') ? [] : examples(probe, readJsonl(`${EVAL_DIR}/nerel_train.jsonl`), 'nerel'));
  let factruEx: Example[] | undefined;
  const factruData = () => (factruEx ??= examples(probe, factru, 'factru'));
  if (cv > 0) {
    const preds: PredEntity[][] = [];
    const folds = strArg('--folds') ?? (process.argv.includes('--no-cache') ? undefined : keyedFoldDir(cv, epochs, bits));
    if (folds) process.stderr.write(`fold models: ${folds}\n`);
    for (let f = 0; f < cv; f++) {
      const trainSet = () => [
        ...nerelData(),
        ...repeat(
          factruData().filter((_, i) => i % cv !== f),
          arg('--factru-weight', 1),
        ),
      ];
      const runs = arg('--runs', 1);
      // --runs N in the keyed cache: the mean of the N single-seed fold models, each trained once and kept
      // under its own key (seed S+r, one run), so averaging more seeds reuses the ones already trained.
      let model: Perceptron;
      if (runs > 1 && !strArg('--folds') && folds) {
        const parts = Array.from({ length: runs }, (_, r) => {
          const seed = arg('--seed', 42) + r;
          const dir = keyedFoldDir(cv, epochs, bits, seed, 1);
          return savedOrTrained(dir, f, () => trainPerceptron(bits, N_NER_LABELS, trainSet(), epochs, seed, (m) => process.stderr.write(m + '\n')));
        });
        model = averagedModel(
          parts.map((p) => p.model),
          parts.map((p) => p.scale),
        );
      } else model = savedOrTrained(folds, f, () => train(bits, epochs, trainSet())).model;
      const rec = new Recognizer(() => model, morph);
      factru.forEach((doc, i) => {
        if (i % cv === f) preds[i] = rec.recognize(doc.text, tokenize(doc.text), 'ru');
      });
    }
    // The scorer of `newsmark eval`, both halves; --errors TYPE lists that type's errors of the tuning half.
    const errType = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
    const reports = scoreByHalf(
      factru.map((item, i) => ({ item, pred: preds[i] })),
      ['PER', 'ORG', 'LOC'],
      { errors: errType ? Infinity : 0 },
    );
    if (reports.tuning.errors) reports.tuning.errors = errType && reports.tuning.errors[errType] ? { [errType]: reports.tuning.errors[errType] } : {};
    process.stdout.write(formatHalves(reports, `factru_dev, ${cv}-fold CV (NEREL train + other folds)`, 'the held-out folds'));
    const predFile = strArg('--pred');
    if (predFile)
      fs.writeFileSync(
        predFile,
        factru.map((doc, i) => JSON.stringify({ id: doc.id, entities: preds[i].map(({ start, end, type }) => ({ start, end, type })) }) + '\n').join(''),
      );
    return;
  }
  const data = process.argv.includes('--no-factru') ? nerelData() : [...nerelData(), ...repeat(factruData(), arg('--factru-weight', 1))];
  const model = train(bits, epochs, data);
  // --out: a candidate model (another seed, --runs) scored with `score-ner.ts --model FILE`, the shipped one untouched.
  const file = strArg('--out') ?? dataPath('ner-ru.model');
  saveModel(model, file, arg('--prune', 0.02));
  process.stderr.write(`saved ${file}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
