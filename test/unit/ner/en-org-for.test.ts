// "Centers for Disease Control and Prevention": an organization's head noun, "for", and a name right after
// are one organization (src/core/ner/en-org-for.ts), on its own: the tagger's spans are given here.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { joinOrgFor } from '../../../src/core/ner/en-org-for';

const run = (text: string, given: string[]) => runEnglishStep(joinOrgFor, text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  [
    'a plural head ("Centers")',
    'The Centers for Disease Control and Prevention said so.',
    ['ORG Centers', 'ORG Disease Control and Prevention'],
    ['ORG Centers for Disease Control and Prevention'],
  ],
  ['a head before a place', 'The Centre for Europe met.', ['ORG Centre', 'LOC Europe'], ['ORG Centre for Europe']],
  [
    '"Institute for" after a longer name',
    'The Halden Institute for Fiscal Studies said so.',
    ['ORG Halden Institute', 'ORG Fiscal Studies'],
    ['ORG Halden Institute for Fiscal Studies'],
  ],
  // False positives: left as tagged.
  ['a body that is no head noun ("Halden")', 'Halden for Ormvik Ltd, a deal.', ['ORG Halden', 'ORG Ormvik Ltd'], ['ORG Halden', 'ORG Ormvik Ltd']],
  ['a person after "for"', 'The Council for Ivo Marek voted.', ['ORG Council', 'PER Ivo Marek'], ['ORG Council', 'PER Ivo Marek']],
  ['words between the two', 'The Bank voted for the Ormvik Group.', ['ORG Bank', 'ORG Ormvik Group'], ['ORG Bank', 'ORG Ormvik Group']],
  ['a place before "for"', 'Halden voted for Ormvik Group.', ['LOC Halden', 'ORG Ormvik Group'], ['LOC Halden', 'ORG Ormvik Group']],
];

describe('English "X for Y" names of bodies (en-org-for.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
