// The parts of a hyphenated word ("twenty-one", "mid-2024", "Jan-Feb"), as w.split(/[-‐]/) gives them.
// The grammars ask this of nearly every candidate word, and a split by a regex builds a new RegExp
// (the species constructor) and a match each time: about a tenth of all the memory an English first
// pass allocated. A scan of code units gives the same parts.

/** w.split(/[-‐]/): the pieces between hyphen-minus (U+002D) and hyphen (U+2010) signs, empty ones included. */
export function hyphenParts(w: string): string[] {
  let from = 0;
  let parts: string[] | undefined;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x2d || c === 0x2010) {
      (parts ??= []).push(w.slice(from, k));
      from = k + 1;
    }
  }
  if (!parts) return [w];
  parts.push(w.slice(from));
  return parts;
}
