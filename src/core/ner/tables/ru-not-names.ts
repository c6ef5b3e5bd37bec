// Russian words that, capitalized on their own, are still not names: months and weekdays (dates
// are the figures recognizer's business), and holidays ("отметили Масленицу", "к Хэллоуину", "праздник
// Навруз": the tagger reads them as persons). "Марта" and "Мая" are left out: they are also given names;
// "Пасха" too ("острова Пасхи" is a place).
export const RU_NOT_NAME_STEMS: readonly RegExp[] = [
  /^(январ|феврал|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)[ьяюеёи]?[мх]?[иу]?$/iu,
  /^(понедельник|вторник|сред[аыуеой]|четверг|пятниц[аыуеой]|суббот[аыуеой]|воскресень[еяюи])[аеуомих]*$/iu,
  /^(?:маслениц[аыеуй]|масленицей|рождеств(?:о|а|у|ом|е)|х[эе]ллоуин(?:а|у|ом|е)?|н[ао]вруз(?:а|у|ом|е)?|рамадан(?:а|у|ом|е)?|ханук(?:а|и|у|ой|е)|сабантуй|сабантуя|сабантую|сабантуем|сабантуе|песах(?:а|у|ом|е)?|пурим(?:а|у|ом|е)?|дивали|(?:курбан|ураза)-байрам(?:а|у|ом|е)?)$/iu,
];

export function isRuNotName(word: string): boolean {
  return RU_NOT_NAME_STEMS.some((re) => re.test(word));
}
