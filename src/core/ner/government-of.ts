// "правительства РФ", "МИДе Грузии", "делегация США", "сборная России": a state body named by
// the place it serves is, in Russian news annotation (factRuEval), one organization — the body
// noun and the place. The tagger reads the place alone (it is a LOC everywhere else), so the body
// noun joins it here; the place inside is then found again as a nested mention (the recognizer's
// nestedPlaces), so "РФ" is still grouped with "Россия". Only bodies that stand for a state:
// "власти Германии" stays a place (factRuEval's own convention), and a named body ("Министерство
// иностранных дел России") is the tagger's.
import { Span } from './spans';
import { Line } from './forms';

/** Lower-case forms of the body nouns, any case, singular (plural where the body is plural). */
const BODY =
  /^(?:правительств[оаеу]|правительством|руководств[оаеу]|руководством|мид|мида|миде|миду|мидом|парламент|парламента|парламенте|парламенту|парламентом|делегаци[яиюей]|делегацией|сборн(?:ая|ой|ую|ою)|посольств[оаеу]|посольством|мэри[яиюей]|мэрией|кабмин|кабмина|кабмине|кабмину|кабмином)$/;

export function joinGovernmentOf(line: Line, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const b = s.first - 1;
    const tok = b >= 0 ? line.tokens[b] : undefined;
    // Adjacent words only ("правительства РФ"), and not already inside a longer name.
    if (s.type === 'LOC' && tok && tok.kind === 'word' && BODY.test(tok.text.toLowerCase()) && !spans.some((o) => o !== s && o.first <= b && b < o.last)) {
      out.push({ start: tok.start, end: s.end, type: 'ORG', first: b, last: s.last });
      continue;
    }
    out.push(s);
  }
  return out;
}
