// Datelines at the top of a news story: "АСТАНА, 22 июл — Sputnik.", "МОСКВА, 5 марта 2025 года. /ТАСС/.",
// "MOSCOW, July 22 (Reuters) -", "LONDON, 22 July 2024 (AP) —". The date gives the reference date for
// "в прошлом году" when no --ref-date is given; only the first lines are looked at.

const RU_MONTH_PREFIX: Readonly<Record<string, number>> = {
  'янв': 1, 'фев': 2, 'мар': 3, 'апр': 4, 'мая': 5, 'май': 5, 'июн': 6, 'июл': 7, 'авг': 8, 'сен': 9, 'окт': 10, 'ноя': 11, 'дек': 12,
};
const EN_MONTH_PREFIX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// PLACE, DAY MONTH[ YEAR[ года]] — / . /
const RU_DATELINE = /^[ \t]*[А-ЯЁA-Z][А-ЯЁA-Z\- ]{1,40},\s*(\d{1,2})\s+([а-яё]{3,9})\.?(?:\s+(\d{4})(?:\s*(?:года|г\.?))?)?\s*(?:[—–-]|\.\s*\/|,)/mu;
// PLACE, Month DAY[, YEAR] (Agency) -   |   PLACE, DAY Month[ YEAR] -
const EN_DATELINE_MD = /^[ \t]*[A-Z][A-Za-z.\- ]{1,40},\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]/m;
const EN_DATELINE_DM = /^[ \t]*[A-Z][A-Za-z.\- ]{1,40},\s*(\d{1,2})\s+([A-Z][a-z]{2,8})\.?(?:\s+(\d{4}))?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]/m;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: string | undefined, month: number | undefined, day: string): string | undefined {
  const d = Number(day);
  if (!month || d < 1 || d > 31) return undefined;
  return `${year ?? 'XXXX'}-${pad(month)}-${pad(d)}`;
}

export function findDateline(text: string): string | undefined {
  // The dateline opens the body, after a headline and maybe a lead: the first ~1,500 characters.
  const head = text.slice(0, 1500);
  let m = RU_DATELINE.exec(head);
  if (m) {
    const r = iso(m[3], RU_MONTH_PREFIX[m[2].toLowerCase().slice(0, 3)], m[1]);
    if (r) return r;
  }
  m = EN_DATELINE_MD.exec(head);
  if (m) {
    const r = iso(m[3], EN_MONTH_PREFIX[m[1].toLowerCase().slice(0, 3)], m[2]);
    if (r) return r;
  }
  m = EN_DATELINE_DM.exec(head);
  if (m) return iso(m[3], EN_MONTH_PREFIX[m[2].toLowerCase().slice(0, 3)], m[1]);
  return undefined;
}
