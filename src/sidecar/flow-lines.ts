// The plain values of a sidecar laid out as newsmark writes it — a header, then one flow map per line
// (`  - { id: per-1f3a9c0b, type: PER, … }`) — read line by line, for the fast first reading of a long
// article's sidecar (preview.ts). js-yaml spent ~0.25-0.65 s of the worker's ~1-1.5 s on the 10,000
// lines of issue 11's sidecar; the lines' own form is much simpler than YAML. The answer is exactly what
// js-yaml's load with the core schema gives (a test compares both), or undefined at the first thing
// outside that simple form (a comment, a block entry, a single-quoted or escaped value, a value that
// could read as a number, a boolean or null other than a plain whole number, CRLF line ends…): the caller
// then reads the file with js-yaml, as before. Nothing here decides anything: the full parse follows.
import { CORE_SCHEMA, load } from 'js-yaml';

/** The lists whose items are one flow map per line. */
const LISTS = ['annotations', 'relations'];
const ITEM = '  - { ';
const KEY = /^[a-z][a-z0-9_]*$/;
/**
 * Plain scalars that are not strings in YAML's core schema as js-yaml reads it (whose integers also take
 * `0b101` and `1_000`), and sexagesimal YAML 1.1 forms for good measure: a superset, all left to js-yaml
 * but plain whole numbers. A hash such as `5b39776b` is a string.
 */
const NOT_A_STRING = new RegExp(
  [
    '~|null|Null|NULL|true|True|TRUE|false|False|FALSE',
    '[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)',
    '[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?',
    '[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?',
    '[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?',
  ]
    .map((alt) => `(?:${alt})`)
    .join('|')
    .replace(/^/, '^(?:')
    .replace(/$/, ')$'),
);
/** The numbers read here (as JavaScript reads them, as js-yaml does): whole or decimal, not negative (`-` is an indicator). */
const PLAIN_NUMBER = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,17})?$/;
/** The first code unit of a plain scalar may not be one of YAML's indicators. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** What a plain scalar in a flow map may not contain: flow indicators, `: `, ` #`, tabs, control characters. */
const NOT_PLAIN = /[,[\]{}\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|: |:$| #/;
/** JSON's escapes are YAML's too (YAML has more: those go to js-yaml); no raw control characters but tabs. */
const JSON_SAFE = /^(?:[^"\\\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*$/;
/** A single-quoted scalar's text: no escapes but `''`; the same raw characters as above. */
const SINGLE_SAFE = /^[^\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$/;

/** `yamlText`'s plain values as js-yaml's core-schema load gives them, or undefined when the file is not laid out so. */
export function readFlowLines(yamlText: string): Record<string, unknown> | undefined {
  if (yamlText.includes('\r')) return undefined;
  // The header (comments, newsmark, article, hash) goes to js-yaml: a few lines.
  const first = LISTS.map((k) => yamlText.indexOf(`\n${k}:\n`)).filter((i) => i >= 0);
  if (!first.length) return undefined;
  const headerEnd = Math.min(...first) + 1;
  let top: unknown;
  try {
    top = load(yamlText.slice(0, headerEnd), { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (top === null || typeof top !== 'object' || Array.isArray(top)) return undefined;
  const root = top as Record<string, unknown>;
  let at = headerEnd;
  while (at < yamlText.length) {
    const eol = yamlText.indexOf('\n', at);
    if (eol < 0) return undefined;
    const key = yamlText.slice(at, eol - 1);
    if (!LISTS.includes(key) || yamlText[eol - 1] !== ':' || Object.prototype.hasOwnProperty.call(root, key)) return undefined;
    at = eol + 1;
    const items: Array<Record<string, unknown>> = [];
    while (yamlText.startsWith(ITEM, at)) {
      const end = yamlText.indexOf('\n', at);
      if (end < 0) return undefined;
      const map = readFlowMap(yamlText, at + ITEM.length - 2, end);
      if (!map) return undefined;
      items.push(map);
      at = end + 1;
    }
    // A key with no items is null to a YAML reader, not an empty list.
    root[key] = items.length ? items : null;
  }
  return root;
}

/** The flow map `{ k: v, … }` that fills [from, end) of `text` exactly, or undefined. */
function readFlowMap(text: string, from: number, end: number): Record<string, unknown> | undefined {
  if (text[from] !== '{' || text[from + 1] !== ' ' || text[end - 1] !== '}' || text[end - 2] !== ' ') return undefined;
  const map: Record<string, unknown> = {};
  let at = from + 2;
  const last = end - 2; // the space before `}`
  for (;;) {
    const colon = text.indexOf(': ', at);
    if (colon < 0 || colon >= last) return undefined;
    const key = text.slice(at, colon);
    if (!KEY.test(key) || Object.prototype.hasOwnProperty.call(map, key)) return undefined;
    at = colon + 2;
    let value: unknown;
    if (text[at] === '"') {
      const close = closingQuote(text, at + 1, last);
      if (close < 0) return undefined;
      const raw = text.slice(at + 1, close);
      if (!JSON_SAFE.test(raw)) return undefined;
      value = JSON.parse(`"${raw.replace(/\t/g, '\\t')}"`); // a raw tab is text in YAML, not in JSON
      at = close + 1;
    } else if (text[at] === "'") {
      const close = closingSingle(text, at + 1, last);
      if (close < 0) return undefined;
      const raw = text.slice(at + 1, close);
      if (!SINGLE_SAFE.test(raw)) return undefined;
      value = raw.replace(/''/g, "'");
      at = close + 1;
    } else {
      let stop = text.indexOf(', ', at);
      if (stop < 0 || stop > last) stop = last;
      const raw = text.slice(at, stop);
      if (!raw || INDICATOR.test(raw) || NOT_PLAIN.test(raw) || raw.endsWith(' ')) return undefined;
      if (NOT_A_STRING.test(raw)) {
        if (!PLAIN_NUMBER.test(raw)) return undefined;
        value = Number(raw);
      } else value = raw;
      at = stop;
    }
    map[key] = value;
    if (at === last) return map;
    if (text[at] !== ',' || text[at + 1] !== ' ') return undefined;
    at += 2;
  }
}

/** Index of the `'` that closes a single-quoted scalar starting at `from` (`''` is a quote inside), before `limit`; -1 if none. */
function closingSingle(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (text.charCodeAt(i) !== 0x27) continue;
    if (text.charCodeAt(i + 1) === 0x27) i++;
    else return i;
  }
  return -1;
}

/** Index of the `"` that closes a double-quoted scalar starting at `from`, before `limit`; -1 if none. */
function closingQuote(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return -1;
}
