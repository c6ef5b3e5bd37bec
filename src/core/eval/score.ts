// Accumulates scores over a gold file, one document or pair at a time (constant memory), and
// produces the report that `newsmark eval` prints. Pure: no I/O, no engine.
import { ENTITY_TYPES } from '../types';
import { GoldEntity, PairItem, PredEntity, SpanDoc } from './gold';
import { MatchCounts, MatchMode, matchSpans } from './match';
import { Expected, PAIR_KIND_TYPES, VALUE_STAND_INS, expectedFromPair, expectedFromSpanValue, valueMatches } from './values';

export interface Prf extends MatchCounts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ValueScore {
  /** Gold values newsmark can express; the denominator of accuracy. */
  n: number;
  /** …for which a prediction of the right type covered the phrase. */
  found: number;
  correct: number;
  accuracy: number;
  /** Gold values in a shape newsmark has no equivalent for (listed by reason, not scored). */
  unsupported: number;
}

export interface TypeScore {
  type: string;
  gold: number;
  optional: number;
  pred: number;
  exact: Prf;
  overlap: Prf;
  value?: ValueScore;
}

/** One scoring error with enough context to find it: the document id, the span and the words around it. */
export interface ErrorExample {
  id: string;
  start: number;
  end: number;
  text: string;
  context: string;
}

export interface TypeErrors {
  /** Required gold mentions nothing matched exactly (false negatives). */
  missed: ErrorExample[];
  /** Predictions that matched no mention exactly (false positives). */
  spurious: ErrorExample[];
}

export interface ScorerOptions {
  /** Keep up to this many error examples per type and kind (default 0: none). */
  errors?: number;
}

export interface PairKindScore extends ValueScore {
  kind: string;
}

export interface EvalReport {
  spanDocuments: number;
  pairs: number;
  types: TypeScore[];
  micro?: { exact: Prf; overlap: Prf };
  pairKinds: PairKindScore[];
  pairTotal?: ValueScore;
  unsupportedReasons: Record<string, number>;
  /** Every type the gold annotates (after mapping), scored or not, so a user sees what --types can name. */
  goldTypes: string[];
  /** With ScorerOptions.errors: examples of exact-match errors per type. */
  errors?: Record<string, TypeErrors>;
}

interface TypeAcc {
  gold: number;
  optional: number;
  pred: number;
  exact: MatchCounts;
  overlap: MatchCounts;
  value: ValueAcc;
}

interface ValueAcc {
  n: number;
  found: number;
  correct: number;
  unsupported: number;
}

const zeroCounts = (): MatchCounts => ({ tp: 0, fp: 0, fn: 0 });
const zeroValue = (): ValueAcc => ({ n: 0, found: 0, correct: 0, unsupported: 0 });

export function prf(c: MatchCounts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** The words around a span, the span in [brackets], line breaks shown as ⏎, for error listings. */
function excerpt(text: string, sp: { start: number; end: number }, width = 30): string {
  const before = text.slice(Math.max(0, sp.start - width), sp.start);
  const after = text.slice(sp.end, sp.end + width);
  return `${before}[${text.slice(sp.start, sp.end)}]${after}`.replace(/\r?\n/g, '⏎');
}

function add(a: MatchCounts, b: MatchCounts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** The prediction that answers a gold span: same span if any, else the one overlapping it most, else the longest. */
function bestCover(g: { start: number; end: number }, preds: PredEntity[]): PredEntity | undefined {
  let best: PredEntity | undefined;
  let bestKey = [-1, -1, 0];
  for (const p of preds) {
    const ov = overlapLength(g, p);
    if (ov <= 0) continue;
    const key = [p.start === g.start && p.end === g.end ? 1 : 0, ov, p.end - p.start];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = p;
      bestKey = key;
    }
  }
  return best;
}

/** Predictions of the types whose value may answer a gold mention of `type` (VALUE_STAND_INS). */
function standIns(type: string, pred: readonly PredEntity[]): PredEntity[] {
  const types = VALUE_STAND_INS[type];
  return types ? pred.filter((p) => types.includes(p.type)) : [];
}

export class Scorer {
  private readonly byType = new Map<string, TypeAcc>();
  private readonly byKind = new Map<string, ValueAcc>();
  private readonly goldTypes = new Set<string>();
  private readonly allGoldTypes = new Set<string>();
  private readonly reasons: Record<string, number> = {};
  private spanDocs = 0;
  private pairCount = 0;

  private readonly errors = new Map<string, TypeErrors>();

  /** @param types  the types to score; by default every newsmark type the gold file uses */
  constructor(
    private readonly types?: readonly string[],
    private readonly options: ScorerOptions = {},
  ) {}

  private keepErrors(type: string, doc: SpanDoc, missed: readonly { start: number; end: number }[], spurious: readonly { start: number; end: number }[]): void {
    const max = this.options.errors ?? 0;
    if (!max) return;
    const e = this.errors.get(type) ?? this.errors.set(type, { missed: [], spurious: [] }).get(type)!;
    for (const [list, spans] of [
      [e.missed, missed],
      [e.spurious, spurious],
    ] as const) {
      for (const sp of spans) {
        if (list.length >= max) break;
        list.push({ id: doc.id, start: sp.start, end: sp.end, text: doc.text.slice(sp.start, sp.end), context: excerpt(doc.text, sp) });
      }
    }
  }

  private wanted(type: string): boolean {
    return this.types ? this.types.includes(type) : (ENTITY_TYPES as readonly string[]).includes(type);
  }

  private acc(type: string): TypeAcc {
    let a = this.byType.get(type);
    if (!a) this.byType.set(type, (a = { gold: 0, optional: 0, pred: 0, exact: zeroCounts(), overlap: zeroCounts(), value: zeroValue() }));
    return a;
  }

  private scoreValue(v: ValueAcc, exp: Expected, pred: PredEntity | undefined): void {
    if (exp.kind === 'unsupported') {
      v.unsupported++;
      this.reasons[exp.reason] = (this.reasons[exp.reason] ?? 0) + 1;
      return;
    }
    v.n++;
    if (!pred) return;
    v.found++;
    if (valueMatches(exp, pred)) v.correct++;
  }

  addSpanDoc(doc: SpanDoc, pred: readonly PredEntity[]): void {
    this.spanDocs++;
    const gold = new Map<string, GoldEntity[]>();
    const preds = new Map<string, PredEntity[]>();
    for (const g of doc.entities) {
      this.allGoldTypes.add(g.type);
      if (!this.wanted(g.type)) continue;
      this.goldTypes.add(g.type);
      (gold.get(g.type) ?? gold.set(g.type, []).get(g.type)!).push(g);
    }
    for (const p of pred) {
      if (this.wanted(p.type)) (preds.get(p.type) ?? preds.set(p.type, []).get(p.type)!).push(p);
    }
    for (const type of new Set([...gold.keys(), ...preds.keys()])) {
      const g = gold.get(type) ?? [];
      const p = preds.get(type) ?? [];
      const a = this.acc(type);
      a.gold += g.filter((e) => !e.optional).length;
      a.optional += g.filter((e) => e.optional).length;
      a.pred += p.length;
      const exact = matchSpans(g, p, 'exact');
      add(a.exact, exact);
      add(a.overlap, matchSpans(g, p, 'overlap'));
      this.keepErrors(type, doc, exact.missed, exact.spurious);
      for (const e of g) {
        if (e.optional || e.value === undefined) continue;
        const cover = bestCover(e, p) ?? bestCover(e, standIns(type, pred));
        this.scoreValue(a.value, expectedFromSpanValue(type, e.value), cover);
      }
    }
  }

  addPair(item: PairItem, pred: readonly PredEntity[]): void {
    const type = PAIR_KIND_TYPES[item.pairKind];
    if (this.types && !(type && this.types.includes(type))) return;
    this.pairCount++;
    const v = this.byKind.get(item.pairKind) ?? this.byKind.set(item.pairKind, zeroValue()).get(item.pairKind)!;
    const exp = expectedFromPair(item.pairKind, item.value);
    const candidates = pred.filter((p) => p.type === type);
    this.scoreValue(v, exp, bestCover({ start: 0, end: item.text.length }, candidates));
  }

  report(): EvalReport {
    // Without --types, only the types the gold file annotates are scored: each Recognizers file,
    // for instance, is complete for its own type only, so other predictions there are not errors.
    // A pair-only file has no span table, even when --types names types.
    const shown = !this.spanDocs ? [] : this.types ? [...this.types] : ENTITY_TYPES.filter((t) => this.goldTypes.has(t));
    const types: TypeScore[] = shown.map((type) => {
      const a = this.byType.get(type) ?? { gold: 0, optional: 0, pred: 0, exact: zeroCounts(), overlap: zeroCounts(), value: zeroValue() };
      const t: TypeScore = { type, gold: a.gold, optional: a.optional, pred: a.pred, exact: prf(a.exact), overlap: prf(a.overlap) };
      if (a.value.n || a.value.unsupported) t.value = valueScore(a.value);
      return t;
    });
    const report: EvalReport = {
      spanDocuments: this.spanDocs,
      pairs: this.pairCount,
      types,
      pairKinds: [...this.byKind.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([kind, v]) => ({ kind, ...valueScore(v) })),
      unsupportedReasons: { ...this.reasons },
      goldTypes: [...this.allGoldTypes].sort(),
    };
    if (this.options.errors) report.errors = Object.fromEntries(shown.filter((t) => this.errors.has(t)).map((t) => [t, this.errors.get(t)!]));
    if (types.length) {
      const micro = (mode: MatchMode) => {
        const c = zeroCounts();
        for (const t of types) add(c, t[mode]);
        return prf(c);
      };
      report.micro = { exact: micro('exact'), overlap: micro('overlap') };
    }
    if (this.byKind.size) {
      const total = zeroValue();
      for (const v of this.byKind.values()) {
        total.n += v.n;
        total.found += v.found;
        total.correct += v.correct;
        total.unsupported += v.unsupported;
      }
      report.pairTotal = valueScore(total);
    }
    return report;
  }
}

function valueScore(v: ValueAcc): ValueScore {
  return { ...v, accuracy: v.n ? v.correct / v.n : 0 };
}
