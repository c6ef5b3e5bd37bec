// Nouns for cultural institutions and auction houses: in Russian news annotation (factRuEval, NEREL) the
// name after them is an organization ("аукционного дома Christie’s", "галереи «Манеж»", "театре
// «Современник»"), not a place, as the tagger often reads an unknown name after "в"/"на". Facilities that
// are places (аэропорт, стадион, вокзал, станция) are left out. Lower-case word forms, any case ending
// (up to three letters: "музейный", "театральный" are adjectives, not the kind).
// ru-venues.ts reads it.
export const RU_VENUE_KIND = /^(?:музе|галере|театр|библиотек|филармони|консерватори|аукцион|аукционн)[а-яё]{0,3}$/;

/** "дом" after "аукционный": the two words are one kind ("аукционного дома Bonhams"). */
export const RU_HOUSE = /^дом(?:а|у|ом|е)?$/;
