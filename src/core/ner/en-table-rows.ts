// The rows of one results table name one kind of thing: a golf leaderboard lists players, a league table
// clubs ("Halvard Strand 71 68 70 - 209" under "Tomas Vukovic 69 71 70 - 210"). The tagger reads each
// row alone, and a name it does not know may come out a club in a table of players. Rows laid out
// alike (a name at the start, a number right after it, then the same run of numbers, words and signs)
// take the type most of them have.
import { Line } from './forms';
import { Span } from './spans';

const RANK = /^\d{1,3}\.?$/;

/** Retypes the row names of each table to the type most of its rows have, in place. */
export function retypeTableRows(lines: Line[], spans: Span[][]): void {
  const tables = new Map<string, Span[]>();
  lines.forEach((line, k) => {
    const row = rowName(line, spans[k]);
    if (!row) return;
    const layout = line.tokens
      .slice(row.last)
      .map((t) => (t.kind === 'number' ? 'n' : t.kind === 'word' ? 'w' : t.text))
      .join(' ');
    tables.set(layout, [...(tables.get(layout) ?? []), row]);
  });
  for (const rows of tables.values()) {
    const count = new Map<Span['type'], number>();
    for (const r of rows) count.set(r.type, (count.get(r.type) ?? 0) + 1);
    const [type, n] = [...count].sort((a, b) => b[1] - a[1])[0];
    // A clear majority only (two thirds: three rows at least to change one); a table split evenly says nothing.
    if (n * 3 < rows.length * 2) continue;
    for (const r of rows) r.type = type;
  }
}

/** The name a row opens with (after a rank), when a number follows it: "Tomas Vukovic 69 …", "Ines Harkavy ( Austria ) …" is none. */
function rowName(line: Line, spans: Span[]): Span | undefined {
  const first = spans[0];
  if (!first) return undefined;
  let i = 0;
  while (i < first.first && (RANK.test(line.tokens[i].text) || line.tokens[i].text === '.')) i++;
  if (i !== first.first || first.last >= line.tokens.length) return undefined;
  if (line.tokens[first.last].kind !== 'number') return undefined;
  return first;
}
