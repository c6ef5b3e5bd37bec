// `npm run score:figures`: the figure targets of issue 14, scored by halves (tuning | check) with the
// shipped scorer: every number here comes from `newsmark eval --half H --json` (dist/cli.js; run
// `npm run build` first). Read errors only on the tuning half; a rule that helps tuning and not
// check is overfitting.
//   npx tsx scripts/score-figures-halves.ts [--eval DIR] [--json]
// The Duckling date row keeps the phrases whose gold grain is day, month or year (the target);
// that filter is the only thing this script does to the gold, written to a temporary file.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const args = process.argv.slice(2);
const root = path.resolve(__dirname, '..');
const evalDir = args.includes('--eval') ? args[args.indexOf('--eval') + 1] : path.resolve(root, '..', 'shared', 'eval');
const asJson = args.includes('--json');
const cli = path.join(root, 'dist', 'cli.js');
const HALVES = ['tuning', 'check'] as const;
type Half = (typeof HALVES)[number];

/** One row of the target table: which file, which measure, and where it sits in eval's JSON report. */
interface Row {
  data: string;
  measure: 'value acc' | 'overlap F1';
  target: number;
  file: string;
  types?: string;
  pick(report: EvalReport): { score: number; n: number } | undefined;
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
const kindValue = (kind: string) => (r: EvalReport) => {
  const k = r.pairKinds.find((x) => x.kind === kind);
  return k ? { score: k.accuracy, n: k.n } : undefined;
};

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
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const cell = (x: { score: number; n: number } | null) => (x ? `${x.score.toFixed(3)} (${x.n})` : '-').padEnd(13);
  console.log(`| data | measure | tuning (n) | check (n) | target on check |`);
  console.log(`|---|---|---|---|---|`);
  for (const r of results) {
    const met = r.check && r.check.score >= r.target ? 'met' : 'not met';
    console.log(`| ${r.data} | ${r.measure} | ${cell(r.tuning).trim()} | ${cell(r.check).trim()} | ≥ ${r.target.toFixed(2)} ${met} |`);
  }
}
