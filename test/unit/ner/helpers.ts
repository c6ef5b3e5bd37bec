// Shared by the NER unit tests: run the shipped recognizer the way the engine does.
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { detectLang } from '../../../src/core/lang';
import * as assert from 'assert';
import { Entity } from '../../../src/core/types';

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
