// The line of context a mention row of the Entities view shows, so that rows with the same words
// ("Колокольцев", "Колокольцев") can be told apart without opening each: the words around the
// mention on its line, cut at word boundaries and marked with "…" where cut. Pure (no vscode).

/** `line` is the mention's line; [start, end) its columns in UTF-16 units. */
export function snippet(line: string, start: number, end: number, width = 30): string {
  let from = Math.max(0, start - width);
  let to = Math.min(line.length, end + width);
  // Cut at a space rather than inside a word; never inside a surrogate pair.
  if (from > 0) {
    const space = line.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : from;
    if (isLowSurrogate(line.charCodeAt(from))) from++;
  }
  if (to < line.length) {
    const space = line.lastIndexOf(' ', to);
    to = space >= end ? space : to;
    if (isLowSurrogate(line.charCodeAt(to))) to--;
  }
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
