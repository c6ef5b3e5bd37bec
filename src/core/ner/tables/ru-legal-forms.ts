// Abbreviations of legal and sporting forms of Russian organizations, written before the quoted
// name and part of it ("ООО «Ромашка»", "ОАО «Газпром»", "ФГУП «Почта России»", "ФК «Спартак»").
// Case-sensitive: they are written in capitals and do not inflect.
export const RU_LEGAL_FORMS: ReadonlySet<string> = new Set([
  // companies and partnerships (Civil Code forms, old and new)
  'ООО',
  'ОАО',
  'ЗАО',
  'ПАО',
  'НАО',
  'АО',
  'ОДО',
  'ТОО',
  'ИП',
  'ЧП',
  'ЧОП',
  'ЧОО',
  // state and municipal enterprises and institutions
  'ГУП',
  'МУП',
  'ФГУП',
  'ГКУ',
  'ГБУ',
  'ФГБУ',
  'ФГБОУ',
  'ГАУ',
  'МКУ',
  'МБУ',
  'МБОУ',
  'ГУ',
  'ФКУ',
  // non-profits
  'АНО',
  'НКО',
  'НП',
  'РОО',
  'МОО',
  // sports clubs
  'ФК',
  'ХК',
  'БК',
  'ВК',
  'ПФК',
  'СК',
]);
