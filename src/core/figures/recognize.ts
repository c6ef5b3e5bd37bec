// The figure pass: walks the tokens once, tries a date first and then a quantity at each candidate
// token, and turns matches into entities. Spans never overlap; the longest match at a position wins
// because the grammars are greedy and the walk resumes after a match.
import { Entity, Lang } from '../types';
import { Token } from '../tokenize';
import type { FigureOptions, FigureRecognizer } from './types';
import { Lexicon } from './lexicon';
import { View } from './view';
import { Figure } from './types';
import { parseQuantity, quantityPhraseAt, QUANTITY_LEAD_WORDS } from './quantity';
import { mayBeAgeWord } from './age';
import { mayBeSpanAdjective } from './span-adjective-ru';
import { parseDateRu } from './date-ru';
import { parseDateRangeEn } from './date-range-en';
import { EN_DATE_LEAD } from './tables/months';
import { HOLIDAY_FIRST_WORDS, holidayNameAt } from './holiday-en';
import { VULGAR_FRACTIONS } from './tables/vulgar-fractions';
import { parseRef } from './date-resolve';
import { futureClause } from './date-tense';
import { CURRENCY_SIGNS, ISO_CODES, CURRENCY_ABBREVIATIONS, DOLLAR_PREFIXES, EURO_NAMES } from './tables/currencies';
import { RU_TIMES_ADVERBS, RU_VAGUE_PLURALS, RU_NEGATIVE } from './tables/numerals-ru';
import { RU_VAGUE_AMOUNTS, RU_VAGUE_SPAN_ADJECTIVES } from './tables/vague-amounts';
import { RU_ANAPHORIC } from './tables/date-cues-ru';
import { EN_CARDINALS, EN_ORDINALS, EN_NEGATIVE, EN_FRACTION_WORDS, EN_NUMBER_NOUNS } from './tables/numerals-en';
import { EN_MONTHS, EN_WEEKDAYS, EN_SEASONS, MONTH_ABBREVIATIONS, RU_SEASON_ADVERBS } from './tables/months';
import { EN_RELATIVE_DAYS, EN_RELATIVE_ADJECTIVES, RU_RELATIVE_DAYS } from './tables/relative-dates';
import { hyphenParts } from './hyphen-parts';
import { currencyBefore, currencyAfter } from './currency';
import { enAtom } from './words';
import { joinDayLists } from './day-lists';
import { joinWeekdayRanges } from './weekday-ranges';
import { EN_TIME_UNITS } from './tables/time-units';
import { EN_PERCENT_WORDS, PERCENT_SIGNS } from './tables/percent';

/**
 * English articles: they lead "a dozen", "a half", "a dollar", "a week ago", "an estimated 5,000" and
 * "A$5" (Australian dollars), i.e. only before a non-word, a word that leads itself, a number word, a
 * time unit or a currency, or as the first word of a qualifier (articleLeads). "a" was 3.3k of
 * conll2003_en_train's 38k candidate positions and a third of the figure pass's time on words that
 * found nothing.
 */
const EN_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** English words that lead a figure by themselves (numbers, months, currencies, date cues). */
const EN_WORD_LEAD = new Set([
  ...Object.keys(EN_CARDINALS),
  ...Object.keys(EN_ORDINALS),
  ...EN_NEGATIVE,
  ...Object.keys(EN_FRACTION_WORDS),
  ...Object.keys(EN_NUMBER_NOUNS),
  ...Object.keys(EN_MONTHS),
  ...Object.keys(EN_WEEKDAYS),
  ...Object.keys(EN_SEASONS),
  ...Object.keys(MONTH_ABBREVIATIONS),
  ...Object.keys(EN_RELATIVE_DAYS),
  ...Object.keys(EN_RELATIVE_ADJECTIVES),
  ...Object.keys(CURRENCY_ABBREVIATIONS),
  'hundred',
  'per',
  // "percent of 10": the percent named before its number (quantity.ts percentNamedFirst).
  ...EN_PERCENT_WORDS,
  ...EN_DATE_LEAD,
]);
/**
 * First words of holiday names that lead nothing else ("world" of "World AIDS Day", "st", "the" of "the Prophet's
 * Ascension"): candidates only where a holiday's whole name starts (holidayNameAt), since most of them are
 * common words.
 */
const EN_HOLIDAY_ONLY_LEAD: ReadonlySet<string> = new Set(HOLIDAY_FIRST_WORDS.filter((w) => !EN_WORD_LEAD.has(w)));
const RU_OWN_LEAD = new Set([
  ...Object.keys(RU_RELATIVE_DAYS),
  ...Object.keys(RU_SEASON_ADVERBS),
  ...Object.keys(MONTH_ABBREVIATIONS),
  ...Object.keys(CURRENCY_ABBREVIATIONS),
  'с',
  'со',
  ...RU_VAGUE_AMOUNTS,
  ...RU_VAGUE_SPAN_ADJECTIVES,
  ...RU_ANAPHORIC,
  ...RU_NEGATIVE,
  ...EURO_NAMES,
  ...Object.keys(RU_TIMES_ADVERBS),
  ...Object.keys(RU_VAGUE_PLURALS),
]);
/**
 * Letters that lead only as the prefix of a dollar ("S$", "HK $", "US$"): candidates only where
 * currencyBefore reads that dollar. "s" (of "'s") was 2k of conll2003_en_train's candidate positions.
 */
const EN_DOLLAR_ONLY_LEAD: ReadonlySet<string> = new Set(Object.keys(DOLLAR_PREFIXES).filter((w) => !EN_WORD_LEAD.has(w) && !EN_ARTICLES.has(w)));
const EN_OWN_LEAD: ReadonlySet<string> = new Set([...EN_WORD_LEAD, ...EN_ARTICLES, ...EN_DOLLAR_ONLY_LEAD]);
/**
 * Words that are candidates only as the first word of a qualifier or range opener ("at" of "at
 * least", "in" of "in excess of", "в" of "в пределах", "не" of "не менее"): the grammars run there
 * only where the phrase itself matches. They are among the commonest words of either language:
 * running the date and quantity grammars at each was ~15% of the English figure pass, and in
 * Russian "в", "по", "не", "как" were 11k of nerel_train's 18k word positions that found nothing.
 */
const phraseOnly = (own: ReadonlySet<string>): ReadonlySet<string> => new Set([...QUANTITY_LEAD_WORDS].filter((w) => !own.has(w)));
const OWN_LEAD: Readonly<Record<Lang, ReadonlySet<string>>> = { en: EN_OWN_LEAD, ru: RU_OWN_LEAD };
const PHRASE_ONLY_LEAD: Readonly<Record<Lang, ReadonlySet<string>>> = { en: phraseOnly(EN_OWN_LEAD), ru: phraseOnly(RU_OWN_LEAD) };

export function createRecognizer(lex: Lexicon): FigureRecognizer {
  const classes = new WordClasses(lex);
  return {
    recognize(text: string, tokens: Token[], opts: FigureOptions): Entity[] {
      const v = new View(text, tokens);
      const ref = parseRef(opts.refDate);
      const lang = opts.lang;
      const out: Entity[] = [];
      const dateAt = lang === 'ru' ? (j: number) => parseDateRu(v, j, lex, ref) : (j: number) => parseDateRangeEn(v, j, lex, ref);
      for (let i = 0; i < tokens.length; i++) {
        // Cheap candidate test first: most tokens are ordinary words.
        if (!mayStartFigure(v, i, lang, lex, classes)) continue;
        const f = dateAt(i) ?? parseQuantity(v, i, lang, lex, dateAt);
        if (!f) continue;
        // A year-less date resolved back by default goes ahead where its clause speaks of the future.
        if (f.ahead !== undefined && f.ahead !== f.value && futureClause(v, f.first, f.last, lang, lex)) f.value = f.ahead;
        if (!f.drop) out.push(toEntity(text, tokens, f));
        i = f.last;
      }
      joinDayLists(text, out);
      joinWeekdayRanges(text, out, lex);
      return out;
    },
  };
}

/**
 * Whether a figure may start at token i: a necessary condition for the date and quantity grammars
 * to match there, cheap enough to ask at every token (test/unit/figures/candidates.test.ts checks
 * that it never turns away a position where they match).
 */
export function mayStartFigure(v: View, i: number, lang: Lang, lex: Lexicon, classes?: WordClasses): boolean {
  const t = v.toks[i];
  if (t.kind === 'space' || t.kind === 'newline') return false;
  if (t.kind === 'word') {
    const w = v.lower[i];
    const c = classes ? classes.of(t.text, w, lang) : wordClass(t.text, w, lang, lex);
    if (c !== IN_CONTEXT) return c === ALWAYS;
    return (
      (OWN_LEAD[lang].has(w) && enLeadHolds(v, i, w, lex)) ||
      (PHRASE_ONLY_LEAD[lang].has(w) && quantityPhraseAt(v, i)) ||
      (lang === 'en' && EN_HOLIDAY_ONLY_LEAD.has(w) && holidayNameAt(v, i))
    );
  }
  if (t.kind === 'punct' || t.kind === 'other') {
    if (t.text in CURRENCY_SIGNS || t.text in VULGAR_FRACTIONS) return true;
    // "%5", "% 5": a percent sign written before its number (quantity.ts percentNamedFirst).
    if (PERCENT_SIGNS.has(t.text)) return lang === 'en' && v.kind(v.next(i)) === 'number';
    if (t.text !== '-' && t.text !== '−' && t.text !== '.') return false;
    // A sign or a leading dot ("-5", ".5") is a figure only with digits glued after it: a sentence's
    // full stop or a dash between words starts nothing (in Russian the full stops alone were 9.8k of
    // nerel_train's 36k candidate positions, none of them a figure).
    return v.kind(i + 1) === 'number' && v.glued(i, i + 1);
  }
  return true;
}

/** Candidate classes of a word form (WordClass): never a start, always a candidate, or one that asks the tokens around it. */
const NEVER = 0;
const ALWAYS = 1;
const IN_CONTEXT = 2;
type WordClass = typeof NEVER | typeof ALWAYS | typeof IN_CONTEXT;

/**
 * The part of the candidate test that depends on the word form alone (`raw` as written, `w` lower-cased):
 * ALWAYS when the form leads by itself, IN_CONTEXT when it leads only in some phrases (articles, dollar
 * prefixes, the first words of qualifiers: mayStartFigure asks the tokens around), NEVER otherwise.
 */
function wordClass(raw: string, w: string, lang: Lang, lex: Lexicon): WordClass {
  const own = OWN_LEAD[lang];
  const c0 = raw.charCodeAt(0);
  const latinCap = c0 >= 65 && c0 <= 90;
  const always =
    (own.has(w) && (lang === 'ru' || !(EN_ARTICLES.has(w) || EN_DOLLAR_ONLY_LEAD.has(w)))) ||
    // A hyphenated word is a candidate by its first part too: "ноябре-декабре", "twenty-one".
    (lang === 'ru'
      ? // One-letter forms ("в" of "в." век, "г" of "г." год) are abbreviations after a number, never a start:
        // the grammars read units at a start only through grainAt, which skips them. "в" alone was 8.5k
        // of nerel_train's 36k candidate positions.
        (w.length > 1 && lex.lemmas(w) !== undefined) || (w.includes('-') && lex.lemmas(w.split('-')[0]) !== undefined)
      : w.includes('-') && leadsHyphenated(hyphenParts(w)[0], own)) ||
    // A lone "I" is the English pronoun: romanOrdinal refuses it in English, and nothing else reads it.
    (latinCap &&
      ((/^[A-Z]{3,4}$/.test(raw) && (ISO_CODES.has(raw) || ISO_CODES.has(raw.slice(1)))) || (/^[IVXLC]+$/.test(raw) && !(lang === 'en' && raw === 'I')))) ||
    mayBeAgeWord(w, lang) ||
    (lang === 'ru' && mayBeSpanAdjective(w));
  if (always) return ALWAYS;
  return own.has(w) || PHRASE_ONLY_LEAD[lang].has(w) || (lang === 'en' && EN_HOLIDAY_ONLY_LEAD.has(w)) ? IN_CONTEXT : NEVER;
}

/**
 * The class of each word form met, per language, kept across texts: most tokens of a text are forms
 * met before (in a first pass too), and one map lookup replaces the set lookups, the lexicon lookup and
 * the regular expressions of wordClass. Bounded: emptied past 50,000 forms, as the morphology cache is.
 */
export class WordClasses {
  private readonly byLang: Record<Lang, Map<string, WordClass>> = { en: new Map(), ru: new Map() };
  constructor(private readonly lex: Lexicon) {}
  of(raw: string, w: string, lang: Lang): WordClass {
    const map = this.byLang[lang];
    let c = map.get(raw);
    if (c === undefined) {
      if (map.size >= 50_000) map.clear();
      c = wordClass(raw, w, lang, this.lex);
      map.set(raw, c);
    }
    return c;
  }
}

/** An English word of EN_OWN_LEAD leads at token i: always, except articles and dollar prefixes (see there). */
function enLeadHolds(v: View, i: number, w: string, lex: Lexicon): boolean {
  if (EN_ARTICLES.has(w)) return articleLeads(v, i, lex);
  if (EN_DOLLAR_ONLY_LEAD.has(w)) return currencyBefore(v, i, 'en') !== undefined || quantityPhraseAt(v, i);
  return true;
}

/** What may follow an English article that starts a figure (EN_ARTICLES). */
function articleLeads(v: View, i: number, lex: Lexicon): boolean {
  const n = v.next(i);
  if (n < 0) return false;
  if (v.kind(n) !== 'word') return true;
  const w = v.lower[n];
  return (
    EN_WORD_LEAD.has(w) ||
    EN_ARTICLES.has(w) ||
    EN_DOLLAR_ONLY_LEAD.has(w) ||
    // "a week ago", "in a week's time"
    w in EN_TIME_UNITS ||
    /['’]s$/.test(w) ||
    // "a twenty-first", "a second-quarter", "a dozen"
    enAtom(hyphenParts(w)[0]) !== undefined ||
    currencyAfter(v, n, 'en', lex) !== undefined ||
    quantityPhraseAt(v, i)
  );
}

/** The first part of an English hyphenated word leads as the word itself would, phrase or not ("up-to"). */
function leadsHyphenated(part: string, own: ReadonlySet<string>): boolean {
  return own.has(part) || QUANTITY_LEAD_WORDS.has(part);
}

function toEntity(text: string, tokens: Token[], f: Figure): Entity {
  const start = tokens[f.first].start;
  const end = tokens[f.last].end;
  const e: Entity = { start, end, type: f.type, text: text.slice(start, end) };
  if (f.value !== undefined) e.value = f.value;
  if (f.unit !== undefined) e.unit = f.unit;
  if (f.qualifier !== undefined) e.qualifier = f.qualifier;
  if (f.from !== undefined) e.from = f.from;
  if (f.to !== undefined) e.to = f.to;
  if (f.currency !== undefined) e.currency = f.currency;
  return e;
}
