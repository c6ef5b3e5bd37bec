// One entity per real-world entity: the `entity` key the recognizer puts on PER/ORG/LOC, over whole
// texts written for this test (an obituary of a foreign businessman, the kind of article where one
// man used to show up as one entity per case form of his surname).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { recognize } from './helpers';
import { loadEngine } from '../../../src/core/engine';

const OBITUARY = [
  'НЬЮ-ЙОРК, 3 мая — Американский предприниматель и филантроп Гарольд Уэстбрук скончался в воскресенье в возрасте 91 года, сообщила его семья.',
  'Уэстбрук основал свою первую компанию в Чикаго в 1962 году. По словам его дочери, отец работал до последних дней.',
  'Со Уэстбруком долгие годы сотрудничал российский инвестор Андрей Иванов. «Уэстбрука знали как человека слова», — сказал Иванов.',
  'Соболезнования семье Уэстбрука выразила и Мария Иванова, глава благотворительного фонда. Ивановой принадлежит идея общего проекта.',
  'В 2005 году Гарольда Уэстбрука наградили орденом в Соединённых Штатах; Уэстбруку тогда было 73 года.',
].join('\n');

// [text, groups of mention texts that must share one key; each group a different entity]
const CASES: Array<[string, string, string[][]]> = [
  [
    'obituary: the businessman is one person; the two Ивановы are two',
    OBITUARY,
    [
      ['Гарольд Уэстбрук', 'Уэстбрук', 'Уэстбруком', 'Уэстбрука', 'Гарольда Уэстбрука', 'Уэстбруку'],
      ['Андрей Иванов', 'Иванов'],
      ['Мария Иванова', 'Ивановой'],
    ],
  ],
  [
    'patronymic and surname forms of one composer',
    'Концерт памяти Петра Ильича Чайковского прошёл в Клину. Музыку Чайковского исполнил оркестр, а о Петре Ильиче рассказал экскурсовод.',
    [['Петра Ильича Чайковского', 'Чайковского', 'Петре Ильиче']],
  ],
];

describe('entity keys over whole texts', function () {
  this.timeout(20000);
  it('extract numbers the entities of each type 1, 2, 3 without gaps (nested mentions merged away get no key)', async () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../samples/ru-mvd-kazakhstan-russia.txt'), 'utf8');
    const names = (await loadEngine()).extract(text, { lang: 'ru' }).entities.filter((e) => ['PER', 'ORG', 'LOC'].includes(e.type));
    assert.ok(names.length > 10 && names.every((e) => e.entity));
    for (const type of ['per', 'org', 'loc']) {
      const ns = new Set(
        names
          .map((e) => e.entity!)
          .filter((k) => k.startsWith(type + '-'))
          .map((k) => Number(k.slice(4))),
      );
      assert.deepEqual(
        [...ns].sort((a, b) => a - b),
        Array.from({ length: ns.size }, (_, i) => i + 1),
        type,
      );
    }
  });
  it('a shouted dateline place normalizes like the written name, hyphen parts capitalized', async () => {
    const place = (await recognize(OBITUARY)).find((e) => e.text === 'НЬЮ-ЙОРК');
    assert.equal(place?.norm, 'Нью-Йорк');
  });
  it('an acronym in capitals stays as written (the issue\'s "СССР" → "Ссср"), a shouted place does not', async () => {
    const found = await recognize('МИНСК, 3 мая. Он родился в СССР, делегация КНДР прибыла в Москву.');
    const norm = (text: string) => found.find((e) => e.text === text)?.norm;
    assert.deepEqual([norm('СССР'), norm('КНДР'), norm('МИНСК')], ['СССР', 'КНДР', 'Минск']);
  });
  it('a surname alone that the tagger calls a place is the person named in full in the same text', async () => {
    const found = await recognize('Концерт памяти Петра Ильича Чайковского прошёл в Клину. Как писал Чайковский, работа шла трудно.');
    const alone = found.filter((e) => e.text === 'Чайковский');
    assert.deepEqual(
      alone.map((e) => [e.type, e.norm]),
      [['PER', 'Чайковский']],
    );
    assert.deepEqual(
      found.filter((e) => e.text === 'Клину').map((e) => e.type),
      ['LOC'],
    ); // a place stays a place
  });
  it('English: extract gives every name an entity key; a surname alone joins the full name, a name without its space joins the spaced one', async () => {
    const text = 'Ruth Okafor, chairman of Brightwater Mining Corp, visited Lagos. Okafor said BrightwaterMining Corp would hire.';
    const names = (await loadEngine()).extract(text, { lang: 'en' }).entities.filter((e) => ['PER', 'ORG', 'LOC'].includes(e.type));
    const keyOf = (t: string) => names.find((e) => e.text === t)?.entity;
    assert.ok(names.length >= 4 && names.every((e) => e.entity), JSON.stringify(names));
    assert.equal(keyOf('Okafor'), keyOf('Ruth Okafor'));
    assert.equal(keyOf('BrightwaterMining Corp'), keyOf('Brightwater Mining Corp'));
    assert.deepEqual(['Ruth Okafor', 'Brightwater Mining Corp', 'Lagos'].map(keyOf), ['per-1', 'org-1', 'loc-1']);
  });
  it('English: a name written with and without its space is one entity of one type, whichever comes first (en-joined-names.ts)', async () => {
    for (const text of ['Shares of KestrelSoft rose. Kestrel Soft said sales doubled.', 'Kestrel Soft said sales doubled at KestrelSoft.']) {
      const got = (await recognize(text)).filter((e) => /Kestrel/.test(e.text));
      assert.deepEqual(got.map((e) => `${e.type} ${e.text} ${e.entity}`).sort(), ['ORG Kestrel Soft org-1', 'ORG KestrelSoft org-1'], text);
    }
  });
  for (const [name, text, groups] of CASES)
    it(name, async () => {
      const found = (await recognize(text)).filter((e) => e.type === 'PER');
      const keyOf = (t: string) => {
        const ks = new Set(found.filter((e) => e.text === t).map((e) => e.entity));
        assert.equal(ks.size, 1, `${t}: found ${ks.size} keys in ${JSON.stringify(found.map((e) => [e.text, e.entity]))}`);
        return [...ks][0];
      };
      const keys = groups.map((g) => {
        const k = keyOf(g[0]);
        assert.match(String(k), /^per-\d+$/);
        for (const t of g.slice(1)) assert.equal(keyOf(t), k, `${t} is not with ${g[0]}`);
        return k;
      });
      assert.equal(new Set(keys).size, keys.length, 'different people share a key');
    });
});
