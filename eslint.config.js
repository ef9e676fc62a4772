// Lint is where the layers of DESIGN.md are enforced: imports flow
// shared ← domain ← {db, sync} ← app, and the server sees only shared and domain.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (name) => ({ group: [`**/${name}/**`, `**/${name}`], message: `This layer may not import from src/${name}.` });
const noPlatform = [
  { group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'zustand', 'workbox-window'], message: 'Pure layers stay free of UI and storage libraries.' },
];
const pureGlobals = [
  { name: 'fetch', message: 'Pass a transport in; pure layers do no I/O.' },
  { name: 'setTimeout', message: 'Pass a clock or scheduler in.' },
  { name: 'setInterval', message: 'Pass a clock or scheduler in.' },
];
const baseSyntax = [
  { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' },
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
];
const noDateNow = {
  selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  message: 'Pass the clock in; pure layers never read the time.',
};
const noNewDateNow = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'Pass the clock in; pure layers never read the time.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...baseSyntax],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('domain'), layer('db'), layer('sync'), layer('app'), layer('server'), ...noPlatform] }],
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-syntax': ['error', ...baseSyntax, noDateNow, noNewDateNow],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('db'), layer('sync'), layer('app'), layer('server'), ...noPlatform] }],
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-syntax': ['error', ...baseSyntax, noDateNow, noNewDateNow],
    },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('sync'), layer('app'), layer('server')] }] },
  },
  {
    files: ['src/sync/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('app'), layer('server')] }] },
  },
  {
    files: ['src/kiosk/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('server')] }] },
  },
  {
    files: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('db'), layer('sync'), layer('app'), ...noPlatform] }] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: {
      'no-restricted-syntax': ['error', ...baseSyntax, { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']", message: 'No .only in tests.' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tools load their config through a default export.
    files: ['vite.config.ts'],
    rules: { 'no-restricted-syntax': ['error', baseSyntax[0]] },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-restricted-syntax': 'off' },
  },
);
