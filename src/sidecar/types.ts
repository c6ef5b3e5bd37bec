// The annotation as the sidecar, the CLI and the editor see it: an engine Entity plus a person's decision.
import type { Entity } from '../core/types';

/**
 * suggested: proposed by the engine, nobody decided yet (rewritten on every `annotate`);
 * accepted / rejected: a person's decision on a suggestion; manual: a person made it.
 */
export type Status = 'suggested' | 'accepted' | 'rejected' | 'manual';
export const STATUSES: readonly Status[] = ['suggested', 'accepted', 'rejected', 'manual'];

/** Statuses that carry a person's decision: never dropped or changed by `annotate`. */
export function isDecided(status: Status): boolean {
  return status !== 'suggested';
}

export interface Annotation extends Entity {
  /** Stable id: assigned once when the annotation is created, kept across edits of the article. */
  id: string;
  status: Status;
  /** A person's free-text note; kept byte for byte. */
  note?: string;
  /**
   * True when the quote could not be found in the current article text. start/end/text are then the
   * last known values (they do not point into the current text); the entry is kept until a person
   * removes it.
   */
  orphan?: boolean;
  /**
   * Suggestions only: the fingerprint of the engine's claim (type, norm, value…) when newsmark last
   * wrote it (see claim.ts). A claim that no longer matches it was corrected by a person.
   */
  sig?: string;
}

/** How a stored annotation was found again in the current article text. */
export type AnchorHow = 'offsets' | 'quote' | 'fuzzy' | 'orphan';

/** An annotation whose offsets or quote changed while re-anchoring (or that became an orphan). */
export interface Move {
  id: string;
  how: Exclude<AnchorHow, 'offsets'>;
  from: { start: number; end: number; text: string };
  /** Absent for orphans. */
  to?: { start: number; end: number; text: string };
}
