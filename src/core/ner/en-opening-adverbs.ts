// An adverb that opens a sentence and is set off by a comma is no name: "Nationally, the agency
// estimates …", "Separately, …", "Locally, …". Capitalized only because it opens the sentence, it
// looks like a surname to the tagger. A one-word name span there that ends in "-ly" is dropped unless
// the word is a given name the lists know ("Kelly, …", "Emily, …").
import { EnClass } from './en-gazetteer';
import { Line, sentenceStart } from './forms';
import { Span } from './spans';

const ADVERB = /^\p{Lu}\p{Ll}{2,}ly$/u;

/** Drops such spans, in place. */
export function dropOpeningAdverbs(lines: Line[], spans: Span[][]): void {
  lines.forEach((line, k) => {
    const own = spans[k];
    for (let i = own.length - 1; i >= 0; i--) {
      const s = own[i];
      if (s.last - s.first !== 1 || line.tokens[s.last]?.text !== ',') continue;
      if (!ADVERB.test(line.tokens[s.first].text) || line.forms[s.first].classes & EnClass.GivenName) continue;
      if (sentenceStart(line, s.first)) own.splice(i, 1);
    }
  });
}
