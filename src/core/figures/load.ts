// Loading the figure recognizer: the numeral/currency/month lexicon and the morphology, once.
import { createRecognizer } from './recognize';
import { loadLexicon } from './lexicon';
import { FigureRecognizer } from './types';

let loading: Promise<FigureRecognizer> | undefined;

/** Loads the numeral/currency/month lexicon and the morphology once; later calls share the promise. */
export function loadFigures(): Promise<FigureRecognizer> {
  return (loading ??= (async () => createRecognizer(await loadLexicon()))());
}
