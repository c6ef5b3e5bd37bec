// The news agency of a dateline as an NER span: "АСТАНА, 22 июл — Sputnik.", "МОСКВА, 5 мая 2024 — РИА
// Новости." Agencies are names the tagger may not know (a Latin word it has never seen), but the
// dateline convention says what they are. The dateline itself is read by the one dateline parser
// (figures/dateline.ts); this file only maps its agency onto the line's tokens.
import { parseDateline } from '../figures/dateline';
import { Line } from './forms';
import { Span } from './spans';

/** The agency span of a dateline opening the line, if the line opens with one. */
export function datelineAgency(line: Line): Span | undefined {
  const t = line.tokens;
  if (!t.length) return undefined;
  // The line's text as the parser reads it: a line's tokens leave out only the spaces between them.
  const base = t[0].start;
  let text = '';
  for (const tok of t) text += ' '.repeat(tok.start - base - text.length) + tok.text;
  const agency = parseDateline(text)?.agency;
  if (!agency) return undefined;
  const first = t.findIndex((tok) => tok.start === base + agency.start);
  const last = t.findIndex((tok) => tok.end === base + agency.end);
  if (first < 0 || last < first) return undefined;
  return { start: t[first].start, end: t[last].end, type: 'ORG', first, last: last + 1 };
}
