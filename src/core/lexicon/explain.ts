// Why a suggestion looks the way it does, as far as the lexicon is concerned: the entry that makes
// the engine suggest it (a confirmed name, in any case form) or that moved its type (a relabel). The
// hover says so, so a person can find the line of .newsmark/lexicon.yaml to change.
import type { EntityType } from '../types';
import { sameForm } from './endings';
import { Lexicon, LexiconName, LexiconRelabel } from './lexicon';

export type LexiconReason = { kind: 'name'; entry: LexiconName } | { kind: 'relabel'; entry: LexiconRelabel };

export function lexiconReason(lexicon: Lexicon, e: { type: EntityType; text: string }): LexiconReason | undefined {
  const name = lexicon.names.find((n) => n.type === e.type && [n.norm, ...n.forms].some((f) => sameForm(f, e.text)));
  if (name) return { kind: 'name', entry: name };
  const moved = lexicon.relabel.find((r) => r.to === e.type && sameForm(r.form, e.text));
  return moved && { kind: 'relabel', entry: moved };
}
