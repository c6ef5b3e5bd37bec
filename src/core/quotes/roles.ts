// A person's role as written next to the name: "министр внутренних дел России Владимир Колокольцев",
// "главы МИД России и Китая Сергей Лавров и Ван И" (each person their own country, in order),
// "Kazakhstan's minister for water resources, Aidar Nurlanov", "Richard Parsons, chairman of Time
// Warner". The role's head comes from a table (tables.ts); the body it belongs to is the place or
// organization named inside the role phrase.
import type { Entity, Lang } from '../types';
import { spanIndex } from './span-index';
import { ROLE_HEADS_EN, ROLE_HEADS_RU } from './tables';

export interface Role {
  /** Index of the person in the entities. */
  person: number;
  start: number;
  end: number;
  text: string;
  /** The role in its base form without the body: "министр внутренних дел", "chairman". */
  norm: string;
  /** Index of the LOC or ORG the role belongs to, when the text names one. */
  of?: number;
}

const isBody = (e: Entity) => e.type === 'LOC' || e.type === 'ORG';

export function findRoles(text: string, entities: readonly Entity[], lang: Lang): Role[] {
  return lang === 'ru' ? rolesRu(text, entities) : rolesEn(text, entities);
}

function rolesRu(text: string, entities: readonly Entity[]): Role[] {
  const out: Role[] = [];
  const bodies = spanIndex(entities, isBody);
  const people = spanIndex(entities, (e) => e.type === 'PER');
  entities.forEach((per, p) => {
    if (per.type !== 'PER') return;
    // A second person of a coordination ("… Владимир Колокольцев и Ержан Саденов") shares the first one's role phrase.
    const gap = coordinationGap(text, per.start);
    const prev = (gap && people.endingIn(gap.from, gap.to).find((i) => i !== p)) ?? -1;
    const first = prev >= 0 ? prev : p;
    const lineStart = text.lastIndexOf('\n', entities[first].start) + 1;
    const head = text.slice(lineStart, entities[first].start);
    // Words right before the name: a role head, then lower-case words and places/bodies, up to the name.
    const m = /([\p{Ll}-]+)((?:\s+[\p{L}-]+)*?)\s+$/u.exec(head);
    if (!m) return;
    let startAt = -1;
    let norm = '';
    const words = [...head.matchAll(/[\p{L}-]+/gu)];
    for (let k = words.length - 1; k >= 0 && k >= words.length - 8; k--) {
      const w = words[k][0].toLowerCase();
      if (w in ROLE_HEADS_RU) {
        startAt = lineStart + words[k].index!;
        norm = ROLE_HEADS_RU[w];
        break;
      }
      // Only lower-case words and named places/bodies may stand between the head and the name.
      const at = lineStart + words[k].index!;
      if (!/^\p{Ll}/u.test(words[k][0]) && w !== 'и' && !bodies.covers(at)) return;
    }
    if (startAt < 0) return;
    const phraseEnd = entities[first].start;
    const phrase = text.slice(startAt, phraseEnd).trimEnd();
    const inside = bodies.inside(startAt, phraseEnd);
    // The modifiers of the head up to the first place or body: "министр внутренних дел".
    const firstBody = inside.length ? entities[inside[0]].start : phraseEnd;
    const mods = text
      .slice(startAt, firstBody)
      .trim()
      .split(/\s+/)
      .slice(1)
      .filter((w) => w !== 'и')
      .join(' ');
    // Coordinated people take the coordinated bodies in order; a single person the first body.
    const order = prev >= 0 ? 1 : 0;
    const of = inside.length > order ? inside[order] : inside[0];
    out.push({
      person: p,
      start: startAt,
      end: startAt + phrase.length,
      text: phrase,
      norm: mods ? `${norm} ${mods}` : norm,
      ...(of !== undefined ? { of } : {}),
    });
  });
  return out;
}

/**
 * Where a person ending there would be coordinated with a name starting at `start`: the gap between
 * must be whitespace, "и", whitespace (/^\s+и\s+$/). Read backwards from the name, so no text is cut
 * per pair of people (that was quadratic in a long article). Undefined when the text before is no such gap.
 */
function coordinationGap(text: string, start: number): { from: number; to: number } | undefined {
  const ws = (i: number) => i >= 0 && /\s/.test(text[i]);
  let i = start - 1;
  if (!ws(i)) return undefined;
  while (ws(i)) i--;
  if (text[i] !== 'и' || !ws(i - 1)) return undefined;
  const to = i - 1; // the person's end may be anywhere in the whitespace before "и", leaving at least one
  i -= 1;
  while (ws(i)) i--;
  return { from: i + 1, to };
}

const HEAD_EN = new RegExp(`\\b(?:deputy |vice |acting |former |chief |senior )?(?:${ROLE_HEADS_EN.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

function rolesEn(text: string, entities: readonly Entity[]): Role[] {
  const out: Role[] = [];
  const bodies = spanIndex(entities, isBody);
  const bodyIn = (s: number, e: number) => bodies.inside(s, e)[0] ?? -1;
  entities.forEach((per, p) => {
    if (per.type !== 'PER') return;
    // After the name, an appositive: "Richard Parsons, chairman of Time Warner," / ", the minister for water".
    const tail = /^,\s+((?:the\s+)?[\p{Ll}][^,.;:"“”]{2,80}?)(?=[,.;:"“”]|$)/u.exec(text.slice(per.end, per.end + 120));
    if (tail && HEAD_EN.test(tail[1])) {
      const s = per.end + tail[0].indexOf(tail[1]);
      const body = bodyIn(s, s + tail[1].length);
      const norm = tail[1].replace(/^the\s+/i, '').replace(/\s+(?:of|at|for)\s+.*$/i, '');
      out.push({ person: p, start: s, end: s + tail[1].length, text: tail[1], norm, ...(body >= 0 ? { of: body } : {}) });
      return;
    }
    // Before the name: "Kyrgyz Deputy Minister Elena Sadykova", "Kazakhstan's minister for water resources, Aidar Nurlanov".
    const lineStart = text.lastIndexOf('\n', per.start) + 1;
    const head = text.slice(Math.max(lineStart, per.start - 100), per.start);
    const m = /((?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+),?\s+$/u.exec(head);
    if (!m) return;
    const phrase = m[1];
    const h = HEAD_EN.exec(phrase);
    if (!h) return;
    const s = per.start - head.length + m.index + h.index;
    // Start at the body before the head when there is one ("Kazakhstan's minister"), else at the head.
    const before = bodies.endingIn(s - 3, s).find((x) => /^['’]s\s+$|^\s+$/.test(text.slice(entities[x].end, s))) ?? -1;
    const start = before >= 0 ? entities[before].start : s;
    const end = per.start - head.length + m.index + phrase.length;
    const body = before >= 0 ? before : bodyIn(start, end);
    const norm = text.slice(s, end).replace(/\s+(?:of|at)\s+.*$/i, '');
    out.push({ person: p, start, end, text: text.slice(start, end), norm, ...(body >= 0 ? { of: body } : {}) });
  });
  return out;
}
