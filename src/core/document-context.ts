// What a document is read with: its language, its reference date, and the language of each line.
// The engine (pipeline.ts), the editor's line-by-line refreshes and the benches all take these from
// here, so reading one line later gives what reading the whole document gave. The per-line rule is
// the one the NER recognizer switches on too: a clearly English line (a quoted paragraph) inside a
// Russian article is read as English — names and figures alike — and vice versa.
import { Lang } from './types';
import { Token, tokenize } from './tokenize';
import { detectLang } from './lang';
import { resolveRefDate } from './refdate';
import { findDateline } from './figures';

/** Consecutive whole lines read in one language: offsets [start, end) and tokens [tokenStart, tokenEnd). */
export interface LangRun {
  lang: Lang;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

export interface DocumentContext {
  /** The document's language: the caller's, else detected from its letters. */
  lang: Lang;
  /** YYYY-MM-DD: the caller's, else the dateline's date with the article's latest year; else none. */
  refDate?: string;
  /** The lines grouped into runs of one language, covering every token (worked out on first use). */
  readonly lineRuns: readonly LangRun[];
}

/** The detectors a context is made with; the engine's tests pass fakes. */
export interface ContextDetectors {
  detectLang(text: string): Lang;
  findDateline(text: string): string | undefined;
}

const DETECTORS: ContextDetectors = { detectLang, findDateline };

/**
 * @param opts    the caller's language ('auto' or absent: detect) and reference date (validated; absent:
 *                the dateline, which is then the only place it is looked for)
 * @param tokens  tokenize(text), when the caller has it already
 */
export function documentContext(
  text: string,
  opts: { lang?: Lang | 'auto'; refDate?: string } = {},
  detectors: ContextDetectors = DETECTORS,
  tokens?: Token[],
): DocumentContext {
  const lang: Lang = opts.lang === 'ru' || opts.lang === 'en' ? opts.lang : detectors.detectLang(text);
  const refDate = resolveRefDate(text, opts.refDate, opts.refDate === undefined ? detectors.findDateline(text) : undefined);
  let runs: LangRun[] | undefined;
  return {
    lang,
    refDate,
    get lineRuns() {
      return (runs ??= languageRuns(tokens ?? tokenize(text), lang));
    },
  };
}

// Scripts of a token, as the NER forms count them: any Cyrillic letter makes it Cyrillic.
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

/**
 * The language one line is read in, from its words' scripts (tokens [from, to) of that line; spaces and
 * punctuation do not count). In an English document a line switches to Russian once Cyrillic words
 * are at least half as many as Latin ones; in a Russian document only a clearly English line does
 * (eight Latin words or more, four times the Cyrillic ones), because Latin names and URLs are common
 * in Russian news.
 */
export function lineLang(tokens: readonly Token[], docLang: Lang, from = 0, to = tokens.length): Lang {
  let cyr = 0;
  let lat = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === 'space' || t.kind === 'newline') continue;
    if (CYRILLIC.test(t.text)) cyr++;
    else if (LATIN.test(t.text)) lat++;
  }
  const english = docLang === 'en' ? cyr * 2 < lat || cyr === 0 : lat >= 8 && cyr * 4 < lat;
  return english ? 'en' : 'ru';
}

/** Lines (split at newline tokens) grouped into runs of one language; a line break belongs to the line it ends. */
function languageRuns(tokens: Token[], docLang: Lang): LangRun[] {
  const runs: LangRun[] = [];
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].kind !== 'newline') continue;
    const end = Math.min(i + 1, tokens.length);
    if (end === lineStart) break;
    const lang = lineLang(tokens, docLang, lineStart, i);
    const last = runs[runs.length - 1];
    if (last && last.lang === lang) {
      last.tokenEnd = end;
      last.end = tokens[end - 1].end;
    } else {
      runs.push({ lang, start: tokens[lineStart].start, end: tokens[end - 1].end, tokenStart: lineStart, tokenEnd: end });
    }
    lineStart = end;
  }
  return runs;
}
