// Head nouns of Russian organization names that take a complement in the genitive as a part of the
// name ("Министерство обороны", "Институт проблем передачи информации", "Фонд содействия
// реформированию ЖКХ", "Служба внешней разведки"): a body for a field of work, named by that field.
// Heads named otherwise ("суд", "банк", "компания", "театр": "суда комплекса зданий", "банка
// прошлого года") are left out. Stems, any case ending; lower-case forms. Read by org-edges.ts only
// (not a tagger feature: editing it keeps the fold-model cache).
const STEMS = [
  'министерств',
  'ведомств',
  'департамент',
  'управлени',
  'комитет',
  'комисси',
  'служб',
  'агентств',
  'инспекци',
  'совет',
  'фонд',
  'институт',
  'академи',
  'центр',
  'лаборатори',
  'отдел',
  'союз',
  'ассоциаци',
  'федераци',
  'обществ',
  'музе',
  'палат',
];

export const RU_COMPLEMENT_HEAD = new RegExp(`^(?:${STEMS.join('|')})[а-яё]{0,3}$`);

/** Nouns of time whose genitive dates a body's act ("Комитета прошлого года"), never names its field. */
export const RU_TIME_NOUN = /^(?:год|месяц|недел|дн|дня|сутк|век|квартал|сезон|созыв)[а-яё]{0,3}$/;
