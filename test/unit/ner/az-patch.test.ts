// az 0.2.3 is patched (patches/az+0.2.3.patch, applied by patch-package on install) so that its
// dictionary's tags are built on first use instead of all 4,880 at init. The patch must change
// nothing az answers: az-sample.json holds the answers of the unpatched az for a sample of words
// (names in every case, guessed surnames, hyphenated words, abbreviations, initials, ё), with
// their tags, scores, normal forms and inflections, the parts of a parse the normalizers read.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { Morph } from '../../../src/core/ner/morph';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Az: any = require('az');
const SAMPLE: Record<string, string[]> = require('./az-sample.json');
const ROOT = path.resolve(__dirname, '../../..');

/** One line per parse, in az's order: what az-sample.json records. */
function describeParses(word: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return Az.Morph(word).map((p: any) => {
    const n = p.normalize();
    const infl = (g: string[]) => {
      const r = p.inflect(g);
      return r ? r.word + ' ' + r.tag : false;
    };
    return [
      p.parser,
      p.word,
      String(p.tag),
      p.tag.ext ? String(p.tag.ext) : '',
      Number(p.score.toFixed(9)),
      n ? n.word : false,
      infl(['nomn', 'sing']),
      infl(['nomn', 'plur']),
      infl(['gent', 'sing', 'femn']),
    ].join(' | ');
  });
}

describe('az with tags built on first use (patches/az+0.2.3.patch)', function () {
  this.timeout(60000);

  it('the patch is applied (npm install runs patch-package)', () => {
    assert.strictEqual(typeof Az.Morph.builtTagCount, 'function', 'az is not patched: run `npm install` (postinstall: patch-package)');
  });

  it('answers as the unpatched az on a sample: parses, tags, scores, normal forms, inflections', () => {
    assert.ok(new Morph().analyze('Москва').parses.length > 0); // loads az's dictionaries
    const words = Object.keys(SAMPLE);
    assert.ok(words.length > 30);
    for (const w of words) assert.deepStrictEqual(describeParses(w), SAMPLE[w], w);
  });

  it('tags are shared and frozen as before: one object per tag, reached by parse and by inflect alike', () => {
    assert.ok(new Morph().analyze('Москва').parses.length > 0);
    const [p] = Az.Morph('Москвы');
    const again = Az.Morph('Москвы')[0];
    assert.strictEqual(p.tag, again.tag);
    assert.ok(Object.isFrozen(p.tag) && Object.isFrozen(p.tag.ext) && Object.isFrozen(p.tag.stat));
    const nom = p.inflect(['nomn']);
    assert.strictEqual(nom.tag, Az.Morph('Москва')[0].tag);
  });

  it('isProductive, isCapitalized and toString, computed once per tag, answer as az defines them', () => {
    assert.ok(new Morph().analyze('Москва').parses.length > 0);
    let checked = 0;
    for (const w of [...Object.keys(SAMPLE), 'Кваблорском', 'наиглупейший', 'по-английски', 'Иванович', 'IV', '3,5', '!']) {
      for (const p of Az.Morph(w)) {
        const t = p.tag;
        const productive = !(t.NUMR || t.NPRO || t.PRED || t.PREP || t.CONJ || t.PRCL || t.INTJ || t.Apro || t.NUMB || t.ROMN || t.LATN || t.PNCT || t.UNKN);
        assert.strictEqual(t.isProductive(), productive, `${w} ${t}`);
        assert.strictEqual(t.isCapitalized(), t.Name || t.Surn || t.Patr || t.Geox || t.Init, `${w} ${t}`);
        assert.strictEqual(t.toString(), (t.stat.join(',') + ' ' + t.flex.join(',')).trim());
        // The cached answers are not fields anyone iterating a tag sees: only grammemes, stat, flex, POS, ext.
        for (const k of Object.keys(t))
          assert.ok(['stat', 'flex', 'POS', 'ext'].includes(k) || t.stat.includes(k) || t.flex.includes(k) || /^[A-Z][A-Za-z]{3}$/.test(k), `${w}: field ${k}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} parses`);
  });

  it('a Russian line extracts building only the tags its words use, not all of them', () => {
    // A fresh process: in this one, other tests have built tags already.
    const script = `
      require('./src/core/index').loadEngine().then((engine) => {
        const { entities } = engine.extract('Министр внутренних дел России Владимир Колокольцев заявил в понедельник.', { lang: 'ru' });
        const Az = require('az');
        console.log(JSON.stringify([entities.map((e) => e.norm ?? e.text), Az.Morph.builtTagCount(), require('az/dicts/gramtab-opencorpora-int.json').length]));
      });`;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const [names, built, all] = JSON.parse(r.stdout);
    // The line went through the whole engine, normal forms (az's inflection) included.
    assert.deepStrictEqual(names.slice(0, 2), ['Россия', 'Владимир Колокольцев']);
    assert.ok(all > 4000, `${all} tags in the dictionary`);
    assert.ok(built > 0 && built < 150, `${built} of ${all} tags built`);
  });
});
