// Nouns for facilities and settlements whose own names Russian may put in quotes ("стадион «Лужники»",
// "аэропорт «Шереметьево»", "посёлок «Рыбацкое»", "гостиница «Москва»"): the quoted name after them is a
// place, as factRuEval marks facilities (NEREL gives them a type of their own). Lower-case word forms, any
// case ending (up to four letters). ru-quoted-titles.ts reads it, with the kinds of place of
// tables/ru-place-kinds.ts.
export const RU_FACILITY_KIND =
  /^(?:аэропорт|стадион|станци|вокзал|метро|площад|улиц|проспект|бульвар|шоссе|парк|сквер|пос[её]лок|пос[её]лк|сел|деревн|город|курорт|арен|спорткомплекс|квартал|микрорайон|космодром|порт|терминал|остановк|промзон|гостиниц|отел|санатори|пансионат|хостел)[а-яё]{0,4}$/;
