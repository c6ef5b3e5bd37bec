// ESLint (flat config) for newsmark: typescript-eslint's recommended rules on all TypeScript, and,
// in the extension, no-floating-promises with type information — a promise nobody awaits in the
// editor loses its error (house style: every fire-and-forget promise gets a named error policy, or
// an explicit `void`). Run through `npm run lint` (scripts/lint.mjs), together with `prettier --check`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/e2e/out/**', '.newsmark-host/**', '.vscode-test/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Node scripts; the e2e helpers also hold functions that run inside the workbench page.
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['test/e2e/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/extension/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    rules: {
      // `_name` marks a parameter kept for the signature's sake.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Matching control characters is the point where we escape or quote them (messages, YAML).
      'no-control-regex': 'off',
      // CommonJS-only packages without types are loaded by submodule (natural: a whole-package
      // require costs a second and prints to stdout; az has no types) and package.json by require.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
