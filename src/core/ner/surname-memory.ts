// A surname alone that the tagger called a place or an organization is the person when the same
// document names that person in full: "Петра Ильича Чайковского … Как писал Чайковский" (adjective-
// like surnames read as places: "Чайковского", "Дубровский"). Compared by normal form, so every
// case form counts; only single capitalized words, which is how a person is referred to again.
// (Adding surnames the tagger missed altogether helped the tuning half of factru_dev CV and not the
// check half: left out.)
import { Entity } from '../types';

/** Retypes such mentions to PER in place and returns them (their normal form is then a person's). */
export function retypeKnownSurnames(entities: Entity[]): Entity[] {
  const changed: Entity[] = [];
  const surnames = knownSurnames(entities);
  if (surnames.size === 0) return changed;
  for (const e of entities) {
    if ((e.type !== 'LOC' && e.type !== 'ORG') || /\s/.test(e.text) || !/^\p{Lu}\p{Ll}/u.test(e.text)) continue;
    if (surnames.has(fold(e.norm ?? e.text)) || surnames.has(fold(e.text))) {
      e.type = 'PER';
      changed.push(e);
    }
  }
  return changed;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/** Surnames (folded normal forms) of the persons named with two or more words. */
function knownSurnames(entities: Entity[]): Set<string> {
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const ws = fold(e.norm ?? e.text).split(/\s+/);
    if (ws.length >= 2 && ws[ws.length - 1].length > 2) surnames.add(ws[ws.length - 1]);
  }
  return surnames;
}
