// A name glued to a Latin word by a dot is one name (src/core/ner/ru-dotted-names.ts). The rule is
// tested over spans given directly, so a retrained tagger cannot hide it.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { FormCache, toLines } from '../../../src/core/ner/forms';
import { joinDottedNames } from '../../../src/core/ner/ru-dotted-names';
import { Span } from '../../../src/core/ner/spans';

/** The rule over spans given as "TYPE words" (each run of tokens found in the line). */
function run(text: string, tagged: string[]): string[] {
  const [line] = toLines(tokenize(text), new FormCache(undefined));
  const spans: Span[] = tagged.map((t) => {
    const [type, ...words] = t.split(' ');
    const first = line.tokens.findIndex((_, i) => words.every((w, k) => line.tokens[i + k]?.text === w));
    const last = first + words.length;
    return { start: line.tokens[first].start, end: line.tokens[last - 1].end, type: type as Span['type'], first, last };
  });
  return joinDottedNames(line, spans).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('NER ru: joinDottedNames', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a site name', 'Об этом пишет Вестник.ru со ссылкой на полицию.', ['ORG Вестник'], ['ORG Вестник.ru']],
    ['a theatre with a Latin suffix', 'Премьеру показал Подвал.doc в субботу.', ['ORG Подвал'], ['ORG Подвал.doc']],
    ['two dots', 'Сообщил портал news.vestnik.ru утром.', ['ORG news'], ['ORG news.vestnik.ru']],
    ['a full stop with a space stays out', 'Об этом пишет Вестник. ru нет.', ['ORG Вестник'], ['ORG Вестник']],
    ['a missing space before a Russian word stays out', 'Он приехал в Самару.Вчера шёл дождь.', ['LOC Самару'], ['LOC Самару']],
    ['a neighbouring span is not swallowed', 'Читайте Вестник.Today каждый день.', ['ORG Вестник', 'ORG Today'], ['ORG Вестник', 'ORG Today']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, () => assert.deepStrictEqual(run(text, tagged), expected));
});
