// `npm run score:figures`: the figure targets of issue 14, scored by halves (tuning | check) with the
// shipped scorer: every number here comes from `newsmark eval --half H --json` (dist/cli.js; run
// `npm run build` first). Read errors only on the tuning half; a rule that helps tuning and not
// check is overfitting.
//   npx tsx scripts/score-figures-halves.ts [--eval DIR] [--json] [--errors N] [--train]
// --train adds nerel_train's NUMBER/DATE/AGE rows (no target: a bigger set of the same kind as nerel_dev, where
// a rule's effect on both halves shows with four decimals; about 20 s more).
// --errors N lists, after the table, up to N value misses of each pair row on the TUNING half only (the
// check half is never listed): the phrase, the gold value as newsmark would print it, and every figure
// newsmark gave. Each item is scored alone by the shipped Scorer, so "miss" means exactly what the table counts.
// --kinds adds the date misses of both halves counted by kind, from their shape alone
// (no phrase of the check half is printed): one day off, same day another year, nothing found, ….
// The Duckling date row keeps the phrases whose gold grain is day, month or year (the target);
// that filter is the only thing this script does to the gold, written to a temporary file.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadEngine } from '../src/core/engine';
import { readGold } from './ner-data';
import { PairItem, PredEntity } from '../src/core/eval/gold';
import { Scorer } from '../src/core/eval/score';
import { PAIR_KIND_TYPES, expectedFromPair } from '../src/core/eval/values';
import { halfOf } from '../src/core/eval/split';

const args = process.argv.slice(2);
const root = path.resolve(__dirname, '..');
const evalDir = args.includes('--eval') ? args[args.indexOf('--eval') + 1] : path.resolve(root, '..', 'shared', 'eval');
const asJson = args.includes('--json');
const errorCount = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
// The listings go to stderr under --json, so stdout stays one JSON document.
const say = (line: string) => (asJson ? console.error(line) : console.log(line));
if (!Number.isInteger(errorCount) || errorCount < 0) {
  console.error('score-figures-halves: --errors needs a count');
  process.exit(2);
}
const cli = path.join(root, 'dist', 'cli.js');
const HALVES = ['tuning', 'check'] as const;
type Half = (typeof HALVES)[number];

/** One row of the target table: which file, which measure, and where it sits in eval's JSON report. */
interface Row {
  data: string;
  measure: 'value acc' | 'overlap F1';
  /** The target on the check half; none for reference rows (nerel_train). */
  target?: number;
  file: string;
  types?: string;
  pick(report: EvalReport): { score: number; n: number } | undefined;
  /** The pair kind a value row scores (pair rows only): what --errors lists. */
  kind?: string;
}

interface Counts {
  n: number;
  correct: number;
  accuracy: number;
}
interface EvalReport {
  types: Array<{ type: string; gold: number; overlap: { f1: number }; value?: Counts }>;
  pairKinds: Array<{ kind: string } & Counts>;
}

const typeValue = (type: string) => (r: EvalReport) => {
  const t = r.types.find((x) => x.type === type);
  return t?.value ? { score: t.value.accuracy, n: t.value.n } : undefined;
};
const typeOverlap = (type: string) => (r: EvalReport) => {
  const t = r.types.find((x) => x.type === type);
  return t ? { score: t.overlap.f1, n: t.gold } : undefined;
};
const kindValue = (kind: string) =>
  Object.assign(
    (r: EvalReport) => {
      const k = r.pairKinds.find((x) => x.kind === kind);
      return k ? { score: k.accuracy, n: k.n } : undefined;
    },
    { kind },
  );

/** Duckling date pairs at the grains the issue targets, as a temporary gold file. */
function ducklingDayMonthYear(): string {
  const keep = new Set(['day', 'month', 'year']);
  const lines = fs
    .readFileSync(path.join(evalDir, 'duckling_en_pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => {
      if (!l.trim()) return false;
      const o = JSON.parse(l) as { kind?: string; value?: { grain?: string } };
      return o.kind === 'date' && keep.has(o.value?.grain ?? '');
    });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-score-')), 'duckling_en_dates_dmy.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const ROWS: Row[] = [
  { data: 'recognizers_en_number', measure: 'value acc', target: 0.9, file: 'recognizers_en_number.jsonl', pick: typeValue('NUMBER') },
  { data: 'recognizers_en_currency', measure: 'value acc', target: 0.9, file: 'recognizers_en_currency.jsonl', pick: typeValue('MONEY') },
  { data: 'recognizers_en_percent', measure: 'value acc', target: 0.9, file: 'recognizers_en_percent.jsonl', pick: typeValue('PERCENT') },
  { data: 'duckling_en dates d/m/y', measure: 'value acc', target: 0.8, file: ducklingDayMonthYear(), pick: kindValue('date') },
  { data: 'duckling_en money', measure: 'value acc', target: 0.9, file: 'duckling_en_pairs.jsonl', pick: kindValue('money') },
  { data: 'duckling_en number', measure: 'value acc', target: 0.9, file: 'duckling_en_pairs.jsonl', pick: kindValue('number') },
  { data: 'duckling_ru money', measure: 'value acc', target: 0.9, file: 'duckling_ru_pairs.jsonl', pick: kindValue('money') },
  { data: 'duckling_ru number', measure: 'value acc', target: 0.9, file: 'duckling_ru_pairs.jsonl', pick: kindValue('number') },
  { data: 'nerel_dev NUMBER', measure: 'overlap F1', target: 0.92, file: 'nerel_dev.jsonl', types: 'NUMBER,DATE,AGE', pick: typeOverlap('NUMBER') },
  { data: 'nerel_dev DATE', measure: 'overlap F1', target: 0.95, file: 'nerel_dev.jsonl', types: 'NUMBER,DATE,AGE', pick: typeOverlap('DATE') },
  { data: 'nerel_dev AGE', measure: 'overlap F1', target: 0.9, file: 'nerel_dev.jsonl', types: 'NUMBER,DATE,AGE', pick: typeOverlap('AGE') },
  ...(args.includes('--train')
    ? (['NUMBER', 'DATE', 'AGE'] as const).map((t): Row => ({
        data: `nerel_train ${t}`,
        measure: 'overlap F1',
        file: 'nerel_train.jsonl',
        types: 'NUMBER,DATE,AGE',
        pick: typeOverlap(t),
      }))
    : []),
];

// One eval run per (file, types, half); several rows read the same report.
const cache = new Map<string, EvalReport>();
function report(row: Row, half: Half): EvalReport {
  const file = path.isAbsolute(row.file) ? row.file : path.join(evalDir, row.file);
  const key = `${file}|${row.types ?? ''}|${half}`;
  let r = cache.get(key);
  if (!r) {
    const argv = [cli, 'eval', file, '--half', half, '--json', ...(row.types ? ['--types', row.types] : [])];
    r = JSON.parse(execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 << 20 })) as EvalReport;
    cache.set(key, r);
  }
  return r;
}

if (!fs.existsSync(cli)) {
  console.error('score-figures-halves: dist/cli.js is missing; run `npm run build` first');
  process.exit(1);
}
const results = ROWS.map((row) => ({
  data: row.data,
  measure: row.measure,
  target: row.target,
  ...(Object.fromEntries(HALVES.map((h) => [h, row.pick(report(row, h)) ?? null])) as Record<Half, { score: number; n: number } | null>),
}));
interface Miss {
  item: PairItem;
  pred: PredEntity[];
  want: string[];
}

/** The value misses of one pair row on one half, each item scored alone by the shipped Scorer. */
async function missesOf(row: Row, half: Half): Promise<{ n: number; misses: Miss[] } | undefined> {
  const kind = (row.pick as { kind?: string }).kind;
  if (!kind) return undefined;
  const type = PAIR_KIND_TYPES[kind];
  const engine = await loadEngine();
  const file = path.isAbsolute(row.file) ? row.file : path.join(evalDir, row.file);
  const items = readGold(file).filter((x): x is PairItem => x.kind === 'pair' && x.pairKind === kind && halfOf(x.text) === half);
  const misses: Miss[] = [];
  let n = 0;
  for (const item of items) {
    const pred = engine.extract(item.text, { lang: item.lang ?? 'auto', refDate: item.refDate }).entities;
    const scorer = new Scorer([type]);
    scorer.addPair(item, pred);
    const k = scorer.report().pairKinds[0];
    if (!k || !k.n) continue;
    n++;
    if (k.correct) continue;
    const exp = expectedFromPair(kind, item.value);
    misses.push({ item, pred, want: exp.kind === 'date' ? exp.accept : [JSON.stringify(exp)] });
  }
  return { n, misses };
}

/** Tuning-half value misses of one pair row: phrase, gold value (grain), every figure newsmark gave. */
async function listMisses(row: Row, max: number): Promise<void> {
  const r = await missesOf(row, 'tuning');
  if (!r || max <= 0) return;
  say(`\n${row.data}: ${r.misses.length} tuning misses of ${r.n}; the first ${Math.min(max, r.misses.length)}: phrase, gold (grain), newsmark`);
  for (const { item, pred, want } of r.misses.slice(0, max)) {
    const grain = (item.value as { grain?: string })?.grain ?? '';
    const got = pred.map((p) => `${p.type}[${item.text.slice(p.start, p.end)}]=${JSON.stringify(p.value ?? null)}`).join('  ') || '(nothing)';
    const kind = (row.pick as { kind?: string }).kind === 'date' ? `\t[${missKind({ item, pred, want })}]` : '';
    say(`${JSON.stringify(item.text)}\t${want.join(' | ')} (${grain})\t${got}${kind}`);
  }
}

const DAY = /^\d{4}-\d\d-\d\d$/;
const dayNumber = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86400000;

/**
 * The kind of a date miss, from its shape alone (so the check half can be counted without reading it):
 * which of Duckling's conventions it matches, or what newsmark lacks.
 */
function missKind({ item, pred, want }: Miss): string {
  const dates = pred.filter((p) => p.type === 'DATE');
  const got = dates.map((p) => p.value).filter((x): x is string => typeof x === 'string');
  const interval = want.some((w) => w.includes('/'));
  const year = /\b(1[89]|20)\d\d\b/.test(item.text);
  if (!dates.length) return year ? 'no DATE, phrase with a year (mostly holidays)' : 'no DATE, no year in the phrase';
  for (const g of got) {
    for (const w of want) {
      const [ga, gb] = g.split('/');
      const [wa, wb] = w.split('/');
      if (DAY.test(ga) && DAY.test(wa) && Math.abs(dayNumber(ga) - dayNumber(wa)) === 1 && (gb === undefined) === (wb === undefined))
        return 'one day off (eves, moon sighting)';
      // The reference date (2013-02-12 in Duckling's corpus) splits "before" from "after".
      const ref = item.refDate?.slice(0, 10);
      if (DAY.test(ga) && DAY.test(wa) && !year && ref && ga < ref && wa > ref && dayNumber(wa) - dayNumber(ga) < 366)
        return 'no year: newsmark the last one, Duckling the next one';
    }
  }
  if (!got.length) return 'DATE without a value';
  if (got.some((g) => /^P/.test(g))) return interval ? 'duration where Duckling has an interval' : 'duration where Duckling has a date';
  if (interval) return got.some((g) => g.includes('/')) ? 'another interval' : 'a point where Duckling has an interval';
  return 'another date';
}

/** Counts of date-miss kinds per half (counts only: the check half's phrases are never printed). */
async function countKinds(row: Row): Promise<void> {
  if ((row.pick as { kind?: string }).kind !== 'date') return;
  const counts = new Map<string, Record<Half, number>>();
  for (const half of HALVES) {
    for (const m of (await missesOf(row, half))?.misses ?? []) {
      const k = missKind(m);
      const c = counts.get(k) ?? counts.set(k, { tuning: 0, check: 0 }).get(k)!;
      c[half]++;
    }
  }
  say(`\n${row.data}: misses by kind (tuning / check)`);
  for (const [k, c] of [...counts].sort((a, b) => b[1].check + b[1].tuning - a[1].check - a[1].tuning)) say(`| ${k} | ${c.tuning} | ${c.check} |`);
}

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const cell = (x: { score: number; n: number } | null) => (x ? `${x.score.toFixed(3)} (${x.n})` : '-').padEnd(13);
  console.log(`| data | measure | tuning (n) | check (n) | target on check |`);
  console.log(`|---|---|---|---|---|`);
  for (const r of results) {
    if (r.target === undefined) {
      const fine = (x: { score: number; n: number } | null) => (x ? `${x.score.toFixed(4)} (${x.n})` : '-');
      console.log(`| ${r.data} | ${r.measure} | ${fine(r.tuning)} | ${fine(r.check)} | — (reference) |`);
      continue;
    }
    const met = r.check && r.check.score >= r.target ? 'met' : 'not met';
    console.log(`| ${r.data} | ${r.measure} | ${cell(r.tuning).trim()} | ${cell(r.check).trim()} | ≥ ${r.target.toFixed(2)} ${met} |`);
  }
}
if (errorCount || args.includes('--kinds')) {
  (async () => {
    for (const row of ROWS) await listMisses(row, errorCount);
    if (args.includes('--kinds')) for (const row of ROWS) await countKinds(row);
  })().catch((e) => {
    console.error(String(e?.stack ?? e));
    process.exitCode = 1;
  });
}
