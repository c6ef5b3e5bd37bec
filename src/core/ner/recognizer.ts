// The Russian/mixed-script NER pass: lines → perceptron labels → spans → entities with norm.
// English lines (by their own letters, so mixed documents work) go to the English tagger instead.
import { Entity, Lang } from '../types';
import { Token } from '../tokenize';
import { FormCache, Line, toLines } from './forms';
import { Morph, MorphClass } from './morph';
import { Perceptron } from './perceptron';
import { NerType } from './labels';
import { labelsToSpans, Span } from './spans';
import { normalizeRu } from './norm-ru';
import { EnglishTagger } from './en-tagger';
import { isRuNotName } from './tables/ru-not-names';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';
import { datelineAgency } from './dateline-ru';
import { joinMemberStates } from './member-states';
import { joinGovernmentOf } from './government-of';
import { markKnownOrganizations } from './known-organizations';
import { fixPersonEdges } from './person-edges';
import { fixPlaceEdges } from './place-edges';
import { fixOrgEdges } from './org-edges';
import { RU_STATE_ACRONYMS } from './tables/ru-state-acronyms';
import { entityKeys } from './group';
import { mergeEntities } from '../overlap';
import { retypeKnownSurnames } from './surname-memory';
import { dropQuotedWorks } from './quoted-works';
import { markQuotedOrganizations } from './ru-quoted-orgs';
import { lineLang } from '../document-context';
import { balanceQuotes } from './ru-balanced-quotes';
import { joinDottedNames } from './ru-dotted-names';
import { joinNamedAfter } from './ru-named-after';
import { retypeVenues } from './ru-venues';
import { extendRepeatedNames } from './repeated-names';
import { joinLatinRuns } from './ru-latin-runs';
import { retypeAfterPlacePrepositions } from './ru-place-prepositions';
import { dropQuotedTitles } from './ru-quoted-titles';
import { retypeStreetNames } from './ru-street-names';

const CYRILLIC = /[\u0400-\u04FF]/;

export interface NerOptions {
  /** The text does not start its document (ExtractOptions.midDocument). */
  midDocument?: boolean;
  /**
   * Called at the end of each stage with its name (scripts/bench-ner-stages.ts times them); the same
   * entities either way.
   */
  lap?: (stage: string) => void;
}

export class Recognizer {
  private forms: FormCache;
  /** az's inflect() is slow and names repeat across a session: normal forms are cached. */
  private norms = new Map<string, string>();

  /**
   * `russian` gives the Russian model, called on the first Russian line only; `english` the English
   * tagger, on the first English line only (each loads a model: a document pays only for its own).
   */
  constructor(
    private russian: () => Perceptron,
    private morph: Morph,
    private english?: () => EnglishTagger,
  ) {
    this.forms = new FormCache(morph);
  }

  recognize(text: string, tokens: Token[], lang: Lang, opts: NerOptions = {}): Entity[] {
    const out: Entity[] = [];
    const lap = opts.lap;
    if (lang === 'en' && this.english && !CYRILLIC.test(text)) {
      // All English: no Russian forms to compute (their az and org-head checks cost as much again).
      const english = this.english();
      const lines = english.lines(tokens);
      lap?.('forms');
      const spans = english.tag(lines, true, !opts.midDocument, lap);
      spans.forEach((line, k) => line.forEach((s) => out.push(this.entity(text, s, lines[k]))));
      lap?.('entities and normal forms');
      retypeKnownSurnames(out);
      lap?.('surname memory');
      withKeys(out);
      lap?.('grouping');
      return out;
    }
    const lines = toLines(tokens, this.forms);
    lap?.('forms');
    const russian = lines.filter((l) => lineLang(l.tokens, lang) === 'ru');
    lap?.('line languages');
    const labels = russian.length ? this.russian().tagDoc(russian) : [];
    lap?.('tagger');
    const englishLines = russian.length < lines.length && this.english ? lines.filter((l) => lineLang(l.tokens, lang) === 'en') : [];
    const englishSpans = englishLines.length ? this.english!().tag(englishLines, false, !opts.midDocument) : [];
    lap?.('English lines');
    // The rules after the tagger, line by line, then the ones that read the whole document.
    const fixed: Array<Span[] | undefined> = [];
    let k = 0;
    for (const line of lines) {
      if (russian[k] !== line) {
        fixed.push(undefined);
        continue;
      }
      const spans: Span[] = [];
      labelsToSpans(line, labels[k++], spans);
      const agency = datelineAgency(line);
      if (agency && !spans.some((s) => s.start < agency.end && agency.start < s.end)) spans.push(agency);
      fixed.push(this.afterTagger(text, line, spans));
    }
    lap?.('rules after the tagger');
    extendRepeatedNames(lines, fixed);
    lap?.('repeated names');
    let e = 0;
    lines.forEach((line, n) => {
      const spans = fixed[n];
      if (!spans) {
        if (englishLines[e] === line) for (const s of englishSpans[e++]) out.push(this.entity(text, s, line));
        return;
      }
      const lineStart = out.length;
      for (const s of spans) {
        if (s.last - s.first === 1 && isRuNotName(line.tokens[s.first].text)) continue;
        // A place the tagger found inside an organization a rule widened ("МЧС по … и Ленобласти") was
        // already given as that organization's nested place: one mention, not two.
        if (s.type === 'LOC' && sameLoc(out, lineStart, s)) continue;
        out.push(this.entity(text, s, line));
        if (s.type === 'ORG') this.nestedPlaces(text, s, line, out);
      }
    });
    lap?.('entities and normal forms');
    for (const e of retypeKnownSurnames(out)) e.norm = this.normOf(e.text, 'PER');
    lap?.('surname memory');
    withKeys(out);
    lap?.('grouping');
    return out;
  }

  /** The rules that mend the tagger's spans, in the order they build on each other. */
  private afterTagger(text: string, line: Line, tagged: Span[]): Span[] {
    let spans = fixPersonEdges(line, tagged, this.morph);
    spans = fixPlaceEdges(line, spans, this.morph);
    spans = fixOrgEdges(line, spans, this.morph);
    spans = markKnownOrganizations(line, spans);
    spans = markQuotedOrganizations(line, spans);
    spans = joinDottedNames(line, spans);
    spans = joinLatinRuns(line, spans);
    spans = joinGovernmentOf(line, spans);
    spans = dropQuotedWorks(line, spans);
    spans = joinNamedAfter(line, spans);
    spans = retypeVenues(line, spans);
    spans = retypeAfterPlacePrepositions(line, spans);
    spans = retypeStreetNames(line, spans);
    spans = dropQuotedTitles(line, spans);
    return joinMemberStates(text, spans);
  }

  linesOf(tokens: Token[]): Line[] {
    return toLines(tokens, this.forms);
  }

  private entity(text: string, s: Span, _line: Line): Entity {
    const t = text.slice(s.start, s.end);
    return { start: s.start, end: s.end, type: s.type, text: t, norm: this.normOf(t, s.type) };
  }

  private normOf(t: string, type: NerType): string {
    const key = type + '\u0000' + t;
    let norm = this.norms.get(key);
    if (norm === undefined) {
      // A shouted dateline place ("АСТАНА", "НЬЮ-ЙОРК") normalizes like the written name ("Нью-Йорк");
      // an acronym ("СССР", "КНДР") stays as written.
      const shout = type !== 'ORG' && /^[\u0410-\u042F\u0401A-Z-]{4,}$/.test(t) && !knownAcronym(this.morph, t);
      const written = shout ? t.toLowerCase().replace(/(^|-)(\p{L})/gu, (m, dash: string, c: string) => dash + c.toUpperCase()) : t;
      norm = balanceQuotes(/[\u0400-\u04FF]/.test(t) ? normalizeRu(written, type, this.morph) : normalizeLatin(written));
      if (this.norms.size > 50_000) this.norms.clear();
      this.norms.set(key, norm);
    }
    return norm;
  }

  /**
   * ORG "МВД Казахстана" also yields the LOC "Казахстана" it contains (nested spans are allowed), and
   * "Департамента полиции Западно-Казахстанской области" the LOC "Западно-Казахстанской области".
   */
  private nestedPlaces(text: string, s: Span, line: Line, out: Entity[]): void {
    for (let i = s.first + 1; i < s.last; i++) {
      const f = line.forms[i];
      if (!f.cap) continue;
      const tok = line.tokens[i];
      const pos = this.morph.analyze(tok.text).pos;
      // A capitalized adjective and a kind of place: "Самарской области", "Красноярского края".
      if (pos === 'ADJF' && i + 1 < s.last && RU_PLACE_KIND.test(line.tokens[i + 1].text)) {
        const end = line.tokens[i + 1].end;
        out.push(this.entity(text, { start: tok.start, end, type: 'LOC', first: i, last: i + 2 }, line));
        i++;
        continue;
      }
      if (RU_STATE_ACRONYMS.has(tok.text)) {
        out.push(this.entity(text, { start: tok.start, end: tok.end, type: 'LOC', first: i, last: i + 1 }, line));
        continue;
      }
      if (!(f.classes & MorphClass.Geox) || f.classes & (MorphClass.Name | MorphClass.Surn)) continue;
      // Only nouns: "Самарской" (an adjective of a place) is not itself the place.
      if (pos !== 'NOUN') continue;
      out.push(this.entity(text, { start: tok.start, end: tok.end, type: 'LOC', first: i, last: i + 1 }, line));
    }
  }
}

/** A LOC entity with the span's offsets among out[from..]: the line's own entities, not the document's so far. */
function sameLoc(out: Entity[], from: number, s: Span): boolean {
  for (let i = from; i < out.length; i++) if (out[i].type === 'LOC' && out[i].start === s.start && out[i].end === s.end) return true;
  return false;
}

/** Sets each mention's `entity` key, over the mentions the engine keeps (a span inside another of its type is merged away), so they count 1, 2, 3. */
function withKeys(out: Entity[]): Entity[] {
  for (const [e, key] of entityKeys(mergeEntities(out))) e.entity = key;
  return out;
}

function normalizeLatin(t: string): string {
  return t.replace(/['’]s$/, '');
}

/**
 * A word in capitals that is an acronym: one without a vowel ("КНДР": no word is spoken so), or one az's
 * dictionary lists as an abbreviation ("СССР", "ОПЕК"), not one it guesses so from its letters ("МИНСК").
 */
function knownAcronym(morph: Morph, word: string): boolean {
  if (!/[АЕЁИОУЫЭЮЯAEIOUY]/.test(word)) return true;
  const c = morph.analyze(word).classes;
  return (c & MorphClass.Abbr) !== 0 && (c & MorphClass.Known) !== 0;
}
