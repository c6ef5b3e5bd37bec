// "Театр им. Йозефа Бойса", "Институт иностранных языков имени М. Тореза", "Ассоциация имени Людвига ван
// Бетховена": a Russian organization named after a person carries "имени"/"им." and the person's name
// (in the genitive) as the end of its own name; both corpora mark the whole. The tagger often stops at
// "имени" or before the surname ("Театра им" | "Йозефа Бойса"): an organization span that reaches
// "имени" (ends on it or right before it) is extended over the name after it. The name is also a person
// of its own, nested in the organization (NEREL marks it; factRuEval leaves embedded names optional),
// added when the tagger did not find it whole.
import { Span } from './spans';
import { FormInfo, Line } from './forms';

/** "имени", or "им" + "." (the usual abbreviation). */
const NAMED_AFTER = new Set(['имени', 'им']);
/** Lower-case particles inside foreign names ("Людвига ван Бетховена", "ибн Сины"). */
const NAME_PARTICLES = new Set(['ван', 'фон', 'де', 'ди', 'да', 'дер', 'ле', 'ла', 'ибн', 'бен', 'аль', 'эль']);
/** A name is a few words: a longer run of capitals is more likely the sentence going on. */
const MAX_NAME_TOKENS = 8;
/** The genitive bit of FormInfo.cases (forms.ts). */
const GENITIVE = 2;

export function joinNamedAfter(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  let out: Span[] | undefined;
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    // The "имени" inside the span or right after it.
    let at = -1;
    for (let k = s.first + 1; k <= s.last && k < toks.length; k++) if (NAMED_AFTER.has(toks[k].text.toLowerCase())) at = k;
    if (at < 0) continue;
    let k = at + 1;
    if (toks[at].text.toLowerCase() === 'им') {
      if (toks[k]?.text !== '.') continue;
      k++;
    }
    const nameStart = k;
    const end = nameEnd(line, nameStart);
    if (end <= nameStart) continue;
    // The persons ("имени Станиславского и Немировича-Данченко" names two): each is a nested PER, and a
    // person span of the tagger inside one gives way to it.
    const persons = splitAtAnd(line, nameStart, end);
    const have = (p: Span) => (out ?? spans).some((o) => o.type === 'PER' && o.first === p.first && o.last === p.last);
    if (end <= s.last && persons.every(have)) continue;
    out ??= [...spans];
    const i = out.indexOf(s);
    if (end > s.last) out[i] = { ...s, end: toks[end - 1].end, last: end };
    for (const p of persons) {
      if (have(p)) continue;
      out = out.filter((o) => !(o.type === 'PER' && o.first >= p.first && o.last <= p.last));
      out.push(p);
    }
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : spans;
}

/** The person spans of a name run, split at "и". */
function splitAtAnd(line: Line, first: number, last: number): Span[] {
  const toks = line.tokens;
  const out: Span[] = [];
  let a = first;
  for (let j = first; j <= last; j++) {
    if (j < last && toks[j].text !== 'и') continue;
    if (j > a) out.push({ start: toks[a].start, end: toks[j - 1].end, type: 'PER', first: a, last: j });
    a = j + 1;
  }
  return out;
}

/** A one-letter initial has no case; a word az did not analyze (cases 0) may be a foreign surname. */
function genitiveOrUnknown(f: FormInfo): boolean {
  return f.cases === 0 || (f.cases & GENITIVE) !== 0;
}

/**
 * The end (exclusive) of a person's name starting at `k`: capitalized words, initials ("М."), particles
 * and "и" between two names ("имени Станиславского и Немировича-Данченко"), ending on a capitalized
 * word; `k` when no name starts there.
 */
function nameEnd(line: Line, k: number): number {
  const toks = line.tokens;
  let end = k;
  for (let j = k; j < toks.length && j - k < MAX_NAME_TOKENS; j++) {
    const t = toks[j];
    // Every word of the name is in the genitive: "конкурса имени Петра Чайковского | Даниил Трифонов".
    if (t.kind === 'word' && line.forms[j].cap && line.forms[j].script === 1 && genitiveOrUnknown(line.forms[j])) {
      end = j + 1;
      continue;
    }
    // An initial's dot ("М. Тореза"): only right after a one-letter capital.
    if (t.text === '.' && j === end && j > k && toks[j - 1].text.length === 1) continue;
    const w = t.text.toLowerCase();
    if (j > k && j === end && (NAME_PARTICLES.has(w) || w === 'и') && line.forms[j + 1]?.cap) continue;
    break;
  }
  return end;
}
