// Figures: NUMBER, PERCENT, MONEY, DATE and ORDINAL with machine values, in Russian and English.
// The public face of src/core/figures; the engine calls loadFigures() once and recognize() per text.
//
// Span policy (documented for the editor and the scorer): a figure's span covers what a reader
// would select — the qualifier ("свыше", "about"), the number with its multiplier ("3,2 млрд"),
// the sign or currency ("%", "рублей", "$") and, for NUMBER, the counted noun that follows it
// ("свыше семисот отпечатков пальцев": value 700, qualifier gt, unit "отпечатков пальцев").
// Prepositions that only govern the phrase ("в феврале 2025 года", "на 10 %") stay outside,
// except inside ranges ("от 5 до 7").
import { Entity, Lang } from '../types';
import { Token } from '../tokenize';
import { createRecognizer } from './recognize';
import { loadLexicon } from './lexicon';
import { findDateline as findDatelineImpl } from './dateline';
import { loadOnce } from '../load-once';

export interface FigureOptions {
  lang: Lang;
  /** YYYY-MM-DD; resolves relative dates ("в прошлом году") and year-less dates ("22 июл"). */
  refDate?: string;
}

export interface FigureRecognizer {
  /** Figures in text; tokens must be tokenize(text). Entities are sorted by start and do not overlap. */
  recognize(text: string, tokens: Token[], opts: FigureOptions): Entity[];
}

/** Loads the numeral/currency/month lexicon and the morphology once; later calls share the promise. */
export const loadFigures: () => Promise<FigureRecognizer> = loadOnce(async () => createRecognizer(await loadLexicon()));

/**
 * The date of an article's dateline ("АСТАНА, 22 июл — Sputnik", "MOSCOW, July 22 (Reuters) -") as a
 * partial ISO date ("XXXX-07-22", or "2025-07-22" when the dateline gives the year); undefined when the
 * text has no dateline in its first lines. The caller combines it with a reference date.
 */
export function findDateline(text: string): string | undefined {
  return findDatelineImpl(text);
}
