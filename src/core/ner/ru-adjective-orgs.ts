// An organization named by capitalized adjectives and a lower-case head noun ("Московская биржа",
// "Верховный суд", "Свердловский областной суд", "Казанский федеральный университет") is one name with
// its head inside it, but the tagger often takes the adjectives alone for a place ("в Свердловском
// областном | суде" → LOC "Свердловском областном", "на Московской | бирже" → LOC "Московской"). A place
// or person span made only of adjectives, with the first capitalized, right before a singular
// organization head noun (tables/ru-org-heads.ts) that agrees with them in case, number and gender,
// becomes one ORG over adjectives and head; lower-case adjectives between them that agree join it
// ("Московской | фондовой бирже"). A head that does not agree is another phrase ("Московской области
// суды"), and a kind of place ("Московской области", tables/ru-place-kinds.ts) is no organization head.
// Runs first among the rules after the tagger, so the organization rules after it (org-edges.ts) extend
// the name as they do any other, and the place rules no longer drop the adjective as an attribute.
import { Span } from './spans';
import { Line, sentenceStart } from './forms';
import { Morph, AzParse } from './morph';
import { adjectiveReadings, agreesWithNoun } from './adjective';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';

/** Lower-case adjectives between the span and the head ("Московской | фондовой | бирже"), at most. */
const MAX_BETWEEN = 2;

export function joinAdjectiveOrgs(line: Line, spans: Span[], morph: Morph): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const head = s.type === 'ORG' ? -1 : headAfter(line, s, spans[k + 1], morph);
    if (head < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    out.push({ start: s.start, end: line.tokens[head].end, type: 'ORG', first: s.first, last: head + 1 });
  }
  return out ?? spans;
}

/** The token index of the organization head the adjectives of `s` belong to, or -1. */
function headAfter(line: Line, s: Span, next: Span | undefined, morph: Morph): number {
  const toks = line.tokens;
  // At a sentence start the capital says nothing: "Итальянский клуб арендовал его" is any Italian club.
  if (!line.forms[s.first].cap || sentenceStart(line, s.first)) return -1;
  let adj: AzParse[] | undefined;
  for (let k = s.first; k < s.last; k++) {
    // The tagger may have taken the head in already ("Свердловском областном суде" as a place).
    if (k === s.last - 1 && k > s.first && isHead(line, k)) return agreesWithNoun(morph, adj!, toks[k].text, true) ? k : -1;
    adj = toks[k].kind === 'word' ? adjectiveReadings(morph, toks[k].text) : undefined;
    if (!adj) return -1;
  }
  for (let k = s.last; k < toks.length && k <= s.last + MAX_BETWEEN; k++) {
    const t = toks[k];
    // The next span starts here: its words are its own.
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || (next && next.first <= k)) return -1;
    if (isHead(line, k)) return agreesWithNoun(morph, adj!, t.text, true) ? k : -1;
    const between = adjectiveReadings(morph, t.text);
    if (!between) return -1;
    adj = between;
  }
  return -1;
}

/**
 * Heads that also name a state ("Российской федерации", "Советского союза"): after a place's adjective
 * they are the country as often as a body.
 */
const STATE_HEAD = /^(?:федераци|конфедераци|союз)/;

/** A lower-case organization head noun that is not also a kind of place or a state. */
function isHead(line: Line, k: number): boolean {
  const t = line.tokens[k].text;
  return line.forms[k].orgHead === 1 && /^\p{Ll}/u.test(t) && !RU_PLACE_KIND.test(t) && !STATE_HEAD.test(t);
}
