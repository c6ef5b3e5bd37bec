// Scope tests for syntaxes/news.tmLanguage.json, run through vscode-textmate + Oniguruma as VS Code
// runs it. Each row: [what, text, needle, scope, nth?] — the nth occurrence of `needle` in `text`
// (all of its characters) carries `scope`. Whole documents are tokenized line by line with the rule
// stack carried over, so the headline and multi-line state are tested as in the editor.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { grammar, tokenize, scopesOf, ROOT, Tok } from './textmate';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples/ru-mvd-kazakhstan-russia.txt'), 'utf8');

// English wire copy in the shapes of Reuters, AP and Bloomberg (written for these tests).
const WIRE = [
  'Fed holds rates steady as inflation cools to 3.2%',
  '',
  "MOSCOW, July 22 (Reuters) - Russia's central bank cut its key rate by 200 basis points to 18% on Friday.",
  '',
  'WASHINGTON (AP) — President Joe Biden said on March 3, 2024 that the U.S. would send $1.5 billion in aid.',
  '',
  'KYIV, Ukraine (AP) — More than 700 people were evacuated.',
  '',
  "LONDON, Jan 5 (Reuters Breakingviews) -- Britain's economy grew 0.3% in the third quarter.",
  '',
  '"We will not back down," said John Smith, a spokesman for the ministry. "Never."',
  '',
  '“Prices are rising,” the minister told reporters on Tuesday.',
  '',
  '"Is this the end?" he asked.',
  '',
  'The company, founded in 1998, employs some 12,000 people and earned €3bn in 2023, its 21st year.',
].join('\n');

// Russian wire datelines of TASS, Interfax and RIA Novosti, and typographic quotes.
const RU_WIRE = [
  'Заголовок',
  '',
  'МОСКВА, 22 июля. /ТАСС/. Президент России заявил: «Мы готовы».',
  '',
  'Москва. 22 июля. INTERFAX.RU - Курс доллара вырос до 92,5 рубля.',
  '',
  'МОСКВА, 5 мар - РИА Новости. Инфляция в феврале 2024 года составила 7,7 %.',
  '',
  '«Газпром» — крупнейшая компания России, а „Роснефть“ — вторая.',
  '',
  '«Вы придёте?» — спросил он. В 90-х годах, 1 100 000 человек, 5 млрд рублей, 3-го мая.',
  '',
  'Сделка на $2,5 млрд и 15 тыс. тонн, 25.12.2023 и 2024-07-22.',
].join('\n');

// Front matter: headline, byline, subtitle, then the body.
const FRONT = [
  'Title of the story',
  '',
  'By Jane Doe and John Roe',
  '',
  'A subtitle with 5% growth',
  '',
  'Body starts here. Prices doubled in the 1990s and again in the ’90s.',
  '',
  'Second paragraph without a period',
].join('\n');

type Row = [what: string, text: string, needle: string, scope: string, nth?: number];

const FOUND: Row[] = [
  // --- the sample article (samples/ru-mvd-kazakhstan-russia.txt)
  ['headline: first line', SAMPLE, 'План совместных действий согласовали главы МВД Казахстана и России', 'markup.heading.headline.news'],
  ['subtitle: second line, no final period', SAMPLE, 'Противодействие преступности силами двух стран', 'markup.heading.subtitle.news'],
  ['dateline: whole', SAMPLE, 'АСТАНА, 22 июл — Sputnik.', 'meta.dateline.news'],
  ['dateline: place', SAMPLE, 'АСТАНА', 'entity.name.tag.place.news'],
  ['dateline: date', SAMPLE, '22 июл', 'constant.numeric.date.news'],
  ['dateline: dash', SAMPLE, '—', 'punctuation.separator.dateline.news'],
  ['dateline: agency', SAMPLE, 'Sputnik', 'entity.other.attribute-name.agency.news'],
  // The sample opens this quote with "»" by mistake (":»Между …»"); it is still a quotation.
  ['quote: mis-typed opening »', SAMPLE, '»Между министерствами', 'string.quoted.other.guillemets.news'],
  ['quote: opening mark', SAMPLE, '»', 'punctuation.definition.string.begin.news', 1],
  ['quote: closing mark', SAMPLE, '»', 'punctuation.definition.string.end.news', 2],
  ['quote: last word inside', SAMPLE, 'преступлениям»', 'string.quoted.other.guillemets.news'],
  ['attribution after «…», —', SAMPLE, '— отметил глава МВД России', 'meta.attribution.news'],
  ['attribution text', SAMPLE, 'отметил глава МВД России', 'markup.italic.attribution.news'],
  ['attribution speech verb', SAMPLE, 'отметил', 'keyword.other.speech-verb.news', 2],
  ['attribution after the second quote', SAMPLE, 'отметили в МВД', 'markup.italic.attribution.news'],
  ['second quote «…»', SAMPLE, 'По итогам обсуждения', 'string.quoted.other.guillemets.news'],
  ['percent with a space', SAMPLE, '10 %', 'constant.numeric.percent.news'],
  ['percent sign as unit', SAMPLE, '%', 'keyword.other.unit.percent.news'],
  ['percent inside the quotation', SAMPLE, '10 %', 'string.quoted.other.guillemets.news'],
  ['qualifier "почти"', SAMPLE, 'почти', 'keyword.other.qualifier.news'],
  ['cardinal with case ending', SAMPLE, '20-ти', 'constant.numeric.integer.news'],
  ['qualifier "свыше" before digits', SAMPLE, 'свыше', 'keyword.other.qualifier.news', 2],
  ['qualifier "около"', SAMPLE, 'около', 'keyword.other.qualifier.news'],
  ['plain count', SAMPLE, '120', 'constant.numeric.quantity.news'],
  ['count after "более"', SAMPLE, '440', 'constant.numeric.quantity.news'],
  ['year with "год"', SAMPLE, '2024 год', 'constant.numeric.date.news'],
  ['year with "-го"', SAMPLE, '2025-го', 'constant.numeric.date.news'],
  ['month and year', SAMPLE, 'октябре 2024-го', 'constant.numeric.date.news'],
  ['month, year, "года"', SAMPLE, 'феврале 2025 года', 'constant.numeric.date.news'],
  ['year in the locative', SAMPLE, '2024 году', 'constant.numeric.date.news'],

  // --- English wire copy
  ['EN headline with a figure', WIRE, 'Fed holds rates steady', 'markup.heading.headline.news'],
  ['EN figure inside the headline', WIRE, '3.2%', 'constant.numeric.percent.news'],
  ['Reuters dateline', WIRE, 'MOSCOW, July 22 (Reuters) -', 'meta.dateline.news'],
  ['Reuters place', WIRE, 'MOSCOW', 'entity.name.tag.place.news'],
  ['Reuters date', WIRE, 'July 22', 'constant.numeric.date.news'],
  ['Reuters agency', WIRE, 'Reuters', 'entity.other.attribute-name.agency.news'],
  ['Reuters dash', WIRE, ') -', 'meta.dateline.news'],
  ['AP dateline without a date', WIRE, 'WASHINGTON (AP) —', 'meta.dateline.news'],
  ['AP agency', WIRE, 'AP', 'entity.other.attribute-name.agency.news'],
  ['AP dateline with a region', WIRE, 'KYIV, Ukraine (AP) —', 'meta.dateline.news'],
  ['region', WIRE, 'Ukraine', 'entity.name.tag.region.news'],
  ['double-hyphen dash', WIRE, '--', 'punctuation.separator.dateline.news'],
  ['basis points', WIRE, '200 basis points', 'constant.numeric.percent.news'],
  ['EN date with year', WIRE, 'March 3, 2024', 'constant.numeric.date.news'],
  ['money with sign and scale', WIRE, '$1.5 billion', 'constant.numeric.money.news'],
  ['currency sign as unit', WIRE, '$', 'keyword.other.unit.currency.news'],
  ['scale word as unit', WIRE, 'billion', 'keyword.other.unit.multiplier.news'],
  ['qualifier "More than"', WIRE, 'More than', 'keyword.other.qualifier.news'],
  ['qualifier "some"', WIRE, 'some', 'keyword.other.qualifier.news'],
  ['qualifier "over" (Latin o, not Cyrillic о)', 'T\n\nOver 20 people and over 30 cars.', 'over', 'keyword.other.qualifier.news'],
  ['qualifier "около" at a sentence start', 'Т\n\nОколо 20 человек.', 'Около', 'keyword.other.qualifier.news'],
  ['straight quotes', WIRE, 'We will not back down,', 'string.quoted.double.news'],
  ['EN attribution "said Smith"', WIRE, 'said John Smith, a spokesman for the ministry', 'markup.italic.attribution.news'],
  ['EN speech verb', WIRE, 'said', 'keyword.other.speech-verb.news', 2],
  ['curly quotes', WIRE, 'Prices are rising,', 'string.quoted.double.curly.news'],
  ['EN attribution with subject first', WIRE, 'the minister told reporters on Tuesday', 'markup.italic.attribution.news'],
  ['EN attribution after a question', WIRE, 'he asked', 'markup.italic.attribution.news'],
  ['bare year after "in"', WIRE, '1998', 'constant.numeric.date.news'],
  ['thousands with commas', WIRE, '12,000', 'constant.numeric.quantity.news'],
  ['euro with "bn"', WIRE, '€3bn', 'constant.numeric.money.news'],
  ['EN ordinal', WIRE, '21st', 'constant.numeric.ordinal.news'],

  // --- Russian wire shapes and typography
  ['TASS dateline', RU_WIRE, 'МОСКВА, 22 июля. /ТАСС/.', 'meta.dateline.news'],
  ['TASS agency between slashes', RU_WIRE, 'ТАСС', 'entity.other.attribute-name.agency.news'],
  ['speech verb before a colon and a quote', RU_WIRE, 'заявил', 'keyword.other.speech-verb.news'],
  ['Interfax dateline', RU_WIRE, 'Москва. 22 июля. INTERFAX.RU -', 'meta.dateline.news'],
  ['Interfax agency', RU_WIRE, 'INTERFAX.RU', 'entity.other.attribute-name.agency.news'],
  ['money in roubles', RU_WIRE, '92,5 рубля', 'constant.numeric.money.news'],
  ['RIA dateline with "-"', RU_WIRE, 'МОСКВА, 5 мар - РИА Новости.', 'meta.dateline.news'],
  ['RIA agency of two words', RU_WIRE, 'РИА Новости', 'entity.other.attribute-name.agency.news'],
  ['decimal comma percent', RU_WIRE, '7,7 %', 'constant.numeric.percent.news'],
  ['„…“ quotes', RU_WIRE, 'Роснефть', 'string.quoted.other.low-high.news'],
  ['attribution after «…?» without a comma', RU_WIRE, 'спросил он', 'markup.italic.attribution.news'],
  ['decade', RU_WIRE, '90-х', 'constant.numeric.ordinal.news'],
  ['grouped thousands with spaces', RU_WIRE, '1 100 000', 'constant.numeric.quantity.news'],
  ['money with a scale word', RU_WIRE, '5 млрд рублей', 'constant.numeric.money.news'],
  ['ordinal date', RU_WIRE, '3-го мая', 'constant.numeric.date.news'],
  ['dollar sign and "млрд"', RU_WIRE, '$2,5 млрд', 'constant.numeric.money.news'],
  ['measure with a scale word', RU_WIRE, '15 тыс. тонн', 'constant.numeric.quantity.news'],
  ['unit of measure', RU_WIRE, 'тонн', 'keyword.other.unit.measure.news'],
  ['numeric date', RU_WIRE, '25.12.2023', 'constant.numeric.date.news'],
  ['ISO date', RU_WIRE, '2024-07-22', 'constant.numeric.date.news'],

  ['EN weekday', WIRE, 'Friday', 'constant.numeric.date.news'],
  ['RU weekday', 'Т\n\nВо вторник и в пятницу встречи.', 'вторник', 'constant.numeric.date.news'],
  ['English unit of length', 'T\n\nMore than 300 kilometres of canals.', '300 kilometres', 'constant.numeric.quantity.news'],

  // --- front matter
  ['byline keyword', FRONT, 'By', 'keyword.other.byline.news'],
  ['byline author', FRONT, 'Jane Doe and John Roe', 'entity.name.function.author.news'],
  ['subtitle', FRONT, 'A subtitle with 5% growth', 'markup.heading.subtitle.news'],
  ['figure inside the subtitle', FRONT, '5%', 'constant.numeric.percent.news'],
  ['decade', FRONT, '1990s', 'constant.numeric.date.news'],
  ['short decade', FRONT, '’90s', 'constant.numeric.date.news'],

  [
    'wire copy without a headline: line one is the dateline',
    'MOSCOW, July 22 (Reuters) - Russia said on Friday.\n\nMore text.',
    'MOSCOW',
    'entity.name.tag.place.news',
  ],
  ['no headline, blank lines, then a dateline', '\n\nАСТАНА, 22 июл — Sputnik. Текст.', 'Sputnik', 'entity.other.attribute-name.agency.news'],
  [
    'a headline starting with capitals and a comma is still a headline',
    'NATO, EU agree on new sanctions\n\nText.',
    'NATO, EU agree on new sanctions',
    'markup.heading.headline.news',
  ],
  [
    'a quotation wrapped over two lines stays a quotation',
    'Т\n\nПервый абзац.\n\nОн сказал: «Это первая строка\nи вторая строка», — отметил он.',
    'и вторая строка',
    'string.quoted.other.guillemets.news',
  ],
  [
    'attribution after a wrapped quotation',
    'Т\n\nПервый абзац.\n\nОн сказал: «Это первая строка\nи вторая строка», — отметил он.',
    'отметил он',
    'markup.italic.attribution.news',
  ],

  // --- encodings and odd characters (VS Code hands the grammar lines without their EOL)
  ['CRLF file: headline', SAMPLE.replace(/\n/g, '\r\n'), 'План совместных действий', 'markup.heading.headline.news'],
  ['CRLF file: dateline', SAMPLE.replace(/\n/g, '\r\n'), 'АСТАНА, 22 июл — Sputnik.', 'meta.dateline.news'],
  ['BOM before the headline', '\uFEFF' + SAMPLE, 'План совместных действий', 'markup.heading.headline.news'],
  ['leading blank lines before the headline', '\n  \nЗаголовок статьи\n\nТекст.', 'Заголовок статьи', 'markup.heading.headline.news'],
  ['NBSP before %', 'Тема\n\nРост почти на 10\u00A0%.', '10\u00A0%', 'constant.numeric.percent.news'],
  ['NBSP as thousands separator', 'Тема\n\nЦена 1\u00A0000\u00A0рублей.', '1\u00A0000\u00A0рублей', 'constant.numeric.money.news'],
  ['narrow NBSP as thousands separator', 'Тема\n\nЖителей 250\u202F000.', '250\u202F000', 'constant.numeric.quantity.news'],
  ['figure after an emoji (non-BMP)', 'Тема\n\n😀 рост на 5 % 𝐀', '5 %', 'constant.numeric.percent.news'],
  ['quote after a non-BMP char', 'Тема\n\n𝐀 «цитата 😀 с 3 %»', 'цитата 😀 с ', 'string.quoted.other.guillemets.news'],
];

// Every qualifier and month the grammar knows, in both capitalizations where a sentence may start
// with it: the rules open with first-character hints (for speed), and this keeps the hints honest.
const QUALIFIERS = [
  'не менее',
  'не более',
  'не свыше',
  'почти',
  'около',
  'свыше',
  'более',
  'менее',
  'примерно',
  'порядка',
  'приблизительно',
  'до',
  'almost',
  'nearly',
  'about',
  'around',
  'over',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'roughly',
  'approximately',
  'some',
  'under',
];
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
for (const q of QUALIFIERS) {
  for (const w of [q, cap(q)]) FOUND.push([`qualifier list`, `T\n\nX ${w} 5 y.`, w, 'keyword.other.qualifier.news']);
}
const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_RU_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
for (const m of MONTHS_RU) FOUND.push(['month list (day month)', `Т\n\nС 5 ${m} цены.`, `5 ${m}`, 'constant.numeric.date.news']);
for (const m of [...MONTHS_RU_IN, ...MONTHS_RU_IN.map(cap)])
  FOUND.push(['month list (month year)', `Т\n\nВ ${m} 2024 года цены.`, `${m} 2024 года`, 'constant.numeric.date.news']);
for (const m of MONTHS_EN) {
  FOUND.push(['month list (Month day)', `T\n\nOn ${m} 5, 2024 prices.`, `${m} 5, 2024`, 'constant.numeric.date.news']);
  FOUND.push(['month list (Month year)', `T\n\nIn ${m} 2024 prices.`, `${m} 2024`, 'constant.numeric.date.news']);
}

// False positives: the needle must NOT carry any scope starting with `scope`.
const NOT_FOUND: Row[] = [
  ['second line is not the headline', SAMPLE, 'Противодействие преступности силами двух стран', 'markup.heading.headline'],
  ['a body line without a period is no subtitle', FRONT, 'Second paragraph without a period', 'markup.heading'],
  ['a sentence ends the front matter', FRONT, 'Body starts here', 'markup.heading'],
  ['the dateline is no subtitle', SAMPLE, 'АСТАНА', 'markup.heading'],
  ['"Как отметил" without a quote is no attribution', SAMPLE, 'Как отметил Владимир Колокольцев', 'meta.attribution'],
  ['"свыше" before a number word is no qualifier', SAMPLE, 'свыше', 'keyword.other.qualifier', 1],
  ['hyphenated city and "-" is no dateline', 'Т\n\nРостов-на-Дону - город на юге России.', 'Ростов-на-Дону -', 'meta.dateline'],
  ['acronym and dash is no dateline', 'Т\n\nСША — крупнейшая экономика мира.', 'США —', 'meta.dateline'],
  ['English acronym and dash is no dateline', 'T\n\nNATO - the alliance - met on Monday.', 'NATO -', 'meta.dateline'],
  ['list of acronyms is no dateline', 'Т\n\nСНГ, ОДКБ и ШОС - организации.', 'СНГ, ОДКБ', 'meta.dateline'],
  ['dateline only at a line start', 'Т\n\nОн сказал: МОСКВА, 22 июля — Sputnik.', 'МОСКВА', 'meta.dateline'],
  ['number in a name: COVID-19', 'Т\n\nCOVID-19 и Су-57.', '19', 'constant.numeric'],
  ['number in a name: Су-57', 'Т\n\nCOVID-19 и Су-57.', '57', 'constant.numeric'],
  ['number glued to letters: G7', 'Т\n\nСаммит G7 и MP3, iPhone15, 5G, 10abc.', '7', 'constant.numeric'],
  ['number glued to letters: MP3', 'Т\n\nСаммит G7 и MP3, iPhone15, 5G, 10abc.', '3', 'constant.numeric'],
  ['number glued to letters: iPhone15', 'Т\n\nСаммит G7 и MP3, iPhone15, 5G, 10abc.', '15', 'constant.numeric'],
  ['number glued to letters: 5G', 'Т\n\nСаммит G7 и MP3, iPhone15, 5G, 10abc.', '5G', 'constant.numeric'],
  ['number glued to letters: 10abc', 'Т\n\nСаммит G7 и MP3, iPhone15, 5G, 10abc.', '10abc', 'constant.numeric'],
  ['«…» — copula is no attribution', RU_WIRE, 'крупнейшая компания', 'meta.attribution'],
  ['"may" the verb is no month', 'T\n\nPrices may 5 times rise.', 'may 5', 'constant.numeric.date'],
  ['quote without a speech verb is no attribution', 'T\n\n"Yes," is a word they use.', 'is a word they use', 'meta.attribution'],
  ['inch mark opens no quotation', 'T\n\nA 12" screen and more text.', 'screen and more text', 'string'],
  ['unclosed quote stops at the paragraph end', 'Т\n\nОн сказал: «начало без конца\n\nСледующий абзац.', 'Следующий абзац.', 'string'],
  ['headline scope stays on line one', WIRE, 'MOSCOW', 'markup.heading'],
  ['a dateline on line one is no headline', 'MOSCOW, July 22 (Reuters) - Russia said on Friday.\n\nMore text.', 'MOSCOW', 'markup.heading'],
  ['a dateline after blank lines is no headline', '\n\nАСТАНА, 22 июл — Sputnik. Текст.', 'АСТАНА', 'markup.heading'],
  ['"среда" (environment) is no weekday', 'Т\n\nОкружающая среда страдает.', 'среда', 'constant.numeric'],
  ['lowercase "friday" is no weekday', 'T\n\na friday mood', 'friday', 'constant.numeric'],
];

describe('news grammar (syntaxes/news.tmLanguage.json)', () => {
  let g: IGrammar;
  const cache = new Map<string, Tok[]>();
  const toks = (text: string) => {
    let t = cache.get(text);
    if (!t) cache.set(text, (t = tokenize(g, text)));
    return t;
  };
  before(async () => {
    g = await grammar('text.news');
  });

  describe('scopes what it should', () => {
    for (const [what, text, needle, scope, nth] of FOUND) {
      it(`${what}: "${needle}" → ${scope}`, () => {
        const scopes = scopesOf(toks(text), text, needle, nth);
        assert.ok(scopes.includes(scope), `"${needle}" has [${scopes.join(', ')}]`);
      });
    }
  });

  describe('false positives', () => {
    for (const [what, text, needle, scope, nth] of NOT_FOUND) {
      it(`${what}: "${needle}" ↛ ${scope}`, () => {
        const scopes = scopesOf(toks(text), text, needle, nth);
        const hit = scopes.filter((s) => s === scope || s.startsWith(scope + '.'));
        assert.deepStrictEqual(hit, [], `"${needle}" has [${scopes.join(', ')}]`);
      });
    }
  });

  it('every scope the grammar emits ends in .news', () => {
    const all = new Set<string>();
    for (const text of [SAMPLE, WIRE, RU_WIRE, FRONT]) for (const t of toks(text)) for (const s of t.scopes.slice(1)) all.add(s);
    assert.ok(all.size > 20, `only ${all.size} scopes seen`);
    assert.deepStrictEqual(
      [...all].filter((s) => !s.endsWith('.news')),
      [],
    );
  });

  it('has no pathological regex: long lines of quotes, digits and capitals tokenize in bounded time', function () {
    this.timeout(30000);
    // VS Code stops tokenizing a line at editor.maxTokenizationLineLength (20,000 by default): 5,000 is a long paragraph.
    const lines = ['«а », — b, ', '1 2 3 4 5 6 7 8 9 0 ', 'АБВ, ГДЕ, ', '"a," b c d e f g h ', 'МОСКВА, 22 июля (X) — '].map((u) =>
      u.repeat(Math.ceil(5000 / u.length)).slice(0, 5000),
    );
    const text = ['T', '', ...lines, '', SAMPLE].join('\n');
    const t0 = performance.now();
    tokenize(g, text);
    const ms = performance.now() - t0;
    // Measured 0.2–0.4 s on a loaded 2-core machine; catastrophic backtracking would take minutes.
    assert.ok(ms < 10000, `${ms.toFixed(0)} ms`);
  });

  it('tokens cover every line exactly (no lost or duplicated text)', () => {
    for (const text of [SAMPLE, WIRE, RU_WIRE, FRONT]) {
      const lines = text.split('\n');
      const rebuilt = lines.map((_, i) =>
        toks(text)
          .filter((t) => t.line === i)
          .map((t) => t.text)
          .join(''),
      );
      assert.deepStrictEqual(rebuilt, lines);
    }
  });
});
