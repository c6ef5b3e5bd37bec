// News gives a person's age as a bare number set off by commas right after the name: "Jerome Powell, 71,
// told reporters", "Powell, 71, said", "Иван Петров, 45, был задержан". The figure grammars read only
// "71" (a NUMBER): they do not know that a person stands before it. Here, after names and figures are
// merged, such a number becomes an AGE in years. The number must be a whole number a person can be
// (1 to 119), written in digits, between a comma after a person's name and a comma, a closing bracket or
// the end of the sentence: "Smith, 71, 68" (a results row: a number follows) is left alone.
import { Entity } from './types';
import { AGE_UNIT } from './figures/age';

const AGE_DIGITS = /^[1-9]\d?$|^1[01]\d$/;

/** Retypes NUMBER entities that stand as an age after a person's name (see above); returns the list, changed in place. */
export function ageAfterNames(text: string, entities: Entity[]): Entity[] {
  let person: Entity | undefined;
  for (const e of entities) {
    if (e.type === 'PER') {
      person = e;
      continue;
    }
    if (e.type !== 'NUMBER' || !person || !AGE_DIGITS.test(e.text)) continue;
    if (!/^,[ \u00a0]$/.test(text.slice(person.end, e.start))) continue;
    if (!closesAppositive(text, e.end)) continue;
    e.type = 'AGE';
    e.value = Number(e.text);
    e.unit = AGE_UNIT;
    delete e.qualifier;
  }
  return entities;
}

/** After the number: a comma not followed by another number, a closing bracket, or the end of the sentence (not a decimal point). */
function closesAppositive(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined || c === ')' || c === '\n' || c === '\r') return true;
  if (c === '.') return !/\d/.test(text[at + 1] ?? '');
  return c === ',' && !/^,\s*[-+−]?\d/.test(text.slice(at, at + 6));
}
