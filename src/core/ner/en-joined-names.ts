// A name written both with and without its spaces in one document ("TimeWarner" … "Time Warner") is one
// entity, and a name run together in camel case is a company's or a brand's spelling, never a person's:
// the spaced mentions take the type of the joined one, so the two group under one key (group.ts joins
// names that differ only in spaces within one type).
import { Line } from './forms';
import { Span } from './spans';

const CAMEL = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/**
 * Gives a joined camel-case name and its spaced mentions one type, in place: the joined name's, unless
 * the tagger called it a person and a spaced mention something else ("Time Warner" made ORG by
 * en-common-noun-names.ts, "TimeWarner" PER): then that other type.
 */
export function retypeJoinedNames(lines: Line[], spans: Span[][]): void {
  const joined = new Map<string, Span[]>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      const t = line.tokens[s.first].text;
      if (s.last - s.first === 1 && CAMEL.test(t)) joined.set(t, [...(joined.get(t) ?? []), s]);
    }
  });
  if (!joined.size) return;
  const spaced = new Map<string, Span[]>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      if (s.last - s.first < 2) continue;
      const key = line.tokens
        .slice(s.first, s.last)
        .map((t) => t.text.replace(/['’]s$/, ''))
        .join('');
      if (joined.has(key)) spaced.set(key, [...(spaced.get(key) ?? []), s]);
    }
  });
  for (const [key, own] of spaced) {
    const camel = joined.get(key)!;
    const type = camel[0].type === 'PER' ? (own.find((s) => s.type !== 'PER')?.type ?? 'PER') : camel[0].type;
    for (const s of [...camel, ...own]) s.type = type;
  }
}
