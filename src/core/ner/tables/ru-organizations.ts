// Organizations Russian news names without a head noun ("ОБСЕ", "Евросоюзом", "Газпрома", "Facebook"):
// never a place or a person, whatever their context suggests ("в Евросоюзе" reads like "в Европе").
// Case-sensitive. Acronyms and Latin names do not inflect; Cyrillic names are listed in the
// nominative and their case forms derived below (hard masculine, -а/-я feminine, -ь feminine).
const ACRONYMS = `ООН НАТО ОБСЕ СНГ ОДКБ ШОС ЕАЭС ВТО МВФ ВОЗ ОПЕК ЮНЕСКО ЮНИСЕФ МАГАТЭ ЕС БРИКС АСЕАН ФИФА УЕФА МОК
ПАСЕ ЕЦБ ЕСПЧ ОЭСР АТЭС ОИК МТС ВТБ РЖД ФАС`;

const CYRILLIC = `Евросоюз Интерпол Европол Гринпис Газпром Сбербанк Яндекс Аэрофлот Лукойл Росатом Роскосмос Ростех
Мегафон Вымпелком Росстат Роскомнадзор Росприроднадзор Ростелеком Еврокомиссия Европарламент Госдума Роснефть
Новатэк Транснефть Норникель Минфин Минобороны Минздрав Минобрнауки Минэкономразвития Росгвардия`;

// Companies only: social networks and messengers ("написал в Twitter") are platforms more often than
// actors, and the corpora disagree on them (factRuEval marks them ORG, NEREL does not).
const LATIN = `Google Apple Microsoft Amazon Oracle Philips Siemens Intel IBM Sony Nokia Samsung Huawei Netflix Uber
Boeing Airbus Toyota Tesla Nvidia Alibaba Tencent Reuters Bloomberg Interfax Sputnik`;

/** The case forms of a Cyrillic name given in the nominative (indeclinable "-о"/"-е"/"-ы" words stay as they are: "Минобороны"). */
function forms(name: string): string[] {
  if (/ия$/.test(name)) {
    const s = name.slice(0, -1);
    return [name, s + 'и', s + 'ю', s + 'ей'];
  }
  if (/а$/.test(name)) {
    const s = name.slice(0, -1);
    return [name, s + 'ы', s + 'е', s + 'у', s + 'ой'];
  }
  if (/я$/.test(name)) {
    const s = name.slice(0, -1);
    return [name, s + 'и', s + 'е', s + 'ю', s + 'ей'];
  }
  if (/ь$/.test(name)) {
    const s = name.slice(0, -1);
    return [name, s + 'и', s + 'ью'];
  }
  if (/[оеиэы]$/.test(name)) return [name];
  return [name, name + 'а', name + 'е', name + 'у', name + 'ом'];
}

export const RU_ORG_NAMES: ReadonlySet<string> = new Set([...ACRONYMS.split(/\s+/), ...CYRILLIC.split(/\s+/).flatMap(forms), ...LATIN.split(/\s+/)]);
