// Span matching for one document and one type. Matching is one-to-one (a prediction can satisfy one
// gold mention only) and maximal (augmenting paths), so the score does not depend on list order.
// Required mentions are matched first; leftover predictions that hit an `optional` mention are then
// neither rewarded nor penalized.
import { GoldEntity } from './gold';

export type MatchMode = 'exact' | 'overlap';

/** A prediction's offsets [start, end): all the matcher needs (the NER tagger's token span is `Span`, src/core/ner/spans.ts). */
export interface Offsets {
  start: number;
  end: number;
}

export interface MatchCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * exact: same span, except that a mention with a core_span (factRuEval) is matched by any prediction
 * that covers the core and stays inside the whole span — the official factRuEval rule.
 * overlap: the spans share at least one code unit.
 */
export function spanMatches(g: GoldEntity, p: Offsets, mode: MatchMode): boolean {
  if (mode === 'overlap') return p.start < g.end && g.start < p.end;
  if (g.core) return p.start <= g.core[0] && p.end >= g.core[1] && p.start >= g.start && p.end <= g.end;
  return p.start === g.start && p.end === g.end;
}

/** Maximum bipartite matching (Kuhn); returns, for each prediction, the index of its gold or -1. */
function maxMatching(gold: GoldEntity[], pred: Offsets[], mode: MatchMode, taken: boolean[]): number[] {
  const goldOf = new Array<number>(pred.length).fill(-1);
  const edges = gold.map((g) => pred.map((p, j) => (!taken[j] && spanMatches(g, p, mode) ? j : -1)).filter((j) => j >= 0));
  const tryGold = (gi: number, seen: boolean[]): boolean => {
    for (const j of edges[gi]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (goldOf[j] < 0 || tryGold(goldOf[j], seen)) {
        goldOf[j] = gi;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) if (edges[gi].length) tryGold(gi, new Array<boolean>(pred.length).fill(false));
  return goldOf;
}

export interface MatchResult<P extends Offsets> extends MatchCounts {
  /** Required gold mentions no prediction matched (the false negatives). */
  missed: GoldEntity[];
  /** Predictions that matched nothing (the false positives). */
  spurious: P[];
}

export function matchSpans<P extends Offsets>(gold: GoldEntity[], pred: P[], mode: MatchMode): MatchResult<P> {
  const required = gold.filter((g) => !g.optional);
  const optional = gold.filter((g) => g.optional);
  const toRequired = maxMatching(required, pred, mode, new Array<boolean>(pred.length).fill(false));
  const taken = toRequired.map((g) => g >= 0);
  const toOptional = optional.length ? maxMatching(optional, pred, mode, taken) : toRequired.map(() => -1);
  const matched = new Set(toRequired.filter((g) => g >= 0));
  const missed = required.filter((_, i) => !matched.has(i));
  const spurious = pred.filter((_, j) => !taken[j] && toOptional[j] < 0);
  return { tp: matched.size, fn: missed.length, fp: spurious.length, missed, spurious };
}
