// Rebuilds a CoNLL-layout story (tokens joined by spaces, one sentence a line) as wire copy is
// written, so the English tagger trains on what newsmark's tokenizer sees in real articles
// (used by scripts/train-ner-en.ts on every other training story).
import { hashString } from '../src/core/ner/hash';
import { GoldDoc } from './ner-data';

// A clitic split off by the CoNLL tokenization ("Warner 's", "do n't"): real text writes it joined,
// and newsmark's tokenizer then reads "Warner's" as one word.
const CLITIC = / (?=(?:'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)(?: |\n|$))/g;
// The dateline line of a CoNLL story ("BRUSSELS 1996-08-22") and the line after it.
const DATELINE = /^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*) (\d{4})-(\d\d)-(\d\d)\n(?=.)/gm;
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
// Sentence lines of the body, joined three at a time into paragraphs as articles print them.
const SENTENCE_END = /[.?!"] ?\n(?=[^\n])/g;

/**
 * The agency of a rebuilt dateline. Always "Reuters" taught the model one word, not the slot: wires
 * are many ("(AP)", "(Kyodo)", "(Caspian News Service)"). Every other story with an organization
 * takes one of its own organizations (picked by a hash of the story id, so the rebuild stays
 * deterministic); what the model can learn is then the dateline's shape, not a list of names.
 */
function agencyOf(doc: GoldDoc): string {
  const h = hashString(doc.id);
  const orgs = doc.entities.filter((e) => e.type === 'ORG' && !doc.text.slice(e.start, e.end).includes('\n'));
  if (h % 2 === 0 || !orgs.length) return 'Reuters';
  const o = orgs[(h >>> 1) % orgs.length];
  return doc.text.slice(o.start, o.end);
}

interface Edit {
  at: number;
  del: number;
  ins: string;
}

/**
 * The document laid out as the original story was before CoNLL tokenized it, as far as newsmark's
 * tokenizer can tell: clitics rejoined, the dateline in the wire's form ("BRUSSELS, Aug 22 (Reuters) -",
 * with Reuters an ORG as CoNLL marks it in text), sentences joined into paragraphs. Offsets move with
 * the text; no entity is edited.
 */
export function detokenize(doc: GoldDoc): GoldDoc {
  const edits: Edit[] = [];
  const added: Array<{ at: number; len: number; type: string; agency: string }> = [];
  for (const m of doc.text.matchAll(CLITIC)) edits.push({ at: m.index!, del: 1, ins: '' });
  let bodyFrom = 0;
  for (const m of doc.text.matchAll(DATELINE)) {
    const at = m.index! + m[1].length;
    const agency = agencyOf(doc);
    const ins = `, ${MONTHS[Number(m[3]) - 1]} ${Number(m[4])} (${agency}) - `;
    edits.push({ at, del: m[0].length - m[1].length, ins });
    added.push({ at, len: ins.length, type: 'ORG', agency });
    bodyFrom = m.index! + m[0].length;
    break;
  }
  let n = 0;
  if (bodyFrom > 0)
    for (const m of doc.text.slice(bodyFrom).matchAll(SENTENCE_END)) {
      const nl = bodyFrom + m.index! + m[0].indexOf('\n');
      if (++n % 3) edits.push({ at: m[0].includes(' ') ? nl - 1 : nl, del: m[0].includes(' ') ? 2 : 1, ins: ' ' });
    }
  if (!edits.length) return doc;
  edits.sort((x, y) => x.at - y.at);
  let text = '';
  let from = 0;
  for (const e of edits) {
    text += doc.text.slice(from, e.at) + e.ins;
    from = e.at + e.del;
  }
  text += doc.text.slice(from);
  const move = (o: number) => {
    let d = 0;
    for (const e of edits) if (e.at < o) d += e.ins.length - e.del;
    return o + d;
  };
  const entities = doc.entities.map((e) => ({ ...e, start: move(e.start), end: move(e.end) }));
  for (const a of added) {
    const s = move(a.at) + a.len - ` (${a.agency}) - `.length + 2;
    entities.push({ start: s, end: s + a.agency.length, type: a.type, optional: false });
  }
  return { ...doc, text, entities };
}
