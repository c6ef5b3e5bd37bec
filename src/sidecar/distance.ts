// Edit distance between a stored quote/context and the article, in UTF-16 units. natural's
// Damerau–Levenshtein counts a swapped pair of letters (the commonest typo fix) as one edit, which
// plain Levenshtein counts as two. Imported by submodule: loading the whole package costs ~1 s.

const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: { restricted?: boolean }) => number;
};

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length || !b.length) return a.length + b.length;
  // restricted = optimal string alignment: a transposed pair is not edited again.
  return DamerauLevenshteinDistance(a, b, { restricted: true });
}
