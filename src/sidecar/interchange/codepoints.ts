// Offsets as the annotation tools count them. spaCy, Prodigy, doccano, brat and Label Studio (since its
// fix for emoji, label-studio-frontend#308) index text as Python does: by Unicode code point. newsmark
// counts UTF-16 code units, as VS Code and JavaScript do. The two differ after every character outside
// the Basic Multilingual Plane (an emoji, a rare CJK ideograph), so every offset crossing that line is
// converted here, in one place.

/** Converts offsets of one text between UTF-16 code units and code points. */
export class OffsetMap {
  /** UTF-16 offsets of the code points that take two units (sorted); empty for BMP-only text. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** How many astral characters start before UTF-16 offset `u`. */
  private before(u: number): number {
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** UTF-16 offset → code point offset. An offset inside a surrogate pair counts the pair as passed. */
  toCodePoint(u: number): number {
    return u - this.before(u);
  }

  /** Code point offset → UTF-16 offset. */
  toUtf16(cp: number): number {
    // Every astral character before the result adds one unit: walk them in order.
    let u = cp;
    for (const a of this.astral) {
      if (a < u) u++;
      else break;
    }
    return u;
  }
}
