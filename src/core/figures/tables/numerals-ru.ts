// Russian numeral lemmas and their values. Only lemmas are written by hand: every inflected form
// ("семисот", "пяти", "двадцати", "полутора", "первому") comes from az/OpenCorpora paradigms through
// scripts/gen-figures-lexicon.ts, which writes data/figures-ru-forms.json.

/** Cardinal numerals below a thousand, by lemma. `rank` orders them inside one compound: hundreds > tens > units. */
export const RU_CARDINALS: Readonly<Record<string, number>> = {
  ноль: 0,
  нуль: 0,
  один: 1,
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
  полтора: 1.5,
  полтораста: 150,
};

/** Collective numerals ("двое", "троих") count people: value as the cardinal. */
export const RU_COLLECTIVES: Readonly<Record<string, number>> = {
  оба: 2,
  двое: 2,
  трое: 3,
  четверо: 4,
  пятеро: 5,
  шестеро: 6,
  семеро: 7,
  восьмеро: 8,
  девятеро: 9,
  десятеро: 10,
};

/** Ordinal adjectives by lemma. Compound ordinals ("двадцать первый") are cardinal words + one ordinal. */
export const RU_ORDINALS: Readonly<Record<string, number>> = {
  нулевой: 0,
  первый: 1,
  второй: 2,
  третий: 3,
  четвёртый: 4,
  пятый: 5,
  шестой: 6,
  седьмой: 7,
  восьмой: 8,
  девятый: 9,
  десятый: 10,
  одиннадцатый: 11,
  двенадцатый: 12,
  тринадцатый: 13,
  четырнадцатый: 14,
  пятнадцатый: 15,
  шестнадцатый: 16,
  семнадцатый: 17,
  восемнадцатый: 18,
  девятнадцатый: 19,
  двадцатый: 20,
  тридцатый: 30,
  сороковой: 40,
  пятидесятый: 50,
  шестидесятый: 60,
  семидесятый: 70,
  восьмидесятый: 80,
  девяностый: 90,
  сотый: 100,
  двухсотый: 200,
  трёхсотый: 300,
  четырёхсотый: 400,
  пятисотый: 500,
  шестисотый: 600,
  семисотый: 700,
  восьмисотый: 800,
  девятисотый: 900,
  тысячный: 1000,
  миллионный: 1e6,
};

/** Counted-noun multipliers written as words; abbreviations live in multipliers.ts. */
export const RU_MULTIPLIER_LEMMAS: Readonly<Record<string, number>> = {
  тысяча: 1e3,
  миллион: 1e6,
  миллиард: 1e9,
  триллион: 1e12,
};

/** Nouns that are numbers by themselves ("десяток задержанных", "сотни людей"). */
export const RU_NUMBER_NOUNS: Readonly<Record<string, number>> = {
  десяток: 10,
  дюжина: 12,
  сотня: 100,
};

/** Fractions joined to a number: "три с половиной" → 3.5, "половина" alone → 0.5. */
export const RU_FRACTION_LEMMAS: Readonly<Record<string, number>> = {
  половина: 0.5,
  четверть: 0.25,
  треть: 1 / 3,
};

/** Words for "minus". */
export const RU_NEGATIVE = new Set(['минус']);

/** Adverbs that count times: "дважды становился лауреатом" (twice) → 2. */
export const RU_TIMES_ADVERBS: Readonly<Record<string, number>> = {
  дважды: 2,
  трижды: 3,
  четырежды: 4,
};

/** Plural round numbers alone: "тысячи человек", "сотни домов" — more than one such unit. */
export const RU_VAGUE_PLURALS: Readonly<Record<string, number>> = {
  десятки: 10,
  десятков: 10,
  сотни: 100,
  сотен: 100,
  тысячи: 1e3,
  тысяч: 1e3,
  миллионы: 1e6,
  миллионов: 1e6,
  миллиарды: 1e9,
  миллиардов: 1e9,
};
