// BIO label set of the sequence tagger. The order is part of the shipped model format: a model
// uses the first `labels` entries (its file header says how many). The Russian model knows PER, ORG
// and LOC (7 labels); the English one also learns MISC (nationalities, events, titles of works), so
// that such words stop being called organizations, but MISC is never shown as a newsmark type.
import { EntityType } from '../types';

export type NerType = Extract<EntityType, 'PER' | 'ORG' | 'LOC'>;
export type TagType = NerType | 'MISC';
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC'];
const TAG_TYPES: readonly TagType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
/** The most labels a model may have: feature roles keyed by a previous label are laid out for this many. */
export const N_LABELS = LABELS.length;
/** Labels of a model that learns PER, ORG and LOC only (the Russian one). */
export const N_NER_LABELS = 1 + 2 * NER_TYPES.length;
export const O = 0;

export function beginLabel(type: TagType): number {
  return 1 + 2 * TAG_TYPES.indexOf(type);
}

export function labelType(label: number): TagType | undefined {
  return label === O ? undefined : TAG_TYPES[(label - 1) >> 1];
}

export function isInside(label: number): boolean {
  return label !== O && (label - 1) % 2 === 1;
}

/** BIO well-formedness: I-X may only follow B-X or I-X. */
export function allowedAfter(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev !== O && labelType(prev) === labelType(label);
}
