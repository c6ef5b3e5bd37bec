// Add to Lexicon, Never Suggest This, Open Lexicon: a person's word about a name, for every article of
// the workspace folder. Both decisions go through the lexicon's one learning path (the annotation as
// a manual or a rejected decision), so the file says exactly what `annotate DIR` would have learned.
import * as vscode from 'vscode';
import { LEXICON_TYPES } from '../../core/lexicon/lexicon';
import { LEXICON_PATH } from '../../sidecar/lexicon-file';
import { TYPE_NAMES } from '../hover/describe';
import { inform } from '../util/errors';
import { resolveTarget, Services, targetDocument } from './context';
import { decide } from './review';

async function nameTarget(s: Services, ref: unknown) {
  const t = await resolveTarget(s, ref);
  if (!t) return undefined;
  if (!LEXICON_TYPES.includes(t.ann.type)) {
    inform(`the lexicon keeps names (people, organizations, places), not a ${TYPE_NAMES[t.ann.type].toLowerCase()}.`);
    return undefined;
  }
  if (!s.lexicons.rootOf(t.doc.uri)) {
    inform('this article is outside the workspace folders, which is where the lexicon lives.');
    return undefined;
  }
  return t;
}

export async function addToLexicon(s: Services, ref?: unknown): Promise<boolean> {
  const t = await nameTarget(s, ref);
  if (!t) return false;
  if (!(await s.lexicons.learn(t.doc.uri, [{ ...t.ann, status: 'manual', orphan: false }]))) return false;
  inform(`«${t.ann.norm ?? t.ann.text}» (${TYPE_NAMES[t.ann.type]}) is in ${LEXICON_PATH}: suggested wherever it appears, in any case form.`);
  return true;
}

export async function neverSuggest(s: Services, ref?: unknown): Promise<boolean> {
  const t = await nameTarget(s, ref);
  if (!t) return false;
  if (!(await s.lexicons.learn(t.doc.uri, [{ ...t.ann, status: 'rejected', orphan: false }]))) return false;
  // Here too: an engine suggestion read before the lexicon changed is rejected like the rest.
  if (t.ann.status === 'suggested') await decide(s, t, 'rejected');
  inform(`«${t.ann.text}» is never suggested as ${TYPE_NAMES[t.ann.type].toLowerCase()} again (${LEXICON_PATH}).`);
  return true;
}

export async function openLexicon(s: Services, ref?: unknown): Promise<void> {
  const doc = await targetDocument(ref);
  const file = await s.lexicons.ensureFile(doc?.uri);
  if (!file) {
    inform('open a workspace folder first: the lexicon lives in its .newsmark folder.');
    return;
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
}
