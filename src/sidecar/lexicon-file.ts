// `.newsmark/lexicon.yaml`: the workspace lexicon as a file people review and edit (see
// src/core/lexicon/lexicon.ts for what it means). One entry per line; a rewrite edits the parsed
// document, so comments, entries and key order a person wrote survive, and a file whose content did
// not change is not rewritten at all. A file that cannot be read is refused with its line, never
// replaced.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, isSeq, isScalar, LineCounter, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { emptyLexicon, Lexicon, LexiconName, LexiconNever, LexiconRelabel, sortLexicon } from '../core/lexicon/lexicon';
import { Decision, learnLexicon } from '../core/lexicon/learn';
import { ENTITY_TYPES, EntityType } from '../core/types';
import { SidecarError } from './error';
import { writeFileAtomic } from './write';
import { TO_STRING } from './schema';

export const LEXICON_PATH = join('.newsmark', 'lexicon.yaml');
const VERSION = 1;

const HEADER = [
  ' newsmark lexicon: what people decided about names, used when newsmark suggests annotations.',
  ' names: suggested wherever one of their forms appears (any case form); never: a form not to suggest',
  ' as that type; relabel: a form the engine types wrongly. newsmark adds to this file from decisions',
  ' in sidecars; edit it freely (delete an entry, add a name, add a never). Comments are kept.',
].join('\n');

export interface LexiconFile {
  lexicon: Lexicon;
  doc: Document;
  text: string;
}

export function parseLexicon(text: string, file: string): LexiconFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const lineOf = (n: unknown) => ((n as { range?: number[] })?.range ? lc.linePos((n as { range: number[] }).range[0]).line : 1);
  if (doc.errors.length) throw new SidecarError(file, `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, doc.errors[0].linePos?.[0].line ?? 1);
  if (!isMap(doc.contents)) throw new SidecarError(file, 'the lexicon must be a mapping with names, never and relabel lists', 1);
  const top = doc.contents;
  const version: unknown = top.get('newsmark-lexicon');
  if (version !== VERSION)
    throw new SidecarError(file, `unknown lexicon version ${JSON.stringify(version)} (expected newsmark-lexicon: ${VERSION})`, lineOf(top));
  const list = (key: string): YAMLMap[] => {
    const v = top.get(key, true);
    if (v === undefined || v === null || (isScalar(v) && v.value === null)) return [];
    if (!isSeq(v)) throw new SidecarError(file, `'${key}' must be a list`, lineOf(v));
    return v.items.map((it) => {
      if (!isMap(it)) throw new SidecarError(file, `each entry of '${key}' must be a mapping`, lineOf(it));
      return it;
    });
  };
  const type = (m: YAMLMap, key: string): EntityType => {
    const t = m.get(key);
    if (!ENTITY_TYPES.includes(t as EntityType)) throw new SidecarError(file, `'${key}' must be one of ${ENTITY_TYPES.join(', ')}`, lineOf(m));
    return t as EntityType;
  };
  const str = (m: YAMLMap, key: string): string => {
    const v = m.get(key);
    if (typeof v !== 'string' || !v.trim()) throw new SidecarError(file, `'${key}' must be text`, lineOf(m));
    return v;
  };
  const names: LexiconName[] = list('names').map((m) => {
    const forms = m.get('forms');
    const list = isSeq(forms) ? forms.items.map((f) => String(isScalar(f) ? f.value : f)) : [];
    return { type: type(m, 'type'), norm: str(m, 'norm'), forms: list };
  });
  const never: LexiconNever[] = list('never').map((m) => ({ type: type(m, 'type'), form: str(m, 'form') }));
  const relabel: LexiconRelabel[] = list('relabel').map((m) => ({ form: str(m, 'form'), from: type(m, 'from'), to: type(m, 'to') }));
  return { lexicon: { names, never, relabel }, doc, text };
}

/** The lexicon at `root/.newsmark/lexicon.yaml`; an empty one (and no file) when there is none. */
export async function loadLexicon(root: string): Promise<LexiconFile | undefined> {
  const file = join(root, LEXICON_PATH);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return parseLexicon(text, LEXICON_PATH);
}

const flow = (obj: Record<string, unknown>): YAMLMap => {
  const doc = new Document(obj);
  const m = doc.contents as YAMLMap;
  m.flow = true;
  return m;
};

/** The file text for `lexicon`, editing `previous` in place: entries already there keep their node. */
export function serializeLexicon(previous: LexiconFile | undefined, lexicon: Lexicon): string {
  const sorted = sortLexicon(lexicon);
  const doc = previous ? previous.doc.clone() : new Document({ 'newsmark-lexicon': VERSION, names: [], never: [], relabel: [] });
  if (!previous) doc.commentBefore = HEADER;
  const top = doc.contents as YAMLMap;
  const section = (key: string, entries: Record<string, unknown>[], keyOf: (m: Record<string, unknown>) => string) => {
    const old = top.get(key, true);
    const existing = new Map<string, YAMLMap>();
    if (isSeq(old)) for (const it of old.items) if (isMap(it)) existing.set(keyOf(it.toJSON() as Record<string, unknown>), it);
    const seq = isSeq(old) ? old : new YAMLSeq();
    seq.items = entries.map((e) => {
      const node = existing.get(keyOf(e));
      if (node && JSON.stringify(node.toJSON()) === JSON.stringify(e)) return node;
      if (node && isMap(node)) {
        for (const [k, v] of Object.entries(e)) node.set(k, Array.isArray(v) ? flowSeq(v) : v);
        return node;
      }
      return flow(e);
    });
    seq.flow = seq.items.length === 0;
    top.set(key, seq);
  };
  const flowSeq = (v: unknown[]) => {
    const s = new YAMLSeq();
    s.items = v.map((x) => new Scalar(x));
    s.flow = true;
    return s;
  };
  section(
    'names',
    sorted.names.map((n) => ({ type: n.type, norm: n.norm, forms: n.forms })),
    (m) => `${m.type}\u0000${m.norm}`,
  );
  section(
    'never',
    sorted.never.map((n) => ({ type: n.type, form: n.form })),
    (m) => `${m.type}\u0000${m.form}`,
  );
  section(
    'relabel',
    sorted.relabel.map((r) => ({ form: r.form, from: r.from, to: r.to })),
    (m) => `${m.form}\u0000${m.from}`,
  );
  const out = doc.toString(TO_STRING);
  // Same content as the file on disk: keep the person's bytes.
  if (previous && JSON.stringify(sortLexicon(previous.lexicon)) === JSON.stringify(sorted)) return previous.text;
  return out;
}

export async function saveLexicon(root: string, previous: LexiconFile | undefined, lexicon: Lexicon): Promise<boolean> {
  const text = serializeLexicon(previous, lexicon);
  if (previous && text === previous.text) return false;
  if (!previous && !lexicon.names.length && !lexicon.never.length && !lexicon.relabel.length) return false;
  const file = join(root, LEXICON_PATH);
  await fs.mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
  return true;
}

/**
 * The one way decisions reach the lexicon file, for `annotate DIR` and the editor alike: reads
 * `root/.newsmark/lexicon.yaml` (a broken file throws SidecarError and is left alone), adds what the
 * decisions teach, and writes it only when that changed something.
 */
export async function learnIntoLexicon(root: string, decisions: readonly (readonly Decision[])[]): Promise<{ lexicon: Lexicon; saved: boolean }> {
  const file = await loadLexicon(root);
  const lexicon = learnLexicon(file?.lexicon ?? emptyLexicon(), decisions);
  return { lexicon, saved: await saveLexicon(root, file, lexicon) };
}

export { emptyLexicon };
