// Trains the Russian NER perceptron and writes data/ner-ru.model.
//   npx tsx scripts/train-ner.ts                 train on NEREL train + factRuEval dev, save the model
//   npx tsx scripts/train-ner.ts --cv 5          5-fold cross-validation on factRuEval dev (NEREL always
//                                                in training, the held-out fold never), prints F1; saves nothing
//   options: --epochs N (default 15), --bits B (hash table 2^B rows, default 20), --no-factru, --no-nerel
// Training data: ../shared/eval/nerel_train.jsonl (NEREL v1.1, research data) and factru_dev.jsonl
// (factRuEval-2016 devset, MIT). Deterministic: documents are shuffled with a fixed seed.
import { tokenize } from '../src/core/tokenize';
import { loadMorph } from '../src/core/ner/morph';
import { Line } from '../src/core/ner/forms';
import { Perceptron } from '../src/core/ner/perceptron';
import { Recognizer } from '../src/core/ner/recognizer';
import { beginLabel, NerType } from '../src/core/ner/labels';
import { dataPath } from '../src/core/data-path';
import { EVAL_DIR, flatTargets, GoldDoc, readJsonl } from './ner-data';
import { scoreByHalf } from '../src/core/eval/halves';
import { formatHalves } from '../src/core/eval/format';
import { PredEntity } from '../src/core/eval/gold';

interface Example {
  lines: Line[];
  gold: Uint8Array[];
}

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function examples(rec: Recognizer, docs: GoldDoc[], source: 'factru' | 'nerel'): Example[] {
  return docs.map((doc) => {
    const targets = flatTargets(doc, source);
    const lines = rec.linesOf(tokenize(doc.text));
    const gold = lines.map((line) => {
      const gold = new Uint8Array(line.tokens.length);
      let k = 0;
      line.tokens.forEach((t, i) => {
        while (k < targets.length && targets[k].end <= t.start) k++;
        const s = targets[k];
        if (!s || t.end <= s.start || t.start >= s.end) return;
        const prevIn = i > 0 && line.tokens[i - 1].end > s.start;
        gold[i] = prevIn ? beginLabel(s.type as NerType) + 1 : beginLabel(s.type as NerType);
      });
      return gold;
    });
    return { lines, gold };
  });
}

function trainOne(bits: number, epochs: number, data: Example[], seed: number): Perceptron {
  const model = new Perceptron(bits);
  const rand = rng(seed);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errs = 0;
    let n = 0;
    for (const d of order) {
      const ex = data[d];
      const pred = model.tagDoc(ex.lines, ex.gold);
      pred.forEach((p, k) => {
        for (let i = 0; i < p.length; i++) if (p[i] !== ex.gold[k][i]) errs++;
        n += p.length;
      });
    }
    process.stderr.write(`seed ${seed} epoch ${e + 1}: token errors ${errs} / ${n}\n`);
  }
  model.average();
  return model;
}

/**
 * Trains `runs` models on different document orders and averages their weights: one model of
 * the same size and speed, less dependent on the order the perceptron happened to see.
 */
function train(bits: number, epochs: number, data: Example[]): Perceptron {
  const runs = arg('--runs', 1);
  const models = Array.from({ length: runs }, (_, r) => trainOne(bits, epochs, data, 42 + r));
  if (runs === 1) return models[0];
  const w = new Float32Array(models[0].weights.length);
  for (const m of models) for (let i = 0; i < w.length; i++) w[i] += m.weights[i] / runs;
  return new Perceptron(bits, w);
}

/** factRuEval's conventions are the target, NEREL's are close but not equal: factRuEval may count k times. */
function repeat<T>(xs: T[], k: number): T[] {
  return Array.from({ length: k }, () => xs).flat();
}

async function main(): Promise<void> {
  const epochs = arg('--epochs', 15);
  const bits = arg('--bits', 20);
  const cv = arg('--cv', 0);
  const morph = await loadMorph();
  const probe = new Recognizer(new Perceptron(4), morph);
  const factru = readJsonl(`${EVAL_DIR}/factru_dev.jsonl`);
  const nerel = process.argv.includes('--no-nerel') ? [] : examples(probe, readJsonl(`${EVAL_DIR}/nerel_train.jsonl`), 'nerel');
  const factruEx = examples(probe, factru, 'factru');
  if (cv > 0) {
    const preds: PredEntity[][] = [];
    for (let f = 0; f < cv; f++) {
      const own = factruEx.filter((_, i) => i % cv !== f);
      const trainSet = [...nerel, ...repeat(own, arg('--factru-weight', 1))];
      const model = train(bits, epochs, trainSet);
      const rec = new Recognizer(model, morph);
      factru.forEach((doc, i) => {
        if (i % cv === f) preds[i] = rec.recognize(doc.text, tokenize(doc.text), 'ru');
      });
    }
    // The scorer of `newsmark eval`, both halves; --errors TYPE lists that type's errors of the tuning half.
    const errType = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
    const reports = scoreByHalf(factru.map((item, i) => ({ item, pred: preds[i] })), ['PER', 'ORG', 'LOC'], { errors: errType ? Infinity : 0 });
    if (reports.tuning.errors) reports.tuning.errors = errType && reports.tuning.errors[errType] ? { [errType]: reports.tuning.errors[errType] } : {};
    process.stdout.write(formatHalves(reports, `factru_dev, ${cv}-fold CV (NEREL train + other folds)`, 'the held-out folds'));
    return;
  }
  const data = process.argv.includes('--no-factru') ? nerel : [...nerel, ...repeat(factruEx, arg('--factru-weight', 1))];
  const model = train(bits, epochs, data);
  const file = dataPath('ner-ru.model');
  model.save(file, arg('--prune', 0.02));
  process.stderr.write(`saved ${file}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
