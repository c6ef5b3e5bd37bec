// The words and marks that quotes, attributions and roles are built from, as data (one list per
// concept). Verbs of saying are stems with the endings of every tense, gender and number, so "отметил",
// "отметила", "отметили", "отмечает" are one entry each side of the aspect pair.

/** Opening mark → closing marks it pairs with. A straight quote closes itself. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '«': '»', '„': '“”', '“': '”', '"': '"', '‘': '’', '‚': '‘’',
};

/** Russian verbs of saying: stems (before the past/present endings below). */
export const SAY_STEMS_RU: readonly string[] = [
  'сказа', 'говор', 'заяви', 'заявля', 'отмети', 'отмеча', 'сообщи', 'сообща', 'подчеркну', 'подчеркива', 'добави', 'добавля',
  'поясни', 'поясня', 'рассказа', 'рассказыва', 'напомни', 'напомина', 'уточни', 'уточня', 'призна', 'признава', 'завери', 'заверя',
  'ответи', 'отвеча', 'счита', 'полага', 'пиш', 'написа', 'объясни', 'объясня', 'указа', 'указыва', 'констатирова', 'констатиру',
  'предупреди', 'предупрежда', 'признал', 'резюмирова', 'прокомментирова', 'комментиру', 'замети', 'замеча', 'утвержда', 'подытожи',
  'обеща', 'пообеща', 'пожалова', 'жалу', 'возрази', 'возража', 'спроси', 'спрашива',
];
/** Short adjectives that introduce what someone says or believes ("уверена:", "убеждены"). */
export const SAY_PREDICATIVES_RU: readonly string[] = ['уверен', 'уверена', 'уверены', 'убежден', 'убеждена', 'убеждены', 'убеждён'];
/** Endings after a stem: past (м/ж/ср/мн), present (3rd person), reflexive variants. */
export const SAY_ENDINGS_RU = '(?:л|ла|ло|ли|ет|ют|ит|ят|ёт|ут|ал|ала|ало|али)?(?:ся|сь)?';

/** English verbs of saying, every form. */
export const SAY_VERBS_EN: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained', 'explains',
  'asked', 'asks', 'wrote', 'writes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'replied', 'replies',
  'declared', 'declares', 'announced', 'announces', 'claimed', 'claims', 'stressed', 'stresses', 'continued', 'remarked',
  'commented', 'admitted', 'conceded', 'acknowledged', 'recalled', 'concluded', 'tweeted', 'posted',
  'promised', 'promises', 'believes', 'believed', 'thinks', 'thought', 'complained', 'complains',
  'is sure', 'is confident', 'is convinced', 'was sure', 'was confident',
];

/** Reported speech openers: the source follows, then a comma, then the reported clause. */
export const REPORTED_RU: readonly string[] = ['по словам', 'как сообщил', 'как сообщила', 'как сообщили', 'как отметил', 'как отметила', 'как отметили', 'как заявил', 'как заявила', 'как заявили', 'по данным', 'по информации', 'по мнению'];
export const REPORTED_EN: readonly string[] = ['according to', 'as', 'in the words of'];

/** Pronouns that stand for the last person named. */
export const PRONOUNS_RU: readonly string[] = ['он', 'она', 'они'];
export const PRONOUNS_EN: readonly string[] = ['he', 'she', 'they'];

/** Heads of a role phrase (singular, plural) before a name: "министр внутренних дел России Владимир Колокольцев". */
export const ROLE_HEADS_RU: Readonly<Record<string, string>> = {
  министр: 'министр', министры: 'министр', министра: 'министр', министром: 'министр', министру: 'министр',
  глава: 'глава', главы: 'глава', главой: 'глава', главе: 'глава',
  президент: 'президент', президенты: 'президент', президента: 'президент', президентом: 'президент',
  премьер: 'премьер', 'премьер-министр': 'премьер-министр', 'премьер-министра': 'премьер-министр',
  председатель: 'председатель', председателя: 'председатель', председателем: 'председатель',
  директор: 'директор', директора: 'директор', директором: 'директор', 'гендиректор': 'гендиректор', 'гендиректора': 'гендиректор',
  руководитель: 'руководитель', руководителя: 'руководитель', руководители: 'руководитель',
  представитель: 'представитель', представителя: 'представитель', 'пресс-секретарь': 'пресс-секретарь', 'пресс-секретаря': 'пресс-секретарь',
  посол: 'посол', посла: 'посол', губернатор: 'губернатор', губернатора: 'губернатор', мэр: 'мэр', мэра: 'мэр',
  замминистра: 'замминистра', заместитель: 'заместитель', заместителя: 'заместитель', советник: 'советник', советника: 'советник',
  депутат: 'депутат', депутата: 'депутат', сенатор: 'сенатор', сенатора: 'сенатор', генсек: 'генсек', генсека: 'генсек',
  спикер: 'спикер', спикера: 'спикер', канцлер: 'канцлер', канцлера: 'канцлер', аналитик: 'аналитик', эксперт: 'эксперт',
};
/** English role heads (any case). */
export const ROLE_HEADS_EN: readonly string[] = [
  'minister', 'president', 'prime minister', 'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'director', 'head',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador', 'governor', 'mayor', 'deputy', 'senator', 'chancellor',
  'analyst', 'economist', 'official', 'founder', 'leader', 'commissioner', 'general', 'editor', 'professor', 'manager',
];
