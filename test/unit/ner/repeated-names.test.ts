// A name found whole once is whole wherever the same words come again in the document
// (src/core/ner/repeated-names.ts). Tested over spans given directly, line by line, so a retrained tagger
// cannot hide it.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { extendRepeatedNames, nameKey } from '../../../src/core/ner/repeated-names';
import { Span } from '../../../src/core/ner/spans';

/**
 * The rule over the lines of `text` with the tagger's spans given as "LINE:TYPE words" (the words found in
 * that line, first occurrence); returns "LINE:TYPE text" of every span after the rule, line by line.
 */
async function run(text: string, tagged: string[]): Promise<string[]> {
  const rec = (await loadNer()) as unknown as Recognizer;
  const lines = rec.linesOf(tokenize(text));
  const fixed: Span[][] = lines.map(() => []);
  for (const t of tagged) {
    const [, n, type, rest] = /^(\d+):(\w+) (.*)$/.exec(t)!;
    const line = lines[Number(n)];
    const words = rest.split(' ');
    const first = line.tokens.findIndex((_, i) => words.every((w, k) => line.tokens[i + k]?.text === w));
    if (first < 0) throw new Error(`"${rest}" is not in line ${n}`);
    const last = first + words.length;
    fixed[Number(n)].push({ start: line.tokens[first].start, end: line.tokens[last - 1].end, type: type as Span['type'], first, last });
  }
  for (const spans of fixed) spans.sort((x, y) => x.start - y.start);
  extendRepeatedNames(lines, fixed);
  return fixed.flatMap((spans, n) => spans.map((s) => `${n}:${s.type} ${text.slice(s.start, s.end)}`));
}

describe('NER ru: extendRepeatedNames', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    [
      'a person cut short elsewhere',
      'Ли Со Ён вернулась на Землю.\nМне и Ли Со Ён помогли выбраться.',
      ['0:PER Ли Со Ён', '1:PER Ли'],
      ['0:PER Ли Со Ён', '1:PER Ли Со Ён'],
    ],
    [
      'a person split in two elsewhere',
      'Ли Со Ён вернулась на Землю.\nМне и Ли Со Ён помогли выбраться.',
      ['0:PER Ли Со Ён', '1:PER Ли', '1:PER Ён'],
      ['0:PER Ли Со Ён', '1:PER Ли Со Ён'],
    ],
    [
      'an organization in another case form',
      'Глава Отдела внешних церковных связей выступил.\nВ Отделе внешних церковных связей ответили.',
      ['0:ORG Отдела внешних церковных связей', '1:ORG Отделе'],
      ['0:ORG Отдела внешних церковных связей', '1:ORG Отделе внешних церковных связей'],
    ],
    [
      'in the same line too',
      'Иск подала Ассоциация юристов, и Ассоциации юристов ответили.',
      ['0:ORG Ассоциация юристов', '0:ORG Ассоциации'],
      ['0:ORG Ассоциация юристов', '0:ORG Ассоциации юристов'],
    ],
    [
      'a span of another type inside takes the whole name’s type',
      'Гата Камский сыграл вничью.\nВ турнире играет Гата Камский.',
      ['0:PER Гата Камский', '1:LOC Гата'],
      ['0:PER Гата Камский', '1:PER Гата Камский'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a repetition the tagger did not mark', 'Ли Со Ён вернулась.\nМне и Ли Со Ён помогли.', ['0:PER Ли Со Ён']],
      [
        'a span outside the repetition',
        'Банк Санкт-Петербург вырос.\nВ Санкт-Петербург приехал Банк Санкт-Петербург.',
        ['0:ORG Банк Санкт-Петербург', '1:LOC Санкт-Петербург'],
      ],
      ['a span reaching out of the words', 'Ли Со Ён вернулась.\nСо Ён Ким уехала.', ['0:PER Ли Со Ён', '1:PER Со Ён Ким']],
      ['a place named with a lower-case kind once', 'Войска встретились на реке Эльба.\nНа Эльба-фест реке Эльба пришли.', ['0:LOC реке Эльба', '1:LOC Эльба']],
      [
        'a name nested in the whole one stays',
        'Совет министров государств – участников СНГ заседал.\nСовет министров государств – участников СНГ решил.',
        ['0:ORG Совет министров государств – участников СНГ', '0:ORG СНГ', '1:ORG Совет министров государств – участников СНГ', '1:ORG СНГ'],
      ],
      ['a one-word name widens nothing', 'Газпром вырос.\nГазпром нефть упала.', ['0:ORG Газпром', '1:ORG Газпром']],
      ['another case of a short word is another word', 'Союз писателей заявил.\nВ Союзе писателей ответили.', ['0:ORG Союз писателей', '1:ORG Союзе']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });

  // The words' keys are kept on their forms, which the recognizer shares across documents.
  it('runs the same over forms met before, and each kept key is its word’s own', async () => {
    for (const [what, text, tagged, expected] of cases) assert.deepStrictEqual(await run(text, tagged), expected, `again: ${what}`);
    const rec = (await loadNer()) as unknown as Recognizer;
    let kept = 0;
    for (const [, text] of cases)
      for (const line of rec.linesOf(tokenize(text)))
        line.forms.forEach((f, i) => {
          if (f.nameKey !== undefined) kept++;
          assert.ok(f.nameKey === undefined || f.nameKey === nameKey(line.tokens[i].text), line.tokens[i].text);
        });
    // Every word of a line with a name was keyed: the keys are there for the next document.
    assert.ok(kept >= 20, `${kept} keys kept`);
  });
});
