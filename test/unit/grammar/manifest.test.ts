// The grammar's wiring: package.json contributions point at files that exist and agree with them,
// the committed JSON grammars match their YAML sources, and language-configuration.json behaves.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './textmate';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

describe('grammar contributions (package.json)', () => {
  it('declares the news language with its extensions and configuration', () => {
    const news = pkg.contributes.languages.find((l: { id: string }) => l.id === 'news');
    assert.ok(news, 'no language "news"');
    assert.deepStrictEqual(news.extensions, ['.news']);
    assert.ok(news.aliases.includes('News'));
    assert.ok(fs.existsSync(path.join(ROOT, news.configuration)), news.configuration);
  });

  it('every grammar file exists and carries the declared scopeName', () => {
    assert.ok(pkg.contributes.grammars.length >= 2);
    for (const g of pkg.contributes.grammars) {
      const file = readJson(g.path);
      assert.strictEqual(file.scopeName, g.scopeName, g.path);
    }
  });

  it('the sidecar injection targets YAML and the sidecar language, and has an injection selector for both', () => {
    const inj = pkg.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
    assert.deepStrictEqual(inj.injectTo, ['source.yaml', 'source.newsmark-sidecar']);
    assert.match(readJson(inj.path).injectionSelector, /source\.yaml/);
    assert.match(readJson(inj.path).injectionSelector, /source\.newsmark-sidecar/);
  });

  it('sidecars are a language of their own (YAML colours included) without unicode-highlight boxes around Cyrillic', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'newsmark-sidecar');
    assert.ok(lang, 'no language "newsmark-sidecar"');
    // The default suffix, in both spellings the suffix setting allows (other suffixes: set at run time).
    assert.deepStrictEqual(lang.filenamePatterns, ['*.annotations.yaml', '*.annotations.yml']);
    assert.ok(fs.existsSync(path.join(ROOT, lang.configuration)), lang.configuration);
    const g = pkg.contributes.grammars.find((x: { language?: string }) => x.language === 'newsmark-sidecar');
    assert.deepStrictEqual(readJson(g.path).patterns, [{ include: 'source.yaml' }]);
    assert.deepStrictEqual(pkg.contributes.configurationDefaults['[newsmark-sidecar]'], {
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.unicodeHighlight.nonBasicASCII': false,
    });
    // Shipped: .vscodeignore is an allowlist.
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!\*\.language-configuration\.json$/m);
    assert.match(lang.configuration, /\.language-configuration\.json$/);
  });

  it('the committed JSON grammars are generated from the current YAML sources', () => {
    // Exits non-zero (and execFileSync throws) when a .tmLanguage.json is stale.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-grammars.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});

describe('language-configuration.json', () => {
  const conf = readJson('language-configuration.json');
  const pairs = (conf.autoClosingPairs as Array<{ open: string; close: string }>).map((p) => p.open + p.close);

  const CLOSING: Array<[string, string]> = [
    // Russian outer quotes, Russian inner / German quotes, English quotes
    ['«', '»'],
    ['„', '“'],
    ['“', '”'],
  ];
  for (const [open, close] of CLOSING) {
    it(`auto-closes and surrounds ${open}…${close}`, () => {
      assert.ok(pairs.includes(open + close));
      assert.ok(conf.surroundingPairs.some(([o, c]: [string, string]) => o === open && c === close));
    });
  }

  it('matches «» as brackets (but not the quote pairs that share “)', () => {
    const brackets = conf.brackets.map(([o, c]: [string, string]) => o + c);
    assert.ok(brackets.includes('«»'));
    assert.ok(!brackets.includes('„“') && !brackets.includes('“”'));
  });

  const WORDS: Array<[string, string[]]> = [
    // hyphenated Cyrillic place names and apostrophes stay one word (double-click selects them whole)
    ['В Усть-Каменогорске', ['В', 'Усть-Каменогорске']],
    ['O’Brien said', ['O’Brien', 'said']],
    // a decimal number is one word
    ['почти 1,5 млн', ['почти', '1,5', 'млн']],
    // quotes and dashes are not part of words
    ['«Газпром» — компания', ['Газпром', 'компания']],
  ];
  for (const [text, words] of WORDS) {
    it(`wordPattern splits "${text}"`, () => {
      assert.deepStrictEqual(text.match(new RegExp(conf.wordPattern, 'g')), words);
    });
  }
});
