// The workspace index's article facts: dateline dates per entity (first and last) and abbreviations
// joined to their full names across articles (defined in parentheses, or spelling the initials).
import * as assert from 'assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { definedAbbreviations, joinAbbreviations, nameKey } from '../../../src/core/workspace/abbreviations';
import { buildEntityIndex, entryFor, indexArticle, IndexedMention } from '../../../src/core/workspace/entity-index';
import { mergeSuggestions, serializeSidecar } from '../../../src/sidecar';
import { runCli } from '../cli/helpers';
import { tempDir } from '../sidecar/cli-helpers';
import type { WorkspaceEntry, WorkspaceRow } from '../../../src/extension/workspace/index-worker';
import { childrenOf, entityDescription, typeNodes } from '../../../src/extension/workspace/nodes';

const mention = (text: string, quote: string, type: IndexedMention['type'], norm?: string, status: IndexedMention['status'] = 'suggested'): IndexedMention => {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { type, text: quote, start, end: start + quote.length, status, ...(norm ? { norm } : {}) };
};

describe('workspace index: abbreviations', () => {
  it('an article defines an abbreviation by writing it in parentheses after the full name', () => {
    const text = 'Министерство внутренних дел (МВД) сообщило. The World Health Organization (WHO) said. Иван Петров (слева) пришёл.';
    assert.deepStrictEqual(
      definedAbbreviations(text, [
        mention(text, 'Министерство внутренних дел', 'ORG'),
        mention(text, 'World Health Organization', 'ORG'),
        // not an abbreviation inside the parentheses: no definition
        mention(text, 'Иван Петров', 'PER'),
      ]),
      [
        { type: 'ORG', full: 'Министерство внутренних дел', abbr: 'МВД' },
        { type: 'ORG', full: 'World Health Organization', abbr: 'WHO' },
      ],
    );
  });

  // [abbreviation, full names in the workspace (same type), joined to]
  const cases: [string, string[], string | undefined][] = [
    // Cyrillic: initials of the content words
    ['МВД', ['Министерство внутренних дел', 'Министерство обороны'], 'Министерство внутренних дел'],
    // function words give no letter
    ['МЧС', ['Министерство по чрезвычайным ситуациям'], 'Министерство по чрезвычайным ситуациям'],
    // the words after the abbreviation must end the full name
    ['МВД России', ['Министерство внутренних дел России'], 'Министерство внутренних дел России'],
    ['МВД России', ['Министерство внутренних дел Казахстана'], undefined],
    // two full names fit: neither is chosen
    ['ФСБ', ['Федеральная служба безопасности', 'Федеральная служба банкротства'], undefined],
    // Latin
    ['EU', ['European Union'], 'European Union'],
    // a word written in lower case after its first letter is no abbreviation
    ['Мвд', ['Министерство внутренних дел'], undefined],
  ];
  for (const [abbr, fulls, want] of cases) {
    it(`${abbr} → ${want ?? 'none'}`, () => {
      const names = [{ type: 'ORG' as const, norm: abbr }, ...fulls.map((norm) => ({ type: 'ORG' as const, norm }))];
      const joins = joinAbbreviations(names, []);
      assert.strictEqual(joins.get(nameKey({ type: 'ORG', norm: abbr })), want === undefined ? undefined : nameKey({ type: 'ORG', norm: want }));
    });
  }

  it('a definition decides between two full names that fit, and joins only the same type', () => {
    const names = [
      { type: 'ORG' as const, norm: 'ФСБ' },
      { type: 'ORG' as const, norm: 'Федеральная служба безопасности' },
      { type: 'ORG' as const, norm: 'Федеральная служба банкротства' },
      { type: 'LOC' as const, norm: 'ФСБ' },
    ];
    const joins = joinAbbreviations(names, [{ type: 'ORG', full: 'Федеральная служба банкротства', abbr: 'ФСБ' }]);
    assert.deepStrictEqual([...joins], [[nameKey(names[0]), nameKey(names[2])]]);
  });
});

describe('workspace index: dates and joined rows', () => {
  const a = 'АСТАНА, 22 июл — Sputnik. Министерство внутренних дел (МВД) Казахстана и Колокольцев. Итоги 2025 года.';
  const b = 'МОСКВА, 5 марта 2024 года. /ТАСС/. В МВД заявили, что Колокольцев прибыл.';
  const c = 'Без даты: Колокольцева встретили.';
  const articles = [
    indexArticle('a.txt', a, [mention(a, 'Министерство внутренних дел', 'ORG'), mention(a, 'Колокольцев', 'PER', 'Колокольцев', 'accepted')]),
    indexArticle('b.txt', b, [mention(b, 'МВД', 'ORG'), mention(b, 'Колокольцев', 'PER', 'Колокольцев')]),
    indexArticle('c.txt', c, [mention(c, 'Колокольцева', 'PER', 'Колокольцев')]),
  ];

  it('reads each article dateline date (the year from the text when the dateline has none)', () => {
    assert.deepStrictEqual(
      articles.map((x) => x.date),
      ['2025-07-22', '2024-03-05', undefined],
    );
  });

  it('first and last dateline date per entity; an abbreviation counts as its full name', () => {
    const index = buildEntityIndex(articles);
    assert.deepStrictEqual(
      index.map((e) => [e.type, e.norm, e.aliases, e.articles.map((x) => x.path), e.firstDate, e.lastDate]),
      [
        ['PER', 'Колокольцев', [], ['a.txt', 'b.txt', 'c.txt'], '2024-03-05', '2025-07-22'],
        ['ORG', 'Министерство внутренних дел', ['МВД'], ['a.txt', 'b.txt'], '2024-03-05', '2025-07-22'],
      ],
    );
    assert.strictEqual(entryFor(index, { type: 'ORG', text: 'МВД' })?.norm, 'Министерство внутренних дел');
    assert.strictEqual(entryFor(index, { type: 'LOC', text: 'МВД' }), undefined);
  });

  it('the same rows whatever the order of the articles', () => {
    assert.deepStrictEqual(buildEntityIndex([...articles].reverse()), buildEntityIndex(articles));
  });

  it('newsmark index prints first, last and aliases', async () => {
    const dir = tempDir();
    for (const [name, text, list] of [
      ['a.txt', a, [mention(a, 'Министерство внутренних дел', 'ORG')]],
      ['b.txt', b, [mention(b, 'МВД', 'ORG')]],
    ] as const) {
      writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, `${name}.annotations.yaml`), serializeSidecar(undefined, name, text, mergeSuggestions(undefined, [...list])));
    }
    const csv = await runCli(['index', '.', '--csv'], '', { cwd: dir });
    assert.strictEqual(csv.code, 0, csv.stderr);
    assert.strictEqual(
      csv.stdout,
      'type,norm,articles,mentions,accepted,rejected,first,last,aliases\r\nORG,Министерство внутренних дел,2,2,0,0,2024-03-05,2025-07-22,МВД\r\n',
    );
  });
});

describe('workspace view rows', () => {
  const detail = (type: IndexedMention['type'], norm: string, aliases: string[], texts: string[]): WorkspaceEntry => ({
    type,
    norm,
    aliases,
    mentions: texts.length,
    accepted: 0,
    rejected: 0,
    articles: [
      { path: '/w/a.txt', mentions: texts.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text, status: 'suggested', line: 0, context: text })) },
    ],
  });
  const row = (d: WorkspaceEntry): WorkspaceRow => ({
    ...d,
    key: `${d.type}:${d.norm}`,
    articles: d.articles.length,
    forms: d.articles.flatMap((a) => a.mentions.map((m) => m.text)),
  });
  const entry = (type: IndexedMention['type'], norm: string, aliases: string[], texts: string[]) => row(detail(type, norm, aliases, texts));
  const index = [
    entry('ORG', 'Министерство внутренних дел', ['МВД'], ['Министерство внутренних дел', 'МВД']),
    entry('PER', 'Колокольцев', [], ['Колокольцевым']),
    entry('LOC', 'Астана', [], ['Астане']),
  ];
  // [typed, entities left]
  const cases: [string, string[]][] = [
    ['', ['Колокольцев', 'Министерство внутренних дел', 'Астана']],
    ['колоколь', ['Колокольцев']],
    // an alias, any case
    ['мвд', ['Министерство внутренних дел']],
    // a mention's own form; every word must match
    ['колокольцевым', ['Колокольцев']],
    ['министерство дел', ['Министерство внутренних дел']],
    ['министерство астана', []],
  ];
  for (const [typed, left] of cases) {
    it(`filter “${typed}” → ${left.join(', ') || 'nothing'}`, () => {
      const roots = typeNodes(index, typed, new Set(['PER', 'ORG', 'LOC']));
      assert.deepStrictEqual(
        roots.flatMap((r) => childrenOf(r)).map((n) => (n.kind === 'entity' ? n.entry.norm : n.kind)),
        left,
      );
    });
  }
  it('an entity row expands to its articles, an article to its mentions', () => {
    const [org] = childrenOf(typeNodes(index, 'мвд', new Set(['ORG']))[0]);
    const [article] = childrenOf(org, detail('ORG', 'Министерство внутренних дел', ['МВД'], ['Министерство внутренних дел', 'МВД']));
    assert.strictEqual(article.kind === 'article' && article.article.path, '/w/a.txt');
    assert.deepStrictEqual(
      childrenOf(article).map((m) => (m.kind === 'mention' ? m.mention.text : '')),
      ['Министерство внутренних дел', 'МВД'],
    );
    assert.strictEqual(entityDescription(index[0]), '(МВД) · 1 article · 2 mentions');
  });
});
