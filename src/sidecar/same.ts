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
