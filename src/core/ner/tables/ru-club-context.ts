// Words that put a sentence on the field: a team's players, staff, fans and games. A place's name in
// quotes in such a sentence names a club ("продать «Роме» полузащитника", "болельщики «Зенита»"), not a
// car, a rocket or a film (ru-quoted-titles.ts). Lower-case word forms; short stems spelled out with
// their endings, so "голос" or "командир" do not count.
export const RU_CLUB_CONTEXT =
  /^(?:клуб[а-яё]*|команд(?:а|ы|е|у|ой|ам|ами|ах)?|фк|матч[а-яё]*|игрок[а-яё]*|футбол[а-яё]*|хокке[а-яё]*|баскетбол[а-яё]*|волейбол[а-яё]*|болельщик[а-яё]*|фанат[а-яё]*|тренер[а-яё]*|наставник[а-яё]*|полузащитник[а-яё]*|нападающ[а-яё]*|вратар[а-яё]*|голкипер[а-яё]*|форвард[а-яё]*|легионер[а-яё]*|чемпионат[а-яё]*|турнир[а-яё]*|дерби|гол(?:а|ы|ов|ом|ами)?|соперник[а-яё]*|лиг(?:а|и|е|у|ой)|состав(?:е|а|ом)?|ничь(?:я|ю|ей)|трансфер[а-яё]*)$/;
