// Scores predictions on each half of the tuning/check split (split.ts) and on the whole file at once,
// for the scripts that report development numbers (score-ner, score-figures, training CV). Error
// examples are collected on the tuning half only: errors are read there, never on the check half.
import { GoldItem, PredEntity } from './gold';
import { EvalReport, Scorer, ScorerOptions } from './score';
import { Half, halfOf } from './split';

export type HalfReports = Record<Half | 'all', EvalReport>;

export interface ScoredItem {
  item: GoldItem;
  pred: readonly PredEntity[];
}

/** @param types  as for Scorer: the types to score, by default every newsmark type the gold uses */
export function scoreByHalf(items: Iterable<ScoredItem>, types?: readonly string[], options: ScorerOptions = {}): HalfReports {
  const scorers = {
    tuning: new Scorer(types, options),
    check: new Scorer(types),
    all: new Scorer(types),
  };
  for (const { item, pred } of items) {
    for (const s of [scorers[halfOf(item.text)], scorers.all]) {
      if (item.kind === 'span') s.addSpanDoc(item, pred);
      else s.addPair(item, pred);
    }
  }
  return { tuning: scorers.tuning.report(), check: scorers.check.report(), all: scorers.all.report() };
}
