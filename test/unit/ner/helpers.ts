// Shared by the NER unit tests: run the shipped recognizer the way the engine does.
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { detectLang } from '../../../src/core/lang';
import * as assert from 'assert';
import { Entity } from '../../../src/core/types';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { Line } from '../../../src/core/ner/forms';
import { Span } from '../../../src/core/ner/spans';
import { loadMorph, Morph } from '../../../src/core/ner/morph';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import type { NerType } from '../../../src/core/ner/labels';

export async function recognize(text: string): Promise<Entity[]> {
  const ner = await loadNer();
  return ner.recognize(text, tokenize(text), detectLang(text));
}

/** "TYPE text" strings, in text order, for compact table expectations. */
export function brief(entities: Entity[]): string[] {
  return entities.map((e) => `${e.type} ${e.text}`);
}

/**
 * The table-driven NER suite both languages share: every "TYPE text" of a FOUND row must be
 * recognized; no text listed in a NOT_FOUND row may be.
 */
export function describeNerTables(name: string, found: Array<[string, string[]]>, notFound: Array<[string, string[]]>): void {
  describe(name, function () {
    this.timeout(20000);
    for (const [text, expected] of found)
      it(text, async () => {
        const got = brief(await recognize(text));
        for (const e of expected) assert.ok(got.includes(e), `missing ${e}; got ${JSON.stringify(got)}`);
      });
    describe('false positives', () => {
      for (const [text, banned] of notFound)
        it(text, async () => {
          const got = (await recognize(text)).map((e) => e.text);
          for (const b of banned) assert.ok(!got.includes(b), `${b} recognized; got ${JSON.stringify(got)}`);
        });
    });
  });
}

/**
 * A rule after the tagger (src/core/ner/*-edges.ts, ru-*.ts) run on its own over the tagger's spans given
 * as "TYPE words" (each words run, tokens joined by spaces, found in the text's first line), so a
 * retrained tagger cannot hide it. Returns "TYPE text" of the rule's spans, in its order.
 */
export async function runSpanRule(rule: (line: Line, spans: Span[], morph: Morph) => Span[], text: string, tagged: string[] = []): Promise<string[]> {
  const rec = (await loadNer()) as unknown as Recognizer;
  const [line] = rec.linesOf(tokenize(text));
  const spans: Span[] = tagged.map((t) => {
    const [type, ...words] = t.split(' ');
    const first = line.tokens.findIndex((_, i) => words.every((w, k) => line.tokens[i + k]?.text === w));
    if (first < 0) throw new Error(`"${words.join(' ')}" is not in the line`);
    const last = first + words.length;
    return { start: line.tokens[first].start, end: line.tokens[last - 1].end, type: type as Span['type'], first, last };
  });
  return rule(line, spans, await loadMorph()).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

/**
 * An English step after the tagger (src/core/ner/en-*.ts, one that reads the whole document) run on
 * its own: `given` are the tagger's spans as "TYPE name" in text order (each name found after the one
 * before). Returns "TYPE text" of every line's spans after the step, in text order.
 */
export function runEnglishStep(step: (lines: Line[], spans: Span[][]) => void, text: string, given: string[]): string[] {
  const lines = englishTagger().lines(tokenize(text));
  const spans: Span[][] = lines.map(() => []);
  let from = 0;
  for (const g of given) {
    const [type, name] = [g.slice(0, 3) as NerType, g.slice(4)];
    const at = text.indexOf(name, from);
    assert.ok(at >= 0, name);
    from = at + name.length;
    const k = lines.findIndex((l) => l.tokens.some((t) => t.start === at));
    const first = lines[k].tokens.findIndex((t) => t.start === at);
    let last = first;
    while (last < lines[k].tokens.length && lines[k].tokens[last].start < at + name.length) last++;
    spans[k].push({ start: at, end: at + name.length, type, first, last });
  }
  spans.forEach((s) => s.sort((a, b) => a.start - b.start));
  step(lines, spans);
  return spans.flat().map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}
