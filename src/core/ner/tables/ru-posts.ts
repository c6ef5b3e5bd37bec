// Lower-case nouns for a person's post in a body, any case ending: "представителя Минспорта",
// "пресс-секретаря Фонда", "директор «Газпрома»". The body named after them is an organization and the
// post is the person's, not a part of the name (org-edges.ts, ru-quoted-orgs.ts read it). "после" is the
// preposition far more often than the ambassador's prepositional case ("после «Дискавери»").
export const RU_POST =
  /^(?!после$)(?:представител|пресс-секретар|руководител|председател|зампред|директор|гендиректор|сотрудник|член|депутат|министр|замминистр|заместител|советник|спикер|начальник|посл|генсек|секретар|президент|вице-президент|глав)(?:ь|я|ю|ем|е|и|ей|ям|ями|ях|а|у|ом|ов|ы|ой|ам|ами|ах)?$/;
