// The English tagger's word classes (src/core/ner/en-gazetteer.ts): the class bits and WordNet's
// proper-noun bits live in one table and reach the tagger as two separate features.
import { strict as assert } from 'assert';
import {
  classesOf,
  COMMON_WORD,
  DICT_MASK,
  DICT_SHIFT,
  DictClass,
  EnClass,
  loadGazetteer,
  ORDINARY_NOUN,
  parseGazetteer,
  STOP_WORD,
} from '../../../src/core/ner/en-gazetteer';
import { englishForms } from '../../../src/core/ner/en-tagger';
import { dataPath } from '../../../src/core/data-path';

const PLACE_AND_PERSON = (DictClass.Place | DictClass.Person) << DICT_SHIFT;
// Sorted, as scripts/build-en-gazetteer.ts writes it (the table is searched in place).
const table = parseGazetteer(
  [`orvane\t${DictClass.Group << DICT_SHIFT}`, `trellis\t${ORDINARY_NOUN}`, `valdora\t${EnClass.City | PLACE_AND_PERSON}`].join('\n'),
);

describe('English word classes', () => {
  it('a possessive reads as its word; an unknown word has no bits', () => {
    assert.equal(classesOf(table, "Valdora's"), EnClass.City | PLACE_AND_PERSON);
    assert.equal(classesOf(table, 'Zorvantic'), 0);
  });

  it('the tagger reads class bits and WordNet bits apart (class combinations unchanged by WordNet)', () => {
    const forms = englishForms(table);
    const valdora = forms.get('Valdora');
    assert.equal(valdora.classes, EnClass.City);
    assert.equal(valdora.posCase, DictClass.Place | DictClass.Person);
    assert.equal(forms.get('Orvane').classes, 0);
    assert.equal(forms.get('Orvane').posCase, DictClass.Group);
  });

  it('the ordinary-noun mark reaches no feature of the tagger (only the rule after it reads it)', () => {
    const forms = englishForms(table);
    assert.equal(classesOf(table, 'Trellis'), ORDINARY_NOUN);
    assert.equal(forms.get('Trellis').classes, 0);
    assert.equal(forms.get('Trellis').posCase, 0);
  });

  it('the shipped table has WordNet proper nouns by kind, ordinary nouns, common words and stop words', () => {
    const shipped = loadGazetteer(dataPath('ner-en.gazetteer'));
    const dict = (w: string) => (classesOf(shipped, w) >>> DICT_SHIFT) & DICT_MASK;
    assert.ok(dict('Lincoln') & DictClass.Person, String(dict('Lincoln')));
    assert.ok(dict('Nairobi') & DictClass.Place, String(dict('Nairobi')));
    assert.ok(dict('Interpol') & DictClass.Group, String(dict('Interpol')));
    assert.equal(dict('Heavy'), 0);
    // Common words: SemCor-attested lower-case WordNet lemmas of any part of speech, and the stop words.
    assert.equal(shipped.get('heavy'), COMMON_WORD); // an adjective
    assert.equal(shipped.get('reject'), COMMON_WORD); // a verb
    assert.equal(shipped.get('leader'), COMMON_WORD); // a noun of people: common, but no ordinary noun
    assert.equal(shipped.get('rejects'), undefined); // inflections are looked up by their lemma
    assert.ok((shipped.get('rose') ?? 0) & COMMON_WORD && (shipped.get('rose') ?? 0) & EnClass.GivenName); // claimed too
    assert.ok((shipped.get('by') ?? 0) & STOP_WORD);
    // Ordinary nouns: SemCor-attested lower-case WordNet nouns with no person sense, claimed by no other
    // list, no adverb, no stop word.
    const ordinary = (w: string) => ((shipped.get(w) ?? 0) & ORDINARY_NOUN) !== 0;
    assert.ok(ordinary('time') && ordinary('kettle'));
    assert.ok(!ordinary('leader')); // a person
    assert.ok(!ordinary('rose')); // a given name
    assert.ok(!ordinary('bank')); // an organization word
    assert.ok(!ordinary('yesterday')); // an adverb too
    assert.ok(!ordinary('while')); // a stop word
  });

  it('the common-word and stop-word marks reach no feature of the tagger either', () => {
    const forms = englishForms(parseGazetteer(`rejoin\t${COMMON_WORD | STOP_WORD | ORDINARY_NOUN | (DictClass.Group << DICT_SHIFT)}`));
    assert.equal(forms.get('Rejoin').posCase, DictClass.Group);
    assert.equal(forms.get('Rejoin').classes, 0);
  });
});
