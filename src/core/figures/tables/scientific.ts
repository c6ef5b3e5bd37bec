// Signs of scientific notation: "1.5 × 10^6", "3x10⁸", "6,02·10²³", "2.3E-4".

/** Signs read as "times" between a mantissa and a power of ten. "x" only counts there: "3 x 10^8". */
export const TIMES_SIGNS: ReadonlySet<string> = new Set(['×', 'x', 'X', '·', '⋅', '*', 'х']);

/** Superscript digits and signs, as an exponent is typeset: "10⁸", "10⁻³". */
export const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};
