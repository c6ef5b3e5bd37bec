// The news agency of a dateline as an NER span: "АСТАНА, 22 июл — Sputnik.", "МОСКВА, 5 мая 2024 — РИА
// Новости." Agencies are names the tagger may not know (a Latin word it has never seen), but the
// dateline convention says what they are. The dateline itself is read by the one dateline parser
// (figures/dateline.ts); this file only maps its agency onto the line's tokens.
import { parseDateline } from '../figures/dateline';
import { Token } from '../tokenize';
import { Line } from './forms';
import { Span } from './spans';

/**
 * Whether the line can open a dateline at all: every dateline form starts with its place, a capital
 * letter (Latin or Cyrillic) and 1 to 40 more characters none of which is a comma, then a comma. So
 * the line's first comma sits at offset 2..41 of its text. Most lines fail this, and building a line's
 * text for the parser was work per token of every line of every document.
 */
export function mayOpenDateline(t: readonly Token[]): boolean {
  if (!t.length) return false;
  const c = t[0].text.charCodeAt(0);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401)) return false;
  const base = t[0].start;
  for (const tok of t) {
    const at = tok.start - base;
    if (at > PLACE_END) return false;
    const comma = tok.text.indexOf(',');
    if (comma >= 0) return at + comma >= 2 && at + comma <= PLACE_END;
  }
  return false;
}

/** The last offset the comma after a dateline's place can have (figures/dateline.ts: one capital + up to 40). */
export const PLACE_END = 41;

/** The agency span of a dateline opening the line, if the line opens with one. */
export function datelineAgency(line: Line): Span | undefined {
  const t = line.tokens;
  if (!mayOpenDateline(t)) return undefined;
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
