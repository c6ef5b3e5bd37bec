// Set Speaker… and Clear Speaker on the quote at the cursor (or the one a {uri, id} names). The
// people and organizations of the document are offered nearest first; the choice is written to the
// sidecar's relations through the store's one write path (AnnotationStore.commitRelations).
import * as vscode from 'vscode';
import { clearRelation, setRelation, setRelationStatus, type Annotation } from '../../sidecar';
import { annotationsAt } from '../model/query';
import type { DocState } from '../model/store';
import { speakerCandidates } from '../model/speakers';
import { inform } from '../util/errors';
import { isRef, Services, targetDocument } from './context';
import { refreshHover } from './review';

/** The quote a speaker command acts on: named by ref, else the quote under the cursor. */
async function quoteTarget(s: Services, ref?: unknown): Promise<{ doc: vscode.TextDocument; state: DocState; quote: Annotation } | undefined> {
  const doc = await targetDocument(ref);
  const state = doc && s.store.get(doc.uri);
  if (!doc || !state) {
    inform('this document has no annotations yet — run “Newsmark: Annotate Document” first.');
    return undefined;
  }
  const ed = vscode.window.activeTextEditor;
  const quote = isRef(ref)
    ? state.annotations.find((a) => a.id === ref.id && a.type === 'QUOTE')
    : ed && ed.document === doc
      ? annotationsAt(state.shown, doc.offsetAt(ed.selection.active)).find((a) => a.type === 'QUOTE')
      : undefined;
  if (!quote) {
    inform('no quote at the cursor.');
    return undefined;
  }
  return { doc, state, quote };
}

/** `speakerId` (a test seam, and for links) skips the quick pick. */
export async function setSpeaker(s: Services, ref?: unknown, speakerId?: unknown): Promise<void> {
  const t = await quoteTarget(s, ref);
  if (!t) return;
  const candidates = speakerCandidates(t.state.annotations, t.quote);
  let speaker = typeof speakerId === 'string' ? candidates.find((a) => a.id === speakerId) : undefined;
  if (typeof speakerId === 'string' && !speaker) {
    inform('only a person or organization annotated in this document can be the speaker.');
    return;
  }
  if (!speaker) {
    if (!candidates.length) {
      inform('no person or organization is annotated in this document to be the speaker.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      candidates.map((a) => ({ label: a.text, description: `${a.type} · line ${t.doc.positionAt(a.start).line + 1}`, a })),
      { title: `Speaker of «${t.quote.text.length > 40 ? `${t.quote.text.slice(0, 39)}…` : t.quote.text}»`, matchOnDescription: true },
    );
    if (!picked) return;
    speaker = picked.a;
  }
  await s.store.commitRelations(t.doc, `Speaker of “${t.quote.text}”`, setRelation(t.state.relations, 'speaker', t.quote.id, speaker.id).relations);
}

export async function clearSpeaker(s: Services, ref?: unknown): Promise<void> {
  const t = await quoteTarget(s, ref);
  if (!t) return;
  await s.store.commitRelations(t.doc, `Clear speaker of “${t.quote.text}”`, clearRelation(t.state.relations, 'speaker', t.quote.id));
}

/**
 * Accept / Reject of a suggested relation, from the speaker line of a quote's hover or the role line
 * of a person's: `ref.id` names the relation. Written like Set Speaker (commitRelations), so Undo
 * reverts it too.
 */
export async function decideRelation(s: Services, status: 'accepted' | 'rejected', ref?: unknown): Promise<void> {
  const doc = isRef(ref) ? await targetDocument(ref) : undefined;
  const state = doc && s.store.get(doc.uri);
  const r = isRef(ref) ? state?.relations.find((x) => x.id === ref.id) : undefined;
  if (!doc || !state || !r) {
    inform('that relation is no longer in this document’s sidecar.');
    return;
  }
  // A speaker is named by its quote, a role by its person: both the relation's `from` end.
  const end = state.annotations.find((a) => a.id === r.from);
  const what = end && (r.type === 'speaker' || r.type === 'role') ? `${r.type} of “${end.text}”` : `relation ${r.id}`;
  // Accepting one's own (manual) relation changes nothing: it is already decided.
  const next = status === 'accepted' && r.status === 'manual' ? 'manual' : status;
  await s.store.commitRelations(doc, `${status === 'accepted' ? 'Accept' : 'Reject'} ${what}`, setRelationStatus(state.relations, r.id, next));
  // The link sat in the hover of the relation's `from` end: redraw that hover with the decision.
  if (end) await refreshHover(doc, end, ref);
}
