// The workspace lexicon: what people decided about names, remembered across articles. It lives in the
// repository (`.newsmark/lexicon.yaml`), is reviewed in git like the sidecars, fills itself from
// decisions in sidecars, and a person may edit it. Three kinds of entry:
//   names:   a name a person confirmed or added (type, normal form, the forms seen) — suggested wherever
//            one of its forms appears, in any case form (endings.ts);
//   never:   a form a person rejected as a type — no longer suggested as that type;
//   relabel: a form a person moved from one type to another — the engine's claim is moved too.
// A person's `never: true` on a name, or deleting an entry, is respected: learning only adds.
import type { EntityType } from '../types';

export interface LexiconName {
  type: EntityType;
  norm: string;
  forms: string[];
}

export interface LexiconNever {
  type: EntityType;
  form: string;
}

export interface LexiconRelabel {
  form: string;
  from: EntityType;
  to: EntityType;
}

export interface Lexicon {
  names: LexiconName[];
  never: LexiconNever[];
  relabel: LexiconRelabel[];
}

export const emptyLexicon = (): Lexicon => ({ names: [], never: [], relabel: [] });

/** The types the lexicon learns: names, not figures (a figure's value is a fact of one article). */
export const LEXICON_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Entries in a fixed order (type, then normal form or form), forms sorted: the file diffs cleanly. */
export function sortLexicon(lex: Lexicon): Lexicon {
  return {
    names: lex.names.map((n) => ({ ...n, forms: [...new Set(n.forms)].sort() })).sort(byKey((n) => `${n.type}\u0000${n.norm}`)),
    never: [...lex.never].sort(byKey((n) => `${n.type}\u0000${n.form}`)),
    relabel: [...lex.relabel].sort(byKey((r) => `${r.form}\u0000${r.from}`)),
  };
}
