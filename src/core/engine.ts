// The engine facade: one call that runs every recognizer over a text. Dictionaries load lazily,
// once, on the first loadEngine(); extract() itself is synchronous so editors can call it cheaply.
import { Entity, ExtractOptions, ExtractResult } from './types';

export interface Engine {
  extract(text: string, opts?: ExtractOptions): ExtractResult;
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  return (loading ??= createEngine());
}

async function createEngine(): Promise<Engine> {
  // TODO(engine): wire language detection, NER and figure recognizers here.
  return {
    extract(text: string, opts: ExtractOptions = {}): ExtractResult {
      const entities: Entity[] = [];
      return { lang: opts.lang === 'en' ? 'en' : 'ru', entities };
    },
  };
}
