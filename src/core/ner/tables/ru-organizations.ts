// International organizations Russian news names without a head noun ("ОБСЕ", "Евросоюзом"):
// never a place or a person, whatever their context suggests ("в Евросоюзе" reads like "в Европе").
// Case-sensitive forms; the acronyms do not inflect.
export const RU_ORG_NAMES: ReadonlySet<string> = new Set([
  'ООН', 'НАТО', 'ОБСЕ', 'СНГ', 'ОДКБ', 'ШОС', 'ЕАЭС', 'ВТО', 'МВФ', 'ВОЗ', 'ОПЕК', 'ЮНЕСКО', 'ЮНИСЕФ', 'МАГАТЭ',
  'ЕС', 'БРИКС', 'АСЕАН', 'ФИФА', 'УЕФА', 'МОК', 'ПАСЕ', 'ЕЦБ', 'ЕСПЧ', 'ОЭСР', 'АТЭС', 'ОИК',
  'Евросоюз', 'Евросоюза', 'Евросоюзе', 'Евросоюзу', 'Евросоюзом',
  'Интерпол', 'Интерпола', 'Интерполе', 'Интерполу', 'Интерполом',
  'Европол', 'Европола', 'Европоле', 'Европолу', 'Европолом',
  'Гринпис',
]);
