// Annotating one article on disk: read → parse → merge → serialize → compare-and-swap write. The one
// implementation behind `newsmark annotate` and the editor's Annotate Folder for files that are not
// open. If the sidecar changes while the engine runs (a person saves a decision, `git pull`), the
// write is refused by writeFileAtomic and the engine's suggestions are merged again into the new
// content, so the person's decision survives.
import { basename, dirname, join } from 'node:path';
import type { Entity } from '../core/types';
import { readArticle } from './io';
import { MergeBase, mergeSuggestions } from './merge';
import { parseSidecar } from './parse';
import { articleNameOf, articlePathFor, DEFAULT_SUFFIX, sidecarPathFor } from './paths';
import { StrayIndex, strayFor } from './move';
import { serializeSidecar } from './serialize';
import { SidecarError } from './error';
import { Annotation } from './types';
import { EngineRelation, looseEndMessage, looseEnds, mergeRelations, Relation } from './relations';
import { cleanStaleTemps, readSidecarFile, writeFileAtomic, WriteConflict, WriteOptions } from './write';

/** Merges after the first attempt when the sidecar keeps changing under us; then we give up and say so. */
export const MAX_MERGE_RETRIES = 2;

export interface AnnotateFileOptions {
  suffix?: string;
  /** The article's path as a person typed it (errors and messages use it); defaults to `article`. */
  shown?: string;
  /**
   * The engine. Runs once per call, between reading the sidecar and writing it. Entities alone (names
   * and figures) leave the QUOTE/ROLE suggestions and relations already in the sidecar alone; with
   * `relations` (src/core/quotes withQuotes) they are refreshed too.
   */
  extract(text: string): Suggestions | Promise<Suggestions>;
  /** Test seam, passed to writeFileAtomic: runs just before each compare-and-rename. */
  beforeSwap?: WriteOptions['beforeSwap'];
  /** The run's index of stray sidecars (a run over a folder passes one; else the folder is read per call). */
  strays?: StrayIndex;
}

/** What the engine suggests: entities, or entities with the relations between them (by index). */
export type Suggestions = readonly Entity[] | { entities: readonly Entity[]; relations: readonly EngineRelation[] };

export interface AnnotateFileResult {
  outcome: 'written' | 'updated' | 'unchanged';
  annotations: Annotation[];
  relations: Relation[];
  /** Orphans and dropped suggestions, as `path:line: …`. */
  messages: string[];
  /** How many times the sidecar changed on disk during the run and was merged again. */
  remerged: number;
}

/**
 * The engine's suggestions merged into what a sidecar holds (the rules of merge.ts and relations.ts):
 * the one merge step of `newsmark annotate`, Annotate Folder and the editor's Annotate Document.
 * Entities alone leave the QUOTE/ROLE suggestions and relations there alone; with relations
 * (src/core/quotes withQuotes) they are refreshed too, a person's decisions kept.
 */
export function mergeFound(previous: MergeFoundBase | undefined, found: Suggestions): { annotations: Annotation[]; relations: Relation[] } {
  const [suggestions, engineRelations] = 'entities' in found ? [found.entities, found.relations] : [found as readonly Entity[], undefined];
  const annotations = mergeSuggestions(previous, suggestions, { quotes: engineRelations !== undefined });
  const relations = mergeRelations(previous?.relations ?? [], annotations, suggestions, engineRelations, previous?.handWritten);
  return { annotations, relations };
}

/** What mergeFound needs: a parsed sidecar, or the editor's current lists and the sidecar's handWritten. */
export type MergeFoundBase = MergeBase & { relations?: readonly Relation[] };

/**
 * Annotates `article` (an absolute path, or relative to the process's folder). Throws SidecarError
 * for a sidecar it cannot read safely or that keeps changing (nothing written), InputError for an
 * article that is not text.
 */
export async function annotateFile(article: string, opts: AnnotateFileOptions): Promise<AnnotateFileResult> {
  const suffix = opts.suffix ?? DEFAULT_SUFFIX;
  const name = articleNameOf(article);
  const file = sidecarPathFor(article, suffix);
  const shown = sidecarPathFor(opts.shown ?? article, suffix);
  await cleanStaleTemps(dirname(file));
  const text = await readArticle(article);
  // The sidecar is parsed before the engine runs: a sidecar we cannot read fails fast, untouched.
  let disk = await readSidecarFile(file, shown);
  if (!disk) await refuseIfRenamed(article, opts.shown ?? article, text, suffix, opts.strays);
  let previous = disk && parseSidecar(disk.text, text, shown, name);
  const found = await opts.extract(text);
  for (let attempt = 0; ; attempt++) {
    const { annotations, relations } = mergeFound(previous, found);
    const out = serializeSidecar(previous, name, text, annotations, relations);
    const outcome = disk === undefined ? 'written' : out === disk.text ? 'unchanged' : 'updated';
    try {
      if (outcome !== 'unchanged') {
        await writeFileAtomic(file, out, { expected: disk?.digest ?? null, bom: disk?.bom, shown, beforeSwap: opts.beforeSwap });
      }
      return { outcome, annotations, relations, messages: messagesOf(previous, annotations, relations, out, text, shown, name), remerged: attempt };
    } catch (err) {
      if (!(err instanceof WriteConflict)) throw err;
      if (attempt >= MAX_MERGE_RETRIES) {
        throw new SidecarError(shown, `changed on disk ${attempt + 1} times while it was being annotated; it was not overwritten (run annotate again)`);
      }
    }
    // Someone wrote the sidecar meanwhile: their content is the new base.
    disk = await readSidecarFile(file, shown);
    previous = disk && parseSidecar(disk.text, text, shown, name);
  }
}

/**
 * An article without a sidecar next to a stray sidecar of the same text was renamed without it:
 * a fresh sidecar would orphan every decision in the old one, so say how to move it instead.
 */
async function refuseIfRenamed(article: string, shownArticle: string, text: string, suffix: string, strays?: StrayIndex): Promise<void> {
  const stray = await strayFor(article, text, suffix, strays);
  if (!stray) return;
  const oldArticle = articlePathFor(join(dirname(shownArticle), basename(stray)), suffix)!;
  throw new SidecarError(
    sidecarPathFor(oldArticle, suffix),
    `looks like the sidecar of ${articleNameOf(article)} (same article hash; ${articleNameOf(oldArticle)} is gone): ` +
      `run 'newsmark mv ${oldArticle} ${shownArticle}' to move it; ${articleNameOf(article)} was not annotated`,
  );
}

/** Listed, not silent: orphans kept, and untouched suggestions whose text left the article (dropped by merge). */
function messagesOf(
  previous: ReturnType<typeof parseSidecar> | undefined,
  annotations: Annotation[],
  relations: readonly Relation[],
  out: string,
  text: string,
  shown: string,
  name: string,
): string[] {
  const messages: string[] = [];
  const kept = new Set(annotations.map((a) => a.id));
  for (const a of previous?.orphans ?? []) {
    if (!kept.has(a.id)) messages.push(`${shown}:${previous!.lines.get(a.id) ?? 1}: dropped suggestion ${a.type} "${a.text}": no longer in ${name}`);
  }
  const orphans = annotations.filter((a) => a.orphan);
  const loose = looseEnds(
    relations,
    annotations.filter((a) => !a.orphan),
    orphans,
  );
  if (orphans.length || loose.length) {
    // Lines of the file just written, so each message points where a person must look.
    const lines = parseSidecar(out, text, shown).lines;
    for (const a of orphans) messages.push(`${shown}:${lines.get(a.id) ?? 1}: orphan ${a.type} "${a.text}" (${a.status}): not found in ${name}`);
    for (const l of loose) messages.push(`${shown}:${lines.get(l.relation.id) ?? 1}: ${looseEndMessage(l)}`);
  }
  return messages;
}
