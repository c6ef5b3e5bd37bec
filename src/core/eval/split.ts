// The tuning/check split of development data. Every development file is split once, here, by a hash of
// each item's text: errors are read only on the tuning half, both halves are reported, and a change
// that helps tuning but not check is overfitting. A hash of the text (not the line number or id) keeps
// an item in the same half whichever file, order or subset it appears in.
import { createHash } from 'node:crypto';

export type Half = 'tuning' | 'check';
export const HALVES: readonly Half[] = ['tuning', 'check'];

/** The half an item belongs to: the low bit of the first byte of SHA-256 over its text as UTF-8. */
export function halfOf(text: string): Half {
  return createHash('sha256').update(text, 'utf8').digest()[0] & 1 ? 'check' : 'tuning';
}
