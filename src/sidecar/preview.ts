// A first, fast reading of a large sidecar, for highlights while parseSidecar (the one reading that
// counts) is still at work. The `yaml` library builds a document that keeps comments and layout for
// rewrites and reads ~1 MB/s: ~3 s for the 4 MB sidecar of a 1 MB article on a quiet machine, 6.4 s of
// CPU under load, against 0.3–0.5 s for js-yaml's plain values (same file, same load). The annotations
// come from the same entry checks (schema.ts) and the same anchoring (parse.ts anchorEntries); what
// plain values cannot show (comments, hence hand-written entries; relations; merge conflicts; lines for
// messages) comes with the full parse, which replaces this reading. Anything unusual (no preview
// possible) gives undefined and the caller waits for the full parse, which reports the problem.
import { CORE_SCHEMA, load } from 'js-yaml';
import { AnchorIndex } from './anchor';
import { readFlowLines } from './flow-lines';
import { anchorEntries, byPosition, conflictLine } from './parse';
import { READABLE_VERSIONS, readPlainEntry, type StoredEntry } from './schema';
import type { Annotation } from './types';

export interface SidecarPreview {
  /** Anchored annotations, ordered by position (as parseSidecar gives them). */
  annotations: Annotation[];
  orphans: Annotation[];
}

/**
 * The annotations of `yamlText` against `articleText`, or undefined when only the full parse can say.
 * Never throws. `lap` is told when each stage ends ('yaml', 'entries', 'anchored'), for timing.
 */
export function previewSidecar(yamlText: string, articleText: string, articleName?: string, lap?: (stage: string) => void): SidecarPreview | undefined {
  if (conflictLine(yamlText)) return undefined;
  let top: unknown;
  try {
    // YAML 1.2's core schema, as the `yaml` library reads sidecars: a bare 2025-02-01 stays a string.
    // The lines newsmark writes are read by hand first, the same values several times faster.
    top = readFlowLines(yamlText) ?? load(yamlText, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  lap?.('yaml');
  const read = readEntries(top, articleName);
  if (!read) return undefined;
  lap?.('entries');
  const { annotations, orphans } = anchorEntries(read.entries, articleText, read.version);
  lap?.('anchored');
  return { annotations, orphans };
}

/** The entries of a sidecar's plain values, checked as the full parse checks them; undefined at anything unusual. */
function readEntries(top: unknown, articleName: string | undefined): { version: number; entries: StoredEntry[] } | undefined {
  if (top === null || typeof top !== 'object' || Array.isArray(top)) return undefined;
  const root = top as Record<string, unknown>;
  const version = root.newsmark;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) return undefined;
  if (typeof root.article !== 'string' || (articleName !== undefined && root.article !== articleName)) return undefined;
  if (typeof root.hash !== 'string') return undefined;
  const list = root.annotations ?? [];
  if (!Array.isArray(list)) return undefined;
  const entries: StoredEntry[] = [];
  const ids = new Set<string>();
  try {
    for (const item of list) {
      const e = readPlainEntry(
        item,
        () => {
          throw new Error('invalid entry');
        },
        version,
      );
      // An entry without an id (typed by hand) gets one from the full parse, which writes it back.
      if (!e.annotation.id || ids.has(e.annotation.id)) return undefined;
      ids.add(e.annotation.id);
      entries.push(e);
    }
  } catch {
    return undefined;
  }
  return { version, entries };
}

/** The line every entry of a sidecar newsmark wrote starts with (one flow map per line). */
const ENTRY_LINE = '  - {';

/**
 * The first screen of a long article, before the fast reading of the whole sidecar is done (~1 s for
 * 10,000 entries on a loaded machine): the first `count` entries of the file read alone, each shown
 * only where its quote sits with exactly its stored context (its nth such place). A file newsmark
 * wrote lists its entries in text order, so these are the annotations at the top of the article,
 * where it opens. Anything else — another layout, an orphan, an entry without context, an old
 * version — is left for the whole reading (undefined when nothing can be shown this way). Never throws.
 * A subset of what previewSidecar gives, at the same places (tests compare both).
 */
export function previewHead(yamlText: string, articleText: string, articleName: string | undefined, count: number): Annotation[] | undefined {
  const listAt = yamlText.indexOf('\nannotations:\n');
  if (listAt < 0 || conflictLine(yamlText)) return undefined;
  // The header and the first `count` entry lines: a YAML document of its own.
  let end = listAt + '\nannotations:\n'.length;
  for (let n = 0; n < count && yamlText.startsWith(ENTRY_LINE, end); n++) {
    const eol = yamlText.indexOf('\n', end);
    if (eol < 0) return undefined;
    end = eol + 1;
  }
  let top: unknown;
  try {
    const head = yamlText.slice(0, end);
    top = readFlowLines(head) ?? load(head, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const read = readEntries(top, articleName);
  if (!read || read.version < 2) return undefined;
  const index = new AnchorIndex(articleText);
  const shown: Annotation[] = [];
  for (const e of read.entries) {
    const a = e.annotation;
    if (a.orphan || !a.text || e.before === undefined || e.after === undefined) continue;
    const at = index.findEarly(a.text, e.before, e.after, e.nth);
    if (at !== undefined) shown.push({ ...a, start: at, end: at + a.text.length });
  }
  return shown.length ? shown.sort(byPosition) : undefined;
}
