// Case endings written after digits in Russian: "20-ти", "2-х", "7-ми" (cardinal numerals) and
// "1-го", "21-й", "3-я", "2024-м", "1ое" (ordinal adjectives). Lower-cased.

export const RU_CARDINAL_ENDINGS = new Set(['ти', 'х', 'ми', 'мя', 'ух', 'ёх', 'ех', 'ью', 'ста', 'сот', 'ка', 'а']);

export const RU_ORDINAL_ENDINGS = new Set([
  'й', 'я', 'е', 'ю', 'го', 'му', 'м', 'ой', 'ый', 'ий', 'ая', 'ое', 'ые', 'ых', 'ом', 'ую', 'его', 'ого',
  'ему', 'ому', 'ым', 'ыми', 'ими', 'ми', 'ья', 'ье', 'ьего', 'ьи', 'ей', 'ые', 'ьим', 'ии', 'ие',
]);
