// The shapes the figure grammars share: a figure over token indexes (what every grammar returns) and
// the recognizer's public interface. Kept apart so that the grammars and the public index import
// these types without importing each other.
import { Entity, Lang } from '../types';
import { Token } from '../tokenize';

export interface FigureOptions {
  lang: Lang;
  /** YYYY-MM-DD; resolves relative dates ("в прошлом году") and year-less dates ("22 июл"). */
  refDate?: string;
}

export interface FigureRecognizer {
  /** Figures in text; tokens must be tokenize(text). Entities are sorted by start and do not overlap. */
  recognize(text: string, tokens: Token[], opts: FigureOptions): Entity[];
}

/** A figure over tokens first..last (both inclusive), carrying the Entity fields it fills. */
export interface Figure extends Pick<Entity, 'type' | 'value' | 'unit' | 'qualifier' | 'from' | 'to' | 'currency'> {
  first: number;
  last: number;
  /** Recognized so that no other grammar takes it, but not reported (ages: "ему было 64 года"). */
  drop?: boolean;
  /**
   * A year-less date resolved back (the default, "said on Monday") and its value had the text spoken of the
   * future: recognize.ts takes it where the date's own clause does (date-tense.ts). Never reported.
   */
  ahead?: string;
}
