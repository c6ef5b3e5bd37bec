// Scores the figure recognizers on the development data in ../shared/eval until `newsmark eval` exists:
//   npx tsx scripts/score-figures.ts [--verbose] [--eval DIR] [--only duckling|recognizers|nerel|DATE|NUMBER|…] [--nerel FILE]
// * duckling_ru_pairs (number, ordinal, money): value accuracy of the entity covering the phrase.
// * recognizers_en_{number,percent,currency}: value accuracy per gold entity (an overlapping prediction
//   with the same value), plus predictions that overlap no gold entity.
// * nerel_dev: overlap and exact precision/recall/F1 for DATE, NUMBER, MONEY, PERCENT, ORDINAL.
// Value conventions compared: Duckling/Recognizers "Dollar" = USD, "Cent" = 0.01 USD, "Pound" = GBP,
// "Pence" = 0.01 GBP; a gold {to: x} is our qualifier lt/lte with value x, {from: x} is gt/gte.
import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { loadFigures, FigureRecognizer } from '../src/core/figures';
import { Entity, EntityType, Lang } from '../src/core/types';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const evalDir = args.includes('--eval') ? args[args.indexOf('--eval') + 1] : path.join(__dirname, '..', '..', 'shared', 'eval');
const nerelFile = args.includes('--nerel') ? args[args.indexOf('--nerel') + 1] : 'nerel_dev.jsonl';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function lines<T>(file: string): T[] {
  return fs.readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

const CURRENCY_NAMES: Record<string, [string, number]> = {
  Dollar: ['USD', 1], Cent: ['USD', 0.01], Pound: ['GBP', 1], Pence: ['GBP', 0.01], Unnamed: ['USD', 1],
  'Canadian dollar': ['CAD', 1], 'Hong Kong dollar': ['HKD', 1], 'Australian dollar': ['AUD', 1],
  'Japanese yen': ['JPY', 1], 'Netherlands guilder': ['NLG', 1], 'United States dollar': ['USD', 1],
  'Chinese yuan': ['CNY', 1], 'Costa Rican colón': ['CRC', 1], Euro: ['EUR', 1], 'Turkish lira': ['TRY', 1],
  Rupee: ['INR', 1], 'British pound': ['GBP', 1], Bitcoin: ['BTC', 1], 'Mexican peso': ['MXN', 1],
};

const close = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function covering(ents: Entity[], types: EntityType[]): Entity | undefined {
  const c = ents.filter((e) => types.includes(e.type));
  c.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  return c[0];
}

function moneyAmount(e: Entity): { amount?: number; from?: number; to?: number } {
  if (e.from !== undefined || e.to !== undefined) return { from: e.from as number, to: e.to as number };
  const v = e.value as number;
  if (e.qualifier === 'lt' || e.qualifier === 'lte') return { to: v };
  if (e.qualifier === 'gt' || e.qualifier === 'gte') return { from: v };
  return { amount: v };
}

function scoreDuckling(fig: FigureRecognizer): void {
  interface Pair { text: string; kind: string; value: unknown }
  const by: Record<string, [number, number]> = {};
  let curOk = 0, curN = 0;
  for (const p of lines<Pair>('duckling_ru_pairs.jsonl')) {
    if (!['number', 'ordinal', 'money'].includes(p.kind)) continue;
    const ents = fig.recognize(p.text, tokenize(p.text), { lang: 'ru', refDate: '2013-02-12' });
    const type: EntityType = p.kind === 'number' ? 'NUMBER' : p.kind === 'ordinal' ? 'ORDINAL' : 'MONEY';
    const e = covering(ents, [type]);
    let ok = false;
    if (e && p.kind !== 'money') ok = close(e.value, p.value as number);
    if (e && p.kind === 'money') {
      const g = p.value as { currency: string; amount?: number; from?: number; to?: number };
      const [code, f] = CURRENCY_NAMES[g.currency] ?? [g.currency, 1];
      const m = moneyAmount(e);
      // A sub-unit in the gold ("10 центов" = 10 Cent) is 0.1 of our parent currency (USD).
      const want = (x: number) => (e.currency === code ? x * f : x);
      ok = (['amount', 'from', 'to'] as const).every((k) => g[k] === undefined ? m[k] === undefined : close(m[k], want(g[k]!)));
      curN++;
      if (e.currency === code) curOk++;
    }
    const s = (by[p.kind] ??= [0, 0]);
    s[1]++;
    if (ok) s[0]++;
    else if (verbose) console.log(`  miss duckling ${p.kind} ${JSON.stringify(p.text)} gold=${JSON.stringify(p.value)} got=${JSON.stringify(ents)}`);
  }
  const tot = Object.values(by).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
  console.log(`duckling_ru_pairs value accuracy: ${(tot[0] / tot[1]).toFixed(3)} (${tot[0]}/${tot[1]}) — ` +
    Object.entries(by).map(([k, [a, n]]) => `${k} ${(a / n).toFixed(3)} (${a}/${n})`).join(', ') +
    `; money currency ${curOk}/${curN}`);
}

interface SpanDoc { id: string; lang: Lang; text: string; entities: Array<{ start: number; end: number; type: string; text: string; value?: unknown; optional?: boolean }> }

function goldNumber(v: unknown): number | undefined {
  const o = v as { value?: string | null };
  if (o?.value === null || o?.value === undefined || o.value === 'null') return undefined;
  const s = String(o.value).replace('%', '');
  return Number(s);
}

function scoreRecognizers(fig: FigureRecognizer): void {
  for (const [file, types] of [
    ['recognizers_en_number.jsonl', ['NUMBER', 'MONEY', 'PERCENT']],
    ['recognizers_en_percent.jsonl', ['PERCENT']],
    ['recognizers_en_currency.jsonl', ['MONEY']],
  ] as Array<[string, EntityType[]]>) {
    let ok = 0, n = 0, fp = 0, curOk = 0;
    for (const d of lines<SpanDoc>(file)) {
      const ents = fig.recognize(d.text, tokenize(d.text), { lang: 'en' }).filter((e) => types.includes(e.type));
      const used = new Set<Entity>();
      for (const g of d.entities) {
        const gv = goldNumber(g.value);
        if (gv === undefined) continue;
        n++;
        const cand = ents.filter((e) => e.start < g.end && g.start < e.end && !used.has(e));
        let hit = false;
        for (const e of cand) {
          let want = gv;
          const unit = (g.value as { unit?: string; isoCurrency?: string }).unit;
          if (file.includes('currency') && unit) {
            const [code, f] = CURRENCY_NAMES[unit] ?? [(g.value as { isoCurrency?: string }).isoCurrency ?? unit, 1];
            want = e.currency === code && f !== 1 ? gv * f : gv;
          }
          if (close(e.value, want)) {
            hit = true;
            used.add(e);
            const unitName = (g.value as { unit?: string }).unit;
            if (unitName && e.currency === (CURRENCY_NAMES[unitName]?.[0] ?? (g.value as { isoCurrency?: string }).isoCurrency)) curOk++;
            break;
          }
        }
        if (hit) ok++;
        else if (verbose) console.log(`  miss ${file} ${JSON.stringify(g.text)} gold=${gv} in ${JSON.stringify(d.text.slice(0, 120))} got=${JSON.stringify(cand.map((e) => [e.text, e.value, e.currency]))}`);
      }
      for (const e of ents) if (!d.entities.some((g) => e.start < g.end && g.start < e.end)) {
        fp++;
        if (verbose) console.log(`  extra ${file} ${JSON.stringify(e.text)} ${e.type} ${e.value} in ${JSON.stringify(d.text.slice(0, 100))}`);
      }
    }
    console.log(`${file} value accuracy: ${(ok / n).toFixed(3)} (${ok}/${n}); predictions overlapping no gold: ${fp}` + (file.includes('currency') ? `; currency code right ${curOk}/${n}` : ''));
  }
}

function scoreNerel(fig: FigureRecognizer): void {
  const types: EntityType[] = ['DATE', 'NUMBER', 'MONEY', 'PERCENT', 'ORDINAL'];
  const c: Record<string, { tp: number; fp: number; fn: number; etp: number }> = {};
  for (const t of types) c[t] = { tp: 0, fp: 0, fn: 0, etp: 0 };
  for (const d of lines<SpanDoc>(nerelFile)) {
    const ents = fig.recognize(d.text, tokenize(d.text), { lang: 'ru' });
    for (const t of types) {
      const gold = d.entities.filter((g) => g.type === t);
      const pred = ents.filter((e) => e.type === t);
      const used = new Set<number>();
      for (const p of pred) {
        const gi = gold.findIndex((g, k) => !used.has(k) && g.start < p.end && p.start < g.end);
        if (gi >= 0) {
          used.add(gi);
          if (gold[gi].optional) continue;
          c[t].tp++;
          if (gold[gi].start === p.start && gold[gi].end === p.end) c[t].etp++;
        } else if (gold.some((g) => g.optional && g.start < p.end && p.start < g.end)) {
          // optional: neither required nor penalized
        } else {
          c[t].fp++;
          if (verbose && (!only || only === t)) console.log(`  FP ${t} ${JSON.stringify(p.text)} ${p.value} … ${JSON.stringify(d.text.slice(Math.max(0, p.start - 40), p.end + 30))} gold-here=${JSON.stringify(d.entities.filter((g) => g.start < p.end && p.start < g.end).map((g) => g.type + ':' + g.text))}`);
        }
      }
      gold.forEach((g, k) => {
        if (used.has(k) || g.optional) return;
        c[t].fn++;
        if (verbose && (!only || only === t)) console.log(`  FN ${t} ${JSON.stringify(g.text)} … ${JSON.stringify(d.text.slice(Math.max(0, g.start - 40), g.end + 30))} pred-here=${JSON.stringify(ents.filter((e) => e.start < g.end && g.start < e.end).map((e) => e.type + ':' + e.text))}`);
      });
    }
  }
  console.log(`${nerelFile.padEnd(18)} overlap P / R / F1        exact F1`);
  for (const t of types) {
    const { tp, fp, fn, etp } = c[t];
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1), f = 2 * p * r / (p + r || 1);
    const ep = etp / (tp + fp || 1), er = etp / (tp + fn || 1), ef = 2 * ep * er / (ep + er || 1);
    console.log(`  ${t.padEnd(8)} ${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}   (tp ${tp}, fp ${fp}, fn ${fn})   ${ef.toFixed(3)}`);
  }
}

async function main(): Promise<void> {
  const fig = await loadFigures();
  if (!only || only === 'duckling') scoreDuckling(fig);
  if (!only || only === 'recognizers') scoreRecognizers(fig);
  if (!only || ['nerel', 'DATE', 'NUMBER', 'MONEY', 'PERCENT', 'ORDINAL'].includes(only)) scoreNerel(fig);
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
