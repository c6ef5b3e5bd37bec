// brat standoff: `article.txt` (the text, byte for byte) and `article.ann` beside it:
//   T1<TAB>PER 10 23<TAB>Ержан Саденов          a text-bound annotation (code point offsets)
//   T2<TAB>LOC 5 9;10 14<TAB>Усть Каменогорск   a span across a line break, as fragments
//   #1<TAB>AnnotatorNotes T1<TAB>check spelling  a note
//   A1<TAB>Status T1 accepted                    the decision
//   A2<TAB>Value T1 700                          figure values and norms, one attribute per key
//   R1<TAB>speaker Arg1:T3 Arg2:T1               a relation (speaker, role, of) between two of them
// brat reads the .txt without newline translation, so CRLF counts two characters, as here.
import { OffsetMap } from './codepoints';
import { ImportedArticle, ImportedRelation, ImportedSpan, relationTypeOf, typeOfLabel, valueAttributes } from './records';
import type { Annotation } from '../types';
import type { Relation } from '../relations';
import { STATUSES, Status } from '../types';

const ATTR_NAMES: Record<string, string> = { norm: 'Norm', value: 'Value', unit: 'Unit', qualifier: 'Qualifier', currency: 'Currency', from: 'From', to: 'To' };
/** brat fields are tab- and line-separated: neither may appear inside one. */
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function bratAnn(text: string, annotations: readonly Annotation[], relations: readonly Relation[] = []): string {
  const tOf = new Map<string, string>();
  const map = new OffsetMap(text);
  const lines: string[] = [];
  let attr = 0;
  let note = 0;
  annotations.forEach((a, i) => {
    const t = `T${i + 1}`;
    // Fragments: brat spans may not cross a line break.
    const frags: string[] = [];
    const re = /[^\r\n]+/g;
    const inner = text.slice(a.start, a.end);
    for (let m = re.exec(inner); m; m = re.exec(inner)) {
      frags.push(`${map.toCodePoint(a.start + m.index)} ${map.toCodePoint(a.start + m.index + m[0].length)}`);
    }
    if (!frags.length) return;
    tOf.set(a.id, t);
    lines.push(`${t}\t${a.type} ${frags.join(';')}\t${oneLine(a.text)}`);
    lines.push(`A${++attr}\tStatus ${t} ${a.status}`);
    for (const [k, v] of Object.entries(valueAttributes(a))) lines.push(`A${++attr}\t${ATTR_NAMES[k]} ${t} ${oneLine(String(v)).replace(/ /g, '_')}`);
    if (a.note !== undefined) lines.push(`#${++note}\tAnnotatorNotes ${t}\t${oneLine(a.note)}`);
  });
  // brat has no attributes on relations: a relation's status does not travel (it comes back as the import's --status).
  let rel = 0;
  for (const r of relations) {
    if (tOf.has(r.from) && tOf.has(r.to)) lines.push(`R${++rel}\t${r.type} Arg1:${tOf.get(r.from)} Arg2:${tOf.get(r.to)}\t`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Reads an .ann file against its text. Relations newsmark knows are read; other lines (events, other relations) are skipped. */
export function readBratAnn(article: string, text: string, ann: string): ImportedArticle {
  const map = new OffsetMap(text);
  const byId = new Map<string, ImportedSpan>();
  const problems: string[] = [];
  const rels: { type: ImportedRelation['type']; from: string; to: string }[] = [];
  ann.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    const [id, body = '', rest = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      const type = m && typeOfLabel(m[1]);
      if (!m || !type) return problems.push(`line ${n + 1}: not a text-bound annotation newsmark knows: ${JSON.stringify(body)}`);
      const offs = m[2].split(/[ ;]/).map(Number);
      byId.set(id, { start: map.toUtf16(offs[0]), end: map.toUtf16(offs[offs.length - 1]), type });
    } else if (id.startsWith('A')) {
      const [name, target, value] = body.split(' ');
      const span = byId.get(target);
      if (span && name === 'Status' && STATUSES.includes(value as Status)) span.status = value as Status;
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(body.trim());
      const type = m && relationTypeOf(m[1]);
      if (m && type) rels.push({ type, from: m[2], to: m[3] });
    } else if (id.startsWith('#')) {
      const [name, target] = body.split(' ');
      const span = byId.get(target);
      if (span && name === 'AnnotatorNotes') span.note = rest;
    }
    return undefined;
  });
  if (problems.length) throw new Error(problems.join('; '));
  const ids = [...byId.keys()];
  const relations = rels
    .filter((r) => byId.has(r.from) && byId.has(r.to))
    .map((r): ImportedRelation => ({ type: r.type, from: ids.indexOf(r.from), to: ids.indexOf(r.to) }));
  return { article, text, spans: [...byId.values()], ...(relations.length ? { relations } : {}) };
}
