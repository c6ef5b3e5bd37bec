// Normal form of a Russian person's name: every part in the nominative singular, in the person's
// gender ("Марии Ивановны Петровой" → "Мария Ивановна Петрова", "Алексеем Навальным" → "Алексей
// Навальный"). All parts of a name share one case and one gender, so both are chosen by weighing
// every reading az has for every part (its dictionary first, its guesser for words it has never
// seen), then each part takes its best reading in that case and gender. A part with no reading in
// it does not decline and stays as written ("Виктора Гюго", "Ксении Собчак").
// Initials and particles ("де", "ван") are kept; hyphenated parts decline one by one
// ("Марии Склодовской-Кюри" → "Мария Склодовская-Кюри"), and a leading part of a hyphenated first
// name does not ("Жан-Клода" → "Жан-Клод").
import { AzParse, Morph } from './morph';
import { RU_MASC_NOUN_ENDINGS, RU_NAME_PARTICLES, RU_PATRONYMIC_ENDINGS } from './tables/ru-person-names';

type Gender = 'masc' | 'femn';

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
const CASE_OF: Record<string, string> = { gen2: 'gent', loc2: 'loct', acc2: 'accs' };

/** One way to read a part of the name: its case, the genders it fits, and its nominative. */
interface Reading {
  kase: string;
  genders: ReadonlySet<Gender>;
  weight: number;
  /** A guessed lemma that does not continue the word ("Шольца" → "шолец"): the guesser's slip. */
  slip?: boolean;
  /** A first name or patronymic reading. */
  name?: boolean;
  /** The nominative in a gender (lower case, as az spells it), or undefined when it is the word itself. */
  nominative(g: Gender): string | undefined;
}

interface Part {
  text: string;
  readings: Reading[];
  /** Whether the part helps choose the case (leading parts of a hyphenated word vote for a gender only). */
  votes: boolean;
}

const BOTH: ReadonlySet<Gender> = new Set(['masc', 'femn']);
const MASC: ReadonlySet<Gender> = new Set(['masc']);
const FEMN: ReadonlySet<Gender> = new Set(['femn']);
/** A neuter reading ("Полом" as the adjective "полый") names no person. */
const NONE: ReadonlySet<Gender> = new Set();

/** Replacement per part (undefined: keep as written), in the order of `parts`. */
export function normalizePersonParts(parts: Array<{ text: string; hyphenLead: boolean }>, morph: Morph): Array<string | undefined> {
  const named: Part[] = parts.map((p) => ({ text: p.text, readings: readingsOf(p.text, morph), votes: !p.hyphenLead }));
  const [kase, gender] = chooseCaseAndGender(named);
  return named.map((p) => {
    if (kase === 'nomn') return undefined;
    const fit = p.readings.filter((r) => r.kase === kase && r.genders.has(gender));
    fit.sort((a, b) => Number(!!a.slip) - Number(!!b.slip) || b.weight - a.weight);
    const nom = fit[0]?.nominative(gender);
    return nom === undefined ? undefined : matchCase(p.text, nom);
  });
}

/** True for parts that are never inflected: initials ("А."), particles ("де", "ван"), non-Cyrillic. */
export function isFixedPart(word: string, isLast: boolean): boolean {
  if (!/[\u0400-\u04FF]/.test(word)) return true;
  if (word.length === 1) return true;
  return !isLast && RU_NAME_PARTICLES.has(word.toLowerCase());
}

/**
 * The case and gender most parts can be read in. A part that declines but has no reading in a case
 * speaks against it ("Клода Ван Дамма": "Дамма" alone could be a nominative, "Клода" cannot).
 */
function chooseCaseAndGender(parts: Part[]): [string, Gender] {
  let best: [string, Gender] = ['nomn', 'masc'];
  let bestScore = -Infinity;
  for (const c of CASES) {
    for (const g of ['masc', 'femn'] as const) {
      let score = c === 'nomn' ? 0.01 : 0; // the nominative wins ties: a name often stands alone in it
      for (const p of parts) {
        if (p.readings.length === 0) continue;
        let w = -1;
        // A leading part of a hyphenated word does not decline, but its gender counts ("Жан-Клода").
        for (const r of p.readings) if ((r.kase === c || !p.votes) && r.genders.has(g) && r.weight > w) w = r.weight;
        score += w < 0 ? -MISFIT : w;
      }
      if (score > bestScore) {
        best = [c, g];
        bestScore = score;
      }
    }
  }
  return best;
}

// Weights of a reading by where it comes from: az's dictionary of names above its dictionary of
// common words above its guesser; an indeclinable reading fits every case, so it weighs least.
const W_NAME = 3;
const W_SURNAME = 2.5;
const W_WORD = 2;
const W_GUESSED_NAME = 1.5;
const W_GUESSED = 1;
const W_FIXED = 0.5;
/** A guessed lemma that does not continue the word weighs less in choosing the case. */
const INCONSISTENT = 0.6;
/** What a part that cannot be read in a case and gender takes off that choice. */
const MISFIT = 1;

function readingsOf(word: string, morph: Morph): Reading[] {
  const out: Reading[] = [];
  const lower = word.toLowerCase();
  const plain = lower.replace(/ё/g, 'е');
  for (const p of morph.analyze(word).parses) {
    // Not a reading of this word: a part of it ("Баффе|том") or a spelling az corrected ("Дамма" → "дама").
    if (p.parser === 'PrefixUnknown' || p.word.replace(/ё/g, 'е') !== plain) continue;
    const r = readingOf(p, lower);
    if (r) out.push(r);
  }
  // A consonant-final surname can be a woman's, which does not decline ("Ксении Собчак").
  if (!out.some((r) => r.name) && out.some((r) => r.kase === 'nomn' && r.genders.has('masc')) && /[бвгджзклмнпрстфхцчшщ]$/.test(lower))
    for (const c of CASES) out.push({ kase: c, genders: FEMN, weight: W_FIXED, nominative: () => undefined });
  // A foreign surname the guesser misreads still declines like a masculine noun ("Дамма" → "Дамм").
  // These readings never choose the case (weight 0): they only fill a case the other parts chose.
  for (const [kase, ending, repl] of RU_MASC_NOUN_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length < ending.length + 2) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const nom = stem + (repl === '' ? '' : /[аеёиоуыэюя]$/.test(stem) ? 'й' : /[жшщчц]$/.test(stem) ? '' : repl);
    out.push({ kase, genders: MASC, weight: 0, nominative: () => nom });
  }
  return out;
}

function readingOf(p: AzParse, lower: string): Reading | undefined {
  const tag = p.tag;
  const kase = CASE_OF[String(tag.CAse)] ?? String(tag.CAse);
  if (!(CASES as readonly string[]).includes(kase)) return undefined;
  const dict = p.parser === 'Dictionary';
  if (tag.Fixd) return tag.POST === 'NOUN' ? { kase, genders: gendersOf(p), weight: W_FIXED, nominative: () => undefined } : undefined;
  if (!tag.sing || (tag.POST !== 'NOUN' && tag.POST !== 'ADJF')) return undefined;
  const genders = gendersOf(p);
  if (tag.Patr) {
    const nom = patronymicNominative(lower);
    return { kase, genders, weight: dict ? W_NAME : W_GUESSED_NAME, name: true, nominative: () => nom };
  }
  let weight = tag.Name ? (dict ? W_NAME : W_GUESSED_NAME) : tag.Surn ? (dict ? W_SURNAME : W_GUESSED_NAME) : dict ? W_WORD : W_GUESSED;
  // The guesser's adjective in -ский/-цкий is the common Russian surname ("Склодовской"); other
  // guessed adjectives are its way of reading foreign names ("Маском" as "маский"): not a reading.
  if (!dict && tag.POST === 'ADJF') {
    if (!/(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$/.test(lower)) return undefined;
    // "-ском" is as often a foreign noun's instrumental ("Маском"): no extra weight.
    if (!lower.endsWith('ом')) weight = W_GUESSED_NAME + 0.2;
  }
  weight += 0.2 * p.score; // az's own ranking breaks ties
  const nominative = (g: Gender): string | undefined => {
    if (kase === 'nomn') return undefined;
    // A first name has its own gender (az would make "Аннан" feminine as a patronymic, "Аннановна").
    const r = tag.Surn || tag.POST === 'ADJF' ? p.inflect(['nomn', 'sing', g]) || p.inflect(['nomn', 'sing']) : p.inflect(['nomn', 'sing']);
    return r ? r.word : undefined;
  };
  let slip = false;
  // Only nouns: an adjective's ending is two letters ("Склодовской" → "склодовская"), its stem stays.
  if (!dict && tag.POST === 'NOUN') {
    const lemma = nominative([...genders][0] ?? 'masc');
    slip = lemma !== undefined && !continues(lower, lemma);
    if (slip) weight *= INCONSISTENT;
  }
  return { kase, genders, weight, slip, name: !!tag.Name, nominative };
}

/** Genders a reading can name a person of: a noun in -а/-я names either ("Обамой", "Никиты"). */
function gendersOf(p: AzParse): ReadonlySet<Gender> {
  const tag = p.tag;
  // az's GNdr is both the gender category ("femn") and a grammeme (true: gender unclear).
  if (tag.Fixd || tag['Ms-f'] || tag.GNdr === true) return tag.Name ? (tag.femn ? FEMN : tag.masc ? MASC : BOTH) : BOTH;
  if (tag.POST === 'NOUN' && !tag.Name && !tag.Surn && !tag.Patr) {
    let lemma = '';
    try {
      lemma = p.normalize().word;
    } catch {
      lemma = '';
    }
    if (/[ая]$/.test(lemma)) return BOTH;
  }
  return tag.femn ? FEMN : tag.masc ? MASC : tag.neut ? NONE : BOTH;
}

function patronymicNominative(lower: string): string | undefined {
  for (const [re, repl] of RU_PATRONYMIC_ENDINGS) if (re.test(lower)) return lower.replace(re, repl);
  return undefined;
}

/** The lemma keeps the word's letters up to its ending (ё and е alike). */
function continues(word: string, lemma: string): boolean {
  const a = word.replace(/ё/g, 'е');
  const b = lemma.replace(/ё/g, 'е');
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= b.length - 1 && k >= a.length - 3;
}

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const f = model.charAt(0);
  if (f !== f.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
