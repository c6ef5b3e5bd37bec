// Merges the outputs of several recognizers into one deterministic list. Different recognizers own
// different types (NER: PER/ORG/LOC, figures: NUMBER…DATE), so nesting across types is meaningful
// (ORG "МВД Казахстана" holds LOC "Казахстана", MONEY "5 млн рублей" may hold a NUMBER) and is kept.
// Within one type, a span inside or crossing another of the same type is a recognizer firing twice
// on the same words; an editor cannot show both, so the earlier-and-longer one wins.
import { Entity, ENTITY_TYPES } from './types';

const TYPE_RANK = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** Sort order of every entity list newsmark prints: by start, then longer first, then type, then text. */
export function compareEntities(a: Entity, b: Entity): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    (TYPE_RANK.get(a.type) ?? ENTITY_TYPES.length) - (TYPE_RANK.get(b.type) ?? ENTITY_TYPES.length) ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
  );
}

/**
 * Orders entities deterministically and drops same-type spans that lie inside or cross an earlier,
 * longer span of that type (including exact duplicates). Spans of different types are all kept.
 */
export function mergeEntities(...lists: Entity[][]): Entity[] {
  const all = ([] as Entity[]).concat(...lists).sort(compareEntities);
  const out: Entity[] = [];
  // The furthest end reached so far per type: a span of that type starting before it overlaps a kept one.
  const reach = new Map<string, number>();
  for (const e of all) {
    const r = reach.get(e.type);
    if (r !== undefined && e.start < r) continue;
    reach.set(e.type, e.end);
    out.push(e);
  }
  return out;
}
