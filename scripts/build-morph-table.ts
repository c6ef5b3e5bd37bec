// Compiles data/morph-ru.bin (src/core/ner/morph-table.ts) from az's dictionaries in node_modules:
// run by `npm run build` (scripts/build.mjs), it does nothing when the table is up to date (same az
// version, same builder and summary code), so only the first build pays (~30 s on a loaded machine).
//   npx tsx scripts/build-morph-table.ts [--force]
//
// Which forms: the tagger asks only about capitalized words, so each form is stored capitalized
// ("Однако"), also with е for ё ("Еще": news rarely writes ё) and, for abbreviations, in capitals
// ("МВД"). The forms chosen are the ones whose az call the table can save:
//   * every form of the closed and short classes (prepositions, conjunctions, particles, pronouns,
//     numerals, adverbs, predicatives, interjections): the words that start sentences;
//   * the forms of az's p_t_given_w (the ambiguous forms of the OpenCorpora corpus: its common words);
//   * every form with an Abbr reading ("ЦСКА", "КВН"), which is often not part of a name;
//   * the single capital letters (initials).
// Not the forms with a proper-noun reading (Name, Surn, Geox, ...): holding all 420k of them (13 MB)
// saved almost nothing, because the normalizers read az's full parses of every word of an entity
// (MorphInfo.parses) and so run az for those forms anyway (measured on nerel_train: of 1,275 az
// calls the full table saved, 1,170 were forms of this short list). Of the words a first pass over
// nerel_train sends to az (~10,200), about three in four have their full parses read later (entity words),
// so a summary table cannot spare az for them; what is left to save is az's cost per word, which
// morph.ts lowers with our versions of its parsers (az-parsers.ts).
// Each answer is az's own, computed here by the same code the engine runs (summarize in morph.ts),
// so a form the table holds gets exactly what az would give it; the rest still goes to az.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Morph, MorphSummary } from '../src/core/ner/morph';
import { compileMorphTable, MORPH_TABLE_FILE, readMorphTable, storable } from '../src/core/ner/morph-table';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Az: any = require('az');

const ROOT = path.resolve(__dirname, '..');
const AZ_DIR = path.join(ROOT, 'node_modules', 'az', 'dicts');
const OUT = path.join(ROOT, 'data', MORPH_TABLE_FILE);

const SHORT_CLASSES = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'NUMR', 'ADVB', 'PRED', 'INTJ']);

function stampOf(): string {
  const azVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'az', 'package.json'), 'utf8')).version;
  const hash = createHash('sha256');
  for (const f of ['scripts/build-morph-table.ts', 'src/core/ner/morph.ts', 'src/core/ner/morph-table.ts']) hash.update(fs.readFileSync(path.join(ROOT, f)));
  return `az ${azVersion}; code ${hash.digest('hex').slice(0, 16)}`;
}

/** az's DAWG of `file` with raw keys (a key's bytes, then 0x01 and the payload for words.dawg). */
function rawDawg(file: string) {
  const buf = fs.readFileSync(path.join(AZ_DIR, file));
  return Az.DAWG.fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), 'raw');
}

/** Calls `visit` with the bytes of every key of a dawgdic DAWG (depth first, through its guide). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function eachKey(dawg: any, visit: (key: number[]) => void): void {
  const key: number[] = [];
  const walk = (index: number): void => {
    if (dawg.hasValue(index)) visit(key);
    for (let label = dawg.guide[index << 1]; label;) {
      const child = dawg.followByte(label, index);
      if (child < 0) return;
      key.push(label);
      walk(child);
      key.pop();
      label = dawg.guide[(child << 1) + 1];
    }
  };
  walk(0);
}

const cp1251 = new TextDecoder('windows-1251');

function selectForms(): Set<string> {
  // A dictionary parse object gives access to az's constructor, which reads a (paradigm, form) pair's tag.
  const DictionaryParse = Az.Morph.Parsers.Dictionary('москва', { ignoreCase: true, replacements: {}, stutter: 0, typos: 0 })[0].constructor;
  const chosen = new Set<string>();
  eachKey(rawDawg('words.dawg'), (key) => {
    const sep = key.indexOf(1);
    const p = key.slice(sep + 1);
    // words.dawg payload: paradigm and form index, two bytes each (az's DAWG 'words' format).
    const tag = new DictionaryParse('', ((p[0] ^ 1) << 6) + (p[1] >> 1), ((p[2] ^ 1) << 6) + (p[3] >> 1)).tag;
    if (tag.Abbr || SHORT_CLASSES.has(String(tag.POST))) {
      const word = cp1251.decode(Uint8Array.from(key.slice(0, sep)));
      chosen.add(tag.Abbr ? '!' + word : word);
    }
  });
  eachKey(rawDawg('p_t_given_w.intdawg'), (key) => chosen.add(cp1251.decode(Uint8Array.from(key)).split(':')[0]));
  return chosen;
}

/** The spellings the tagger may ask about for a dictionary form (a leading "!" marks an abbreviation). */
function spellings(form: string): string[] {
  const abbr = form.startsWith('!');
  const lower = abbr ? form.slice(1) : form;
  const out: string[] = [];
  for (const w of lower.includes('ё') ? [lower, lower.replace(/ё/g, 'е')] : [lower]) {
    out.push(w.charAt(0).toUpperCase() + w.slice(1));
    if (abbr) out.push(w.toUpperCase());
  }
  return out;
}

function main(): void {
  const stamp = stampOf();
  if (!process.argv.includes('--force') && fs.existsSync(OUT)) {
    try {
      if (readMorphTable(OUT).stamp === stamp) return;
    } catch {
      // damaged: rebuild
    }
  }
  const t0 = Date.now();
  const morph = new Morph(AZ_DIR, () => null);
  morph.analyze('Москва'); // loads az
  const keys = new Set<string>();
  for (const form of selectForms()) for (const s of spellings(form)) if (/^[\u0400-\u04FF]/.test(s) && storable(s)) keys.add(s);
  for (const c of 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ') keys.add(c);
  const entries: Array<[string, MorphSummary]> = [];
  for (const k of keys) {
    const info = morph.analyze(k);
    // A form az has no parse for, or whose lemma the table cannot spell, stays with az.
    if (!info.parses.length || !storable(info.lemma)) continue;
    entries.push([k, { classes: info.classes, pos: info.pos, kase: info.kase, lemma: info.lemma, caseTags: info.caseTags }]);
  }
  const bytes = compileMorphTable(entries, stamp);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const tmp = OUT + '.tmp';
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, OUT);
  console.log(
    `morph table: ${entries.length} forms, ${(bytes.length / 1e6).toFixed(1)} MB, ${((Date.now() - t0) / 1000).toFixed(0)} s -> ${path.relative(ROOT, OUT)}`,
  );
}

main();
