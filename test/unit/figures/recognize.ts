// One way for the figure tests to run the recognizer: `useFigures()` loads it once per test file (in a
// mocha `before`) and returns a function that recognizes a text and checks that every entity's text is
// the slice its offsets name, so a table test cannot pass on a misplaced span.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadFigures, FigureRecognizer } from '../../../src/core/figures';
import { Entity } from '../../../src/core/types';

export type RecognizeOptions = Parameters<FigureRecognizer['recognize']>[2];

export function useFigures(): (text: string, opts: RecognizeOptions) => Entity[] {
  let fig: FigureRecognizer | undefined;
  before(async function () {
    this.timeout(20000);
    fig = await loadFigures();
  });
  return (text, opts) => {
    if (!fig) throw new Error('useFigures: the recognizer is read in a before() hook; call it inside a test');
    const ents = fig.recognize(text, tokenize(text), opts);
    for (const e of ents) assert.strictEqual(text.slice(e.start, e.end), e.text, 'text = slice(start, end)');
    return ents;
  };
}

/**
 * `useFigures` for the date tables: the text and value of each DATE found, read in `lang` against
 * `refDate` (a test may pass another reference day, or null for none).
 */
export function useDates(lang: 'en' | 'ru', refDate: string | null): (text: string, ref?: string | null) => Array<[string, unknown]> {
  const recognize = useFigures();
  return (text, ref = refDate) =>
    recognize(text, { lang, refDate: ref ?? undefined })
      .filter((e) => e.type === 'DATE')
      .map((e) => [e.text, e.value]);
}
