// "правительства РФ", "МИДе Грузии", "делегация США", "сборная России", "мэрии Москвы", "полиция
// Нью-Йорка": a body that governs or represents the place named after it is, in Russian news annotation,
// one organization with that place (factRuEval gives the ORG the place as its core, NEREL nests the
// LOC). The tagger reads the place alone (it is a LOC everywhere else), so the body noun joins it here,
// and the place stays a mention of its own inside it ("РФ" is still grouped with "Россия"). Whole
// lemmas, not the looser stems of ru-org-heads.ts ("судья", "центре Москвы", "больнице Лондона" are no
// bodies); "власти Германии" stays a place (factRuEval's own convention), and a named body
// ("Министерство иностранных дел России") is the tagger's.
import { Span } from './spans';
import { Line } from './forms';

/** Lower-case forms of the body nouns, any case, singular (plural where the body is plural). */
const BODY =
  /^(?:правительств[оаеу]|правительством|руководств[оаеу]|руководством|мид|мида|миде|миду|мидом|парламент|парламента|парламенте|парламенту|парламентом|делегаци[яиюей]|делегацией|сборн(?:ая|ой|ую|ою)|посольств[оаеу]|посольством|мэри[яиюей]|мэрией|кабмин|кабмина|кабмине|кабмину|кабмином|администраци[яиюей]|администрацией|министерств[оаеу]|министерством|полици[яиюей]|полицией|милици[яиюей]|милицией|прокуратур[аыеу]|прокуратурой|консульств[оаеу]|консульством|сенат|сената|сенате|сенату|сенатом)$/;

export function joinGovernmentOf(line: Line, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const b = s.first - 1;
    const tok = b >= 0 ? line.tokens[b] : undefined;
    // Adjacent words only ("правительства РФ"), and not already inside a longer name.
    if (s.type === 'LOC' && tok && tok.kind === 'word' && BODY.test(tok.text.toLowerCase()) && !spans.some((o) => o !== s && o.first <= b && b < o.last)) {
      out.push({ start: tok.start, end: s.end, type: 'ORG', first: b, last: s.last }, s);
      continue;
    }
    out.push(s);
  }
  return out;
}
