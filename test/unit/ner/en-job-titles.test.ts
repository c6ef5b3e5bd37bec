// A capitalized job title in a byline is not a person (src/core/ner/en-job-titles.ts), on its own: the
// tagger's spans are given here. Invented names.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { dropJobTitles } from '../../../src/core/ner/en-job-titles';

const run = (text: string, given: string[]) => runEnglishStep(dropJobTitles, text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  ['a byline title', 'By Ivo Marek, Staff Writer', ['PER Ivo Marek', 'PER Staff Writer'], ['PER Ivo Marek']],
  ['a desk and a job', 'By Lena Ormsby, Science Correspondent', ['PER Lena Ormsby', 'PER Science Correspondent'], ['PER Lena Ormsby']],
  ['a title before a name, read as one name', 'said Foreign Editor Lena Ormsby.', ['PER Foreign Editor'], []],
  // False positives: left as tagged.
  ['a person', 'By Ivo Marek, Halden', ['PER Ivo Marek', 'LOC Halden'], ['PER Ivo Marek', 'LOC Halden']],
  ['an organization ending in a job noun', 'The Society of Editors said so.', ['ORG Society of Editors'], ['ORG Society of Editors']],
  ['a job noun inside a name', 'Writer Ormsby won.', ['PER Writer Ormsby'], ['PER Writer Ormsby']],
];

describe('English job titles are not names (en-job-titles.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
