// Converts the readable grammar sources syntaxes/*.tmLanguage.yaml into the JSON that VS Code loads
// (syntaxes/*.tmLanguage.json, committed so the extension needs no build step for its grammars).
// The YAML may declare `variables:` (as Sublime's .sublime-syntax does); `{{name}}` in any regex
// is replaced by the variable's text, so shared pieces (months, currencies, number shapes) live once.
//   node scripts/build-grammars.mjs           write the JSON files
//   node scripts/build-grammars.mjs --check   exit 1 if a committed JSON differs from its YAML source
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'syntaxes');
const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);

function expand(text, vars, where) {
  let out = text;
  // Variables may refer to other variables; a fixed number of passes rejects cycles.
  for (let pass = 0; pass < 10 && out.includes('{{'); pass++) {
    out = out.replace(/\{\{(\w+)\}\}/g, (_, name) => {
      if (!(name in vars)) throw new Error(`${where}: unknown variable {{${name}}}`);
      return vars[name];
    });
  }
  if (/\{\{\w+\}\}/.test(out)) throw new Error(`${where}: variables nest too deep (cycle?)`);
  return out;
}

function walk(node, vars, where) {
  if (Array.isArray(node)) return node.map((n, i) => walk(n, vars, `${where}[${i}]`));
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = REGEX_KEYS.has(k) && typeof v === 'string' ? expand(v, vars, `${where}.${k}`) : walk(v, vars, `${where}.${k}`);
    }
    return out;
  }
  return node;
}

export function buildGrammar(yamlText, sourceName) {
  const src = parse(yamlText);
  const vars = src.variables ?? {};
  delete src.variables;
  const body = walk(src, vars, sourceName);
  const out = {
    information_for_contributors: [
      `Generated from syntaxes/${sourceName} by scripts/build-grammars.mjs. Edit the YAML, then run: node scripts/build-grammars.mjs`,
    ],
    ...body,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const check = process.argv.includes('--check');
let stale = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.tmLanguage.yaml'))
  .sort()) {
  const target = join(dir, name.replace(/\.yaml$/, '.json'));
  const json = buildGrammar(readFileSync(join(dir, name), 'utf8'), name);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === json) continue;
  if (check) {
    console.error(`${target}: out of date with ${name} (run: node scripts/build-grammars.mjs)`);
    stale++;
  } else {
    writeFileSync(target, json);
    console.log(`wrote ${target}`);
  }
}
process.exitCode = stale ? 1 : 0;
