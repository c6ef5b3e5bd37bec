// Common nouns that make a multi-word place name with the capitalized adjective before them
// ("Самарской области", "Западно-Казахстанской области", "Красноярского края"). Inside an
// organization's name such a pair is also a place of its own (nested LOC, as factRuEval marks it).
// Written as a pattern over lower-case word forms (all case endings).
export const RU_PLACE_KIND =
  /^(?:област(?:ь|и|ью|ей|ям|ях)|кра(?:й|я|ю|е|ем)|район(?:а|у|е|ом)?|округ(?:а|у|е|ом)?|республик(?:а|и|е|у|ой)|губерни(?:я|и|ю|ей)|провинци(?:я|и|ю|ей)|штат(?:а|у|е|ом)?|уезд(?:а|у|е|ом)?|озер(?:о|а|у|е|ом)|мор(?:е|я|ю|ем)|залив(?:а|у|е|ом)?|остров(?:а|у|е|ом|ов|ах)?|полуостров(?:а|у|е|ом)?|пролив(?:а|у|е|ом)?|рек(?:а|и|е|у|ой)|хреб(?:ет|та|ту|те|том)|гор(?:ы|ах|ам|ами)?|океан(?:а|у|е|ом)?|пустын(?:я|и|е|ю|ей)|водохранилищ(?:е|а|у|ем))$/;
