// brat standoff: `article.txt` (the text, byte for byte) and `article.ann` beside it:
//   T1<TAB>PER 10 23<TAB>Ержан Саденов          a text-bound annotation (code point offsets)
//   T2<TAB>LOC 5 9;10 14<TAB>Усть Каменогорск   a span across a line break, as fragments
//   #1<TAB>AnnotatorNotes T1<TAB>check spelling  a note
//   A1<TAB>Status T1 accepted                    the decision
//   A2<TAB>Value T1 700                          figure values and norms, one attribute per key
// brat reads the .txt without newline translation, so CRLF counts two characters, as here.
import { OffsetMap } from './codepoints';
import { ImportedArticle, ImportedSpan, typeOfLabel, valueAttributes } from './records';
import type { Annotation } from '../types';
import { STATUSES, Status } from '../types';

const ATTR_NAMES: Record<string, string> = { norm: 'Norm', value: 'Value', unit: 'Unit', qualifier: 'Qualifier', currency: 'Currency', from: 'From', to: 'To' };
/** brat fields are tab- and line-separated: neither may appear inside one. */
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function bratAnn(text: string, annotations: readonly Annotation[]): string {
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
    lines.push(`${t}\t${a.type} ${frags.join(';')}\t${oneLine(a.text)}`);
    lines.push(`A${++attr}\tStatus ${t} ${a.status}`);
    for (const [k, v] of Object.entries(valueAttributes(a))) lines.push(`A${++attr}\t${ATTR_NAMES[k]} ${t} ${oneLine(String(v)).replace(/ /g, '_')}`);
    if (a.note !== undefined) lines.push(`#${++note}\tAnnotatorNotes ${t}\t${oneLine(a.note)}`);
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Reads an .ann file against its text. Lines of other kinds (relations, events) are skipped. */
export function readBratAnn(article: string, text: string, ann: string): ImportedArticle {
  const map = new OffsetMap(text);
  const byId = new Map<string, ImportedSpan>();
  const problems: string[] = [];
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
    } else if (id.startsWith('#')) {
      const [name, target] = body.split(' ');
      const span = byId.get(target);
      if (span && name === 'AnnotatorNotes') span.note = rest;
    }
    return undefined;
  });
  if (problems.length) throw new Error(problems.join('; '));
  return { article, text, spans: [...byId.values()] };
}
