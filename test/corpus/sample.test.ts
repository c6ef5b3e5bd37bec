// Corpus test: the sample article, every person, place, organization and figure, one by one, with
// normal forms and values (issue 3, "the sample article: all found, values right"). Run with
// `npm run test:corpus`. Each row locates its mention by a unique snippet with the mention in
// [brackets]; a strict row needs exactly that span, a `loose` row any span that covers the bracketed
// core and stays inside the snippet (span policy for qualifiers and prepositions is the recognizer's).
// After the rows, nothing else may be found: extra entities are listed as false positives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadEngine } from '../../src/core/engine';
import { Entity, EntityType, Qualifier } from '../../src/core/types';

const SAMPLE = path.resolve(__dirname, '../../samples/ru-mvd-kazakhstan-russia.txt');

interface Row {
  type: EntityType;
  at: string;
  loose?: boolean;
  norm?: string;
  value?: number | string;
  qualifier?: Qualifier;
  unit?: string | RegExp;
}

const ROWS: Row[] = [
  // headline
  { type: 'ORG', at: 'главы [МВД Казахстана] и', norm: 'МВД Казахстана' },
  { type: 'LOC', at: 'главы МВД [Казахстана] и', norm: 'Казахстан' },
  { type: 'LOC', at: 'МВД Казахстана и [России]\n', norm: 'Россия' },
  { type: 'NUMBER', at: 'силами [двух стран]', loose: true, value: 2, unit: 'стран' },
  // dateline: the date resolves against itself (year from the article: "пять месяцев 2025-го")
  { type: 'LOC', at: '[АСТАНА], 22 июл', norm: 'Астана' },
  { type: 'DATE', at: 'АСТАНА, [22 июл] — Sputnik', value: '2025-07-22' },
  { type: 'ORG', at: '22 июл — [Sputnik].', norm: 'Sputnik' },
  // first paragraph
  { type: 'LOC', at: 'В [Усть-Каменогорске] встретились', norm: 'Усть-Каменогорск' },
  { type: 'LOC', at: 'внутренних дел [России] и Казахстана Владимир', norm: 'Россия' },
  { type: 'LOC', at: 'внутренних дел России и [Казахстана] Владимир', norm: 'Казахстан' },
  { type: 'PER', at: 'Казахстана [Владимир Колокольцев] и', norm: 'Владимир Колокольцев' },
  { type: 'PER', at: 'Колокольцев и [Ержан Саденов].', norm: 'Ержан Саденов' },
  // quote
  { type: 'PER', at: 'Как отметил [Владимир Колокольцев],', norm: 'Владимир Колокольцев' },
  { type: 'LOC', at: 'Колокольцев, [Россия] и Казахстан', norm: 'Россия' },
  { type: 'LOC', at: 'Россия и [Казахстан] давно', norm: 'Казахстан' },
  {
    type: 'ORG',
    at: 'числе [Совет министров внутренних дел государств – участников СНГ],',
    norm: 'Совет министров внутренних дел государств – участников СНГ',
  },
  { type: 'ORG', at: 'СНГ, [ОДКБ] и', norm: 'ОДКБ' },
  { type: 'ORG', at: 'ОДКБ и [ШОС]:', norm: 'ШОС' },
  { type: 'ORG', at: 'по каналам [Интерпола].', norm: 'Интерпол' },
  { type: 'DATE', at: 'В [прошлом году] они', loose: true, value: '2024' },
  { type: 'PERCENT', at: 'увеличились [почти на 10 %]', loose: true, value: 10, qualifier: 'approx' },
  // "Главком" is the instrumental of "главк" (a police directorate): "…Главком … проверено" = checked by it.
  { type: 'ORG', at: 'например, [Главком по Самарской области] в', norm: 'Главк по Самарской области' },
  { type: 'LOC', at: 'Главком по [Самарской области] в', norm: 'Самарская область' },
  { type: 'DATE', at: 'в [минувшем году] проверено', loose: true, value: '2024' },
  { type: 'NUMBER', at: 'проверено [свыше семисот отпечатков пальцев]', loose: true, value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' },
  { type: 'ORG', at: 'по запросам [Департамента полиции Западно-Казахстанской области].', norm: 'Департамент полиции Западно-Казахстанской области' },
  { type: 'LOC', at: 'Департамента полиции [Западно-Казахстанской области].', norm: 'Западно-Казахстанская область' },
  { type: 'NUMBER', at: 'установлено [семь лиц] по', loose: true, value: 7, unit: 'лиц' },
  { type: 'NUMBER', at: 'по [пяти преступлениям]»', loose: true, value: 5, unit: 'преступлениям' },
  { type: 'ORG', at: 'отметил глава [МВД России].', norm: 'МВД России' },
  { type: 'LOC', at: 'отметил глава МВД [России].', norm: 'Россия' },
  // third paragraph
  { type: 'DATE', at: 'За [2024 год] и', loose: true, value: '2024' },
  { type: 'DATE', at: 'и [пять месяцев 2025-го] российскими', loose: true, value: '2025-01/2025-05' },
  { type: 'NUMBER', at: 'задержано [около 120 лиц],', loose: true, value: 120, qualifier: 'approx', unit: 'лиц' },
  { type: 'ORG', at: 'в розыск [МВД Казахстана].', norm: 'МВД Казахстана' },
  { type: 'LOC', at: 'в розыск МВД [Казахстана].', norm: 'Казахстан' },
  { type: 'DATE', at: 'Так, в [октябре 2024-го] из', loose: true, value: '2024-10' },
  { type: 'LOC', at: 'из [России] экстрадирован', norm: 'Россия' },
  { type: 'DATE', at: 'Позднее, в [феврале 2025 года],', loose: true, value: '2025-02' },
  // fourth paragraph
  { type: 'DATE', at: 'В [2024 году] в учебных', loose: true, value: '2024' },
  { type: 'ORG', at: 'заведениях [МВД России] по', norm: 'МВД России' },
  { type: 'LOC', at: 'заведениях МВД [России] по', norm: 'Россия' },
  { type: 'NUMBER', at: 'обучение [более 440 казахстанских специалистов],', loose: true, value: 440, qualifier: 'gt', unit: /специалистов$/ },
  { type: 'NUMBER', at: 'специалистов, [свыше 20-ти] получили', loose: true, value: 20, qualifier: 'gt' },
  // closing
  { type: 'ORG', at: 'отметили в [МВД].', norm: 'МВД' },
  { type: 'LOC', at: 'органами [Казахстана] и России.', norm: 'Казахстан' },
  { type: 'LOC', at: 'органами Казахстана и [России].', norm: 'Россия' },
];

interface Located {
  row: Row;
  outer: [number, number];
  core: [number, number];
}

function locate(text: string, row: Row): Located {
  const open = row.at.indexOf('[');
  const close = row.at.indexOf(']');
  const plain = row.at.replace('[', '').replace(']', '');
  const at = text.indexOf(plain);
  assert.ok(at >= 0, `snippet not in the sample: ${row.at}`);
  assert.strictEqual(text.indexOf(plain, at + 1), -1, `snippet not unique: ${row.at}`);
  return { row, outer: [at, at + plain.length], core: [at + open, at + close - 1] };
}

function fits(e: Entity, l: Located): boolean {
  if (e.type !== l.row.type) return false;
  if (!l.row.loose) return e.start === l.core[0] && e.end === l.core[1];
  return e.start <= l.core[0] && e.end >= l.core[1] && e.start >= l.outer[0] && e.end <= l.outer[1];
}

const show = (e: Entity) => `${e.type} ${JSON.stringify(e.text)} @${e.start}`;

describe('corpus: samples/ru-mvd-kazakhstan-russia.txt', function () {
  this.timeout(30000);
  const text = fs.readFileSync(SAMPLE, 'utf8');
  let entities: Entity[] = [];
  const located = ROWS.map((r) => locate(text, r));

  before(async () => {
    entities = (await loadEngine()).extract(text).entities;
  });

  it('is Russian', async () => {
    assert.strictEqual((await loadEngine()).extract(text).lang, 'ru');
  });

  for (const l of located) {
    const r = l.row;
    const name = `${r.type} ${r.at.replace(/\n/g, '⏎')}${r.value !== undefined ? ` = ${r.value}` : ''}`;
    it(name, () => {
      const found = entities.find((e) => fits(e, l));
      const near = entities.filter((e) => e.start < l.outer[1] && e.end > l.outer[0]).map(show);
      assert.ok(found, `not found; entities near it: ${near.join(', ') || 'none'}`);
      if (r.norm !== undefined) assert.strictEqual(found.norm ?? found.text, r.norm, 'norm');
      if (r.value !== undefined) assert.deepStrictEqual(found.value, r.value, 'value');
      if (r.qualifier !== undefined) assert.strictEqual(found.qualifier, r.qualifier, 'qualifier');
      if (typeof r.unit === 'string') assert.strictEqual(found.unit, r.unit, 'unit');
      if (r.unit instanceof RegExp) assert.match(found.unit ?? '', r.unit, 'unit');
    });
  }

  it('finds nothing else (no false positives)', () => {
    const extra = entities.filter((e) => !located.some((l) => fits(e, l)));
    assert.deepStrictEqual(extra.map(show), []);
  });

  it('every entity quotes the text exactly', () => {
    for (const e of entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
  });
});
