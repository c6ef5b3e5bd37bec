// Nouns that introduce the quoted title of a work, a craft (cars and shuttles too) or an event, not the name of a body or
// a person: "фильм «Левиафан»", "оперу «Евгений Онегин»", "ракета «Союз»", "фестиваля «Нашествие»".
// Written as a pattern over lower-case word forms (all case endings). quoted-works.ts drops a name
// the tagger found inside such quotes.
export const RU_WORK_KIND =
  /^(?:фильм|кинофильм|мультфильм|сериал|спектакл|пьес|опер|балет|мюзикл|роман|повест|рассказ|поэм|стихотворени|книг|сборник|песн|альбом|сингл|трек|клип|картин|полотн|скульптур|ракет|корабл|судн|спутник|самол[её]т|вертол[её]т|автомобил|шаттл|фестивал|конкурс)[а-яё]{0,4}$/;
