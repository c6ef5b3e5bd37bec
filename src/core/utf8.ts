// Strict UTF-8 decoding shared by the CLI and the sidecar layer: a file that is not UTF-8 is an
// error that names where it breaks, never text with replacement characters that would shift offsets.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bad input the user must fix; the CLI reports its message as is. */
export class InputError extends Error {}

/** Input that is not UTF-8; byteOffset is where the first malformed sequence starts. */
export class Utf8Error extends InputError {
  constructor(
    readonly byteOffset: number,
    byte: number,
  ) {
    super(`not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${byteOffset}`);
  }
}

/**
 * Decodes UTF-8 strictly. A leading BOM is dropped (as TextDecoder and VS Code do), so offsets count
 * from the first character after it — the same text an editor shows.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new Utf8Error(at, bytes[at]);
  }
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      // Only the first continuation byte has the narrowed range (overlongs, surrogates, > U+10FFFF).
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return b.length;
}
