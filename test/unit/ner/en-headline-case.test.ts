// Title Case headlines shown to the tagger as a sentence spells them (src/core/ner/en-headline-case.ts):
// which first lines count as headlines, and what the tagger is shown. Invented headlines.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import { isTitleCaseHeadline, recaseHeadline } from '../../../src/core/ner/en-headline-case';
import { loadGazetteer } from '../../../src/core/ner/en-gazetteer';
import { FormCache } from '../../../src/core/ner/forms';
import { dataPath } from '../../../src/core/data-path';

const gazetteer = loadGazetteer(dataPath('ner-en.gazetteer'));
const linesOf = (text: string) => englishTagger().lines(tokenize(text));
/** The first line as the tagger is shown it. */
const shown = (text: string) =>
  recaseHeadline(linesOf(text), gazetteer, new FormCache(undefined))[0]
    .tokens.map((t) => t.text)
    .join(' ');

const HEADLINES = ['Court Rejects Appeal By Opposition', 'Farmers Protest New Water Tax In Northern Province', 'Floods Kill 12 In Valdora'];
// Capitalized lines that are no headline: results, scorecards, labels, sentences.
const NOT_HEADLINES = [
  '1. Ines Harkavy ( Austria ) 2:11.02',
  'Did Not Bat : Ruth Okafor',
  'Year Amount Coupon Yield Price Close.',
  'Brightvale Rovers Football Club 14 9 3',
  'Ines Harkavy ( Brightwater Rowing Club )',
  'Storm Damage',
  'The court rejected the appeal',
  'PAYING AGENT Brightwater Bank',
];

const SHOWN: Array<[string, string]> = [
  ['Court Rejects Appeal By Opposition', 'Court rejects appeal by opposition'],
  ['Storm Damage Closes Schools Across Region', 'Storm damage closes schools across region'],
  // A word the story capitalizes inside a sentence keeps its capital; one it writes in lower case loses it.
  ['Police Question Rose Over Fire\nOfficers said Rose had left.', 'Police question Rose over fire'],
  ['Rose Growers Fear Frost\nFarmers said the rose growers feared frost.', 'Rose growers fear frost'],
  // Names keep their capitals: places and nationalities, WordNet's people, a surname after a given name.
  ['Floods Cut Roads In Valdora And Southern Italy', 'Floods cut roads in Valdora and Southern Italy'],
  ['Brown Meets Russian Leaders In Paris', 'Brown meets Russian leaders in Paris'],
  ['Police Question Ines Little Over Fire', 'Police question Ines Little over fire'],
  ['Ines Harkavy Wins Title Again', 'Ines Harkavy wins title again'], // the first word's capital says nothing
  // A line of names is left alone (fewer than two, or not most, capitalized words are common words).
  ['Halvard Strand And Ines Harkavy Win', 'Halvard Strand And Ines Harkavy Win'],
  ['Tomas Vukovic c Harkavy b Strand 21', 'Tomas Vukovic c Harkavy b Strand 21'],
];

describe('English Title Case headlines (en-headline-case)', function () {
  this.timeout(20000);
  for (const h of HEADLINES) it(`headline: ${h}`, () => assert.ok(isTitleCaseHeadline(linesOf(h)[0], gazetteer)));
  for (const h of NOT_HEADLINES) it(`no headline: ${h}`, () => assert.ok(!isTitleCaseHeadline(linesOf(h)[0], gazetteer)));
  for (const [text, expected] of SHOWN) it(JSON.stringify(text), () => assert.equal(shown(text), expected));
  it('a line of capitals is no Title Case headline, and is shown as written', () => {
    assert.equal(shown('POLICE QUESTION RUTH OKAFOR OVER FIRE'), 'POLICE QUESTION RUTH OKAFOR OVER FIRE');
  });
  it('only the first line is a headline', () => {
    const lines = linesOf('Officials met on Monday.\nCourt Rejects Appeal By Opposition');
    assert.equal(recaseHeadline(lines, gazetteer, new FormCache(undefined))[1], lines[1]);
  });
});
