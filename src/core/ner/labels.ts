// BIO label set of the sequence tagger. The order is part of the shipped model format.
import { EntityType } from '../types';

export type NerType = Extract<EntityType, 'PER' | 'ORG' | 'LOC'>;
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC'];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const N_LABELS = LABELS.length;
export const O = 0;

export function beginLabel(type: NerType): number {
  return 1 + 2 * NER_TYPES.indexOf(type);
}

export function labelType(label: number): NerType | undefined {
  return label === O ? undefined : NER_TYPES[(label - 1) >> 1];
}

export function isInside(label: number): boolean {
  return label !== O && (label - 1) % 2 === 1;
}

/** BIO well-formedness: I-X may only follow B-X or I-X. */
export function allowedAfter(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev !== O && labelType(prev) === labelType(label);
}
