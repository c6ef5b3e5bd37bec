// Groups mentions of the same entity within one document into a stable key ("PER:колокольцев").
// Three links, each cheap and conservative:
//   1. the same normal form ("России" and "Россия" both normalize to "Россия");
//   2. a person's surname alone joins the full name ("Колокольцев" → "Владимир Колокольцев"),
//      and a first name alone joins it when exactly one full name starts with it;
//   3. an abbreviation joins a full name whose initials spell it ("МВД" ↔ "Министерство внутренних дел").
import { Entity } from '../types';
import { FUNCTION_WORDS } from './tables/function-words';

const NER = new Set(['PER', 'ORG', 'LOC']);

function clean(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„]/g, '').replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  return clean(s)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
}

/** Initials of the content words: "Министерство внутренних дел" → "мвд". */
export function initialsOf(name: string): string {
  return words(name)
    .filter((w) => !FUNCTION_WORDS.has(w))
    .flatMap((w) => w.split('-'))
    .map((w) => w.charAt(0))
    .join('');
}

function isAbbreviation(text: string): boolean {
  return /^[\p{Lu}]{2,8}$/u.test(text.replace(/[.\s]/g, ''));
}

export function groupMentions(entities: Entity[]): Map<Entity, string> {
  const keys = new Map<Entity, string>();
  const ner = entities.filter((e) => NER.has(e.type));
  const nameOf = (e: Entity) => e.norm ?? e.text;

  // People: a multi-word name defines a group keyed by its last word (the surname).
  const surnames = new Set<string>();
  const firstNames = new Map<string, Set<string>>();
  for (const e of ner) {
    if (e.type !== 'PER') continue;
    const ws = words(nameOf(e)).filter((w) => w.replace(/\./g, '').length > 1);
    if (ws.length >= 2) {
      const sur = ws[ws.length - 1];
      surnames.add(sur);
      const set = firstNames.get(ws[0]) ?? new Set<string>();
      set.add(sur);
      firstNames.set(ws[0], set);
    }
  }
  for (const e of ner) {
    if (e.type !== 'PER') continue;
    const ws = words(nameOf(e)).filter((w) => w.replace(/\./g, '').length > 1);
    let key = ws.length ? ws[ws.length - 1] : clean(nameOf(e));
    if (ws.length === 1 && !surnames.has(ws[0])) {
      const sur = firstNames.get(ws[0]);
      if (sur && sur.size === 1) key = [...sur][0];
    }
    keys.set(e, `PER:${key}`);
  }

  // Organizations and places: normal form, then abbreviations onto full names.
  const fullByInitials = new Map<string, string>();
  for (const e of ner) {
    if (e.type === 'PER') continue;
    keys.set(e, `${e.type}:${clean(nameOf(e))}`);
    if (!isAbbreviation(e.text) && words(nameOf(e)).length >= 2) fullByInitials.set(`${e.type}:${initialsOf(nameOf(e))}`, clean(nameOf(e)));
  }
  for (const e of ner) {
    if (e.type === 'PER' || !isAbbreviation(e.text)) continue;
    const abbr = clean(e.text).replace(/[.\s]/g, '');
    const full = fullByInitials.get(`${e.type}:${abbr}`);
    if (full === undefined) continue;
    // Both the abbreviation and the full name take the abbreviation's key: it is the shorter, stable one.
    for (const f of ner) if (f.type === e.type && clean(nameOf(f)) === full) keys.set(f, `${e.type}:${abbr}`);
  }
  return keys;
}
