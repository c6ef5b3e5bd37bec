// Words for an entity's type and machine value, as the hover and the Entities view show them. The
// value in words is the core's (figures/readable.ts), so every place a person reads says it alike.
// Pure (no vscode) so the unit tests read it plainly.
import type { Entity, EntityType } from '../../core/types';
import { readableValue } from '../../core/figures';

export const TYPE_NAMES: Record<EntityType, string> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  DATE: 'Date',
  NUMBER: 'Number',
  PERCENT: 'Percent',
  MONEY: 'Money',
  ORDINAL: 'Ordinal',
  AGE: 'Age',
  QUOTE: 'Quote',
  ROLE: 'Role',
};

/** The value in words ("more than 700 — отпечатков пальцев", "£600 million", "Q4 2004"), or undefined for names. */
export function describeValue(e: Entity): string | undefined {
  return readableValue(e);
}
