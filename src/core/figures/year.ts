// A year written alone as four digits (1000–2200), not glued to more digits or letters; shared by the English date grammars.
import { View } from './view';

export function yearAt(v: View, j: number): { year: number; last: number } | undefined {
  if (j < 0 || v.kind(j) !== 'number' || v.toks[j].text.length !== 4) return undefined;
  const year = Number(v.toks[j].text);
  if (year < 1000 || year > 2200) return undefined;
  if (v.toks[j + 1] && v.glued(j, j + 1) && (v.kind(j + 1) === 'number' || v.kind(j + 1) === 'word')) return undefined;
  return { year, last: j };
}
