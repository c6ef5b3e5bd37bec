// Lower-case nouns for the governing bodies of a place: in Russian news "правительство Израиля", "мэрии
// Москвы", "парламенту Чечни", "посольство США" name one organization by its place (factRuEval marks the
// phrase an ORG with the place as its core, NEREL an ORG with the place nested), while the tagger often
// sees only the place. Whole lemmas with their case endings (not the looser stems of ru-org-heads.ts:
// "судья", "центре Москвы", "больнице Лондона" are no bodies). ru-place-bodies.ts reads it.
export const RU_PLACE_BODY =
  /^(?:правительств(?:о|а|у|ом|е)|парламент(?:а|у|ом|е)?|мэри(?:я|и|ю|ей)|администраци(?:я|и|ю|ей)|министерств(?:о|а|у|ом|е)|полици(?:я|и|ю|ей)|милици(?:я|и|ю|ей)|прокуратур(?:а|ы|е|у|ой)|посольств(?:о|а|у|ом|е)|консульств(?:о|а|у|ом|е)|сенат(?:а|у|ом|е)?|мид(?:а|у|ом|е)?)$/;
