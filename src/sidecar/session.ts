// Parsed sidecars kept between reads and writes, so a rewrite keeps the comments, key order and
// quoting of the file it was read from. The editor runs one in its own thread for small sidecars
// and one in a worker thread for large ones, behind the same SidecarBackend interface (the worker's
// client implements it by messages). Writes go through writeFileAtomic's compare-and-swap.
import { unresolvedConflicts, UnresolvedConflict } from './merge3';
import { parseSidecar, Sidecar } from './parse';
import { patchSidecar, type Printed } from './patch';
import { serializeSidecar } from './serialize';
import { Annotation } from './types';
import type { Relation } from './relations';
import type { SidecarPreview } from './preview';
import { decodeSidecar, digestOf, writeFileAtomic } from './write';

export interface ParsedSummary {
  annotations: Annotation[];
  orphans: Annotation[];
  handWritten: string[];
  moves: number;
  /** Entries the merge driver marked `conflict:`, for a person to resolve. */
  conflicts: UnresolvedConflict[];
  /** The sidecar's relations (a write that passes none keeps them as they are in the file). */
  relations: Relation[];
}

export interface Written {
  /** The text written; absent when the write ran in the editor's worker, whose host keeps no copy. */
  text?: string;
  /** Digest of the bytes now on disk. */
  digest: string;
  /** False when the file already held exactly these bytes (nothing was written). */
  changed: boolean;
}

/** What the write is based on: the digest of the bytes read (null: no file) and whether it had a BOM. */
export interface WriteBase {
  expected: string | null;
  bom: boolean;
  /** Ids whose `conflict:` a person resolved with this write. */
  resolved?: readonly string[];
}

export interface SidecarBackend {
  /**
   * Parses and keeps the sidecar, given as the file's bytes (decoded strictly: not UTF-8 is a
   * SidecarError) or its text; throws SidecarError. `onPreview`, when given, may get a fast first
   * reading of the annotations (preview.ts) before the parse is done (the worker gives one; in-process
   * parses are of small files and give none); `head` when it holds only the annotations of the file's
   * first entries (previewHead), the whole fast reading still to come. `onSteps` may get the stages of the work as they ended,
   * in wall-clock ms (performance.timeOrigin + performance.now()), for timing an open.
   */
  parse(
    file: string,
    yaml: string | Uint8Array,
    articleText: string,
    articleName: string,
    onPreview?: (preview: SidecarPreview, head: boolean) => void,
    onSteps?: (steps: ReadonlyArray<[step: string, wall: number]>) => void,
  ): Promise<ParsedSummary>;
  /** Serializes against the kept copy and writes; throws WriteConflict if the file is not `base` any more.
   *  `relations` undefined keeps the relations as last written, or else as read. */
  write(
    file: string,
    articleName: string,
    articleText: string,
    annotations: readonly Annotation[],
    base: WriteBase,
    relations?: readonly Relation[],
  ): Promise<Written>;
  forget(file: string): void;
}

const BOM = '\ufeff';

export class SidecarSession implements SidecarBackend {
  private readonly parsed = new Map<string, Sidecar>();
  /** The last text printed for each file and what it was printed from: the next decision patches it. */
  private readonly printed = new Map<string, Printed>();
  /** How many writes patched the last text and how many printed the whole file (tests, bench). */
  readonly prints = { patched: 0, whole: 0 };

  async parse(file: string, yaml: string | Uint8Array, articleText: string, articleName: string): Promise<ParsedSummary> {
    this.parsed.delete(file); // a file that no longer parses must not be rewritten from its old copy
    this.printed.delete(file);
    const sc = parseSidecar(typeof yaml === 'string' ? yaml : decodeSidecar(yaml, file), articleText, file, articleName);
    this.parsed.set(file, sc);
    return {
      annotations: sc.annotations,
      orphans: sc.orphans,
      handWritten: [...sc.handWritten],
      moves: sc.moves.length,
      conflicts: unresolvedConflicts(sc),
      relations: sc.relations,
    };
  }

  /**
   * Takes `text`, the sidecar as just parsed, as the last printed text when it is exactly what a full
   * print of that parse gives, so the first decision after opening is patched too (otherwise it
   * prints the whole file: seconds for 25,000 entries). The check is itself a full print, so it is
   * for the worker to run after it has answered the parse, off the editor's thread. Any doubt (a
   * write since, a hand-edited file, a moved entry, an upgrade, a print that throws) leaves the next
   * write to print the whole file. True when adopted.
   */
  adoptRead(file: string, text: string, articleText: string, articleName: string): boolean {
    const previous = this.parsed.get(file);
    if (!previous || this.printed.has(file)) return false;
    const annotations = [...previous.annotations, ...previous.orphans];
    const relations = [...previous.relations];
    let full: string;
    try {
      full = serializeSidecar(previous, articleName, articleText, annotations, relations);
    } catch {
      return false;
    }
    if (full !== text) return false;
    this.printed.set(file, { previous, articleName, articleText, annotations, relations, text });
    return true;
  }

  async write(
    file: string,
    articleName: string,
    articleText: string,
    annotations: readonly Annotation[],
    base: WriteBase,
    relations?: readonly Relation[],
  ): Promise<Written> {
    const previous = this.parsed.get(file);
    const resolved = base.resolved && new Set(base.resolved);
    const last = this.printed.get(file);
    // No relations given: the ones last written, else the parsed file's. (The parsed copy is not
    // updated by writes, so taking its relations dropped those Annotate Document or Set Speaker had
    // just written, on the next Accept.)
    const written = relations ?? last?.relations ?? previous?.relations ?? [];
    const patched = last && patchSidecar(last, previous, articleName, articleText, annotations, written, resolved);
    const text = patched ?? serializeSidecar(previous, articleName, articleText, annotations, written, resolved);
    this.prints[patched === undefined ? 'whole' : 'patched']++;
    // Kept once the text is on disk: the next decision patches it and keeps its relations.
    const printed: Printed = { previous, articleName, articleText, annotations: [...annotations], relations: [...written], text };
    const digest = digestOf(Buffer.from(base.bom ? BOM + text : text, 'utf8'));
    if (digest === base.expected) {
      this.printed.set(file, printed);
      return { text, digest, changed: false };
    }
    await writeFileAtomic(file, text, { expected: base.expected, bom: base.bom });
    this.printed.set(file, printed);
    // The kept copy still holds the resolved `conflict:` keys, and the next write starts from it.
    if (base.resolved?.length) {
      this.parsed.set(file, parseSidecar(text, articleText, file, articleName));
      this.printed.delete(file);
    }
    return { text, digest, changed: true };
  }

  forget(file: string): void {
    this.parsed.delete(file);
    this.printed.delete(file);
  }
}
