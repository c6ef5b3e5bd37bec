// Relative date words, resolved against the reference date: "в прошлом году", "вчера", "last year".
import { Grain } from './time-units';

/** Words that name a day by its offset from the reference date. */
export const RU_RELATIVE_DAYS: Readonly<Record<string, number>> = {
  позавчера: -2,
  вчера: -1,
  сегодня: 0,
  завтра: 1,
  послезавтра: 2,
};
/** Adjectives of those words, by stem, before "день": "на сегодняшний день", "с завтрашнего дня". */
export const RU_RELATIVE_DAY_ADJECTIVE_STEMS: Readonly<Record<string, number>> = {
  позавчерашн: -2,
  вчерашн: -1,
  сегодняшн: 0,
  завтрашн: 1,
  послезавтрашн: 2,
};
export const EN_RELATIVE_DAYS: Readonly<Record<string, number>> = {
  yesterday: -1,
  today: 0,
  tomorrow: 1,
  tonight: 0,
};

/** Adjective lemmas + a calendar noun: "в прошлом году" (-1), "в текущем месяце" (0), "на следующей неделе" (+1). */
export const RU_RELATIVE_ADJECTIVES: Readonly<Record<string, number>> = {
  прошлый: -1,
  минувший: -1,
  прошедший: -1,
  предыдущий: -1,
  позапрошлый: -2,
  этот: 0,
  текущий: 0,
  нынешний: 0,
  следующий: 1,
  будущий: 1,
  наступающий: 1,
  предстоящий: 1,
  грядущий: 1,
};
export const EN_RELATIVE_ADJECTIVES: Readonly<Record<string, number>> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  upcoming: 1,
};

/** Which calendar grains a relative phrase can name. */
export const RELATIVE_GRAINS: ReadonlySet<Grain> = new Set(['Y', 'M', 'W', 'D', 'C', 'Q']);
