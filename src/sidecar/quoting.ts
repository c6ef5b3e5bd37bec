// Which strings must be written double-quoted so that every common YAML reader sees the same string.
// We parse with YAML 1.2 (eemeli/yaml), but sidecars are read by other tools too, and the most common
// of them (Python's PyYAML, older Go and Ruby readers) implement YAML 1.1: there a bare `2025-02-01`
// is a date, `yes`/`on`/`off` are booleans, `0x10` and `1_000` are numbers, and a plain scalar starting
// with an indicator such as `:` (a context fragment like `:»Между`) is a syntax error inside a flow map.
// Quoting only where needed keeps the common case (names, places) plain and readable.
import { isScalar, Scalar, ScalarTag, Tags } from 'yaml';

/** A plain scalar may not start with these (YAML indicators), in either version. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Inside a flow map (our one-line entries) these end or break a plain scalar in some reader
 *  (PyYAML also stops at a `?` it takes for a key indicator, as in `Almaty? q`). */
const FLOW_BREAKERS = /[:#,?[\]{}]/;
/** In block context only `: ` (or a final `:`) and ` #` do. */
const BLOCK_BREAKERS = /:\s|:$|\s#/;
/** Whitespace at either end is lost in a plain scalar; tabs and line breaks are read differently. */
const EDGE_SPACE = /^\s|\s$|\t/;
/**
 * Characters YAML 1.1 readers refuse or read as line breaks in plain scalars: C0/C1 controls (NEL
 * \x85 is a line break in 1.1), line/paragraph separators, BOM, non-characters, lone surrogates.
 */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** YAML 1.1 implicit types (booleans, null, merge and value keys), as PyYAML's resolver lists them plus y/n. */
const YAML11_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|<<|=)$/;
/** YAML 1.1 numbers: ints with _ separators, 0x/0o/0b, floats with or without exponent, sexagesimal, .inf/.nan. */
const YAML11_NUMBER = [
  /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?0[xXoObB][0-9a-fA-F_]+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
];
/** YAML 1.1 timestamps: a date, optionally with a time. */
const YAML11_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/** True when `s` written as a plain scalar (in a flow map, or in block context) could be misread or
 *  refused by some common YAML reader. */
export function needsQuotes(s: string, flow = true): boolean {
  return (
    s === '' ||
    INDICATOR_START.test(s) ||
    (flow ? FLOW_BREAKERS : BLOCK_BREAKERS).test(s) ||
    EDGE_SPACE.test(s) ||
    UNPRINTABLE.test(s) ||
    YAML11_WORDS.test(s) ||
    YAML11_NUMBER.some((re) => re.test(s)) ||
    YAML11_TIMESTAMP.test(s)
  );
}

/** Characters a YAML 1.1 reader must not meet raw even inside double quotes (C1 controls are refused
 *  in the stream; NEL and the Unicode separators are line breaks there and would be folded). */
const RAW_FORBIDDEN = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Whether a value can only be written double-quoted with escapes (a single-quoted one cannot escape). */
export function needsEscapes(s: string): boolean {
  return new RegExp(RAW_FORBIDDEN.source).test(s);
}

const escape = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
};

/**
 * A double-quoted scalar with its `\t` escapes written as the tab a person typed (a note pasted from a
 * table reads as typed). A raw tab is content anywhere inside a one-line double-quoted scalar, in
 * YAML 1.1 and 1.2 alike; on a folded line of a multi-line one it could be read as indentation or
 * trailing space and dropped, so such a scalar keeps its escapes. Escapes are read left to right in
 * pairs, so `\\t` (a backslash, then t) stays as it is.
 */
function withLiteralTabs(quoted: string): string {
  if (!quoted.startsWith('"') || quoted.includes('\n')) return quoted;
  return quoted.replace(/\\([\s\S])/g, (pair, ch: string) => (ch === 't' ? '\t' : pair));
}

/**
 * The YAML string tag with one change: a double-quoted string is written with escapes for the
 * characters above (eemeli/yaml leaves them raw, as JSON.stringify does), and a tab written as a tab
 * (withLiteralTabs). JSON's own escapes are valid YAML 1.1 and 1.2 double-quoted escapes. Used for
 * every sidecar document (parse and write).
 */
export function sidecarTags(tags: Tags): Tags {
  return tags.map((t) => {
    const tag = t as ScalarTag;
    if (tag.tag !== 'tag:yaml.org,2002:str' || !tag.stringify) return t;
    const plain = tag.stringify;
    const stringify: ScalarTag['stringify'] = (item, ctx, onComment, onChompKeep) => {
      if (!(isScalar(item) && item.type === Scalar.QUOTE_DOUBLE && typeof item.value === 'string')) return plain.call(tag, item, ctx, onComment, onChompKeep);
      const out = needsEscapes(item.value) ? JSON.stringify(item.value).replace(RAW_FORBIDDEN, escape) : plain.call(tag, item, ctx, onComment, onChompKeep);
      return item.value.includes('\t') ? withLiteralTabs(out) : out;
    };
    return { ...tag, stringify };
  });
}
