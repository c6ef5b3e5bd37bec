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

/** The lexicon with what the decisions of these articles teach added to it. */
export function learnLexicon(lexicon: Lexicon, articles: readonly (readonly Decision[])[]): Lexicon {
  const names = new Map(lexicon.names.map((n) => [`${n.type}\u0000${n.norm}`, { ...n, forms: [...n.forms] }]));
  const never = new Map(lexicon.never.map((n) => [`${n.type}\u0000${n.form}`, n]));
  const relabel = new Map(lexicon.relabel.map((r) => [`${r.form}\u0000${r.from}`, r]));
  const confirmed: Decision[] = [];

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
      if (moved) relabel.set(`${d.text}\u0000${d.type}`, { form: d.text, from: d.type, to: moved.type });
      // Rejected inside or across a name the person stands behind ("России" in "Единой России"): the
      // rejection is about that span there, not about the form, which stays a place elsewhere.
      else if (!positive.some((p) => p.start < d.end && d.start < p.end)) never.set(`${d.type}\u0000${d.text}`, { type: d.type, form: d.text });
    }
  }
  // A form someone confirmed as a type is not also "never" that type (the confirmation is the newer
  // and more specific evidence; a person who disagrees writes it back by hand).
  for (const [k, n] of never) if (confirmed.some((c) => c.type === n.type && sameForm(c.text, n.form))) never.delete(k);
  return sortLexicon({ names: [...names.values()], never: [...never.values()], relabel: [...relabel.values()] });
}
