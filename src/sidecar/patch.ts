// A decision in a long article (Accept, Reject, a note) changes one entry of a sidecar that may hold
// 25,000: printing the whole file again (serializeSidecar clones the parsed document, rewrites every
// entry and prints 4 MB) costs seconds. Here only the changed entries' lines are printed again, into
// the text the last full or patched print gave from the same parsed file, for the same article text.
//
// The result must be byte for byte what serializeSidecar gives for the same inputs (a test compares
// both on several sidecars, hand comments included). Every condition under which that is not certain
// answers undefined, and the caller prints the whole file as before: a different relation list,
// entries added, removed or moved, a merge conflict being resolved, an entry whose old line is not
// found exactly once as one line of the last text, or whose new form is not one line.
//
// After typing (another article text) an entry's line is printed again when what it is printed from
// changed — its fields, its context before or after, which occurrence of its quote-with-context it is
// (nth) — and the `hash:` line is the new text's; every entry must be one the parsed file holds (where
// a new one goes, and new relations, depend on positions) and orphans must not have moved.
import { Document, isMap, isScalar, isSeq, YAMLMap } from 'yaml';
import { AnchorIndex } from './anchor';
import type { Sidecar } from './parse';
import { sidecarTags } from './quoting';
import { sameFields, sameLists } from './same';
import type { Relation } from './relations';
import { TO_STRING } from './schema';
import { contextAfter, contextBefore } from './context';
import { articleHash } from './hash';
import { entryNode } from './serialize';
import type { Annotation } from './types';

/** What a full (or patched) print was made from, and its text: the base the next decision patches. */
export interface Printed {
  /** The parsed file the print started from (undefined: a new file); the same object, not a copy. */
  previous: Sidecar | undefined;
  articleName: string;
  articleText: string;
  annotations: readonly Annotation[];
  /** The relations written (the caller's, or the parsed file's when it passed none). */
  relations: readonly Relation[];
  text: string;
}

/** More changed entries than this and the whole file is printed (Accept All and the like). */
export const MAX_PATCHED_ENTRIES = 64;

/**
 * The sidecar text for `annotations`, made by editing the changed entries' lines in `base.text`, or
 * undefined when only a full print can say (see the file's comment). `relations` is what the full
 * print would write (the caller's list, or the parsed file's).
 */
export function patchSidecar(
  base: Printed,
  previous: Sidecar | undefined,
  articleName: string,
  articleText: string,
  annotations: readonly Annotation[],
  relations: readonly Relation[],
  resolved?: ReadonlySet<string>,
): string | undefined {
  if (base.previous !== previous || base.articleName !== articleName) return undefined;
  if (resolved?.size || annotations.length !== base.annotations.length || !sameLists(base.relations, relations)) return undefined;
  const typed = base.articleText !== articleText;
  const maps = previous ? entryMaps(previous) : new Map<string, YAMLMap>();
  if (typed && !maps) return undefined;
  if (typed) {
    const inFile = new Set(previous?.relations.map((r) => r.id));
    if (!previous || !relations.every((r) => inFile.has(r.id))) return undefined;
  }
  const before = new Map(base.annotations.map((a) => [a.id, a]));
  const oldIndex = new AnchorIndex(base.articleText);
  const index = new AnchorIndex(articleText);
  if (typed) {
    // Which occurrence an entry is (nth) may change anywhere a quote-with-context appeared or went.
    const quotes = annotations.filter((a) => !a.orphan).map((a) => a.text);
    oldIndex.prepare(quotes);
    index.prepare(quotes);
  }
  const changed: Array<[Annotation, Annotation]> = [];
  for (const a of annotations) {
    const old = before.get(a.id);
    if (!old) return undefined;
    before.delete(a.id); // a repeated id is refused by the size check below
    if (typed && !maps?.has(a.id)) return undefined;
    // Where an entry goes in the file depends on these (serialize.ts orderEntries); a list that does
    // not match the text is refused by the full print with its message.
    if (a.type !== old.type || a.text !== old.text || !!a.orphan !== !!old.orphan) return undefined;
    // The full print refuses a list that does not match the text; so does this, for every entry after typing.
    if (typed && !a.orphan && articleText.slice(a.start, a.end) !== a.text) return undefined;
    if (a.start !== old.start || a.end !== old.end) {
      if (!typed || a.orphan) return undefined;
      if (sameFields({ ...a, start: old.start, end: old.end }, old) && samePlace(a, old, articleText, index, base.articleText, oldIndex)) continue;
    } else if (sameFields(a, old) && (!typed || a.orphan || samePlace(a, old, articleText, index, base.articleText, oldIndex))) continue;
    if (!a.orphan && articleText.slice(a.start, a.end) !== a.text) return undefined;
    changed.push([old, a]);
    if (changed.length > MAX_PATCHED_ENTRIES) return undefined;
  }
  if (before.size) return undefined;
  if (!changed.length && !typed) return base.text;
  if (!maps) return undefined;
  const eol = previous?.eol ?? '\n';
  const edits: Array<{ at: number; length: number; line: string }> = [];
  if (typed) {
    // The `hash:` line as the full print writes it; a file that quotes it otherwise is printed whole.
    const was = `hash: ${articleHash(base.articleText)}`;
    const at = lineOf(base.text, was, eol, '');
    if (at === undefined) return undefined;
    edits.push({ at, length: was.length, line: `hash: ${articleHash(articleText)}` });
  }
  for (const [old, a] of changed) {
    const map = maps.get(a.id);
    // Each from a copy of the file's map, as the full print writes into a copy of the document.
    const was = printEntry(entryNode(map?.clone() as YAMLMap | undefined, old, base.articleText, oldIndex));
    const now = printEntry(entryNode(map?.clone() as YAMLMap | undefined, a, articleText, index));
    if (was === undefined || now === undefined) return undefined;
    const at = lineOf(base.text, was, eol);
    if (at === undefined) return undefined;
    edits.push({ at, length: was.length, line: now });
  }
  edits.sort((x, y) => x.at - y.at);
  let out = '';
  let from = 0;
  for (const e of edits) {
    if (e.at < from) return undefined; // two entries on one line: cannot be
    out += base.text.slice(from, e.at) + e.line;
    from = e.at + e.length;
  }
  return out + base.text.slice(from);
}

/** The parsed file's entry maps by id (computed once per parsed file), or undefined if its list is unusual. */
const mapsOf = new WeakMap<Sidecar, Map<string, YAMLMap> | undefined>();
function entryMaps(previous: Sidecar): Map<string, YAMLMap> | undefined {
  if (mapsOf.has(previous)) return mapsOf.get(previous);
  let maps: Map<string, YAMLMap> | undefined = new Map();
  // Printed one by one below with this library's default YAML 1.2 schema: another version prints otherwise.
  const top = previous.doc.contents;
  const list: unknown = isMap(top) ? top.get('annotations', true) : undefined;
  if (previous.doc.directives?.yaml.version !== '1.2' || !isSeq(list)) maps = undefined;
  else
    for (const item of list.items) {
      const id: unknown = isMap(item) ? item.get('id', true) : undefined;
      if (isMap(item) && isScalar(id) && typeof id.value === 'string') maps.set(id.value, item);
    }
  mapsOf.set(previous, maps);
  return maps;
}

/**
 * An entry as it is printed in the file's list, without the list's `- ` and indentation: with the
 * line width off, a one-line map prints the same alone as inside the list. Undefined when it is not
 * one line (a hand-written block entry, comments inside).
 */
function printEntry(map: YAMLMap): string | undefined {
  const doc = new Document(null, { customTags: sidecarTags });
  doc.contents = map;
  const s = doc.toString(TO_STRING);
  return s.indexOf('\n') === s.length - 1 ? s.slice(0, -1) : undefined;
}

/**
 * Where `entry` starts in `text` as a whole list item line (`  - ENTRY` then the line end; with
 * `item` '', a whole line `ENTRY`), when it is there exactly once; undefined otherwise.
 */
function lineOf(text: string, entry: string, eol: string, item = '- '): number | undefined {
  const needle = `${item}${entry}${eol}`;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) return undefined;
  if (!item) return at === 0 || text[at - 1] === '\n' ? at : undefined;
  let i = at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && text[i] === '\n' ? at + item.length : undefined;
}

/** The same context on both sides and the same occurrence of its quote-with-context: what its line is printed from. */
function samePlace(a: Annotation, old: Annotation, text: string, index: AnchorIndex, oldText: string, oldIndex: AnchorIndex): boolean {
  return (
    contextBefore(text, a.start) === contextBefore(oldText, old.start) &&
    contextAfter(text, a.end) === contextAfter(oldText, old.end) &&
    index.nthAt(a.text, a.start) === oldIndex.nthAt(old.text, old.start)
  );
}
