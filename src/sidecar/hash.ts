// Content hashes: of the article text (is the sidecar stale?) and stable annotation ids.
// Both depend only on their inputs — no time, no randomness — so every machine writes the same bytes.
import { createHash } from 'node:crypto';

/** 'sha256:<hex>' of the article text as UTF-8 (the text an editor shows: no BOM). */
export function articleHash(text: string): string {
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The id an annotation gets when it is created, e.g. 'per-1f3a9c0b'. It is derived from where the
 * annotation was first seen and never recomputed afterwards, so it survives edits of the article.
 * `taken` resolves the (rare) collision deterministically with a -2, -3… suffix.
 */
export function newAnnotationId(type: string, text: string, start: number, taken: ReadonlySet<string>): string {
  const digest = createHash('sha1').update(`${type}\u0000${text}\u0000${start}`, 'utf8').digest('hex');
  const base = `${type.toLowerCase()}-${digest.slice(0, 8)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
