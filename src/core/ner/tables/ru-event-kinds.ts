// Head nouns of the names of events ("Петербургский экономический форум", "Международный конкурс имени
// Чайковского", "Русский марш", "Corus Chess Tournament"): a name whose head is one of them is an event,
// which factRuEval and NEREL do not mark as an organization (ru-events.ts). Patterns over lower-case word
// forms, all case endings; English heads for Latin-script names, which put the head last.
export const RU_EVENT_HEAD =
  /^(?:форум|конкурс|фестивал|турнир|чемпионат|первенств|олимпиад|спартакиад|саммит|конференци|симпозиум|выставк|биеннал|триеннал|кубок|кубк)[а-яё]{0,4}$|^марш(?:а|у|ем|е|и|ей|ам|ами|ах)?$/;
export const EN_EVENT_HEAD =
  /^(?:forum|contest|competition|festival|tournament|championships?|olympics|games|march|summit|conference|symposium|exhibition|expo|biennale|cup|awards?)$/;
