// Trains the English NER perceptron: `npx tsx scripts/train-ner.ts --lang en` writes
// data/ner-en.gazetteer (scripts/build-en-gazetteer.ts) and data/ner-en.model (card: data/ner-en.model.md).
//   options: --epochs N (default 12), --bits B (default 20), --prune P (default 0.02),
//            --detok none|all|mix (default mix: half the documents with clitics rejoined, see detokenize),
//            --wikigold (also train on wikigold_en), --cv K --fold F (CoNLL + wikigold without fold F;
//            prints that fold's counts as JSON, to be added up over the folds), --eval (score the saved model on testa halves,
//            wikigold and test/fixtures/en-ner-dev.jsonl), --eval-only (score data/ner-en.model), --no-save
// Training data: ../shared/eval/conll2003_en_train.jsonl (CoNLL-2003, Reuters text: research only;
// never copied into the repo, the weights may ship). Deterministic: fixed seed, sorted tables.
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { toLines } from '../src/core/ner/forms';
import { N_LABELS } from '../src/core/ner/labels';
import { trainPerceptron, TrainingDoc } from '../src/core/ner/perceptron-train';
import { loadModel, saveModel } from '../src/core/ner/model-file';
import { EnglishTagger, englishForms, EN_MODEL_FILE } from '../src/core/ner/en-tagger';
import { loadGazetteer } from '../src/core/ner/en-gazetteer';
import { dataPath } from '../src/core/data-path';
import { halfOf } from '../src/core/eval/split';
import { Scorer } from '../src/core/eval/score';
import { formatReport } from '../src/core/eval/format';
import { EVAL_DIR, GoldDoc, labelLines, readJsonl } from './ner-data';
import { writeEnGazetteer } from './build-en-gazetteer';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

// A clitic split off by the CoNLL tokenization ("Warner 's", "do n't"): real text writes it joined,
// and newsmark's tokenizer then reads "Warner's" as one word.
const CLITIC = / (?=(?:'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)(?: |\n|$))/g;
// The dateline line of a CoNLL story ("BRUSSELS 1996-08-22") and the line after it.
const DATELINE = /^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*) (\d{4})-(\d\d)-(\d\d)\n(?=.)/gm;
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
// Sentence lines of the body, joined three at a time into paragraphs as articles print them.
const SENTENCE_END = /[.?!"] ?\n(?=[^\n])/g;

interface Edit {
  at: number;
  del: number;
  ins: string;
}

/**
 * The document laid out as the original story was before CoNLL tokenized it, as far as newsmark's
 * tokenizer can tell: clitics rejoined, the dateline in the wire's form ("BRUSSELS, Aug 22 (Reuters) -",
 * with Reuters an ORG as CoNLL marks it in text), sentences joined into paragraphs. Offsets move with
 * the text; no entity is edited.
 */
export function detokenize(doc: GoldDoc): GoldDoc {
  const edits: Edit[] = [];
  const added: Array<{ at: number; len: number; type: string }> = [];
  for (const m of doc.text.matchAll(CLITIC)) edits.push({ at: m.index!, del: 1, ins: '' });
  let bodyFrom = 0;
  for (const m of doc.text.matchAll(DATELINE)) {
    const at = m.index! + m[1].length;
    const ins = `, ${MONTHS[Number(m[3]) - 1]} ${Number(m[4])} (Reuters) - `;
    edits.push({ at, del: m[0].length - m[1].length, ins });
    added.push({ at, len: ins.length, type: 'ORG' });
    bodyFrom = m.index! + m[0].length;
    break;
  }
  let n = 0;
  if (bodyFrom > 0)
    for (const m of doc.text.slice(bodyFrom).matchAll(SENTENCE_END)) {
      const nl = bodyFrom + m.index! + m[0].indexOf('\n');
      if (++n % 3) edits.push({ at: m[0].includes(' ') ? nl - 1 : nl, del: m[0].includes(' ') ? 2 : 1, ins: ' ' });
    }
  if (!edits.length) return doc;
  edits.sort((x, y) => x.at - y.at);
  let text = '';
  let from = 0;
  for (const e of edits) {
    text += doc.text.slice(from, e.at) + e.ins;
    from = e.at + e.del;
  }
  text += doc.text.slice(from);
  const move = (o: number) => {
    let d = 0;
    for (const e of edits) if (e.at < o) d += e.ins.length - e.del;
    return o + d;
  };
  const entities = doc.entities.map((e) => ({ ...e, start: move(e.start), end: move(e.end) }));
  for (const a of added) {
    const s = move(a.at) + a.len - ' (Reuters) - '.length + 2;
    entities.push({ start: s, end: s + 'Reuters'.length, type: a.type, optional: false });
  }
  return { ...doc, text, entities };
}

function example(forms: ReturnType<typeof englishForms>, doc: GoldDoc): TrainingDoc {
  const targets = doc.entities.filter((e) => TYPES.has(e.type)).sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = toLines(tokenize(doc.text), forms);
  return { lines, gold: labelLines(lines, targets) };
}

function evaluate(tagger: EnglishTagger, docs: GoldDoc[], title: string): Record<string, { tp: number; fp: number; fn: number }> {
  const scorer = new Scorer(['PER', 'ORG', 'LOC']);
  const forms = englishForms(new Map());
  for (const d of docs) {
    const lines = toLines(tokenize(d.text), forms);
    const spans = tagger.tag(lines).flat();
    scorer.addSpanDoc(
      { id: d.id, text: d.text, entities: d.entities.filter((e) => e.type !== 'MISC') } as never,
      spans.map((s) => ({ start: s.start, end: s.end, type: s.type, text: d.text.slice(s.start, s.end) })) as never,
    );
  }
  const r = scorer.report();
  const row = (t: string) => {
    const x = t === 'micro' ? r.micro!.exact : r.types.find((y) => y.type === t)!.exact;
    return `${t} ${x.f1.toFixed(3)}`;
  };
  process.stdout.write(`${title.padEnd(28)} exact F1: ${['PER', 'ORG', 'LOC', 'micro'].map(row).join('  ')}\n`);
  if (process.argv.includes('--report')) process.stdout.write(formatReport(r, title) + '\n');
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of r.types) counts[t.type] = { tp: t.exact.tp, fp: t.exact.fp, fn: t.exact.fn };
  return counts;
}

export async function trainEnglish(): Promise<void> {
  const epochs = Number(arg('--epochs', '12'));
  const bits = Number(arg('--bits', '20'));
  const detok = arg('--detok', 'mix');
  if (process.argv.includes('--eval-only')) return evaluateAll(dataPath(EN_MODEL_FILE), loadGazetteer(dataPath('ner-en.gazetteer')));
  const gazFile = writeEnGazetteer();
  // --no-gazetteer: the same model without word classes, to measure what they are worth.
  const gazetteer = process.argv.includes('--no-gazetteer') ? new Map<string, number>() : loadGazetteer(gazFile);
  const forms = englishForms(gazetteer);
  let docs = readJsonl(`${EVAL_DIR}/conll2003_en_train.jsonl`);
  // --wikigold: train on wikigold (CC BY 4.0) too; its own figure then comes from cross-validation:
  // --cv K --fold F trains without wikigold fold F and prints that fold's counts (not shipped: see the card).
  const cv = Number(arg('--cv', '0'));
  const fold = Number(arg('--fold', '0'));
  const wikigold = process.argv.includes('--wikigold') || cv ? readJsonl(`${EVAL_DIR}/wikigold_en.jsonl`) : [];
  const heldOut = cv ? wikigold.filter((_, i) => i % cv === fold) : [];
  docs = docs.concat(cv ? wikigold.filter((_, i) => i % cv !== fold) : wikigold);
  // "mix": every other document rejoined, so the model knows both "Warner 's" (the test files) and "Warner's".
  docs = docs.map((d, i) => (detok === 'all' || (detok === 'mix' && i % 2 === 1) ? detokenize(d) : d));
  const data = docs.map((d) => example(forms, d));
  const log = (m: string) => process.stderr.write(m + '\n');
  const model = trainPerceptron(bits, N_LABELS, data, epochs, 42, log);
  const scratch = cv || process.argv.includes('--no-save');
  const file = scratch ? path.join(require('os').tmpdir(), `ner-en-${process.pid}.model`) : dataPath(EN_MODEL_FILE);
  saveModel(model, file, Number(arg('--prune', '0.02')));
  process.stderr.write(`saved ${file}\n`);
  if (cv) {
    // One fold's counts as JSON: add the folds' tp/fp/fn up for the cross-validated F1.
    const tagger = new EnglishTagger(loadModel(file, N_LABELS), gazetteer);
    const counts = evaluate(tagger, heldOut, `wikigold fold ${fold}/${cv}`);
    process.stdout.write(JSON.stringify({ fold, counts }) + '\n');
    return;
  }
  if (process.argv.includes('--eval')) evaluateAll(file, gazetteer);
}

function evaluateAll(file: string, gazetteer: Map<string, number>): void {
  const tagger = new EnglishTagger(loadModel(file, N_LABELS), gazetteer);
  const testa = readJsonl(`${EVAL_DIR}/conll2003_en_testa.jsonl`);
  evaluate(
    tagger,
    testa.filter((d) => halfOf(d.text) === 'tuning'),
    'testa tuning',
  );
  evaluate(
    tagger,
    testa.filter((d) => halfOf(d.text) === 'check'),
    'testa check',
  );
  if (!process.argv.includes('--wikigold')) evaluate(tagger, readJsonl(`${EVAL_DIR}/wikigold_en.jsonl`), 'wikigold');
  const dev = readJsonl(path.join(__dirname, '../test/fixtures/en-ner-dev.jsonl'));
  evaluate(
    tagger,
    dev.filter((d) => halfOf(d.text) === 'tuning'),
    'en-ner-dev tuning',
  );
  evaluate(
    tagger,
    dev.filter((d) => halfOf(d.text) === 'check'),
    'en-ner-dev check',
  );
}
