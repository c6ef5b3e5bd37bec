// Hover over an annotation: type, quote, normal form, value in words, mentions of the same entity,
// status, note, and links to review it. Document text goes in through appendText (escaped), and
// the hover trusts exactly the commands it links to — nothing in an article can run others.
import * as vscode from 'vscode';
import type { Annotation } from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore, DocState } from '../model/store';
import { describeValue, TYPE_NAMES } from './describe';
import { annotationsAt } from '../model/query';
import { commandLink } from './command-link';
import type { Lexicon } from '../../core/lexicon/lexicon';
import { lexiconReason } from '../../core/lexicon/explain';
import { relationDecisionLinks, relationLines } from './relation-lines';

/** The only commands a hover may run; each receives one {uri, id} argument. */
export const HOVER_COMMANDS = ['newsmark.accept', 'newsmark.reject', 'newsmark.relabel', 'newsmark.addNote', 'newsmark.resolveConflict'] as const;
/** The commands of a suggested speaker's or role's links; their {uri, id} names a relation, not an annotation. */
export const RELATION_HOVER_COMMANDS = ['newsmark.acceptRelation', 'newsmark.rejectRelation'] as const;

const STATUS_WORDS: Record<Annotation['status'], string> = {
  suggested: 'suggested by the engine',
  accepted: 'accepted',
  rejected: 'rejected',
  manual: 'added by hand',
};

export function hoverMarkdown(state: DocState, a: Annotation, lexicon?: Lexicon): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS, ...RELATION_HOVER_COMMANDS] };
  md.supportThemeIcons = true;
  md.appendMarkdown(`**${TYPE_NAMES[a.type]}** (${a.type}) · ${STATUS_WORDS[a.status]}${a.orphan ? ' · orphaned' : ''}\n\n`);
  md.appendMarkdown('Quote: ').appendText(`«${a.text}»`).appendMarkdown('  \n');
  if (a.norm && a.norm !== a.text) md.appendMarkdown('Normal form: ').appendText(a.norm).appendMarkdown('  \n');
  const value = describeValue(a);
  if (value !== undefined) md.appendMarkdown('Value: ').appendText(value).appendMarkdown('  \n');
  const n = state.mentionCount(a);
  // A quote is said once: its "mentions" would count nothing a person asks about.
  if (n > 0 && a.type !== 'QUOTE') md.appendMarkdown(`Mentions of this entity in the document: ${n}  \n`);
  if (a.note) md.appendMarkdown('Note: ').appendText(a.note).appendMarkdown('  \n');
  for (const l of relationLines(a, state.annotations, state.relations, (offset) => lineOfOffset(state, offset))) {
    md.appendMarkdown(`${l.label}: `).appendText(l.text);
    // The relation id comes from the file: it goes in only inside the encoded argument.
    if (l.decide) md.appendMarkdown(` — ${relationDecisionLinks(state.uri.toString(), l.decide, l.label)}`);
    md.appendMarkdown('  \n');
    appendConflict(md, state, l.relation);
  }
  // `from: 'hover'`: a decision made here shows the hover again (commands/context.ts isFromHover).
  const args = [{ uri: state.uri.toString(), id: a.id, from: 'hover' }];
  appendConflict(md, state, a.id);
  // Only the engine's suggestions: a decision is the person's own, whatever the lexicon says.
  const why = a.status === 'suggested' && lexicon ? lexiconReason(lexicon, a) : undefined;
  // The type words are ours (an enum), the names are the file's: only those go through appendText.
  if (why?.kind === 'name')
    md.appendMarkdown('From the lexicon: name ').appendText(`«${why.entry.norm}»`).appendMarkdown(` (${why.entry.type}) in .newsmark/lexicon.yaml  \n`);
  if (why?.kind === 'relabel')
    md.appendMarkdown('Type from the lexicon: relabel ')
      .appendText(`«${why.entry.form}»`)
      .appendMarkdown(` ${why.entry.from} → ${why.entry.to} in .newsmark/lexicon.yaml  \n`);
  md.appendMarkdown('\n');
  const links: Array<[string, (typeof HOVER_COMMANDS)[number], boolean]> = [
    ['Accept', 'newsmark.accept', a.status !== 'accepted' && a.status !== 'manual'],
    ['Reject', 'newsmark.reject', a.status !== 'rejected'],
    ['Relabel', 'newsmark.relabel', true],
    [a.note ? 'Edit note' : 'Add note', 'newsmark.addNote', true],
  ];
  md.appendMarkdown(
    links
      .filter(([, , show]) => show)
      .map(([label, cmd]) => `[${label}](${commandLink(cmd, args)} "Newsmark: ${label}")`)
      .join(' · '),
  );
  return md;
}

/** The merge-driver conflict on an annotation or relation `id`, if any: their values and a Resolve… link. */
function appendConflict(md: vscode.MarkdownString, state: DocState, id: string): void {
  const conflict = state.conflicts.get(id);
  if (!conflict) return;
  const args = [{ uri: state.uri.toString(), id, from: 'hover' }];
  // Their values come from the file: as text, like every other value here.
  md.appendMarkdown('$(git-merge) Decided differently on two branches: theirs ')
    .appendText(
      Object.entries(conflict.theirs)
        .map(([f, v]) => `${f}: ${v ?? '—'}`)
        .join(' · '),
    )
    .appendMarkdown(` — [Resolve…](${commandLink('newsmark.resolveConflict', args)} "Newsmark: Resolve Merge Conflict")  \n`);
}

/** 1-based line of an offset in the open document (the hover only runs for open documents). */
function lineOfOffset(state: DocState, offset: number): number {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
  return doc ? doc.positionAt(offset).line + 1 : 1;
}

/** Where the workbench asked for a hover: after a decision or a move, the hover is asked again there. */
export interface HoverRequest {
  uri: vscode.Uri;
  offset: number;
}

export function activateHover(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  settings: () => NewsmarkSettings,
  lexiconFor: (uri: vscode.Uri) => Lexicon | undefined = () => undefined,
): vscode.Event<HoverRequest> {
  const asked = new vscode.EventEmitter<HoverRequest>();
  const provider: vscode.HoverProvider = {
    provideHover(doc, pos) {
      asked.fire({ uri: doc.uri, offset: doc.offsetAt(pos) });
      const state = store.get(doc.uri);
      if (!state) return undefined;
      const types = new Set(settings().types);
      const hits = annotationsAt(state.shown, doc.offsetAt(pos)).filter((a) => types.has(a.type));
      if (hits.length === 0) return undefined;
      const first = hits[0];
      return new vscode.Hover(
        hits.map((a) => hoverMarkdown(state, a, lexiconFor(doc.uri))),
        new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)),
      );
    },
  };
  // Any document: annotations exist only where a person annotated or a sidecar exists.
  context.subscriptions.push(
    asked,
    vscode.languages.registerHoverProvider({ scheme: 'file' }, provider),
    vscode.languages.registerHoverProvider({ scheme: 'untitled' }, provider),
  );
  return asked.event;
}
