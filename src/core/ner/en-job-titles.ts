// A capitalized job title is not a person's name: "By Karen Holm, Staff Writer", "Priya Raman, Science
// Correspondent", "said Foreign Editor …". The tagger reads two capitalized words after a byline's name as
// another name; a name never ends in a job noun (tables/en-persons.ts EN_JOB_NOUNS), so a person span
// that does is dropped.
import { Line } from './forms';
import { Span } from './spans';
import { EN_JOB_NOUNS } from './tables/en-persons';

/** Drops the PER spans that end in a job noun, in place. */
export function dropJobTitles(lines: Line[], spans: Span[][]): void {
  lines.forEach((line, k) => {
    const own = spans[k];
    for (let i = own.length - 1; i >= 0; i--) {
      const s = own[i];
      if (s.type === 'PER' && EN_JOB_NOUNS.has(line.tokens[s.last - 1].text)) own.splice(i, 1);
    }
  });
}
