// Public API of the YAML sidecar layer (no vscode import). An article `a.txt` has its annotations in
// `a.txt.annotations.yaml` next to it (suffix configurable). Typical use:
//
//   const text = await readArticle(path);                       // or the editor's document text
//   const sidecar = await loadSidecar(path, text, suffix);      // undefined if none; throws SidecarError
//   const list = mergeSuggestions(sidecar, engine.extract(text).entities);   // `annotate`
//   // …or edits from the editor: setStatus(list, id, 'accepted'), setNote, addManual, removeAnnotation
//   const out = serializeSidecar(sidecar, articleNameOf(path), text, list);
//   await writeFileAtomic(sidecarPathFor(path, suffix), out, { expected: disk.digest });  // WriteConflict if it changed
//   // …or all of that for a file on disk, merged again if the sidecar changes meanwhile: annotateFile(path, opts)
//
// On SidecarError (malformed YAML, conflict markers, unknown schema, another article's sidecar)
// nothing is written; show `err.file:err.line: err.reason` and keep highlighting engine output.
// Offsets are UTF-16 code units, end exclusive, into the text without BOM.
export { Status, STATUSES, Annotation, AnchorHow, Move, isDecided } from './types';
export { SidecarError } from './error';
export { DEFAULT_SUFFIX, SUFFIX_PATTERN, suffixProblem, sidecarPathFor, articlePathFor, isSidecarPath, articleNameOf } from './paths';
export { articleHash } from './hash';
export { Sidecar, parseSidecar, byPosition } from './parse';
export { previewHead, previewSidecar, SidecarPreview } from './preview';
export { mergeSuggestions, sortAnnotations, MergeBase } from './merge';
export { setStatus, setNote, updateAnnotation, addManual, removeAnnotation } from './edit';
export { serializeSidecar } from './serialize';
export { readArticle, loadSidecar, loadSidecarAnnotations, MAX_ARTICLE_BYTES } from './io';
export { readSidecarFile, decodeSidecar, hasBom, writeFileAtomic, WriteConflict, OnDisk, WriteOptions, digestOf, cleanStaleTemps, ioReason } from './write';
export { SidecarSession, SidecarBackend, ParsedSummary, Written, WriteBase } from './session';
export { WriteLedger, classifySidecarEvent, EventVerdict, SidecarEvent } from './echo';
export { rebaseDecisions, Rebased } from './rebase';
export { takeTheirs, takeTheirsRelation, UnresolvedConflict } from './merge3';
export { moveArticle, moveSidecar, StrayIndex, strayFor } from './move';
export { annotateFile, AnnotateFileOptions, AnnotateFileResult, MAX_MERGE_RETRIES, mergeFound, MergeFoundBase, Suggestions } from './annotate-file';
export { discoverArticles, ARTICLE_EXTENSIONS, Discovered } from './discover';
export { SCHEMA_VERSION } from './schema';
export { annotationChanges, AnnotatedText, Change, ChangeKind, CHANGE_KINDS } from './changes';
export { escapeControls, breakLinks, plainMessage } from './printable';
export {
  Relation,
  RelationType,
  RELATION_TYPES,
  EngineRelation,
  mergeRelations,
  looseEnds,
  looseEndMessage,
  LooseEnd,
  setRelation,
  clearRelation,
  setRelationStatus,
  relationId,
  rebaseRelations,
} from './relations';
export { QUOTE_TYPES } from './merge';
export { keepSame, sameObjects } from './same';
