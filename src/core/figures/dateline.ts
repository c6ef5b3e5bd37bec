// Datelines at the top of a news story, read once for everyone who needs them: the figures take the
// date as the article's reference date ("в прошлом году" when no --ref-date is given), NER takes the
// agency as an organization.
//   "АСТАНА, 22 июл — Sputnik.", "МОСКВА, 5 марта 2025 года. /ТАСС/.", "MOSCOW, July 22 (Reuters) -",
//   "LONDON, 22 July 2024 (AP) —".
import { monthByPrefix } from './tables/months';

/** A span of the line the dateline was read from (UTF-16 offsets, end exclusive). */
export interface LineSpan {
  start: number;
  end: number;
}

export interface Dateline {
  place: LineSpan;
  /** value: ISO date, "XXXX-07-22" when the dateline gives no year. */
  date: LineSpan & { value: string };
  /** The agency named after the date: "— Sputnik." / "— РИА Новости." or "(Reuters) -". */
  agency?: LineSpan;
}

/** One agency word is a capitalized word as the tokenizer reads it ("Интерфакс-Казахстан"). */
const AGENCY_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-‐'’][\p{L}\p{M}]+)*`;
/** An agency name is short: "РИА Новости", "Интерфакс-Казахстан", "Sputnik". */
const MAX_AGENCY_WORDS = 4;
const AGENCY_AFTER_DASH = new RegExp(String.raw`^\s*(?<agency>${AGENCY_WORD}(?:\s+${AGENCY_WORD}){0,${MAX_AGENCY_WORDS - 1}})\s*(?:\.|$)`, 'du');
/** A place written in capitals, word by word ("НУР-СУЛТАН", "САНКТ-ПЕТЕРБУРГ"): the agency convention needs it. */
const SHOUTED_PLACE = /^[\p{Lu}-]{2,}(?: +[\p{Lu}-]{2,})*$/u;

/**
 * The forms, tried in this order over the first lines (a Russian dateline anywhere in them wins over
 * an English one). Groups: place, date (the whole date phrase), day, month, year; sep is what follows
 * the date; agency (English) sits in parentheses.
 */
const FORMS: ReadonlyArray<{ re: RegExp; agencyAfterDash: boolean }> = [
  // PLACE, DAY MONTH[ YEAR[ года]] — / . / ,
  {
    re: /^[ \t]*(?<place>[А-ЯЁA-Z][А-ЯЁA-Z\- ]{1,40}),\s*(?<date>(?<day>\d{1,2})\s+(?<month>[а-яё]{3,9})\.?(?:\s+(?<year>\d{4})(?<yearWord>\s*(?:года|г\.?))?)?)\s*(?<sep>[—–-]|\.\s*\/|,)/du,
    agencyAfterDash: true,
  },
  // PLACE, Month DAY[, YEAR] (Agency) -
  {
    re: /^[ \t]*(?<place>[A-Z][A-Za-z.\- ]{1,40}),\s*(?<date>(?<month>[A-Z][a-z]{2,8})\.?\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?)\s*(?:\((?<agency>[^)\n]{1,40})\)\s*)?[—–-]/d,
    agencyAfterDash: false,
  },
  // PLACE, DAY Month[ YEAR] (Agency) -
  {
    re: /^[ \t]*(?<place>[A-Z][A-Za-z.\- ]{1,40}),\s*(?<date>(?<day>\d{1,2})\s+(?<month>[A-Z][a-z]{2,8})\.?(?:\s+(?<year>\d{4}))?)\s*(?:\((?<agency>[^)\n]{1,40})\)\s*)?[—–-]/d,
    agencyAfterDash: false,
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

function parseForm(line: string, form: (typeof FORMS)[number]): Dateline | undefined {
  const m = form.re.exec(line);
  const g = m?.groups;
  const at = m?.indices?.groups;
  if (!m || !g || !at) return undefined;
  const month = monthByPrefix(g.month);
  const day = Number(g.day);
  if (!month || day < 1 || day > 31) return undefined;
  const placeText = g.place.trimEnd();
  const dl: Dateline = {
    place: { start: at.place[0], end: at.place[0] + placeText.length },
    date: { start: at.date[0], end: at.date[1], value: `${g.year ?? 'XXXX'}-${pad(month)}-${pad(day)}` },
  };
  if (at.agency) {
    dl.agency = { start: at.agency[0], end: at.agency[1] };
  } else if (form.agencyAfterDash && /^[—–-]$/.test(g.sep) && !g.yearWord && SHOUTED_PLACE.test(placeText)) {
    // "АСТАНА, 22 июл — Sputnik.": the capitalized words between the dash and the full stop.
    const end = m.index + m[0].length;
    const a = AGENCY_AFTER_DASH.exec(line.slice(end));
    const ai = a?.indices?.groups?.agency;
    if (ai) dl.agency = { start: end + ai[0], end: end + ai[1] };
  }
  return dl;
}

/** The dateline opening `line` (one line of text, no line break), if it opens with one. */
export function parseDateline(line: string): Dateline | undefined {
  for (const form of FORMS) {
    const d = parseForm(line, form);
    if (d) return d;
  }
  return undefined;
}

/**
 * The date of an article's dateline as a partial ISO date ("XXXX-07-22", or "2025-07-22" when the
 * dateline gives the year); undefined when the text has no dateline in its first lines. The caller
 * combines it with a reference date.
 */
export function findDateline(text: string): string | undefined {
  // The dateline opens the body, after a headline and maybe a lead: the first ~1,500 characters.
  const lines = text.slice(0, 1500).split('\n');
  for (const form of FORMS) {
    for (const line of lines) {
      const d = parseForm(line, form);
      if (d) return d.date.value;
    }
  }
  return undefined;
}
