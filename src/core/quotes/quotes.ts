// Direct quotes, reported speech and who said them. Quotes are found by their marks (tables.ts); a
// speaker comes from the attribution phrase after or before the quote (a verb of saying next to a
// person or organization), and a description or pronoun there ("— отметил глава МВД России", "she
// said") from the document: the person who was last said to speak in the paragraph. No speaker is
// better than a wrong one: a quote whose attribution resolves to nothing stays unattributed.
import type { Entity, Lang } from '../types';
import { spanIndex } from './span-index';
import {
  PRONOUNS_EN,
  PRONOUNS_RU,
  QUOTE_PAIRS,
  REPORTED_EN,
  REPORTED_RU,
  ROLE_HEADS_EN,
  ROLE_HEADS_RU,
  SAY_ENDINGS_RU,
  SAY_PREDICATIVES_RU,
  SAY_STEMS_RU,
  SAY_VERBS_EN,
} from './tables';

export interface Quote {
  /** The quoted words, without the marks (UTF-16, end exclusive). */
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'reported';
  /** Index into the entities given to findQuotes: the person or organization who said it. */
  speaker?: number;
  /** How the speaker was found. */
  via?: 'attribution' | 'description' | 'pronoun' | 'continuation';
}

const SAY_RU = new RegExp(`(?<![\\p{L}])(?:(?:${SAY_STEMS_RU.join('|')})${SAY_ENDINGS_RU}|${SAY_PREDICATIVES_RU.join('|')})(?![\\p{L}])`, 'iu');
const SAY_EN = new RegExp(`\\b(?:${SAY_VERBS_EN.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const sayRe = (lang: Lang) => (lang === 'ru' ? SAY_RU : SAY_EN);
const wordsIn = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Is the straight quote at i an opening one (space, line start or opening punctuation before it)? */
const opensStraight = (text: string, i: number) => (i === 0 || /[\s([—–:-]/.test(text[i - 1])) && /\S/.test(text[i + 1] ?? '');

/** Spans of quoted text in one paragraph (marks excluded), continuing into following paragraphs that reopen the quote. */
function directSpans(text: string, paras: Paragraph[]): { start: number; end: number; open: number; close: number }[] {
  const out: { start: number; end: number; open: number; close: number }[] = [];
  for (let p = 0; p < paras.length; p++) {
    let i = paras[p].start;
    while (i < paras[p].end) {
      const ch = text[i];
      // A closing guillemet right after a colon and before a letter is an opening one mistyped (":»Между").
      const typo = ch === '»' && text[i - 1] === ':' && /\p{L}/u.test(text[i + 1] ?? '');
      const closers = typo ? '»' : QUOTE_PAIRS[ch];
      if (!closers || (ch === '"' && !opensStraight(text, i)) || (ch === '‘' && /\p{L}/u.test(text[i - 1] ?? ''))) {
        i++;
        continue;
      }
      let depth = 0;
      let q = p;
      let j = i + 1;
      let close = -1;
      for (;;) {
        if (j >= paras[q].end) {
          // Unclosed at the paragraph's end: a quote that goes on reopens the next paragraph with its mark.
          if (q + 1 < paras.length && text[paras[q + 1].start] === (typo ? '«' : ch)) {
            q++;
            j = paras[q].start + 1;
            continue;
          }
          break;
        }
        const c = text[j];
        if (ch !== '"' && c === (typo ? '«' : ch)) depth++;
        else if (closers.includes(c)) {
          if (depth === 0) {
            close = j;
            break;
          }
          depth--;
        }
        j++;
      }
      if (close < 0) {
        i++;
        continue;
      }
      out.push({ start: i + 1, end: close, open: i, close });
      if (q !== p) p = q;
      i = close + 1;
      if (q !== p) break;
    }
  }
  return out;
}

/** The entity (PER first, then ORG) inside [from, to), nearest to `near` (ties: the first in the list). */
type EntityIn = (from: number, to: number, near: number) => number | undefined;

function entityFinder(entities: readonly Entity[]): EntityIn {
  const index = spanIndex(entities, (e) => e.type === 'PER' || e.type === 'ORG');
  return (from, to, near) => {
    const inside = index.inside(from, to);
    let best: number | undefined;
    for (const type of ['PER', 'ORG'] as const) {
      for (const i of inside) {
        if (entities[i].type !== type) continue;
        if (best === undefined || Math.abs(entities[i].start - near) < Math.abs(entities[best].start - near)) best = i;
      }
      if (best !== undefined) return best;
    }
    return undefined;
  };
}

interface Attribution {
  speaker?: number;
  pronoun?: boolean;
  description?: boolean;
}

/** Reads an attribution phrase (the text between a quote and the sentence end, or before it up to a colon). */
function attribution(phrase: string, offset: number, entities: readonly Entity[], entityIn: EntityIn, lang: Lang): Attribution | undefined {
  const say = sayRe(lang).exec(phrase);
  if (!say) return undefined;
  const speaker = entityIn(offset, offset + phrase.length, offset + say.index);
  // "глава МВД России", "the head of the ministry": a person described by the body they lead, not the body.
  if (speaker !== undefined && entities[speaker].type === 'ORG') {
    const lead =
      phrase
        .slice(0, entities[speaker].start - offset)
        .toLowerCase()
        .match(/[\p{L}-]+/gu) ?? [];
    if (lead.some((w) => (lang === 'ru' ? w in ROLE_HEADS_RU : ROLE_HEADS_EN.includes(w)))) return { description: true };
  }
  if (speaker !== undefined) return { speaker };
  const words = phrase.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.some((w) => (lang === 'ru' ? PRONOUNS_RU : PRONOUNS_EN).includes(w))) return { pronoun: true };
  return { description: true };
}

/** The sentence piece after a closing mark that may attribute the quote: up to the sentence end. */
function after(text: string, close: number, paraEnd: number, lang: Lang): { phrase: string; offset: number } | undefined {
  const rest = text.slice(close + 1, paraEnd);
  const m = /^[,.!?…]?\s*[—–-]?\s*([^.!?…«»"“”]{1,120}?)(?=[.!?…]|$|\s[«"“])/u.exec(rest);
  // Russian puts a dash between a quote and its attribution ("», — отметил"); without one the words
  // after the marks continue the sentence ("В пресс-службе «Газпрома» сообщили"). English runs on ('," said').
  const lead = lang === 'ru' ? /^[,.!?…]?\s*[—–]/u : /^[,.!?…]?\s*[—–-]|^,|^\s+\p{L}/u;
  if (!m || !lead.test(rest)) return undefined;
  return { phrase: m[1], offset: close + 1 + m.index + m[0].length - m[1].length };
}

/** The piece before an opening mark that may attribute it: from the sentence start, ending in a colon. */
function before(text: string, open: number, paraStart: number): { phrase: string; offset: number } | undefined {
  const head = text.slice(paraStart, open);
  if (!/:\s*$/.test(head)) return undefined;
  const s = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('» ')) + 1;
  return { phrase: head.slice(s), offset: paraStart + s };
}

export function findQuotes(text: string, entities: readonly Entity[], lang: Lang): Quote[] {
  const paras = paragraphs(text);
  // Paragraphs are sorted and apart: the one holding i by binary search (-1: i is between paragraphs).
  const paraOf = (i: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid].end < i) lo = mid + 1;
      else if (paras[mid].start > i) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const entityIn = entityFinder(entities);
  const quotes: Quote[] = [];
  /** People said to speak (a verb of saying next to them), in text order: who a description or pronoun means. */
  const speakers: { at: number; entity: number }[] = [];
  const say = sayRe(lang);
  entities.forEach((e, i) => {
    if (e.type !== 'PER') return;
    const around = text.slice(Math.max(0, e.start - 30), Math.min(text.length, e.end + 30));
    if (say.test(around)) speakers.push({ at: e.start, entity: i });
  });
  const lastSpeaker = (at: number): number | undefined => {
    const para = paraOf(at);
    const from = paras[Math.max(0, para - 1)]?.start ?? 0;
    const s = speakers.filter((x) => x.at < at && x.at >= from);
    return s.length ? s[s.length - 1].entity : undefined;
  };

  for (const d of directSpans(text, paras)) {
    const content = text.slice(d.start, d.end);
    const para = paras[paraOf(d.close)];
    const att = (() => {
      const a = after(text, d.close, para.end, lang);
      const fromAfter = a && attribution(a.phrase, a.offset, entities, entityIn, lang);
      if (fromAfter) return fromAfter;
      const b = before(text, d.open, paras[paraOf(d.open)].start);
      return b && attribution(b.phrase, b.offset, entities, entityIn, lang);
    })();
    // A quote is a sentence someone said, not a quoted name or title: more than one word, and an
    // attribution, or punctuation of a sentence inside, or many words, or the voice of the quote
    // just before it in the paragraph going on.
    const words = wordsIn(content);
    const prev = quotes[quotes.length - 1];
    const continues = !att && prev?.speaker !== undefined && paraOf(prev.end) === paraOf(d.start);
    if (words < 2) continue;
    if (!att && !continues && !/[.!?…,]\s*$/.test(content) && words < 6) continue;
    const q: Quote = { start: d.start, end: d.end, text: content, kind: 'direct' };
    if (att?.speaker !== undefined) Object.assign(q, { speaker: att.speaker, via: 'attribution' });
    else if (att?.pronoun || att?.description) {
      const s = lastSpeaker(d.start);
      if (s !== undefined) Object.assign(q, { speaker: s, via: att.pronoun ? 'pronoun' : 'description' });
    } else if (continues) {
      // Unattributed, right after an attributed quote of the same paragraph: the same voice goes on.
      Object.assign(q, { speaker: prev.speaker, via: 'continuation' });
    }
    if (q.speaker !== undefined && entities[q.speaker].type === 'PER') speakers.push({ at: d.end, entity: q.speaker });
    speakers.sort((x, y) => x.at - y.at);
    quotes.push(q);
  }

  // Reported speech: "По словам X, clause." / "According to X, clause." at a sentence start.
  const openers = lang === 'ru' ? REPORTED_RU : REPORTED_EN.filter((o) => o !== 'as');
  for (const p of paras) {
    const body = text.slice(p.start, p.end);
    const re = new RegExp(`(?:^|(?<=[.!?…]\\s))(?:${openers.join('|')})\\s+([^,]{2,80}),\\s*([^.!?…]+[.!?…]?)`, 'giu');
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const srcAt = p.start + m.index + m[0].indexOf(m[1]);
      const speaker = entityIn(srcAt, srcAt + m[1].length, srcAt);
      const clauseAt = p.start + m.index + m[0].length - m[2].length;
      const clause = m[2].replace(/[.!?…]$/, '');
      if (wordsIn(clause) < 2 || quotes.some((q) => q.start < clauseAt + clause.length && clauseAt < q.end)) continue;
      quotes.push({
        start: clauseAt,
        end: clauseAt + clause.length,
        text: clause,
        kind: 'reported',
        ...(speaker !== undefined ? { speaker, via: 'attribution' as const } : {}),
      });
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}
