// The sidecar injection (syntaxes/annotations.injection.tmLanguage.json) on top of VS Code's own
// YAML grammar (vendored in fixtures/yaml), wired through package.json's `injectTo` as VS Code
// wires it. Rows: [what, needle, scope, nth?] on SIDECAR; then the colours those scopes get in
// VS Code's default themes.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tm from 'vscode-textmate';
import { grammar, tokenize, scopesOf, scopesAt, createRegistry, FIXTURES, ROOT } from './textmate';
import { serializeSidecar, Annotation } from '../../../src/sidecar';

// The layout src/sidecar writes (one flow map per line, keys id, type, status, orphan, text, …),
// plus entries a person may have written by hand in block style and with quotes.
const SIDECAR = [
  '# newsmark annotations for ru-mvd-kazakhstan-russia.txt: people, organizations, places and figures, one per line.',
  'newsmark: 1',
  'article: ru-mvd-kazakhstan-russia.txt',
  'hash: sha256:0f1e',
  'annotations:',
  '  - { id: loc-1a2b, type: LOC, status: suggested, text: АСТАНА, start: 118, end: 124, norm: Астана, before: "", after: ", 22 июл" }',
  '  - { id: per-1f3a9c0b, type: PER, status: accepted, text: Владимир Колокольцев, start: 140, end: 160 }',
  '  - { id: num-77, type: NUMBER, status: rejected, orphan: true, text: "свыше семисот", start: 900, end: 913, value: 700, qualifier: gt }',
  '  - { id: org-3, type: ORG, status: manual, text: \'МВД России\', start: 5, end: 15, note: "checked: ok" }',
  '  - { id: pct-4, type: PERCENT, status: suggested, text: 10 %, start: 1, end: 5 } # a comment',
  '  - { id: mon-5, type: MONEY, status: accepted, text: 5 млрд рублей, start: 20, end: 33 }',
  '  - { id: dat-6, type: DATE, status: accepted, text: 22 июл, start: 126, end: 132 }',
  '  - { id: ord-7, type: ORDINAL, status: suggested, text: 3-го, start: 40, end: 44 }',
  '  - type: ORG',
  '    text: ОДКБ',
  '    status: "accepted"',
  '    note: type: PER would be wrong here',
  '  - type: PERSON',
  '    status: acceptedX',
  '# type: PER in a comment',
].join('\n');

type Row = [what: string, needle: string, scope: string, nth?: number];

const FOUND: Row[] = [
  ['type PER', 'PER', 'entity.name.function.person.newsmark'],
  ['type ORG', 'ORG', 'entity.name.type.organization.newsmark'],
  ['type LOC', 'LOC', 'variable.other.constant.location.newsmark'],
  ['type DATE', 'DATE', 'constant.numeric.date.newsmark'],
  ['type NUMBER', 'NUMBER', 'constant.numeric.number.newsmark'],
  ['type PERCENT', 'PERCENT', 'constant.numeric.percent.newsmark'],
  ['type MONEY', 'MONEY', 'constant.numeric.money.newsmark'],
  ['type ORDINAL', 'ORDINAL', 'constant.numeric.ordinal.newsmark'],
  ['type in block style', 'ORG', 'entity.name.type.organization.newsmark', 2],
  ['status suggested', 'suggested', 'markup.italic.suggested.newsmark'],
  ['status accepted', 'accepted', 'markup.inserted.accepted.newsmark'],
  ['status rejected', 'rejected', 'markup.deleted.rejected.newsmark'],
  ['status rejected is struck through', 'rejected', 'markup.strikethrough.rejected.newsmark'],
  ['status manual', 'manual', 'markup.bold.manual.newsmark'],
  ['status in double quotes', 'accepted', 'markup.inserted.accepted.newsmark', 4],
  ['orphan: true', 'true', 'invalid.illegal.orphaned.newsmark'],
  ['text of a PER in the person colour', 'Владимир Колокольцев', 'entity.name.function.person.newsmark'],
  ['text of a LOC (Cyrillic capitals)', 'АСТАНА', 'variable.other.constant.location.newsmark'],
  ['text after status and orphan', '"свыше семисот"', 'constant.numeric.number.newsmark'],
  ['single-quoted text', "'МВД России'", 'entity.name.type.organization.newsmark'],
  ['text with a space and %', '10 %', 'constant.numeric.percent.newsmark'],
  ['MONEY text', '5 млрд рублей', 'constant.numeric.money.newsmark'],
  ['DATE text', '22 июл', 'constant.numeric.date.newsmark', 2],
  ['ORDINAL text', '3-го', 'constant.numeric.ordinal.newsmark'],
  // The YAML grammar keeps its own scopes around the injected values.
  ['YAML key after an injected value', 'text', 'entity.name.tag.yaml', 3],
  ['YAML number after an injected value', '140', 'constant.numeric.integer.decimal.yaml'],
  ['YAML comment after an entry', '# a comment', 'comment.line.number-sign.yaml'],
  ['YAML flow map survives', 'per-1f3a9c0b', 'meta.flow.mapping.yaml'],
  ['other keys stay YAML strings', 'Астана', 'string.unquoted.plain.in.yaml'],
  ['block key after an injected value', 'text', 'entity.name.tag.yaml', 9],
];

const NOT_FOUND: Row[] = [
  ['"type:" inside a note value', 'PER would be wrong', 'entity.name.function'],
  ['unknown type', 'PERSON', 'entity.name.function'],
  ['unknown status', 'acceptedX', 'markup'],
  ['a comment', 'type: PER in a comment', 'entity.name.function'],
  ['the norm is not the quote', 'Астана', 'variable.other.constant.location'],
  ['a context string is not the quote', ', 22 июл', 'constant.numeric.date'],
];

// The same rows in a YAML file and in a sidecar opened in its own language (newsmark-sidecar).
for (const root of ['source.yaml', 'source.newsmark-sidecar'])
  describe(`sidecar injection (syntaxes/annotations.injection.tmLanguage.json) in ${root}`, () => {
    let toks: ReturnType<typeof tokenize>;
    before(async () => {
      toks = tokenize(await grammar(root), SIDECAR);
    });

    for (const [what, needle, scope, nth] of FOUND) {
      it(`${what}: "${needle}" → ${scope}`, () => {
        const scopes = scopesOf(toks, SIDECAR, needle, nth);
        assert.ok(scopes.includes(scope), `"${needle}" has [${scopes.join(', ')}]`);
      });
    }
    for (const [what, needle, scope, nth] of NOT_FOUND) {
      it(`false positive — ${what}: "${needle}" ↛ ${scope}`, () => {
        const scopes = scopesOf(toks, SIDECAR, needle, nth);
        assert.deepStrictEqual(
          scopes.filter((s) => s.startsWith(scope)),
          [],
          `"${needle}" has [${scopes.join(', ')}]`,
        );
      });
    }
  });

// The layout is the sidecar engineer's to change: these rows run on what src/sidecar writes today,
// so a change of key order or style that breaks the colouring fails here.
describe('sidecar injection on a sidecar written by src/sidecar', () => {
  const article = fs.readFileSync(path.join(ROOT, 'samples/ru-mvd-kazakhstan-russia.txt'), 'utf8');
  const at = (type: Annotation['type'], text: string, status: Annotation['status'], id: string): Annotation => {
    const start = article.indexOf(text);
    assert.ok(start >= 0, text);
    return { id, type, status, text, start, end: start + text.length };
  };
  const annotations: Annotation[] = [
    at('PER', 'Владимир Колокольцев', 'accepted', 'per-1'),
    at('ORG', 'МВД России', 'suggested', 'org-2'),
    at('LOC', 'Усть-Каменогорске', 'rejected', 'loc-3'),
    at('PERCENT', '10 %', 'manual', 'pct-4'),
    at('NUMBER', '20-ти', 'suggested', 'num-5'),
    at('DATE', '22 июл', 'accepted', 'dat-6'),
    // An orphan keeps its last known quote and offsets, which no longer match the article.
    { id: 'num-7', type: 'NUMBER', status: 'suggested', text: 'восьмисот', start: 1, end: 10, orphan: true },
  ];
  const TYPE_SCOPE: Record<string, string> = {
    PER: 'entity.name.function.person.newsmark',
    ORG: 'entity.name.type.organization.newsmark',
    LOC: 'variable.other.constant.location.newsmark',
    PERCENT: 'constant.numeric.percent.newsmark',
    NUMBER: 'constant.numeric.number.newsmark',
    DATE: 'constant.numeric.date.newsmark',
  };
  const STATUS_SCOPE: Record<string, string> = {
    suggested: 'markup.italic.suggested.newsmark',
    accepted: 'markup.inserted.accepted.newsmark',
    rejected: 'markup.deleted.rejected.newsmark',
    manual: 'markup.bold.manual.newsmark',
  };
  let text: string;
  let toks: ReturnType<typeof tokenize>;
  before(async () => {
    text = serializeSidecar(undefined, 'ru-mvd-kazakhstan-russia.txt', article, annotations);
    toks = tokenize(await grammar('source.yaml'), text);
  });

  for (const a of annotations) {
    it(`${a.type} ${a.status}${a.orphan ? ' orphan' : ''} "${a.text}": type, status and quote coloured`, () => {
      const lines = text.split('\n');
      const li = lines.findIndex((l) => l.includes(`id: ${a.id},`));
      assert.ok(li >= 0, `no entry for ${a.id} in\n${text}`);
      const line = lines[li];
      // The scopes of the value written after `key: ` on this entry's line.
      const valueScopes = (key: string) => {
        const start = line.indexOf(`${key}: `) + key.length + 2;
        const end = line.indexOf(',', start);
        return scopesAt(toks, li, start, end);
      };
      assert.ok(valueScopes('type').includes(TYPE_SCOPE[a.type]), `type in: ${line}`);
      assert.ok(valueScopes('status').includes(STATUS_SCOPE[a.status]), `status in: ${line}`);
      assert.ok(valueScopes('text').includes(TYPE_SCOPE[a.type]), `quote in: ${line}`);
      if (a.orphan) assert.ok(valueScopes('orphan').includes('invalid.illegal.orphaned.newsmark'), `orphan in: ${line}`);
    });
  }

  it('the whole written file tokenizes with every entry coloured', () => {
    const entries = text.split('\n').filter((l) => l.trim().startsWith('- {')).length;
    assert.strictEqual(entries, annotations.length);
    const coloured = new Set(toks.filter((t) => t.scopes.some((s) => s.endsWith('.newsmark'))).map((t) => t.line));
    assert.strictEqual(coloured.size, annotations.length);
  });
});

// ------------------------------------------------------------------ colours in VS Code's themes

/** A VS Code theme file with its `include` chain merged, as the workbench loads it. */
function loadTheme(file: string): tm.IRawTheme {
  // Theme files are JSON with comments and trailing commas.
  const text = fs
    .readFileSync(path.join(FIXTURES, 'themes', file), 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1');
  const raw = JSON.parse(text);
  const base: tm.IRawTheme = raw.include ? loadTheme(path.basename(raw.include)) : { settings: [] };
  const fg = raw.colors?.['editor.foreground'];
  // A rule without a scope sets the default colour; a later one overrides an earlier one.
  return { name: raw.name, settings: [...base.settings, ...(fg ? [{ settings: { foreground: fg } }] : []), ...(raw.tokenColors ?? [])] };
}

// Bit layout of vscode-textmate's token metadata (MetadataConsts in its sources; not exported at run time).
const FONT_STYLE_MASK = 0b0000_0000_0000_0000_0111_1000_0000_0000;
const FOREGROUND_MASK = 0b0000_0000_1111_1111_1000_0000_0000_0000;
const fontStyleOf = (meta: number) => (meta & FONT_STYLE_MASK) >>> 11;
const foregroundOf = (meta: number) => (meta & FOREGROUND_MASK) >>> 15;

interface Style {
  color: string;
  font: number;
}

const ENTITY_SAMPLE = [
  'annotations:',
  '  - { id: a, type: PER, status: suggested, text: x }',
  '  - { id: b, type: ORG, status: accepted, text: x }',
  '  - { id: c, type: LOC, status: rejected, text: x }',
  '  - { id: d, type: NUMBER, status: manual, text: x }',
];

describe('sidecar colours in the default themes', () => {
  const THEMES = ['dark_plus.json', 'light_plus.json', 'hc_black.json', 'hc_light.json'];
  for (const file of THEMES) {
    it(`${file}: PER, ORG, LOC, figures and the four statuses are told apart`, async () => {
      const registry = createRegistry(loadTheme(file));
      const colorMap = registry.getColorMap();
      const g = await registry.loadGrammar('source.yaml');
      assert.ok(g);
      const styleOf = (lineNo: number, needle: string): Style => {
        let stack = tm.INITIAL;
        for (let i = 0; i < lineNo; i++) stack = g.tokenizeLine2(ENTITY_SAMPLE[i], stack).ruleStack;
        const line = ENTITY_SAMPLE[lineNo];
        const at = line.indexOf(needle);
        const { tokens } = g.tokenizeLine2(line, stack);
        let meta = 0;
        for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= at) meta = tokens[i + 1];
        return {
          color: colorMap[foregroundOf(meta)],
          font: fontStyleOf(meta),
        };
      };
      const key = styleOf(1, 'id');
      const plain = styleOf(1, 'a,');
      const types = { PER: styleOf(1, 'PER'), ORG: styleOf(2, 'ORG'), LOC: styleOf(3, 'LOC'), NUMBER: styleOf(4, 'NUMBER') };
      const typeColors = Object.values(types).map((s) => s.color);
      assert.strictEqual(new Set(typeColors).size, 4, `type colours ${JSON.stringify(types)}`);
      for (const [t, s] of Object.entries(types)) {
        assert.notStrictEqual(s.color, plain.color, `${t} looks like a plain YAML value`);
        assert.notStrictEqual(s.color, key.color, `${t} looks like a YAML key`);
      }
      const statuses = [styleOf(1, 'suggested'), styleOf(2, 'accepted'), styleOf(3, 'rejected'), styleOf(4, 'manual')];
      const distinct = new Set(statuses.map((s) => `${s.color}/${s.font}`));
      assert.strictEqual(distinct.size, 4, `status styles ${JSON.stringify(statuses)}`);
      for (const s of statuses) assert.ok(s.color !== plain.color || s.font !== plain.font, 'a status looks like a plain value');
    });
  }
});
