// One word the tagger calls a place that is built as an organization's name is an organization:
//   * a compound ending in a head noun of organizations ("Госдепартаменте", "Рособрнадзоре",
//     "Мосгоризбиркому": a prefix of at least two letters before a stem of tables/ru-org-heads.ts);
//   * an abbreviation with a case ending ("во ВГИКе", "в МИДе"): Russian declines the abbreviations of
//     bodies read as words, while those of states stay as written ("США", "КНДР", "ОАЭ").
// A word az reads first as a place stays one.
import { Span } from './spans';
import { Line } from './forms';
import { Morph } from './morph';
import { RU_ORG_HEAD_STEMS } from './tables/ru-org-heads';

const COMPOUND_HEAD = new RegExp(`^[а-яё]{2,}(?:${[...RU_ORG_HEAD_STEMS].sort((a, b) => b.length - a.length).join('|')})[а-яё]{0,3}$`);
const DECLINED_ABBREVIATION = /^[А-ЯЁ]{2,}[а-яё]{1,2}$/;

export function retypeOrganizationWords(line: Line, spans: Span[], morph: Morph): Span[] {
  const toks = line.tokens;
  let out: Span[] | undefined;
  spans.forEach((s, i) => {
    if (s.type !== 'LOC' || s.last - s.first !== 1) return;
    const w = toks[s.first].text;
    if (!(DECLINED_ABBREVIATION.test(w) || (line.forms[s.first].cap && COMPOUND_HEAD.test(w.toLowerCase())))) return;
    if (morph.analyze(w).parses[0]?.tag.Geox) return;
    out ??= [...spans];
    out[i] = { ...s, type: 'ORG' };
  });
  return out ?? spans;
}
