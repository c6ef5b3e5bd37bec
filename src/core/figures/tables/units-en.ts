// English units written as two words after a number (unit.ts `unitAfter`).

/**
 * Units of two words after a number, the first a noun or adjective that is no plural itself: "12 basis
 * points", "40 square metres", "3 light years". Keyed by the first word; the second is the plural it takes.
 */
export const EN_TWO_WORD_UNITS: Readonly<Record<string, ReadonlySet<string>>> = {
  basis: new Set(['points']),
  square: new Set(['metres', 'meters', 'feet', 'miles', 'kilometres', 'kilometers', 'yards', 'inches']),
  cubic: new Set(['metres', 'meters', 'feet', 'yards', 'inches']),
  light: new Set(['years']),
  man: new Set(['hours', 'days']),
};
