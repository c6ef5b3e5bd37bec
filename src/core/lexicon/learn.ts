// Learning the lexicon from the decisions in sidecars. Only adds: an entry a person deleted from the
// file comes back only if a decision teaches it again; a `never` a person wrote stays.
import type { EntityType } from '../types';
import { sameForm } from './endings';
import { Lexicon, LEXICON_TYPES, sortLexicon } from './lexicon';

/** One annotation as the lexicon sees it (the sidecar's Annotation has these fields). */
export interface Decision {
  type: EntityType;
  text: string;
  norm?: string;
  start: number;
  end: number;
  status: 'suggested' | 'accepted' | 'rejected' | 'manual';
  orphan?: boolean;
}

/**
 * A relabel changes a form's type in every article, but many forms change type with context (a
 * country is a team on a sports page): one is learned only from this many relabels of the form and
 * none of its uses kept as the old type. Measured (scripts/lexicon-effect.ts, conll2003_en_testa):
 * relabels learned from single decisions cost .009-.010 micro F1 on the other half.
 */
export const MIN_RELABELS = 2;

/** The lexicon with what the decisions of these articles teach added to it. */
export function learnLexicon(lexicon: Lexicon, articles: readonly (readonly Decision[])[]): Lexicon {
  const names = new Map(lexicon.names.map((n) => [`${n.type}\u0000${n.norm}`, { ...n, forms: [...n.forms] }]));
  const never = new Map(lexicon.never.map((n) => [`${n.type}\u0000${n.form}`, n]));
  const relabel = new Map(lexicon.relabel.map((r) => [`${r.form}\u0000${r.from}`, r]));
  const confirmed: Decision[] = [];
  const moves = new Map<string, { form: string; from: EntityType; to: EntityType; n: number }>();

  for (const list of articles) {
    const live = list.filter((d) => !d.orphan && LEXICON_TYPES.includes(d.type));
    const positive = live.filter((d) => d.status === 'accepted' || d.status === 'manual');
    for (const d of positive) {
      const norm = (d.norm ?? d.text).trim();
      const key = `${d.type}\u0000${norm}`;
      const entry = names.get(key) ?? { type: d.type, norm, forms: [] };
      if (!entry.forms.includes(d.text)) entry.forms.push(d.text);
      names.set(key, entry);
      confirmed.push(d);
    }
    for (const d of live.filter((x) => x.status === 'rejected')) {
      // A rejection with a person's annotation of another type on the same span is a relabel.
      const moved = positive.find((p) => p.start === d.start && p.end === d.end && p.type !== d.type);
      if (moved) {
        const key = `${d.text}\u0000${d.type}\u0000${moved.type}`;
        const m = moves.get(key) ?? { form: d.text, from: d.type, to: moved.type, n: 0 };
        m.n++;
        moves.set(key, m);
      }
      // Rejected inside or across a name the person stands behind ("России" in "Единой России"): the
      // rejection is about that span there, not about the form, which stays a place elsewhere.
      else if (!positive.some((p) => p.start < d.end && d.start < p.end)) never.set(`${d.type}\u0000${d.text}`, { type: d.type, form: d.text });
    }
  }
  // A form someone confirmed as a type is not also "never" that type (the confirmation is the newer
  // and more specific evidence; a person who disagrees writes it back by hand).
  for (const [k, n] of never) if (confirmed.some((c) => c.type === n.type && sameForm(c.text, n.form))) never.delete(k);
  for (const m of moves.values()) {
    if (m.n < MIN_RELABELS || confirmed.some((c) => c.type === m.from && sameForm(c.text, m.form))) continue;
    relabel.set(`${m.form}\u0000${m.from}`, { form: m.form, from: m.from, to: m.to });
  }
  return sortLexicon({ names: [...names.values()], never: [...never.values()], relabel: [...relabel.values()] });
}
