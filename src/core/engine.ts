// The engine facade: one call that runs every recognizer over a text. Dictionaries load lazily,
// once, on the first loadEngine(); extract() itself is synchronous so editors can call it cheaply.
// The pipeline itself (tokenize once, language, reference date, merge) lives in pipeline.ts.
import { Entity } from './types';
import { Engine, EngineParts, createEngine } from './pipeline';
import { loadNer, groupMentions } from './ner';
import { detectLang } from './lang';
import { loadFigures, findDateline } from './figures';
import { loadOnce } from './load-once';

export { Engine, EngineParts, createEngine, groupMentions };

/** The engine, loaded once; a failed load is retried by the next call (e.g. after a data file is restored). */
export const loadEngine: () => Promise<Engine> = loadOnce(async () => createEngine(await loadParts()));

async function loadParts(): Promise<EngineParts> {
  const [ner, figures] = await Promise.all([loadNer(), loadFigures()]);
  return { ner, figures, detectLang, findDateline, onInvalid: warnInvalid };
}

const warned = new Set<string>();
function warnInvalid(e: Entity, reason: string): void {
  // Once per kind of fault: a recognizer bug must be visible without flooding stderr (stdout stays JSON).
  const key = `${e.type}:${reason.replace(/".*"/, '')}`;
  if (warned.has(key)) return;
  warned.add(key);
  process.emitWarning(`newsmark: dropped a ${e.type} entity at ${e.start}-${e.end}: ${reason}`);
}
