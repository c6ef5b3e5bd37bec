// A name written both with and without its spaces in one document ("TimeWarner" … "Time Warner") is one
// entity, and a name run together in camel case is a company's or a brand's spelling, never a person's:
// the spaced mentions take the type of the joined one, so the two group under one key (group.ts joins
// names that differ only in spaces within one type).
import { Line } from './forms';
import { Span } from './spans';

const CAMEL = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/** Retypes spaced mentions of a joined camel-case name to the joined name's type, in place. */
export function retypeJoinedNames(lines: Line[], spans: Span[][]): void {
  const joined = new Map<string, Span['type']>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      const t = line.tokens[s.first].text;
      if (s.last - s.first === 1 && CAMEL.test(t)) joined.set(t, s.type);
    }
  });
  if (!joined.size) return;
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      if (s.last - s.first < 2) continue;
      const type = joined.get(
        line.tokens
          .slice(s.first, s.last)
          .map((t) => t.text.replace(/['’]s$/, ''))
          .join(''),
      );
      if (type) s.type = type;
    }
  });
}
