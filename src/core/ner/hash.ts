// Feature hashing: features are never stored as strings at run time, only as 32-bit hashes
// folded into a fixed-size weight table. Collisions cost a little accuracy and save megabytes.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/**
 * hashString(s.slice(start, end)) without making the slice (0 ≤ start ≤ end ≤ s.length): a new word
 * form hashes several of its prefixes and suffixes, and on unseen text those slices were garbage
 * made for every form.
 */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id with one or two atom hashes (murmur3 finalizer) into a table index. */
export function featureIndex(template: number, a: number, b: number, mask: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & mask;
}
