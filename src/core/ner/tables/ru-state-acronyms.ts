// States written as acronyms: az gives them no Geox tag, so inside an organization's name
// ("МВД РФ", "посольство США") they are found as places of their own by this list.
export const RU_STATE_ACRONYMS: ReadonlySet<string> = new Set([
  'РФ',
  'США',
  'ФРГ',
  'ГДР',
  'КНР',
  'КНДР',
  'ОАЭ',
  'ЮАР',
  'СССР',
  'РСФСР',
  'ДРК',
  'ЦАР',
  'РК',
  'КР',
  'РБ',
  'УССР',
  'БССР',
]);
