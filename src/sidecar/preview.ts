// A first, fast reading of a large sidecar, for highlights while parseSidecar (the one reading that
// counts) is still at work. The `yaml` library builds a document that keeps comments and layout for
// rewrites and reads ~1 MB/s: ~3 s for the 4 MB sidecar of a 1 MB article on a quiet machine, 6.4 s of
// CPU under load, against 0.3–0.5 s for js-yaml's plain values (same file, same load). The annotations
// come from the same entry checks (schema.ts) and the same anchoring (parse.ts anchorEntries); what
// plain values cannot show (comments, hence hand-written entries; relations; merge conflicts; lines for
// messages) comes with the full parse, which replaces this reading. Anything unusual (no preview
// possible) gives undefined and the caller waits for the full parse, which reports the problem.
import { CORE_SCHEMA, load } from 'js-yaml';
import { anchorEntries, conflictLine } from './parse';
import { READABLE_VERSIONS, readPlainEntry, type StoredEntry } from './schema';
import type { Annotation } from './types';

export interface SidecarPreview {
  /** Anchored annotations, ordered by position (as parseSidecar gives them). */
  annotations: Annotation[];
  orphans: Annotation[];
}

/** The annotations of `yamlText` against `articleText`, or undefined when only the full parse can say. Never throws. */
export function previewSidecar(yamlText: string, articleText: string, articleName?: string): SidecarPreview | undefined {
  if (conflictLine(yamlText)) return undefined;
  let top: unknown;
  try {
    // YAML 1.2's core schema, as the `yaml` library reads sidecars: a bare 2025-02-01 stays a string.
    top = load(yamlText, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
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
  const { annotations, orphans } = anchorEntries(entries, articleText, version);
  return { annotations, orphans };
}
