// Figures: NUMBER, PERCENT, MONEY, DATE and ORDINAL with machine values, in Russian and English.
// The public face of src/core/figures (re-exports only); the engine calls loadFigures() once and
// recognize() per text.
//
// Span policy (documented for the editor and the scorer): a figure's span covers what a reader
// would select — the qualifier ("свыше", "about"), the number with its multiplier ("3,2 млрд"),
// the sign or currency ("%", "рублей", "$") and, for NUMBER, the counted noun that follows it
// ("свыше семисот отпечатков пальцев": value 700, qualifier gt, unit "отпечатков пальцев").
// Prepositions that only govern the phrase ("в феврале 2025 года", "на 10 %") stay outside,
// except inside ranges ("от 5 до 7").
export type { FigureOptions, FigureRecognizer } from './types';
export { loadFigures } from './load';
export { findDateline, parseDateline } from './dateline';
export type { Dateline } from './dateline';
export { readableValue, readableDate, readableNumber } from './readable';
