import { strict as assert } from 'assert';
import { recognize, brief } from './helpers';

// [sentence, entities that must be found ("TYPE text")]
const FOUND: Array<[string, string[]]> = [
  ['В Усть-Каменогорске встретились министры Владимир Колокольцев и Ержан Саденов.', ['LOC Усть-Каменогорске', 'PER Владимир Колокольцев', 'PER Ержан Саденов']],
  ['План совместных действий согласовали главы МВД Казахстана и России.', ['ORG МВД Казахстана', 'LOC России']],
  ['Россия и Казахстан давно взаимодействуют в рамках СНГ, ОДКБ и ШОС.', ['LOC Россия', 'LOC Казахстан', 'ORG СНГ', 'ORG ОДКБ', 'ORG ШОС']],
  ['Растут объемы сведений, направляемых по каналам Интерпола.', ['ORG Интерпола']],
  ['Проверено свыше семисот отпечатков по запросам Департамента полиции Западно-Казахстанской области.', ['ORG Департамента полиции Западно-Казахстанской области', 'LOC Западно-Казахстанской области']],
  ['Глава МИД России Сергей Лавров прибыл в Берлин.', ['PER Сергей Лавров', 'LOC Берлин']],
  ['Президент Франции Эмманюэль Макрон выступил в Париже.', ['LOC Франции', 'PER Эмманюэль Макрон', 'LOC Париже']],
  // A name ends where the sentence goes on with a preposition and common nouns.
  ['В учебных заведениях МВД России по программам повышения квалификации прошли обучение 440 специалистов.', ['ORG МВД России']],
];

// [sentence, texts that must NOT be recognized as PER/ORG/LOC]
const NOT_FOUND: Array<[string, string[]]> = [
  // A capitalized first word of a sentence is not a name.
  ['Также рассмотрели вопросы противодействия обороту наркотиков.', ['Также']],
  ['Стороны согласовали план совместных действий на предстоящий период.', ['Стороны']],
  ['Вчера в городе прошел дождь.', ['Вчера']],
  ['В учебных заведениях МВД России по программам повышения квалификации прошли обучение.', ['МВД России по программам повышения квалификации', 'МВД России по']],
  // Months and weekdays belong to the date recognizer.
  ['В понедельник, 22 июля, заседание перенесли на Январь.', ['понедельник', 'Январь']],
  // Product and disease codes.
  ['Число случаев COVID-19 выросло, а Windows 10 получила обновление.', ['COVID-19', 'COVID', 'Windows 10', 'Windows']],
];

describe('NER, Russian', function () {
  this.timeout(20000);
  for (const [text, expected] of FOUND)
    it(text, async () => {
      const got = brief(await recognize(text));
      for (const e of expected) assert.ok(got.includes(e), `missing ${e}; got ${JSON.stringify(got)}`);
    });
  describe('false positives', () => {
    for (const [text, banned] of NOT_FOUND)
      it(text, async () => {
        const got = (await recognize(text)).map((e) => e.text);
        for (const b of banned) assert.ok(!got.includes(b), `${b} recognized; got ${JSON.stringify(got)}`);
      });
  });
});
