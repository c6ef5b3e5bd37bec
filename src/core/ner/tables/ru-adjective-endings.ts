// Adjective endings, longest first, for putting an adjective into the nominative by its ending when
// az's inflect() leaves the word's lexeme: it turns the passive participle "Соединённых" into the
// active "соединившие". Used only as that fallback (adjective-form.ts).
export const RU_ADJ_ENDINGS: readonly string[] = [
  'ыми',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ых',
  'их',
  'ым',
  'им',
  'ой',
  'ей',
  'ую',
  'юю',
  'ою',
  'ею',
  'ом',
  'ем',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
];

/** Nominative endings: [hard stem, soft stem or a stem ending in г/к/х/ж/ш/ч/щ]. */
export const RU_ADJ_NOMINATIVE: Record<'masc' | 'femn' | 'neut' | 'plur', [string, string]> = {
  masc: ['ый', 'ий'],
  femn: ['ая', 'яя'],
  neut: ['ое', 'ее'],
  plur: ['ые', 'ие'],
};
