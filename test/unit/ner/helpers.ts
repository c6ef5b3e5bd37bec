// Shared by the NER unit tests: run the shipped recognizer the way the engine does.
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { detectLang } from '../../../src/core/lang';
import { Entity } from '../../../src/core/types';

export async function recognize(text: string): Promise<Entity[]> {
  const ner = await loadNer();
  return ner.recognize(text, tokenize(text), detectLang(text));
}

/** "TYPE text" strings, in text order, for compact table expectations. */
export function brief(entities: Entity[]): string[] {
  return entities.map((e) => `${e.type} ${e.text}`);
}
