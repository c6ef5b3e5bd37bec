// Decisions on annotations: accept, reject (one or all), relabel, note, remove, and undo of the
// last such change. Each goes through store.commit(), which records undo and writes the sidecar;
// the list edits themselves are the sidecar layer's pure helpers.
import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType } from '../../core/types';
import type { Annotation } from '../../sidecar';
import { addManual, removeAnnotation, setNote, setStatus, updateAnnotation } from '../../sidecar';
import { TYPE_NAMES } from '../hover/describe';
import { confirm, inform } from '../util/errors';
import { isEntityRef, isFromHover, resolveTarget, Services, Target, targetDocument } from './context';

export async function accept(s: Services, ref?: unknown): Promise<void> {
  const t = await resolveTarget(s, ref);
  if (!t) return;
  await decide(s, t, 'accepted');
  await refreshHover(t.doc, t.ann, ref);
}

export async function reject(s: Services, ref?: unknown): Promise<void> {
  const t = await resolveTarget(s, ref);
  if (!t) return;
  await decide(s, t, 'rejected');
  await refreshHover(t.doc, t.ann, ref);
}

/** Accepts or rejects one annotation (no hover: Review Mode shows the next one's instead). */
export async function decide(s: Services, t: Target, status: 'accepted' | 'rejected'): Promise<void> {
  // A person's own (manual) annotation is already decided; accepting it changes nothing.
  const next = status === 'accepted' && t.ann.status === 'manual' ? 'manual' : status;
  await s.store.commit(t.doc, `${status === 'accepted' ? 'Accept' : 'Reject'} “${t.ann.text}”`, setStatus(t.state.annotations, t.ann.id, next));
}

/**
 * A hover does not re-ask its provider by itself: after a decision on the annotation under the
 * cursor it kept saying "suggested by the engine". Showing the hover again at the cursor redraws it
 * with the decision (and opens it, which tells a keyboard user what the key did). A decision made
 * in a hover under the mouse (the cursor elsewhere; measured in test/e2e/annotate.e2e.mjs: the
 * hover stayed "suggested") moves the caret onto that word first, since showHover shows at the caret.
 * `ann` is the annotation whose hover holds the link: the decided one, or a relation's quote or person.
 */
export async function refreshHover(doc: vscode.TextDocument, ann: Annotation, ref: unknown): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  if (!ed || ed.document !== doc || ann.orphan) return;
  const at = doc.offsetAt(ed.selection.active);
  if (at < ann.start || at > ann.end) {
    if (!isFromHover(ref)) return;
    const p = doc.positionAt(ann.start);
    ed.selection = new vscode.Selection(p, p);
  }
  // A hover already showing for this word is kept as it is by showHover: close it first (older
  // VS Code has no hideHover; there the hover is only re-shown).
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  await vscode.commands.executeCommand('editor.action.showHover');
}

/**
 * Accept or reject every suggestion of the shown types in the document, or, from an entity row of
 * the Entities view (an EntityRef), every suggestion among that entity's mentions.
 */
/** More decisions than this at once are confirmed first: a slip of the key must not settle a whole article. */
export const HANDFUL = 5;

export async function decideAll(s: Services, status: 'accepted' | 'rejected', ref?: unknown): Promise<number> {
  const doc = await targetDocument(ref);
  const state = doc && s.store.get(doc.uri);
  if (!doc || !state) return 0;
  const types = new Set(s.settings().types);
  const only = isEntityRef(ref) ? new Set(ref.ids) : undefined;
  let list = state.annotations;
  let n = 0;
  for (const a of state.annotations) {
    if (a.status !== 'suggested' || a.orphan || !types.has(a.type) || (only && !only.has(a.id))) continue;
    list = setStatus(list, a.id, status);
    n++;
  }
  if (n === 0) {
    inform(only ? 'no suggestions left to review for this entity.' : 'no suggestions left to review in this document.');
    return 0;
  }
  const verb = status === 'accepted' ? 'Accept' : 'Reject';
  if (n > HANDFUL && !(await confirm(`${verb} ${n} suggestions${only ? ' of this entity' : ' in this document'}?`, `${verb} ${n} suggestions`))) return 0;
  await s.store.commit(doc, `${status === 'accepted' ? 'Accept' : 'Reject'} ${only ? `${n} suggestions of one entity` : `all ${n} suggestions`}`, list);
  inform(`${status} ${n} suggestion${n === 1 ? '' : 's'}.`);
  return n;
}

export async function relabel(s: Services, ref?: unknown, type?: unknown): Promise<void> {
  const t = await resolveTarget(s, ref);
  if (!t) return;
  const picked = isType(type) ? type : await pickType(s, `Relabel “${t.ann.text}” (now ${TYPE_NAMES[t.ann.type]}) as…`, t.ann.type);
  if (!picked || picked === t.ann.type) return;
  const label = `Relabel “${t.ann.text}” as ${picked}`;
  if (t.ann.status === 'manual') {
    // The person's own span: just say what it is. Values belong to the old type, so they go.
    const patch = { type: picked, value: undefined, unit: undefined, qualifier: undefined, currency: undefined, from: undefined, to: undefined };
    await s.store.commit(t.doc, label, updateAnnotation(t.state.annotations, t.ann.id, patch));
    return;
  }
  // An engine claim: record it as rejected (so the merge rules never suggest that type here again)
  // and add the person's reading as a manual annotation on the same span, keeping norm and note.
  const rejected = setStatus(t.state.annotations, t.ann.id, 'rejected');
  const { annotations } = addManual(rejected, t.doc.getText(), { type: picked, start: t.ann.start, end: t.ann.end, norm: t.ann.norm }, t.ann.note);
  await s.store.commit(t.doc, label, annotations);
}

export async function addNote(s: Services, ref?: unknown, note?: unknown): Promise<void> {
  const t = await resolveTarget(s, ref);
  if (!t) return;
  const text =
    typeof note === 'string'
      ? note
      : await vscode.window.showInputBox({
          title: `Note on “${t.ann.text}”`,
          value: t.ann.note ?? '',
          prompt: 'Kept in the sidecar next to the annotation. Empty removes the note.',
        });
  if (text === undefined) return;
  await s.store.commit(t.doc, `Note on “${t.ann.text}”`, setNote(t.state.annotations, t.ann.id, text.trim() || undefined));
}

export async function remove(s: Services, ref?: unknown): Promise<void> {
  const t = await resolveTarget(s, ref);
  if (!t) return;
  await s.store.commit(t.doc, `Remove “${t.ann.text}”`, removeAnnotation(t.state.annotations, t.ann.id));
  // The engine would only bring a removed suggestion back; say how to keep it away.
  if (t.ann.status === 'suggested') inform(`removed “${t.ann.text}”; the engine may suggest it again — Reject keeps it away.`);
}

export async function undo(s: Services, ref?: unknown): Promise<void> {
  const doc = await targetDocument(ref);
  const state = doc && s.store.get(doc.uri);
  if (!doc || !state) return;
  const textAt = (a: number, b: number) => doc.getText(new vscode.Range(doc.positionAt(a), doc.positionAt(b)));
  const done = state.history.undo(state.annotations, textAt);
  if (!done) {
    inform('no annotation change to undo in this document.');
    return;
  }
  await s.store.commit(doc, done.label, done.annotations, 'undo', done.relations);
  inform(`undid: ${done.label}`);
}

export function isType(x: unknown): x is EntityType {
  return typeof x === 'string' && (ENTITY_TYPES as readonly string[]).includes(x);
}

const LAST_TYPE_KEY = 'newsmark.lastType';

/** Quick pick of entity types, the last one chosen on top (remembered per workspace). */
export async function pickType(s: Services, title: string, current?: EntityType): Promise<EntityType | undefined> {
  const last = s.context.workspaceState.get<string>(LAST_TYPE_KEY);
  const items = ENTITY_TYPES.filter((t) => t !== current).map((t) => ({ label: TYPE_NAMES[t], description: t, type: t }));
  items.sort((a, b) => Number(b.type === last) - Number(a.type === last));
  const pick = await vscode.window.showQuickPick(items, { title, placeHolder: 'Entity type' });
  if (!pick) return undefined;
  await s.context.workspaceState.update(LAST_TYPE_KEY, pick.type);
  return pick.type;
}

export async function rememberType(s: Services, t: EntityType): Promise<void> {
  await s.context.workspaceState.update(LAST_TYPE_KEY, t);
}
