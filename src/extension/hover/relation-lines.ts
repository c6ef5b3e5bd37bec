// What a hover says about an annotation's relations: a quote's speaker and the speaker's role, a
// person's role (with the place or body it belongs to) and the quotes attributed to them (with line
// numbers). Pure (no vscode): the hover appends these lines as
// text, and the unit tests read them plainly. Rejected relations and rejected ends say nothing. A
// suggested relation on the hovered annotation's own side (a quote's speaker, a person's role)
// carries its relation id, for the hover's Accept / Reject links.
import type { Annotation, Relation } from '../../sidecar';
import { commandLink } from './command-link';

/** The labels the hover prints before a relation line: ours, never the file's. */
export type RelationLabel = 'Speaker' | 'Role' | 'Role of' | 'Of' | 'Quote';

export interface RelationLine {
  label: RelationLabel;
  /** The relation the line reads (a merge conflict on it shows under the line). */
  relation: string;
  /** Document text (the hover escapes it). */
  text: string;
  /** A quote's speaker or a person's role the engine suggested: the relation id the hover's Accept / Reject links name. */
  decide?: string;
}

const RANK: readonly RelationLabel[] = ['Speaker', 'Role', 'Role of', 'Of', 'Quote'];
const SHORT = 60;
const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);

/**
 * @param lineOf 1-based line of an offset in the document
 */
export function relationLines(
  a: Annotation,
  annotations: readonly Annotation[],
  relations: readonly Relation[],
  lineOf: (offset: number) => number,
): RelationLine[] {
  if (!relations.length) return [];
  const byId = new Map(annotations.filter((x) => x.status !== 'rejected').map((x) => [x.id, x]));
  const live = relations.filter((r) => r.status !== 'rejected');
  const where = (x: Annotation) => (x.orphan ? 'orphaned' : `line ${lineOf(x.start)}`);
  // "министр внутренних дел (of России, Казахстана)": a role with the places or bodies it belongs to.
  const roleText = (role: Annotation) => {
    const of = live.filter((r) => r.type === 'of' && r.from === role.id).flatMap((r) => byId.get(r.to)?.text ?? []);
    return `${role.norm ?? role.text}${of.length ? ` (of ${of.join(', ')})` : ''}`;
  };
  const out: RelationLine[] = [];
  for (const r of live) {
    const other = byId.get(r.from === a.id ? r.to : r.from);
    if (!other || (r.from !== a.id && r.to !== a.id)) continue;
    // Decided where it is asked: on the quote (its one speaker) and on the person (their role).
    const decide = r.status === 'suggested' ? { decide: r.id } : {};
    if (r.type === 'speaker' && r.from === a.id) {
      out.push({ label: 'Speaker', relation: r.id, text: `${other.text} (${where(other)})`, ...decide });
      // Who the speaker is, read on the quote: their roles (decided on the person, so no links here).
      for (const role of live.filter((x) => x.type === 'role' && x.from === other.id)) {
        const end = byId.get(role.to);
        if (end) out.push({ label: 'Role', relation: role.id, text: roleText(end) });
      }
    } else if (r.type === 'speaker') out.push({ label: 'Quote', relation: r.id, text: `${where(other)}: «${short(other.text)}»` });
    else if (r.type === 'role' && r.from === a.id) out.push({ label: 'Role', relation: r.id, text: roleText(other), ...decide });
    else if (r.type === 'role') out.push({ label: 'Role of', relation: r.id, text: other.text });
    else if (r.type === 'of' && r.from === a.id) out.push({ label: 'Of', relation: r.id, text: other.text });
  }
  // A quote's speaker first, a person's role before their quotes (which come in document order).
  const rank = (l: RelationLine) => RANK.indexOf(l.label);
  return out
    .map((l, i) => ({ l, i }))
    .sort((x, y) => rank(x.l) - rank(y.l) || x.i - y.i)
    .map((x) => x.l);
}

/**
 * The Markdown of a suggested relation's Accept · Reject links (`what`: the line's label, ours, for
 * the tooltip). Only the command ids are ours; the document and relation ids travel inside the fully
 * encoded argument (`from: 'hover'` as the annotation links pass it), never as link text or target
 * of their own.
 */
export function relationDecisionLinks(uri: string, relationId: string, what: RelationLabel): string {
  const args = [{ uri, id: relationId, from: 'hover' }];
  return [
    ['Accept', 'newsmark.acceptRelation'],
    ['Reject', 'newsmark.rejectRelation'],
  ]
    .map(([label, cmd]) => `[${label}](${commandLink(cmd, args)} "Newsmark: ${label} ${what}")`)
    .join(' · ');
}
