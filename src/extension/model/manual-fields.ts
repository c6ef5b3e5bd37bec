// What a person's own annotation carries besides its span and type. A figure marked by hand gets
// the value the figure recognizer reads in the selected words (a manual "семисот" is 700, not a
// number without a value); names get nothing (their normal form stays the quote); the suggestions
// its span replaces go. Pure (no vscode): the command runs the engine on the selection and passes
// its entities here.
import type { Entity, EntityType } from '../../core/types';
import { QUOTE_TYPES, type Annotation } from '../../sidecar';

export const FIGURE_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'NUMBER', 'PERCENT', 'MONEY', 'ORDINAL', 'AGE']);

/** The fields a figure of the selection carries. Value fields only. */
export type ValueFields = Pick<Entity, 'value' | 'unit' | 'qualifier' | 'currency' | 'from' | 'to'>;

/**
 * The value fields of the engine's reading of the selected text (`found`, offsets into the
 * selection of `length` units): the entity of the person's type that covers the most of it. None
 * for names, or when the engine reads no figure of that type there.
 */
export function manualValue(type: EntityType, found: readonly Entity[], length: number): ValueFields {
  if (!FIGURE_TYPES.has(type)) return {};
  let best: Entity | undefined;
  for (const e of found) {
    if (e.type !== type || e.start < 0 || e.end > length) continue;
    if (!best || e.end - e.start > best.end - best.start) best = e;
  }
  if (!best) return {};
  const { value, unit, qualifier, currency, from, to } = best;
  const out: ValueFields = { value, unit, qualifier, currency, from, to };
  for (const k of Object.keys(out) as Array<keyof ValueFields>) if (out[k] === undefined) delete out[k];
  return out;
}

/** A word under the cursor: letters and digits, with inner hyphens and apostrophes ("Усть-Каменогорске", "O'Brien"). */
export const WORD_AT_CURSOR = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/u;

/**
 * The list without the suggestions a person's span of `type` at [start, end) replaces: the ones
 * overlapping it in the same layer. Names and figures are one layer, quotes and roles another: a
 * name marked inside a quote, or a place inside a role ("министр внутренних дел России"), leaves the
 * quote or role standing (the merge rules would not suggest it again otherwise).
 */
export function withoutOverlapped(list: readonly Annotation[], type: EntityType, start: number, end: number): Annotation[] {
  const layer = (t: EntityType) => QUOTE_TYPES.includes(t);
  return list.filter((a) => a.status !== 'suggested' || a.orphan || a.end <= start || a.start >= end || layer(a.type) !== layer(type));
}
