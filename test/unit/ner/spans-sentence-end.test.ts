// A name never runs over the end of a sentence (spans.ts `labelsToSpans`): the tagger's labels are given
// here, so the cut is tested whatever the model reads. Invented text.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import { labelsToSpans, Span } from '../../../src/core/ner/spans';
import { LABELS } from '../../../src/core/ner/labels';

/** Labels the line's tokens by "B-ORG I-ORG O …" (one per non-space token); "TYPE text" out. */
function spans(text: string, tags: string): string[] {
  const [line] = englishTagger().lines(tokenize(text));
  const names = tags.split(' ');
  assert.equal(names.length, line.tokens.length, line.tokens.map((t) => t.text).join('|'));
  const labels = Uint8Array.from(names.map((n) => LABELS.indexOf(n as (typeof LABELS)[number])));
  const out: Span[] = [];
  labelsToSpans(line, labels, out);
  return out.map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('spans: a name ends at the end of a sentence', () => {
  it('an acronym, a full stop, then a name the tagger ran on: the words after the stop join the next name', () =>
    assert.deepEqual(spans('в ООН. Жан-Клода Ван Дамма видели', 'O B-ORG I-ORG I-ORG B-PER I-PER O'), ['ORG ООН', 'PER Жан-Клода Ван Дамма']));
  it('… or stand as a name of the same type when no name follows', () =>
    assert.deepEqual(spans('в ООН. Брайтвейл сказал', 'O B-ORG I-ORG I-ORG O'), ['ORG ООН', 'ORG Брайтвейл']));
  it('a lower-case word of four letters and more ends a sentence', () =>
    assert.deepEqual(spans('Совет проекта. Иванов ушёл', 'B-ORG I-ORG I-ORG I-ORG O'), ['ORG Совет проекта', 'ORG Иванов']));
  // False positives: no cut.
  const KEEP: Array<[string, string, string[]]> = [
    ['Н. А. Петрова пришла', 'B-PER I-PER I-PER I-PER I-PER O', ['PER Н. А. Петрова']],
    ['МГУ им. Ломоносова открыл', 'B-ORG I-ORG I-ORG I-ORG O', ['ORG МГУ им. Ломоносова']],
    ['Acme Corp. Holdings said', 'B-ORG I-ORG I-ORG I-ORG O', ['ORG Acme Corp. Holdings']],
    ['ST. LOUIS CARDINALS won', 'B-ORG I-ORG I-ORG I-ORG O', ['ORG ST. LOUIS CARDINALS']],
    ['GOVT.BUDGET figures', 'B-ORG I-ORG I-ORG O', ['ORG GOVT.BUDGET']],
  ];
  for (const [text, tags, want] of KEEP) it(`no cut: ${text}`, () => assert.deepEqual(spans(text, tags), want));
});
