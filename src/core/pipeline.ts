// The extraction pipeline over injected recognizers: tokenize once, take the document context (language,
// reference date, each line's language), run NER and figures, check every entity against the input,
// merge in a fixed order.
// Kept apart from engine.ts (which loads the real models) so the wiring is testable with fakes.
import { Entity, ExtractOptions, ExtractResult, Lang } from './types';
import { primeTokenizer, Token, tokenize } from './tokenize';
import { mergeEntities } from './overlap';
import { ageAfterNames } from './age-after-name';
import { ContextDetectors, documentContext } from './document-context';

export interface Engine {
  extract(text: string, opts?: ExtractOptions): ExtractResult;
}

/** What the engine needs from the recognizer modules; tests pass fakes. */
export interface EngineParts extends ContextDetectors {
  ner: { recognize(text: string, tokens: Token[], lang: Lang, opts?: { midDocument?: boolean }): Entity[] };
  figures: { recognize(text: string, tokens: Token[], opts: { lang: Lang; refDate?: string }): Entity[] };
  /** Called for each entity a recognizer got wrong (bad offsets, text not equal to the slice); it is dropped. */
  onInvalid?: (entity: Entity, reason: string) => void;
}

export function createEngine(parts: EngineParts): Engine {
  primeTokenizer();
  return {
    extract(text: string, opts: ExtractOptions = {}): ExtractResult {
      const tokens = tokenize(text);
      const { lang, refDate, lineRuns } = documentContext(text, opts, parts, tokens);
      const ner = parts.ner.recognize(text, tokens, lang, { midDocument: opts.midDocument });
      // Figures run per stretch of lines in one language: an English quote in a Russian article gets
      // English figures. One run (the usual case) gets the document's own token array.
      const figures =
        lineRuns.length <= 1
          ? parts.figures.recognize(text, tokens, { lang: lineRuns[0]?.lang ?? lang, refDate })
          : lineRuns.flatMap((r) => parts.figures.recognize(text, tokens.slice(r.tokenStart, r.tokenEnd), { lang: r.lang, refDate }));
      // A number set off by commas after a person's name is the person's age: it needs both recognizers' output.
      const entities = ageAfterNames(text, mergeEntities(valid(text, ner, parts.onInvalid), valid(text, figures, parts.onInvalid)));
      return { lang, entities };
    },
  };
}

/** Keeps the entities whose offsets are sound and whose text is exactly input.slice(start, end). */
function valid(text: string, list: Entity[], onInvalid: EngineParts['onInvalid']): Entity[] {
  const out: Entity[] = [];
  for (const e of list) {
    const reason = fault(text, e);
    if (reason) onInvalid?.(e, reason);
    else out.push(e);
  }
  return out;
}

function fault(text: string, e: Entity): string | undefined {
  if (!Number.isInteger(e.start) || !Number.isInteger(e.end)) return 'offsets are not integers';
  if (e.start < 0 || e.end > text.length || e.start >= e.end) return `offsets outside 0..${text.length} or empty`;
  // Compared in place (the offsets are sound here): a slice per entity was garbage of every extract.
  if (typeof e.text !== 'string' || e.text.length !== e.end - e.start || !text.startsWith(e.text, e.start))
    return `text ${JSON.stringify(e.text)} is not the input's slice`;
  // A span must not cut a surrogate pair: VS Code could not place it and the quote would be broken.
  if (cutsPair(text, e.start) || cutsPair(text, e.end)) return 'splits a surrogate pair';
  return undefined;
}

/** True when offset i falls between the two halves of a surrogate pair. */
function cutsPair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
