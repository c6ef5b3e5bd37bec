#!/usr/bin/env node
// `npm run lint [-- PATH...]`: ESLint (eslint.config.mjs) and `prettier --check` (.prettierrc.json) over
// the TypeScript and JavaScript sources, or only over the paths given. Exits non-zero when either
// finds a problem. To fix what can be fixed: `npx eslint --fix PATH...` and `npx prettier --write PATH...`.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const paths = process.argv.slice(2);
// Prettier is given code only: Markdown, YAML sidecars and JSON data keep their hand-made layout.
const code = paths.length ? paths : ['src', 'scripts', 'test', 'eslint.config.mjs'];
const prettierTargets = paths.length ? paths : ['{src,scripts,test}/**/*.{ts,mjs,js}', 'eslint.config.mjs'];

const run = (cmd, args) => spawnSync(process.execPath, [resolve(root, 'node_modules', cmd), ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
const eslint = run('eslint/bin/eslint.js', ['--max-warnings', '0', ...code]);
const prettier = run('prettier/bin/prettier.cjs', ['--check', '--ignore-unknown', ...prettierTargets]);
process.exit(eslint || prettier ? 1 : 0);
