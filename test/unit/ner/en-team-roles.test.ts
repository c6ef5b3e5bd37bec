// A name before a lower-case role in a team and a person is that team (src/core/ner/en-team-roles.ts), on
// its own: the tagger's spans are given here. Invented names.
import { strict as assert } from 'assert';
import { runEnglishStep } from './helpers';
import { retypeTeamRoles } from '../../../src/core/ner/en-team-roles';

const run = (text: string, given: string[]) => runEnglishStep(retypeTeamRoles, text, given);

const ROWS: Array<[string, string, string[], string[]]> = [
  ['a club before "manager"', 'Brentvale manager Ivo Marek said so.', ['PER Brentvale', 'PER Ivo Marek'], ['ORG Brentvale', 'PER Ivo Marek']],
  ['a club before "striker"', 'Ormsby striker Lena Halden scored.', ['PER Ormsby', 'PER Lena Halden'], ['ORG Ormsby', 'PER Lena Halden']],
  ['a firm before "chairman"', 'Halden Foods chairman Ivo Marek spoke.', ['PER Halden Foods', 'PER Ivo Marek'], ['ORG Halden Foods', 'PER Ivo Marek']],
  // False positives: left as tagged.
  ['a spokesman serves a person', 'Marek spokesman Lena Halden said so.', ['PER Marek', 'PER Lena Halden'], ['PER Marek', 'PER Lena Halden']],
  ['a place before "coach"', 'Brentvale coach Ivo Marek said so.', ['LOC Brentvale', 'PER Ivo Marek'], ['LOC Brentvale', 'PER Ivo Marek']],
  ['no person after the role', 'Ivo Marek manager of the year.', ['PER Ivo Marek'], ['PER Ivo Marek']],
  ['a word between role and person', 'Brentvale manager, Ivo Marek, said so.', ['PER Brentvale', 'PER Ivo Marek'], ['PER Brentvale', 'PER Ivo Marek']],
];

describe('English team before a role and a person (en-team-roles.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));
});
