// Groups mentions of the same entity within one document into a stable key ("PER:колокольцев").
// The links, each cheap and conservative:
//   1. the same normal form ("России" and "Россия" both normalize to "Россия");
//   2. people: full names with the same surname and first name are one person ("Владимир
//      Владимирович Путин", "Владимира Путина"); an initial joins the one full name it fits
//      ("В. Путин"); a surname alone joins the person of that surname mentioned last before it, and a
//      first name alone the one full name that starts with it. Two people who share a surname
//      ("Андрей Иванов", "Пётр Иванов") stay two;
//   3. an abbreviation joins a full name whose initials spell it ("МВД" ↔ "Министерство внутренних дел");
//   4. a name written with and without spaces is one name ("TimeWarner" / "Time Warner", "DeLuca" / "De Luca").
// entityKeys() numbers the groups per type in order of first mention ("per-1", "org-2"): the
// `entity` key that `newsmark extract` prints; the editor groups with groupMentions() itself.
import { Entity } from '../types';
import { FUNCTION_WORDS } from './tables/function-words';

const NER = new Set(['PER', 'ORG', 'LOC']);

function clean(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): string[] {
  return clean(s)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
}

/** Initials of the content words: "Министерство внутренних дел" → "мвд". */
export function initialsOf(name: string): string {
  // A loop, not filter/flatMap/map/join: the arrays of that chain came in more than one shape, and the
  // optimized groupMentions (which inlines this) was thrown away in every first pass on meeting another.
  let out = '';
  for (const w of words(name)) if (!FUNCTION_WORDS.has(w)) for (const part of w.split('-')) out += part.charAt(0);
  return out;
}

export function isAbbreviation(text: string): boolean {
  return /^[\p{Lu}]{2,8}$/u.test(text.replace(/[.\s]/g, ''));
}

const PATRONYMIC = /(?:вич|вна|ична|ич)$/;

interface PersonName {
  /** First name ("владимир"), or its initial ("в"), or "" when the mention has only a surname. */
  first: string;
  surname: string;
}

/** Reads a person's normal form: the last word is the surname, the first (if more) the first name. */
function personName(norm: string): PersonName {
  const ws = words(norm);
  if (ws.length === 0) return { first: '', surname: '' };
  const surname = ws[ws.length - 1].replace(/\.$/, '');
  if (ws.length === 1) return { first: '', surname };
  // "Владимир Владимирович": a first name and patronymic, no surname: read as the first name alone.
  if (ws.length === 2 && PATRONYMIC.test(surname)) return { first: '', surname: ws[0] };
  return { first: ws[0].replace(/\.$/, ''), surname };
}

export function groupMentions(entities: Entity[]): Map<Entity, string> {
  const keys = new Map<Entity, string>();
  const ner = entities.filter((e) => NER.has(e.type));
  const nameOf = (e: Entity) => e.norm ?? e.text;

  // People: each full name (first name + surname) is a person; a name with only an initial or
  // only a surname joins a person when it fits exactly one, or the last one mentioned before it.
  const people = ner.filter((e) => e.type === 'PER').sort((a, b) => a.start - b.start);
  const names = new Map(people.map((e) => [e, personName(nameOf(e))]));
  // Lists grow in place (push): a copy per mention made grouping quadratic in a long document.
  const full = new Map<string, Entity[]>(); // "surname|first" → mentions with that full first name
  for (const e of people) {
    const n = names.get(e)!;
    if (n.first.length > 1) {
      const k = `${n.surname}|${n.first}`;
      const list = full.get(k);
      if (list) list.push(e);
      else full.set(k, [e]);
    }
  }
  const bySurname = new Map<string, string[]>(); // surname → full-name keys
  const byFirst = new Map<string, Set<string>>();
  for (const k of full.keys()) {
    const [sur, first] = k.split('|');
    const list = bySurname.get(sur);
    if (list) list.push(k);
    else bySurname.set(sur, [k]);
    byFirst.set(first, (byFirst.get(first) ?? new Set()).add(k));
  }
  // A person's key: the surname alone while one person has it (stable as the text grows), else surname and first name.
  const personKey = (k: string) => {
    const [sur, first] = k.split('|');
    return (bySurname.get(sur)?.length ?? 0) > 1 ? `PER:${sur} ${first}` : `PER:${sur}`;
  };
  for (const e of people) {
    const n = names.get(e)!;
    let key: string;
    if (n.first.length > 1) key = personKey(`${n.surname}|${n.first}`);
    else {
      // No shortcut for a mention without a first name (every name starts with ""): the split then ran
      // only late in a first pass, after groupMentions was optimized without feedback for it, and threw it away.
      const candidates = (bySurname.get(n.surname) ?? []).filter((k) => k.split('|')[1].startsWith(n.first));
      if (candidates.length === 1) key = personKey(candidates[0]);
      else if (candidates.length > 1) key = personKey(lastBefore(candidates, full, e.start) ?? candidates[0]);
      else if (n.first === '' && byFirst.get(n.surname)?.size === 1)
        key = personKey([...byFirst.get(n.surname)!][0]); // a first name alone
      else key = `PER:${n.first ? n.first + '. ' : ''}${n.surname || clean(nameOf(e))}`;
    }
    keys.set(e, key);
  }
  // A name written with and without a space is one person too: a surname's particle is written either way
  // ("De Luca" / "DeLuca"), and a name the tagger took for a person twice is one name whatever it is
  // ("Brightwater Mining" / "BrightwaterMining"). The group mentioned first gives its key, to its
  // surname-only mentions as well.
  // Only spellings that differ in spaces: the same surname alone twice may well be two people (above).
  const firstBySquashed = new Map<string, [string, string]>(); // squashed name → [its first spelling, key]
  const renamed = new Map<string, string>();
  for (const e of people) {
    const name = clean(nameOf(e));
    const squashed = name.replace(/ /g, '');
    const key = keys.get(e)!;
    const first = firstBySquashed.get(squashed);
    if (!first) firstBySquashed.set(squashed, [name, key]);
    else if (first[0] !== name && first[1] !== key && !renamed.has(key)) renamed.set(key, renamed.get(first[1]) ?? first[1]);
  }
  if (renamed.size) for (const e of people) keys.set(e, renamed.get(keys.get(e)!) ?? keys.get(e)!);

  // Organizations and places: normal form, then abbreviations onto full names. Each mention's
  // cleaned name is computed once, and the mentions are indexed by it: a scan of every mention per
  // abbreviation, cleaning each name again, was quadratic in a long document.
  const fullByInitials = new Map<string, string>();
  const byName = new Map<string, Entity[]>(); // "type:cleaned name" → mentions, in document order
  const abbreviations: Entity[] = [];
  for (const e of ner) {
    if (e.type === 'PER') continue;
    const name = clean(nameOf(e));
    const key = `${e.type}:${name}`;
    keys.set(e, key);
    const same = byName.get(key);
    if (same) same.push(e);
    else byName.set(key, [e]);
    if (isAbbreviation(e.text)) abbreviations.push(e);
    else if (words(nameOf(e)).length >= 2) fullByInitials.set(`${e.type}:${initialsOf(nameOf(e))}`, name);
  }
  for (const e of abbreviations) {
    const abbr = clean(e.text).replace(/[.\s]/g, '');
    const full = fullByInitials.get(`${e.type}:${abbr}`);
    if (full === undefined) continue;
    // Both the abbreviation and the full name take the abbreviation's key: it is the shorter, stable one.
    for (const f of byName.get(`${e.type}:${full}`) ?? []) keys.set(f, `${e.type}:${abbr}`);
  }
  // The first key seen for a name without its spaces is the group's key.
  const bySquashed = new Map<string, string>();
  for (const e of ner) {
    if (e.type === 'PER') continue;
    const key = keys.get(e)!;
    const squashed = key.replace(/ /g, '');
    const first = bySquashed.get(squashed) ?? bySquashed.set(squashed, key).get(squashed)!;
    keys.set(e, first);
  }
  return keys;
}

/** The full-name key among `candidates` mentioned last before `at`. */
function lastBefore(candidates: string[], full: Map<string, Entity[]>, at: number): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const k of candidates) for (const e of full.get(k) ?? []) if (e.start < at && e.start > bestAt) [best, bestAt] = [k, e.start];
  return best;
}

/** Document-local entity keys ("per-1", "org-2", "loc-3"): groups numbered per type in order of first mention. */
export function entityKeys(entities: Entity[]): Map<Entity, string> {
  const groups = groupMentions(entities);
  const ids = new Map<string, string>();
  const count = new Map<string, number>();
  const out = new Map<Entity, string>();
  for (const e of [...groups.keys()].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const g = groups.get(e)!;
    let id = ids.get(g);
    if (id === undefined) {
      const n = (count.get(e.type) ?? 0) + 1;
      count.set(e.type, n);
      ids.set(g, (id = `${e.type.toLowerCase()}-${n}`));
    }
    out.set(e, id);
  }
  return out;
}
