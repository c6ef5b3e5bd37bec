// fixOrgEdges on the tagger's spans, given directly: "власти X" shrinks to the place, a generic body
// noun alone at a sentence start is dropped, a named body stays.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { loadMorph } from '../../../src/core/ner/morph';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { fixOrgEdges } from '../../../src/core/ner/org-edges';
import { Span } from '../../../src/core/ner/spans';
import { brief, recognize, runSpanRule } from './helpers';

async function run(text: string, words: string): Promise<string[]> {
  const rec = (await loadNer()) as unknown as Recognizer;
  const [line] = rec.linesOf(tokenize(text));
  const first = line.tokens.findIndex((t) => t.text === words.split(' ')[0]);
  const last = first + words.split(' ').length;
  const span: Span = { start: line.tokens[first].start, end: line.tokens[last - 1].end, type: 'ORG', first, last };
  return fixOrgEdges(line, [span], await loadMorph()).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('NER ru: fixOrgEdges', function () {
  this.timeout(20000);
  it('"Власти Германии" (ORG) → the place alone', async () => {
    assert.deepStrictEqual(await run('Власти Германии начали расследование.', 'Власти Германии'), ['LOC Германии']);
  });
  it('"властей Мальты" in the middle of a sentence → the place alone', async () => {
    assert.deepStrictEqual(await run('Он ждал ответа от властей Мальты.', 'властей Мальты'), ['LOC Мальты']);
  });
  it('"Правительство" alone at a sentence start is dropped', async () => {
    assert.deepStrictEqual(await run('Врачи бастуют. Правительство уволило часть врачей.', 'Правительство'), []);
  });
  it('"Кремль" at a sentence start stays (not a kind of body)', async () => {
    assert.deepStrictEqual(await run('Кремль всех опередил.', 'Кремль'), ['ORG Кремль']);
  });
  it('"Правительство РФ" (two words) stays', async () => {
    assert.deepStrictEqual(await run('Правительство РФ уволило часть врачей.', 'Правительство РФ'), ['ORG Правительство РФ']);
  });
  it('"Правительство" inside a sentence stays (the tagger saw a name there)', async () => {
    assert.deepStrictEqual(await run('Об этом заявило Правительство в среду.', 'Правительство'), ['ORG Правительство']);
  });
});

describe('NER ru: fixOrgEdges, a remit after "по"', function () {
  this.timeout(20000);
  it('"… по безопасности и сотрудничеству" cut before "в Европе" → the whole name', async () => {
    assert.deepStrictEqual(
      await run('Наблюдатели от Организации по безопасности и сотрудничеству в Европе прибыли.', 'Организации по безопасности и сотрудничеству'),
      ['ORG Организации по безопасности и сотрудничеству в Европе'],
    );
  });
  it('"Совета при Президенте РФ" followed by "по развитию …" → up to the last noun', async () => {
    assert.deepStrictEqual(
      await run('На заседании Совета при Президенте РФ по развитию информационного общества выступил министр.', 'Совета при Президенте РФ'),
      ['ORG Совета при Президенте РФ по развитию информационного общества'],
    );
  });
  it('not after a name without a body noun, and never across a verb', async () => {
    assert.deepStrictEqual(await run('Газпром по традиции повысил цены.', 'Газпром'), ['ORG Газпром']);
    assert.deepStrictEqual(await run('Комитет по делам решил иначе.', 'Комитет'), ['ORG Комитет по делам']);
  });
});

describe('NER ru: fixOrgEdges, a remit after a body named anywhere in the span', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixOrgEdges, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    [
      'the head noun after an adjective',
      'Глава государственной Комиссии по атомной энергии выступил.',
      ['ORG государственной Комиссии'],
      ['ORG государственной Комиссии по атомной энергии'],
    ],
    [
      '"в сфере" goes on with the remit',
      'Его назначили главой Федеральной службы по надзору в сфере образования и науки вчера.',
      ['ORG Федеральной службы по надзору'],
      ['ORG Федеральной службы по надзору в сфере образования и науки'],
    ],
    [
      'an abbreviation with a region after "по", cut short inside',
      'Сообщила пресс-служба МЧС по Санкт-Петербургу и Ленобласти в среду.',
      ['ORG МЧС по Санкт-Петербургу'],
      ['ORG МЧС по Санкт-Петербургу и Ленобласти'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      // After an abbreviation a lower-case remit is the role's ("директор НАСА по …"), not the agency's.
      ['an abbreviation with a lower-case remit', 'Так считает директор НАСА по космическим полётам Джон Смит.', ['ORG НАСА']],
      ['a name with no body noun or abbreviation', 'Газпром по традиции повысил цены.', ['ORG Газпром']],
      ['"в сфере" only inside a remit', 'Компания Ромашка в сфере услуг работает давно.', ['ORG Компания Ромашка']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});

describe('NER ru: a place inside a widened organization is one mention', function () {
  this.timeout(20000);
  it('"МЧС по Москве и Подмосковью": each place once', async () => {
    const got = brief(await recognize('Сообщил Иван Петров, заместитель начальника пресс-службы МЧС по Москве и Подмосковью.'));
    assert.ok(got.includes('ORG пресс-службы МЧС по Москве и Подмосковью'), JSON.stringify(got));
    assert.deepStrictEqual(
      got.filter((e) => e.startsWith('LOC')),
      ['LOC Москве', 'LOC Подмосковью'],
    );
  });
});

describe('NER ru: fixOrgEdges, a post on the left is the person’s', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixOrgEdges, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    ['a representative', 'Об этом сообщили со ссылкой на представителя Минспорта вчера.', ['ORG представителя Минспорта'], ['ORG Минспорта']],
    ['two posts in a row', 'Выступил заместитель председателя Гостелерадио.', ['ORG заместитель председателя Гостелерадио'], ['ORG Гостелерадио']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));
  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a capitalized post is a part of the name', 'Указ подписал Президент Татарстана вчера.', ['ORG Президент Татарстана']],
      ['a post alone', 'Его принял глава вчера.', ['ORG глава']],
      ['a body noun that starts like a post', 'Решение принял главк вчера.', ['ORG главк']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});

describe('NER ru: fixOrgEdges, a common noun capitalized by the sentence start', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixOrgEdges, text, tagged);
  const dropped: Array<[string, string, string[]]> = [
    // [what, text, tagger's spans]
    ['shares of a bank', 'Акции банка на бирже выросли на 3 %.', ['ORG Акции банка']],
    ['staff of the police', 'Сотрудники полиции задержали его.', ['ORG Сотрудники полиции']],
    ['after a quote and a dash', '«Работы много». Жители района недовольны.', ['ORG Жители района']],
  ];
  for (const [what, text, tagged] of dropped) it(`${what}: dropped`, async () => assert.deepStrictEqual(await run(text, tagged), []));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a head noun of organizations', 'Министерство обороны сообщило об учениях.', ['ORG Министерство обороны']],
      ['a party', 'Партия регионов победила на выборах.', ['ORG Партия регионов']],
      ['a capitalized word after the noun', 'Акции Сбербанка выросли.', ['ORG Акции Сбербанка']],
      ['not at a sentence start', 'Вчера Акции банка выросли.', ['ORG Акции банка']],
      ['an adjective first', 'Московская биржа открылась.', ['ORG Московская биржа']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});

describe('NER ru: fixOrgEdges, a body "при" another body is one name', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixOrgEdges, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    [
      'a commission attached to the President',
      'Об этом сообщили в Комиссии по правам человека при Президенте РФ вчера.',
      ['ORG Комиссии по правам человека', 'ORG Президенте РФ'],
      ['ORG Комиссии по правам человека при Президенте РФ'],
    ],
    [
      'then its remit after "по"',
      'Заседание Совета при Минюсте по вопросам помилования прошло.',
      ['ORG Совета', 'ORG Минюсте'],
      ['ORG Совета при Минюсте по вопросам помилования'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a person after "при"', 'Реформы Минфина при Кудрине шли быстро.', ['ORG Минфина', 'PER Кудрине']],
      ['a place after "при"', 'Бои Армии при Сталинграде шли долго.', ['ORG Армии', 'LOC Сталинграде']],
      ['a word between', 'Совет при этом Минюст поддержал.', ['ORG Совет', 'ORG Минюст']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});

describe('NER ru: fixOrgEdges, the head noun left out on the left', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(fixOrgEdges, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    [
      'a lower-case head before a lower-case adjective',
      'Об этом заявил представитель министерства иностранных дел Японии.',
      ['ORG иностранных дел Японии'],
      ['ORG министерства иностранных дел Японии'],
    ],
    ['a capitalized head', 'Министерство иностранных дел Японии заявило протест.', ['ORG иностранных дел Японии'], ['ORG Министерство иностранных дел Японии']],
    [
      'a head noun in another case',
      'Он работал в комитете государственной безопасности.',
      ['ORG государственной безопасности'],
      ['ORG комитете государственной безопасности'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a span that starts with a capital', 'Акции компании Газпром выросли.', ['ORG Газпром']],
      ['a word before that is no head noun', 'Сотрудники федеральной службы безопасности пришли.', ['ORG федеральной службы безопасности']],
      ['a verb that begins like a head ("думал")', 'Он думал российских властей не спрашивать.', ['ORG российских властей']],
      ['a head that is another span’s', 'Глава комиссии ООН международной группы выступил.', ['ORG комиссии ООН', 'ORG международной группы']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
