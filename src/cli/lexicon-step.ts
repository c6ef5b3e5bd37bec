// The workspace lexicon in `annotate`: learn from the decisions already in the sidecars being annotated
// (unless --no-learn), save the lexicon, and return the step that applies it to engine output.
import { resolve } from 'node:path';
import { applyLexicon } from '../core/lexicon/apply';
import { emptyLexicon, Lexicon } from '../core/lexicon/lexicon';
import type { Entity } from '../core/types';
import { loadSidecar, readArticle } from '../sidecar';
import { learnIntoLexicon, LEXICON_PATH, loadLexicon } from '../sidecar/lexicon-file';
import { CliIO } from './io';

export type EntityStep = (entities: Entity[], text: string) => Entity[];

export async function lexiconStep(
  articles: readonly string[],
  cwd: string,
  suffix: string,
  opts: { learn: boolean; use: boolean },
  io: CliIO,
): Promise<EntityStep> {
  if (!opts.use) return (e) => e;
  // A broken lexicon throws SidecarError: annotate stops, nothing written.
  let lexicon: Lexicon = (await loadLexicon(cwd))?.lexicon ?? emptyLexicon();
  if (opts.learn) {
    const decisions = [];
    for (const article of articles) {
      try {
        const abs = resolve(cwd, article);
        const sc = await loadSidecar(abs, await readArticle(abs), suffix);
        if (sc) decisions.push([...sc.annotations, ...sc.orphans]);
      } catch {
        // A sidecar that cannot be read teaches nothing; annotate reports it when it reaches the article.
      }
    }
    const learned = await learnIntoLexicon(cwd, decisions);
    lexicon = learned.lexicon;
    if (learned.saved) {
      io.stderr.write(
        `${LEXICON_PATH}: ${lexicon.names.length} names, ${lexicon.never.length} never, ${lexicon.relabel.length} relabel (learned from decisions in sidecars)\n`,
      );
    }
  }
  if (!lexicon.names.length && !lexicon.never.length && !lexicon.relabel.length) return (e) => e;
  return (entities, text) => applyLexicon(entities, text, lexicon).entities;
}
