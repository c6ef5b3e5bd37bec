// A quoted name after a noun for a kind of organization, or after the abbreviation of a legal form, is
// that organization (src/core/ner/ru-quoted-orgs.ts). The rule is tested on its own over spans given
// directly (so a retrained tagger cannot hide it), and through the whole recognizer.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { markQuotedOrganizations } from '../../../src/core/ner/ru-quoted-orgs';
import { Span } from '../../../src/core/ner/spans';
import { describeNerTables } from './helpers';

/** The rule over the tagger's spans given as "TYPE words" (each words run found in the line). */
async function run(text: string, tagged: string[] = []): Promise<string[]> {
  const rec = (await loadNer()) as unknown as Recognizer;
  const [line] = rec.linesOf(tokenize(text));
  const spans: Span[] = tagged.map((t) => {
    const [type, ...words] = t.split(' ');
    const first = line.tokens.findIndex((tok, i) => words.every((w, k) => line.tokens[i + k]?.text === w));
    const last = first + words.length;
    return { start: line.tokens[first].start, end: line.tokens[last - 1].end, type: type as Span['type'], first, last };
  });
  return markQuotedOrganizations(line, spans).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('NER ru: markQuotedOrganizations', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a name the tagger missed, after a head noun', 'Акцию провело движение «За честные выборы» в субботу.', [], ['ORG За честные выборы']],
    ['a place inside the quotes gives way to the name', 'Акции купила компания «Уральская сталь» вчера.', ['LOC Уральская'], ['ORG Уральская сталь']],
    ['a name with a digit', 'Игроки клуба «Спартак-2» проиграли.', [], ['ORG Спартак-2']],
    ['after a legal form the abbreviation is part of the name', 'Сделку заключило ООО «Ромашка» в мае.', [], ['ORG ООО «Ромашка']],
    ['sports-club abbreviation', 'Игроки ФК «Торпедо-2» проиграли.', [], ['ORG ФК «Торпедо-2']],
    ['after a post held in the body', 'Об этом сообщил директор «Северной верфи» вчера.', [], ['ORG Северной верфи']],
    ['after a member', 'Его поддержал член «Справедливой России» Иванов.', ['LOC России'], ['ORG Справедливой России']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a title after a noun for a work', 'Премьера фильма «Весенний ветер» прошла вчера.', []],
      ['a lower-case phrase in quotes', 'Компания «по сути» закрылась.', []],
      ['"после" is a preposition, not the ambassador', 'Шаттл списали после «Дискавери» в марте.', []],
      ['a title after an author (no post)', 'Это сказал автор «Тихого Дона» в письме.', []],
      ['a span the tagger ran on from the descriptor', 'Об этом сообщил Первый канал «Культура» вчера.', ['ORG Первый канал « Культура']],
      ['after a legal form, the tagger’s own edges', 'Сделку заключило ОАО «Звезда» в мае.', ['ORG Звезда']],
      ['no closing quote within reach', 'Компания «Ромашка и другие слова без конца на этой строке тут', []],
    ];
    for (const [what, text, tagged] of same)
      it(what, async () =>
        assert.deepStrictEqual(
          await run(text, tagged),
          tagged.map((t) => t.replace('« ', '«')),
        ),
      );
  });
});

describeNerTables(
  'NER ru: quoted organization names, whole recognizer',
  [
    ['Сделку заключило ООО «Ромашка» в мае.', ['ORG ООО «Ромашка']],
    ['Игроки ФК «Спартак-2» проиграли.', ['ORG ФК «Спартак-2']],
    ['Акции купила компания «Газпром нефть» вчера.', ['ORG Газпром нефть']],
  ],
  [['Премьера фильма «Весенний ветер» прошла вчера.', ['Весенний ветер']]],
);
