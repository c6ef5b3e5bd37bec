// The reference date that relative dates ("в прошлом году", "yesterday") are resolved against:
// the caller's --ref-date when given, else the article's dateline ("АСТАНА, 22 июл — Sputnik").
// Wire datelines usually give the day and month but not the year; the year is then taken as the
// latest year the article itself names (a story about "пять месяцев 2025-го" is written in 2025).
// Without a dateline there is no reference date, and relative dates stay unresolved.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NO_YEAR = /^XXXX-(\d{2})-(\d{2})$/;
// A four-digit number that the text itself marks as a year, so counts ("2030 человек") never count:
// Russian "2025 года", "2025-го", "2024 г."; English "in 2025", "July 2025".
const YEAR_IN_TEXT =
  /(?<![\d.,])(?:(19\d\d|20\d\d)(?=\s?(?:год|г\.|гг\.|-го|-м|-й))|(?<=\b(?:in|since|of|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s)(19\d\d|20\d\d)(?![\d.,]\d))/giu;

/** True when s is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * @param explicit  --ref-date (YYYY-MM-DD), wins when present
 * @param dateline  what the dateline finder returned: "2025-07-22", "XXXX-07-22" or undefined
 */
export function resolveRefDate(text: string, explicit: string | undefined, dateline: string | undefined): string | undefined {
  if (explicit !== undefined) {
    if (!isIsoDate(explicit)) throw new RangeError(`reference date must be YYYY-MM-DD, got '${explicit}'`);
    return explicit;
  }
  if (dateline === undefined) return undefined;
  if (isIsoDate(dateline)) return dateline;
  const m = NO_YEAR.exec(dateline);
  if (!m) return undefined;
  const year = latestYear(text);
  if (year === undefined) return undefined;
  const candidate = `${year}-${m[1]}-${m[2]}`;
  return isIsoDate(candidate) ? candidate : undefined;
}

function latestYear(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    const y = Number(m[1] ?? m[2]);
    if (best === undefined || y > best) best = y;
  }
  return best;
}
