// Person evidence for a capitalized run in English: what makes "Aidar Nurlanov" a person rather than a
// river ("the Syr Darya") or a wire service ("Newsmark Wire"). The title before a name is checked by the
// caller; here: given names, surnames already met, surname endings, verbs of saying, role nouns, "by X"
// in a reporting credit, and appositions ("X, who …").
import { Line } from './forms';
import { EnMemory, bare } from './en-evidence';
import { EN_PERSON_TITLES, EN_FIRST_NAMES, EN_ROLE_NOUNS, EN_SAY_VERBS, EN_PERSON_APPOSITION_HEADS, EN_SURNAME_ENDINGS } from './tables/en-persons';

const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'photo', 'photos', 'photograph', 'video', 'compiled', 'edited', 'written', 'interview']);

export function personEvidence(line: Line, a: number, end: number, memory: EnMemory): boolean {
  const toks = line.tokens;
  const words = toks.slice(a, end).map((t) => bare(t.text));
  const last = words[words.length - 1];
  const prev = (toks[a - 1]?.text ?? '').toLowerCase();
  const next = (toks[end]?.text ?? '').toLowerCase();
  if (words.length >= 2 && words.length <= 4 && EN_FIRST_NAMES.has(words[0])) return true;
  // "the World Food Programme said": an article before it, so not a person whatever verb follows.
  if (prev === 'the' || prev === 'a' || prev === 'an') return false;
  if (memory.get(last) === 'PER') return true;
  if (words.length >= 2 && words.length <= 3 && EN_SURNAME_ENDINGS.some((re) => re.test(last))) return true;
  // "Nurlanov told reporters", "said Marc Tremblay", "…," said Julia Brandt".
  if (EN_SAY_VERBS.has(next) || EN_SAY_VERBS.has(prev)) return true;
  // "Opposition leader Ahmed Rahimi", "Its chief executive, Anoulak Phommachanh, said".
  if (EN_ROLE_NOUNS.has(prev) || (prev === ',' && roleBefore(line, a - 2))) return true;
  // "(Reporting by Anna Petrova …; editing by Kate Marsh)".
  if (prev === 'by' && CREDIT_WORDS.has((toks[a - 2]?.text ?? '').toLowerCase())) return true;
  // "Saule Dzhakupova, who leads …", "X, 54, said".
  if (next === ',' && (EN_PERSON_APPOSITION_HEADS.has((toks[end + 1]?.text ?? '').toLowerCase()) || /^\d{2}$/.test(toks[end + 1]?.text ?? ''))) return true;
  return false;
}

/**
 * A role phrase ends right before the comma: "Chile's Minister of Mining, Andres Soto", "the minister
 * for water resources, Aidar Nurlanov". Looks back a few words, stopping at punctuation.
 */
function roleBefore(line: Line, k: number): boolean {
  const toks = line.tokens;
  for (let j = k; j >= 0 && j > k - 6; j--) {
    const t = toks[j];
    if (t.kind !== 'word') return false;
    if (EN_PERSON_TITLES.has(t.text) || EN_ROLE_NOUNS.has(t.text.toLowerCase())) return true;
  }
  return false;
}
