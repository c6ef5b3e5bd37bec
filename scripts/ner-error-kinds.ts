// Sorts the NER errors of the TUNING half into kinds and counts them, so the biggest kinds are fixed first
// (errors are read on the tuning half only; see src/core/eval/split.ts).
//   npx tsx scripts/ner-error-kinds.ts GOLD.jsonl PRED.jsonl [--type ORG] [--examples N]
// PRED.jsonl: one {id, entities} line per document (`train-ner.ts --cv 5 --pred FILE`, or
// `newsmark extract --jsonl`). Exact matching as `newsmark eval` does it (core_span honoured, optional
// mentions ignored), one-to-one.
// Kinds, from the gold mention's side: missed (nothing overlaps it), type (right span, wrong type),
// short / long / shifted (same type, wrong edges), merged (one prediction over two gold mentions),
// split (two predictions inside one), type+edges; from the prediction's side: false alarm (overlaps no
// required gold mention). Each kind is split further by what the mention holds (quotes, digits or
// inner punctuation, Latin letters, a lower-case first word, one word or several).
import * as fs from 'fs';
import { GoldEntity } from '../src/core/eval/gold';
import { spanMatches } from '../src/core/eval/match';
import { halfOf } from '../src/core/eval/split';
import { readJsonl } from './ner-data';

interface Pred {
  start: number;
  end: number;
  type: string;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const onlyType = opt('--type');
const nExamples = Number(opt('--examples') ?? 4);
const [goldFile, predFile] = args;
if (!goldFile || !predFile) throw new Error('usage: ner-error-kinds.ts GOLD.jsonl PRED.jsonl [--type T] [--examples N]');

const preds = new Map<string, Pred[]>();
for (const line of fs.readFileSync(predFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { id: string; entities: Pred[] };
  preds.set(
    o.id,
    o.entities.filter((e) => ['PER', 'ORG', 'LOC'].includes(e.type)),
  );
}

const counts = new Map<string, string[]>();
function add(kind: string, example: string): void {
  const list = counts.get(kind) ?? [];
  list.push(example);
  counts.set(kind, list);
}

/** What a mention holds, for sub-kinds. */
function flavour(text: string): string {
  const f: string[] = [];
  if (/[«»"„“”]/.test(text)) f.push('quotes');
  if (/\d/.test(text)) f.push('digits');
  if (/\p{L}[.&!/+'’]\p{L}|\p{L}-\d/u.test(text)) f.push('inner-punct');
  if (/[A-Za-z]/.test(text)) f.push('latin');
  if (/^\p{Ll}/u.test(text)) f.push('lower-first');
  f.push(/\s/.test(text) ? 'multi' : 'one-word');
  return f.join(',');
}

function show(text: string, s: number, e: number, mark?: Pred): string {
  const ctx = (a: number, b: number) => text.slice(a, b).replace(/\n/g, '⏎');
  const m = mark ? ` → ${mark.type}[${ctx(mark.start, mark.end)}]` : '';
  return `${ctx(Math.max(0, s - 30), s)}[${ctx(s, e)}]${ctx(e, e + 30)}${m}`;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

for (const doc of readJsonl(goldFile)) {
  if (halfOf(doc.text) !== 'tuning') continue; // errors are read on the tuning half only
  const p = preds.get(doc.id) ?? [];
  const gold = doc.entities.filter((g) => ['PER', 'ORG', 'LOC'].includes(g.type));
  const required = gold.filter((g) => !g.optional);
  // One-to-one exact matches of the same type first (greedy is enough for counting kinds).
  const usedP = new Set<Pred>();
  const matchedG = new Set<GoldEntity>();
  for (const g of required)
    for (const q of p)
      if (!usedP.has(q) && q.type === g.type && spanMatches(g, q, 'exact')) {
        usedP.add(q);
        matchedG.add(g);
        break;
      }
  for (const g of required) {
    if (matchedG.has(g) || (onlyType && g.type !== onlyType)) continue;
    const over = p.filter((q) => !usedP.has(q) && overlaps(g, q));
    const ex = (q?: Pred) => `${doc.id} ${show(doc.text, g.start, g.end, q)}`;
    const fl = flavour(doc.text.slice(g.start, g.end));
    if (!over.length) {
      add(`${g.type} missed [${fl}]`, ex());
      continue;
    }
    const same = over.filter((q) => q.type === g.type);
    if (!same.length) {
      const q = over[0];
      const kind = spanMatches(g, q, 'exact') ? `${g.type} type →${q.type}` : `${g.type} type+edges →${q.type}`;
      add(`${kind} [${fl}]`, ex(q));
      continue;
    }
    if (same.length > 1) {
      add(`${g.type} split [${fl}]`, ex(same[0]));
      continue;
    }
    const q = same[0];
    const others = required.filter((o) => o !== g && overlaps(o, q) && !(o.start <= g.start && o.end >= g.end));
    if (others.length && q.start <= Math.min(g.start, ...others.map((o) => o.start)) + 1) add(`${g.type} merged [${fl}]`, ex(q));
    else if (q.start >= g.start && q.end <= g.end) add(`${g.type} short [${fl}]`, ex(q));
    else if (q.start <= g.start && q.end >= g.end) add(`${g.type} long [${fl}]`, ex(q));
    else add(`${g.type} shifted [${fl}]`, ex(q));
  }
  for (const q of p) {
    if (usedP.has(q) || (onlyType && q.type !== onlyType)) continue;
    if (gold.some((g) => overlaps(g, q))) continue; // counted from the gold side, or optional
    add(`${q.type} false alarm [${flavour(doc.text.slice(q.start, q.end))}]`, `${doc.id} ${show(doc.text, q.start, q.end)}`);
  }
}

const byKind = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
const coarse = new Map<string, number>();
for (const [k, v] of byKind) {
  const c = k.replace(/ \[.*\]$/, '');
  coarse.set(c, (coarse.get(c) ?? 0) + v.length);
}
process.stdout.write(`error kinds, tuning half (${goldFile})\n`);
for (const [k, n] of [...coarse.entries()].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(5)}  ${k}\n`);
process.stdout.write('\n');
for (const [k, v] of byKind) {
  process.stdout.write(`${String(v.length).padStart(5)}  ${k}\n`);
  for (const e of v.slice(0, nExamples)) process.stdout.write(`         ${e}\n`);
}
