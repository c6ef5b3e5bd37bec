// A name the tagger calls a place that is the speaker of a speech verb is a person: "— пояснил
// Дубровский" (an adjective-like surname), "— сказала Мадонна", "Мадонна сообщила …". The name must
// stand right after the verb that follows a dash or comma (the attribution after a quote), or open a
// sentence right before the verb. A name whose best az reading is a place stays a place ("Москва заявила" speaks for
// a state; factRuEval and NEREL keep such mentions LOC).
import { Span } from './spans';
import { Line, sentenceStart } from './forms';
import { Morph, MorphClass } from './morph';
import { RU_SPEECH_VERB } from './tables/ru-speech-verbs';

const ATTRIBUTION = new Set(['—', '–', '-', ',']);
/** A speaker is named in a word or a few: a longer "place" is not a misread surname. */
const MAX_WORDS = 3;

export function retypeSpeakers(line: Line, spans: Span[], morph: Morph): Span[] {
  const toks = line.tokens;
  let out: Span[] | undefined;
  spans.forEach((s, i) => {
    if (s.type !== 'LOC' || s.last - s.first > MAX_WORDS) return;
    const verb = (k: number) => k >= 0 && k < toks.length && toks[k].kind === 'word' && RU_SPEECH_VERB.test(toks[k].text.toLowerCase());
    const after = verb(s.first - 1) && s.first >= 2 && ATTRIBUTION.has(toks[s.first - 2].text);
    const before = verb(s.last) && sentenceStart(line, s.first);
    if (!after && !before) return;
    // az's best reading decides: "Мадонна" is first a person (a place only second), "Москва" a place.
    for (let k = s.first; k < s.last; k++) if (line.forms[k].classes & MorphClass.Geox && morph.analyze(toks[k].text).parses[0]?.tag.Geox) return;
    out ??= [...spans];
    out[i] = { ...s, type: 'PER' };
  });
  return out ?? spans;
}
