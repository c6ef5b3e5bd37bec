// Public entry of the named-entity recognizer (PER, ORG, LOC with `norm`, Russian and English).
// loadNer() checks for the az dictionaries and the shipped perceptrons once and caches the recognizer; each
// loads on the first line of its language.
import * as fs from 'fs';
import { Entity, Lang } from '../types';
import { Token } from '../tokenize';
import { dataPath } from '../data-path';
import { loadMorph } from './morph';
import { loadModel } from './model-file';
import type { Perceptron } from './perceptron';
import { N_NER_LABELS } from './labels';
import { NerOptions, Recognizer } from './recognizer';
import { englishTagger } from './en-tagger';
import { loadOnce } from '../load-once';

export { groupMentions } from './group';
export type { NerOptions } from './recognizer';

export interface NerRecognizer {
  recognize(text: string, tokens: Token[], lang: Lang, opts?: NerOptions): Entity[];
}

export const NER_MODEL_FILE = 'ner-ru.model';

/** Checks that the az dictionaries and the shipped perceptron are there (both load on first use), once; a failure is retried on the next call (e.g. after the model is rebuilt). */
export const loadNer: () => Promise<NerRecognizer> = loadOnce(async () => {
  const morph = await loadMorph();
  const file = dataPath(NER_MODEL_FILE);
  if (!fs.existsSync(file)) throw new Error(`newsmark: the NER model ${file} is missing; rebuild it with \`npx tsx scripts/train-ner.ts\``);
  // Read on the first Russian line, not here: an English document never needs it (~30 ms of start-up).
  let model: Perceptron | undefined;
  return new Recognizer(() => (model ??= loadModel(file, N_NER_LABELS)), morph, englishTagger);
});
