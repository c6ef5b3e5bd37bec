// The news agency of a Russian dateline: "АСТАНА, 22 июл — Sputnik.", "МОСКВА, 5 мая 2024 — РИА
// Новости." Agencies are names the tagger may not know (a Latin word it has never seen), but the
// dateline convention says what they are: the capitalized words between the dash after the date
// and the full stop name an organization.
import { Line } from './forms';
import { Span } from './spans';

/** Month words as datelines abbreviate or spell them ("июл", "июля", "мая"). */
const MONTH = /^(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?$/i;
const DASHES = new Set(['—', '–', '-']);
/** An agency name is short: "РИА Новости", "Интерфакс-Казахстан", "Sputnik". */
const MAX_AGENCY_WORDS = 4;

function shouted(text: string): boolean {
  return /^[\p{Lu}-]{2,}$/u.test(text) && /\p{Lu}/u.test(text);
}

/** The agency span of a dateline opening the line, if the line opens with one. */
export function datelineAgency(line: Line): Span | undefined {
  const t = line.tokens;
  let i = 0;
  while (i < t.length && t[i].kind === 'word' && shouted(t[i].text)) i++;
  if (i === 0 || t[i]?.text !== ',') return undefined;
  i++;
  if (t[i]?.kind !== 'number' || !MONTH.test(t[i + 1]?.text ?? '')) return undefined;
  i += 2;
  if (t[i]?.kind === 'number') i++; // the year
  if (!DASHES.has(t[i]?.text ?? '')) return undefined;
  const first = ++i;
  while (i < t.length && i - first < MAX_AGENCY_WORDS && t[i].kind === 'word' && /^\p{Lu}/u.test(t[i].text)) i++;
  if (i === first || (i < t.length && t[i].text !== '.')) return undefined;
  return { start: t[first].start, end: t[i - 1].end, type: 'ORG', first, last: i };
}
