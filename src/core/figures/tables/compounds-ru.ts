// Russian compound adjectives with a number: "630-местном парламенте", "100-долларовой купюре",
// "5-процентный рост", "27-летний". By stem of the part after the hyphen: what the number is.
import { EntityType } from '../../types';

/** Stems after which the compound is a figure of this type (its value the digits). */
export const RU_COMPOUND_FIGURES: ReadonlyArray<readonly [stem: string, type: EntityType, currency?: string]> = [
  ['процентн', 'PERCENT'],
  ['долларов', 'MONEY', 'USD'],
  ['рублев', 'MONEY', 'RUB'],
];

/** Stems of counted-noun compounds: "630-местном" → NUMBER 630 over the digits only. */
export const RU_COMPOUND_COUNTS: ReadonlyArray<string> = [
  'местн',
  'этажн',
  'серийн',
  'тонн',
  'метров',
  'километров',
  'миллиметров',
  'кратн',
  'тысячн',
  'ярусн',
  'комнатн',
  'ступенчат',
  'томн',
  'звездочн',
  'звёздочн',
  'мачтов',
  'ствольн',
];

/* Ages ("27-летний") are in age-ru.ts. */
