// fixOrgEdges on the tagger's spans, given directly: "власти X" shrinks to the place, a generic body
// noun alone at a sentence start is dropped, a named body stays.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { loadMorph } from '../../../src/core/ner/morph';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { fixOrgEdges } from '../../../src/core/ner/org-edges';
import { Span } from '../../../src/core/ner/spans';

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
