// Builds test/fixtures/review10/gold.jsonl (the span format `newsmark eval` reads) from the hand
// annotations in gold.ann and the article texts beside it. The rows name mentions by their words,
// not offsets, so a person can write and check them; this script finds the offsets (UTF-16, end
// exclusive) and fails loudly on a row that matches nothing or a snippet that is not unique.
// Run: npx tsx scripts/build-review-gold.ts
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.resolve(__dirname, '../test/fixtures/review10');

interface Gold {
  start: number;
  end: number;
  type: string;
  text: string;
  optional?: true;
  value?: unknown;
  /** The name inside a mention with its descriptor ("улицы {Баумана}"): either span counts (gold.ts core). */
  core_span?: [number, number];
}

/** Letters and digits of either script: what a whole-word match may not touch on either side. */
const WORD = /[\p{L}\p{N}]/u;

function wholeWord(text: string, s: number, e: number): boolean {
  return !(s > 0 && WORD.test(text[s - 1])) && !(e < text.length && WORD.test(text[e]));
}

/** A row's words as a pattern in which a space also matches a no-break space (numbers in print). */
function spaced(words: string): RegExp {
  return new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]'), 'g');
}

/** "=12", "=2026-Q3", "=412000000 USD" → the value shape the eval reads for that type. */
function valueOf(type: string, raw: string): unknown {
  if (type === 'MONEY') {
    const [amount, unit] = raw.split(' ');
    return { value: Number(amount), isoCurrency: unit };
  }
  if (type === 'DATE') return { values: [{ timex: raw }] };
  return Number(raw);
}

/** Marks the core of each gold span whose row wrote it in {braces}. */
function withCore(got: Gold[], coreAt: number, coreLength: number): Gold[] {
  if (coreAt < 0) return got;
  return got.map((g) => ({ ...g, core_span: [g.start + coreAt, g.start + coreAt + coreLength] }));
}

function rows(text: string, line: string, where: string): Gold[] {
  const m = /^(\?)?([A-Z]+) (.+?)(?: =(.+))?$/.exec(line);
  if (!m) throw new Error(`${where}: cannot read "${line}"`);
  const [, opt, type, braced, raw] = m;
  // "{…}" marks the core of the mention; offsets are of the words without the braces
  const core = /\{(.+)\}/.exec(braced);
  const body = braced.replace(/[{}]/g, '');
  const mention = body.replace(/^.*\[|\].*$/g, '');
  const coreAt = core ? mention.indexOf(core[1]) : -1;
  return withCore(spans(text, type, body, opt, raw, where), coreAt, core ? core[1].length : 0);
}

function spans(text: string, type: string, body: string, opt: string | undefined, raw: string | undefined, where: string): Gold[] {
  const base = { type, ...(opt ? { optional: true as const } : {}), ...(raw !== undefined ? { value: valueOf(type, raw) } : {}) };
  const b = /^(.*)\[(.+)\](.*)$/.exec(body);
  if (b) {
    const [, left, mid, right] = b;
    const found = [...text.matchAll(spaced(left + mid + right))];
    if (!found.length) throw new Error(`${where}: snippet not found: ${body}`);
    if (found.length > 1) throw new Error(`${where}: snippet not unique: ${body}`);
    // a space and a no-break space are both one code unit: the row's parts keep their lengths in the text
    const start = found[0].index! + left.length;
    const end = start + mid.length;
    return [{ start, end, text: text.slice(start, end), ...base }];
  }
  const out: Gold[] = [];
  for (const f of text.matchAll(spaced(body))) {
    const at = f.index!;
    if (wholeWord(text, at, at + f[0].length)) out.push({ start: at, end: at + f[0].length, text: f[0], ...base });
  }
  if (!out.length) throw new Error(`${where}: not found: ${body}`);
  return out;
}

/** Every digit run of the matching lines (a standings table) is a NUMBER; `optional`: neither required nor penalized. */
function tableRows(text: string, pattern: RegExp, optional = false): Gold[] {
  const out: Gold[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const clean = line.replace(/\r$/, '');
    if (pattern.test(clean)) {
      for (const d of clean.matchAll(/\d+/g)) {
        const s = lineStart + d.index!;
        // a rank "1." opening the row is an ordinal place, not a count: neither required nor penalized
        const rank = d.index === 0 && clean[d[0].length] === '.';
        const at = { start: s, end: s + d[0].length, text: d[0] };
        // a rank is an ordinal place; read as a number it costs nothing either
        if (rank) out.push({ ...at, type: 'ORDINAL', optional: true }, { ...at, type: 'NUMBER', optional: true });
        else out.push({ ...at, type: 'NUMBER', ...(optional ? { optional: true as const } : { value: Number(d[0]) }) });
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** Both sides of a match score ("3:1", "2-1") between non-digits: optional NUMBERs. */
function scoreRows(text: string): Gold[] {
  const out: Gold[] = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,2})([:-])(\d{1,2})(?![\d.,:-])/g)) {
    const s = m.index!;
    const e = s + m[1].length + 1;
    out.push({ start: s, end: s + m[1].length, type: 'NUMBER', text: m[1], optional: true });
    out.push({ start: e, end: e + m[3].length, type: 'NUMBER', text: m[3], optional: true });
  }
  return out;
}

function build(): string[] {
  const out: string[] = [];
  let doc: { id: string; ref: string; text: string; ents: Gold[]; table: Gold[]; scores: Gold[]; whole: Set<Gold> } | undefined;
  const flush = () => {
    if (!doc) return;
    // a whole-word row yields to a longer gold span of its type around it ("Динамо" in "Динамо Махачкала")
    const all = [...doc.ents];
    const kept = all.filter(
      (g) => !doc!.whole.has(g) || !all.some((o) => o !== g && o.type === g.type && o.start <= g.start && o.end >= g.end && o.end - o.start > g.end - g.start),
    );
    // generated table/score rows yield to any hand row at the same place
    const gen = [...doc.table, ...doc.scores].filter((g) => !kept.some((o) => o.start < g.end && g.start < o.end));
    const seen = new Set<string>();
    const ents = [...kept, ...gen]
      .filter((g) => {
        const k = `${g.start}:${g.end}:${g.type}`;
        return seen.has(k) ? false : (seen.add(k), true);
      })
      .sort((a, b) => a.start - b.start || b.end - a.end);
    out.push(
      JSON.stringify({
        id: doc.id,
        lang: doc.id.slice(0, 2),
        ref_date: doc.ref,
        text: doc.text,
        entities: ents,
        source: 'newsmark review set, round 10 (hand-written articles, MIT)',
      }),
    );
  };
  const lines = fs.readFileSync(path.join(DIR, 'gold.ann'), 'utf8').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const where = `gold.ann:${i + 1}`;
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      flush();
      const [id, ref] = line.slice(1).split(' ');
      doc = { id, ref, text: fs.readFileSync(path.join(DIR, `${id}.txt`), 'utf8'), ents: [], table: [], scores: [], whole: new Set() };
      return;
    }
    if (!doc) throw new Error(`${where}: a row before the first @article line`);
    if (line.startsWith('TABLE ')) doc.table.push(...tableRows(doc.text, new RegExp(line.slice(6))));
    else if (line.startsWith('?TABLE ')) doc.table.push(...tableRows(doc.text, new RegExp(line.slice(7)), true));
    else if (line === 'SCORES') doc.scores.push(...scoreRows(doc.text));
    else {
      const got = rows(doc.text, line, where);
      if (!/\[/.test(line)) got.forEach((g) => doc!.whole.add(g));
      doc.ents.push(...got);
    }
  });
  flush();
  return out;
}

fs.writeFileSync(path.join(DIR, 'gold.jsonl'), build().join('\n') + '\n');
