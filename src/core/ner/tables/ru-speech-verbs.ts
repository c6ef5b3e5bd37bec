// Verbs that attribute speech in Russian news ("— пояснил Дубровский", "Мадонна сообщила"): past forms of
// every gender and number and the present third person. A name that says something is a person (or a
// body: "сообщил Интерфакс"), never a place that az does not know as one (ru-speakers.ts).
export const RU_SPEECH_VERB =
  /^(?:сказал|заявил|сообщил|пояснил|отметил|добавил|подчеркнул|рассказал|ответил|написал|уточнил|признал|заметил|напомнил|объяснил|заверил|предупредил|призвал|признался|призналась|поделил(?:ся|ась))(?:а|о|и)?$|^(?:говорит|считает|пишет|отмечает|утверждает|поясняет|подчеркивает|подчёркивает|признаётся|признается)$/;
