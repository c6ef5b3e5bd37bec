// Two rules over the Russian tagger's spans: a state body named by its place is one organization
// ("правительства РФ", src/core/ner/government-of.ts), and international organizations from the
// table are never places or persons (src/core/ner/known-organizations.ts).
import { describeNerTables } from './helpers';

describeNerTables('NER ru: state bodies and known organizations', [
  ['Об этом сообщили в правительстве РФ.', ['ORG правительстве РФ', 'LOC РФ']],
  ['Заявление опубликовало МВД РФ.', ['ORG МВД РФ', 'LOC РФ']],
  ['Делегация США прибыла в Женеву в понедельник.', ['ORG Делегация США', 'LOC США']],
  ['Вчера сборная России выиграла у сборной Бразилии.', ['ORG сборная России', 'ORG сборной Бразилии']],
  ['Об этом заявило руководство Грузии.', ['ORG руководство Грузии', 'LOC Грузии']],
  ['Грузия хочет вступить в НАТО и в Евросоюз.', ['ORG НАТО', 'ORG Евросоюз']],
  ['Отношения с Евросоюзом остаются сложными.', ['ORG Евросоюзом']],
  ['Наблюдатели ОБСЕ остались довольны выборами.', ['ORG ОБСЕ']],
  ['Активисты Гринпис провели акцию у здания мэрии.', ['ORG Гринпис']],
  ['ФАС констатировала, что МТС, «Вымпелком» и «Мегафон» нарушили закон.', ['ORG ФАС', 'ORG МТС', 'ORG Вымпелком', 'ORG Мегафон']],
  ['Акции Газпрома выросли, сообщил Минфин.', ['ORG Газпрома', 'ORG Минфин']],
  ['Акции Oracle и Siemens подешевели.', ['ORG Oracle', 'ORG Siemens']],
], [
  // "власти" are not a body of their own in factRuEval: the place stays a place
  ['Власти Германии уже начали расследование.', ['Власти Германии']],
  // a known name inside a longer one is not split off as a place
  ['Совет Безопасности ООН собрался в Нью-Йорке.', ['Безопасности ООН']],
]);

describeNerTables('NER ru: edges of person names', [
  ['Эксперты ждали, что после смерти Кима Чен Ира КНДР изменит курс.', ['PER Кима Чен Ира', 'LOC КНДР']],
  ['Премию вручил Лев Толстой.', ['PER Лев Толстой']],
], [
  ['Он стал лауреатом Нобелевской премии мира.', ['Нобелевской']],
  ['На Королёвских чтениях выступили учёные.', ['Королёвских']],
]);

describeNerTables('NER ru: a surname az reads as an adjective stays a person', [
  ['Как заявил Навальный, суд был несправедливым.', ['PER Навальный']],
], []);
