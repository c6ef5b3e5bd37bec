// Loading the figure recognizer: the numeral/currency/month lexicon and the morphology, once.
import { loadOnce } from '../load-once';
import { createRecognizer } from './recognize';
import { loadLexicon } from './lexicon';
import { FigureRecognizer } from './types';

/** Loads the numeral/currency/month lexicon and the morphology once; later calls share the promise (a failure is retried). */
export const loadFigures: () => Promise<FigureRecognizer> = loadOnce(async () => createRecognizer(await loadLexicon()));
