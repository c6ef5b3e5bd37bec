// Sidecar bytes go to the worker by moving their buffer (postMessage's transfer list), not by copying
// them: a 7 MB sidecar is then neither decoded nor copied on the extension host's thread.

/**
 * `bytes` as an array that owns its whole buffer, so moving that buffer moves these bytes and nothing
 * else: a view into a larger or shared buffer (Node's pool for small reads) is copied first.
 */
export function movable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes : new Uint8Array(bytes); // (a Buffer's slice() would be a view, not a copy)
}

/**
 * A decision changes one annotation of a list that may hold 25,000, and copying the whole list into a
 * message costs the host thread ~0.1-0.2 s: the list is sent once, then as the entries that are not
 * the same objects as in the list sent before (edits make a new object for what they change). `base`
 * names the list the changes apply to; the worker answers `stale` when it does not hold that list any
 * more (restarted, forgot the file), and the whole list is sent.
 */
export interface ListDelta<T> {
  base: number;
  changes: Array<[number, T]>;
}

/** Past this many changes the whole list is sent. */
export const MAX_DELTA_CHANGES = 64;

/** The changes from `sent` to `next` by position, or undefined when they are not the same entries in the same places. */
export function listChanges<T extends { id: string }>(sent: readonly T[], next: readonly T[]): Array<[number, T]> | undefined {
  if (sent.length !== next.length) return undefined;
  const changes: Array<[number, T]> = [];
  for (let i = 0; i < next.length; i++) {
    if (next[i] === sent[i]) continue;
    if (next[i].id !== sent[i].id || changes.length >= MAX_DELTA_CHANGES) return undefined;
    changes.push([i, next[i]]);
  }
  return changes;
}

/** `list` (the one `base` names) with `changes` applied; a new array. */
export function applyChanges<T>(list: readonly T[], changes: ReadonlyArray<[number, T]>): T[] {
  const out = [...list];
  for (const [i, item] of changes) out[i] = item;
  return out;
}
