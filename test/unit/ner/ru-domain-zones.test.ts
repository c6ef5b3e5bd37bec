// A word with a dot glued before it and a space before the dot is a domain zone (src/core/ner/ru-domain-zones.ts).
// Invented sentences; the tagger's spans are given directly.
import * as assert from 'assert';
import { dropDomainZones } from '../../../src/core/ner/ru-domain-zones';
import { runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(dropDomainZones, text, tagged);

describe('NER ru: dropDomainZones', function () {
  this.timeout(20000);
  it('"в зоне .РФ" is no place', async () =>
    assert.deepStrictEqual(await run('Регистрация в зоне .РФ открыта, сообщил Иван Петров.', ['LOC РФ', 'PER Иван Петров']), ['PER Иван Петров']));
  it('at the start of a line', async () => assert.deepStrictEqual(await run('.РФ стал популярен.', ['LOC РФ']), []));
  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a full stop and then a space', 'Он приехал в Москву. России нужна реформа.', ['LOC России']],
      ['a missing space after a full stop', 'Он был в Москве.России нужна реформа.', ['LOC Москве', 'LOC России']],
      ['a plain place', 'Законы РФ изменились.', ['LOC РФ']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
