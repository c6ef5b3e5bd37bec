// Reads a sidecar: refuses what it cannot read safely (with file and line), then finds every
// annotation again in the current article text. Never writes anything.
import { Document, isMap, isNode, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { SidecarError } from './error';
import { articleHash, newAnnotationId } from './hash';
import { reanchor, StoredAnchor } from './reanchor';
import { AnchorIndex } from './anchor';
import { sidecarTags } from './quoting';
import { READABLE_VERSIONS, readEntry, readRelation, SCHEMA_VERSION, type StoredEntry } from './schema';
import { Relation, relationId } from './relations';
import { Annotation, Move } from './types';

export interface Sidecar {
  /** Path of the sidecar file, as given to parseSidecar. */
  file: string;
  /** Article file name recorded in the sidecar. */
  article: string;
  /** Anchored annotations (start/end/text valid in the current article text), ordered by position. */
  annotations: Annotation[];
  /** Annotations whose quote is gone from the article (orphan: true), in file order. */
  orphans: Annotation[];
  /** The article changed since the sidecar was written (its hash differs). */
  stale: boolean;
  /** Annotations that moved, changed their quote (fuzzy) or became orphans while re-anchoring. */
  moves: Move[];
  /** Relations between annotations (`relations:`), in file order; their ends may be orphans or gone. */
  relations: Relation[];
  /** 1-based line of each annotation's and relation's entry in the sidecar, by id (for `path:line:` messages). */
  lines: ReadonlyMap<string, number>;
  /** 1-based line of the `hash:` key. */
  hashLine: number;
  /** Schema version the file was written in; older than SCHEMA_VERSION is upgraded on the next write. */
  version: number;
  /** 1-based line of the `newsmark:` key. */
  versionLine: number;
  /** Ids of `suggested` entries (annotations and relations) a person touched (comment or extra key): kept like decisions. */
  handWritten: ReadonlySet<string>;
  /** Line ending of the file (CRLF when git checked it out that way); a rewrite keeps it. */
  eol: '\n' | '\r\n';
  /** The parsed YAML, kept so that a rewrite preserves comments, extra keys and key order. */
  doc: Document;
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |\r?$)/m;

/** The 1-based line of the first git merge conflict marker in a sidecar's text, or 0 when it has none. */
export function conflictLine(yamlText: string): number {
  const m = CONFLICT_MARKER.exec(yamlText);
  if (!m) return 0;
  let line = 1;
  for (let i = yamlText.indexOf('\n'); i >= 0 && i < m.index; i = yamlText.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Parses a sidecar against the current article text (without BOM, as an editor shows it).
 * Throws SidecarError (file + line) for malformed YAML, git conflict markers, an unknown schema version,
 * a sidecar of another article (when `articleName` is given) or an invalid entry.
 * When the article changed, annotations are re-anchored: see `moves`, `orphans`.
 */
export function parseSidecar(yamlText: string, articleText: string, file: string, articleName?: string): Sidecar {
  const conflict = conflictLine(yamlText);
  if (conflict > 0) throw new SidecarError(file, 'unresolved git merge conflict (resolve the <<<<<<< ======= >>>>>>> block first)', conflict);

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true, customTags: sidecarTags });
  const lineOf = (node: unknown): number | undefined => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const fail = (reason: string, node?: unknown): never => {
    throw new SidecarError(file, reason, lineOf(node) ?? 1);
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new SidecarError(
      file,
      `invalid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line,
    );
  }

  const root = doc.contents;
  if (!isMap(root)) fail(`not a newsmark sidecar (expected a mapping with 'newsmark: ${SCHEMA_VERSION}')`, root);
  const top = root as YAMLMap;
  const version = top.get('newsmark', true);
  if (version === undefined) fail(`not a newsmark sidecar (no 'newsmark: ${SCHEMA_VERSION}' line)`, top);
  const v = (version as { value?: unknown }).value;
  if (typeof v !== 'number' || !READABLE_VERSIONS.includes(v)) {
    fail(`unsupported sidecar schema version ${JSON.stringify(v)} (this newsmark reads versions ${READABLE_VERSIONS.join(' and ')})`, version);
  }
  const schema = v as number;
  const articleNode = top.get('article', true);
  const article = (articleNode as { value?: unknown } | undefined)?.value;
  if (typeof article !== 'string' || !article) fail(`'article' must name the article file`, articleNode ?? top);
  if (articleName !== undefined && article !== articleName) {
    fail(`this sidecar belongs to '${article}', not to '${articleName}' (if the article was renamed, set 'article: ${articleName}')`, articleNode);
  }
  const hashNode = top.get('hash', true);
  const hash = (hashNode as { value?: unknown } | undefined)?.value;
  if (typeof hash !== 'string') fail(`'hash' must be the article hash (sha256:…)`, hashNode ?? top);

  const seqNode = top.get('annotations', true);
  if (seqNode !== undefined && !isSeq(seqNode) && (seqNode as { value?: unknown }).value !== null) {
    fail(`'annotations' must be a list`, seqNode);
  }
  const seq = isSeq(seqNode) ? (seqNode as YAMLSeq) : undefined;
  // A comment above the first entry belongs to that entry, so it moves with it when entries are re-sorted.
  if (seq && seq.commentBefore && seq.items.length && isNode(seq.items[0])) {
    const first = seq.items[0];
    first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
    seq.commentBefore = undefined;
  }

  const entries = (seq?.items ?? []).map((item) => ({ item, ...readEntry(item, fail, schema) }));
  const ids = new Set<string>();
  for (const e of entries) {
    if (!e.annotation.id) continue;
    if (ids.has(e.annotation.id)) fail(`duplicate id '${e.annotation.id}'`, e.item);
    ids.add(e.annotation.id);
  }
  const lineById = new Map<string, number>();
  for (const e of entries) {
    // An entry a person added by hand without an id gets one now (written on the next rewrite).
    if (!e.annotation.id) {
      e.annotation.id = newAnnotationId(e.annotation.type, e.annotation.text, e.annotation.start, ids);
      ids.add(e.annotation.id);
      (e.item as YAMLMap).set('id', e.annotation.id);
    }
    lineById.set(e.annotation.id, lineOf(e.item) ?? 1);
  }

  const relSeqNode = top.get('relations', true);
  if (relSeqNode !== undefined && !isSeq(relSeqNode) && (relSeqNode as { value?: unknown }).value !== null) {
    fail(`'relations' must be a list`, relSeqNode);
  }
  const relEntries = (isSeq(relSeqNode) ? (relSeqNode as YAMLSeq).items : []).map((item) => ({ item, ...readRelation(item, fail) }));
  for (const e of relEntries) {
    const r = e.relation;
    if (!r.id) {
      // Written by hand without an id: one from its type and ends (written on the next rewrite).
      r.id = relationId(r.type, r.from, r.to, ids);
      // First on its line, where every other relation has it.
      (e.item as YAMLMap).items.unshift(new Pair(new Scalar('id'), new Scalar(r.id)));
    } else if (ids.has(r.id)) fail(`duplicate id '${r.id}'`, e.item);
    ids.add(r.id);
    lineById.set(r.id, lineOf(e.item) ?? 1);
  }

  const { annotations, orphans, moves } = anchorEntries(entries, articleText, schema);

  return {
    file,
    article: article as string,
    annotations,
    orphans,
    stale: hash !== articleHash(articleText),
    moves,
    lines: lineById,
    hashLine: lineOf(hashNode) ?? 1,
    version: schema,
    versionLine: lineOf(version) ?? 1,
    relations: relEntries.map((e) => e.relation),
    handWritten: new Set([
      ...entries.filter((e) => e.handWritten).map((e) => e.annotation.id),
      ...relEntries.filter((e) => e.handWritten).map((e) => e.relation.id),
    ]),
    eol: /\r\n/.test(yamlText) ? '\r\n' : '\n',
    doc,
  };
}

/**
 * Where each entry's annotation is in `articleText`: anchored (ordered by position), orphaned, and the
 * moves between the two. Shared by parseSidecar and the preview read (preview.ts).
 */
export function anchorEntries(
  entries: readonly StoredEntry[],
  articleText: string,
  schema: number,
): { annotations: Annotation[]; orphans: Annotation[]; moves: Move[] } {
  // Version 2 stores no positions: an entry is where its quote sits with exactly its stored context
  // (the nth such place). An entry whose context changed gets a hint instead: its stored offsets if it
  // has any, else just after the entry before it (entries are written in text order), and reanchor()
  // looks for it from there.
  const index = new AnchorIndex(articleText);
  index.prepare(entries.map((e) => e.annotation.text));
  const exact: boolean[] = [];
  let next = 0;
  const stored: StoredAnchor[] = entries.map((e, i) => {
    const a = e.annotation;
    let start = a.start;
    let end = a.end;
    exact[i] = false;
    if (schema >= 2 && a.text && e.before !== undefined && e.after !== undefined) {
      const at = index.find(a.text, e.before, e.after, e.nth);
      if (at !== undefined) [start, end, exact[i]] = [at, at + a.text.length, true];
    }
    if (start < 0) [start, end] = [Math.min(next, articleText.length), Math.min(next, articleText.length) + a.text.length];
    next = end;
    return { ...a, start, end, before: e.before, after: e.after };
  });
  const found = reanchor(stored, articleText);
  const annotations: Annotation[] = [];
  const orphans: Annotation[] = [];
  const moves: Move[] = [];
  entries.forEach((e, i) => {
    const a = { ...e.annotation, start: stored[i].start, end: stored[i].end };
    const f = found[i];
    const from = { start: a.start, end: a.end, text: a.text };
    if (f.how === 'orphan') {
      if (!a.orphan) moves.push({ id: a.id, how: 'orphan', from });
      orphans.push({ ...a, orphan: true });
      return;
    }
    // Found at a position that was only a hint (version 2, context changed): the anchor moved.
    const located = schema < 2 || exact[i] || e.hasOffsets;
    if (f.how !== 'offsets' || a.orphan || !located) {
      moves.push({ id: a.id, how: f.how === 'offsets' ? 'quote' : f.how, from, to: { start: f.start, end: f.end, text: f.text } });
    }
    const anchored: Annotation = { ...a, start: f.start, end: f.end, text: f.text };
    delete anchored.orphan;
    annotations.push(anchored);
  });
  annotations.sort(byPosition);
  return { annotations, orphans, moves };
}

/** Position order used everywhere: start, then end, then type, then id (total and deterministic). */
export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
