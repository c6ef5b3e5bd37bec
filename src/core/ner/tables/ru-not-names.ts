// Russian words that, capitalized on their own, are still not names: months and weekdays (dates
// are the figures recognizer's business). "Марта" and "Мая" are left out: they are also given names.
export const RU_NOT_NAME_STEMS: readonly RegExp[] = [
  /^(январ|феврал|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)[ьяюеёи]?[мх]?[иу]?$/iu,
  /^(понедельник|вторник|сред[аыуеой]|четверг|пятниц[аыуеой]|суббот[аыуеой]|воскресень[еяюи])[аеуомих]*$/iu,
];

export function isRuNotName(word: string): boolean {
  return RU_NOT_NAME_STEMS.some((re) => re.test(word));
}
