// retypeVenues on the tagger's spans given directly: a name after a noun for a museum, gallery, theatre,
// library or auction house is an organization; a known place there, and facilities, stay places.
import * as assert from 'assert';
import { retypeVenues } from '../../../src/core/ner/ru-venues';
import { runSpanRule } from './helpers';

describe('NER ru: retypeVenues', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => retypeVenues(line, spans), text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['an auction', 'Картина продана на аукционе Christie’s за миллион.', ['LOC Christie’s'], ['ORG Christie’s']],
    ['an auction house, two words', 'Лот выставил аукционный дом Bonhams вчера.', ['LOC Bonhams'], ['ORG Bonhams']],
    ['a gallery', 'Выставка открылась в галерее Тейт в среду.', ['LOC Тейт'], ['ORG Тейт']],
    ['a theatre in quotes', 'Премьера прошла в театре «Ленком» вчера.', ['LOC Ленком'], ['ORG Ленком']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a place az knows after a museum', 'Выставка открылась в музее Лондона вчера.', ['LOC Лондона']],
      ['an airport (a facility, a place)', 'Рейс прибыл в аэропорт Внуково утром.', ['LOC Внуково']],
      ['a stadium', 'Матч прошёл на стадионе Лужники вчера.', ['LOC Лужники']],
      ['no venue noun before', 'Выставка открылась в Эрмитаже вчера.', ['LOC Эрмитаже']],
      ['a person after a theatre', 'Балетом театра Ратманский руководил долго.', ['PER Ратманский']],
      ['an adjective, not the kind', 'Это музейный Arsenal прошлого века.', ['LOC Arsenal']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
