// Equality of annotations and relations, field by field: they are flat records of strings, numbers
// and booleans, and a generic deep comparison costs ~10× more on the 25,000 entries of a long article.

/** The same keys with the same values (a key holding undefined counts as a key). */
export function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] !== y[k] || !(k in y)) return false;
    n++;
  }
  for (const _ in y) n--;
  return n === 0;
}

/** The same records in the same order. */
export function sameLists(a: readonly object[], b: readonly object[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameFields(a[i], b[i])) return false;
  return true;
}

/**
 * `next` with each entry that has the same fields as the entry of its id in `kept` replaced by that
 * kept object. The editor tells what changed by object identity (a decoration style whose objects
 * are the same is not sent to VS Code again), and a full parse arrives as new objects even where it
 * only confirms what the fast first reading showed: this keeps the shown objects where nothing changed.
 */
export function keepSame<T extends { id: string }>(kept: readonly T[], next: readonly T[]): T[] {
  // Mostly the same order (both sorted by position): the entry at the same index first, the ids only
  // when that is another entry (orphans are placed differently, entries added or gone).
  let byId: Map<string, T> | undefined;
  return next.map((n, i) => {
    let k: T | undefined = kept[i];
    if (k === n) return k;
    if (k?.id !== n.id) {
      if (!byId) {
        byId = new Map();
        for (const x of kept) byId.set(x.id, x);
      }
      k = byId.get(n.id);
    }
    return k !== undefined && sameFields(k, n) ? k : n;
  });
}

/** The same objects (not copies), in any order, each once: a replace that would change nothing. */
export function sameObjects(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++; // mostly in the same order: no set needed
  if (i === a.length) return true;
  const left = new Set(a);
  if (left.size !== a.length) return false;
  for (const x of b) if (!left.delete(x)) return false;
  return true;
}
