// factRuEval marks a quoted name inside a longer one without its closing quote ("движения
// «Солидарность"), and the tagger learned to stop there: the span stays as scored, but the name a
// person reads (the entity's norm, in the hover and the Entities view) gets the quotes it opened
// ("ООО «Ромашка" → "ООО «Ромашка»"). Closing quotes are only ever appended, never removed.
const CLOSE: Record<string, string> = { '«': '»', '„': '“' };

export function balanceQuotes(name: string): string {
  const open: string[] = [];
  for (const ch of name) {
    if (CLOSE[ch]) open.push(CLOSE[ch]);
    else if (open.length && ch === open[open.length - 1]) open.pop();
  }
  return open.length ? name + open.reverse().join('') : name;
}
