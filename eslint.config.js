// Lint is where the layers of DESIGN.md are enforced. Three kinds of rule:
// - boundaries/dependencies: which element may import which, by element (the
//   folder an import resolves to, #aliases included), not by the text of the
//   import: shared ← domain ← {db, sync} ← ui ← {kiosk, coordinator};
//   workers and server see only shared and domain; only tests see tests.
// - no-restricted-imports: what each platform lacks (no React below ui, no
//   Node built-ins in browser code), no climbing `../` imports anywhere, and
//   the apps reach src/workers only through Vite's worker import.
// - no-restricted-globals: no DOM in the server, no Node in browser code, no
//   I/O or clock in the pure layers.
// tsconfig.*.json give each layer the matching platform types as well.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

// --- Elements: one per top-level folder of src, plus tests.
const SRC_LAYERS = ['shared', 'domain', 'db', 'sync', 'ui', 'kiosk', 'coordinator', 'workers', 'server'];
const elements = [
  ...SRC_LAYERS.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
  { type: 'tests', pattern: 'tests', partialMatch: false },
];
// The tool configs at the top are known files but no element: nothing may import them.
const files = [
  { category: 'test', pattern: TEST_FILES },
  { category: 'config', pattern: '*.config.{js,ts}' },
];

// Who may import whom. Imports within one element are always fine.
// sync may use db: the outbox and the records it pushes live in Dexie.
// The two apps may load workers (their entry points).
const allowedImports = {
  shared: [],
  domain: ['shared'],
  db: ['shared', 'domain'],
  sync: ['shared', 'domain', 'db'],
  ui: ['shared', 'domain', 'db', 'sync'],
  kiosk: ['shared', 'domain', 'db', 'sync', 'ui', 'workers'],
  coordinator: ['shared', 'domain', 'ui', 'workers'],
  workers: ['shared', 'domain'],
  server: ['shared', 'domain'],
  tests: SRC_LAYERS,
};
const layerPolicies = Object.entries(allowedImports).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
}));
const dependencies = {
  default: 'disallow',
  message: 'src/{{ from.element.types.[0] }} may not import from {{ to.element.types.[0] }} ({{ dependency.source }}): imports flow shared ← domain ← {db, sync} ← ui ← {kiosk, coordinator}; workers and server use only shared and domain.',
  policies: [
    ...layerPolicies,
    {
      from: { element: { types: { anyOf: SRC_LAYERS } } },
      disallow: { to: { element: { type: 'tests' } } },
      message: 'App code may not import tests ({{ dependency.source }}). Only *.test.ts(x) files may, and only from tests/helpers and tests/fixtures.',
    },
    {
      from: { file: { categories: 'test' } },
      allow: { to: { element: { type: 'tests' }, file: { path: ['tests/helpers/**', 'tests/fixtures/**'] } } },
    },
    // The build reads shared facts (the pictogram bitmaps' size) rather than keeping a copy.
    { from: { file: { categories: 'config' } }, allow: { to: { element: { type: 'shared' } } } },
    // The build packs the offline voice's data with the same code the worker unpacks it with.
    {
      from: { file: { categories: 'config' } },
      allow: { to: { element: { type: 'workers' }, file: { path: ['src/workers/speechData.ts'] } } },
    },
  ],
};

// --- Imports each platform lacks, and climbing imports.
const noClimbing = { regex: '(^|/)\\.\\.(/|$)', message: 'No climbing imports: use a subpath import (#shared/…, #db/…), or ./ for this folder and below.' };
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/]/g, '\\/'));
const noNode = { regex: `^(node:|(${nodeBuiltins.join('|')})(/|$))`, message: 'Browser code cannot use Node built-ins; this runs in a browser or a worker.' };
const lib = (names, message) => ({ regex: `^(${names.join('|')})(/|$)`, message });
const uiAndStorage = lib(['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'workbox-window'], 'Pure layers and the server stay free of UI and browser storage libraries.');
const uiLibs = lib(['react', 'react-dom', 'zustand', 'workbox-window'], 'db and sync work without a UI: no React, zustand or service-worker client here.');
const workerUiLibs = lib(['react', 'react-dom', 'dexie-react-hooks', 'zustand', 'workbox-window'], 'Workers have no UI: no React, zustand or service-worker client here.');
// The apps start a worker through Vite's worker import and talk to it with comlink (see
// src/workers/exposeWorkerApi.ts): a worker module's code runs in the worker, never in the page. Types may be
// imported, as the API a worker exposes is typed by its module.
const workerEntriesOnly = {
  regex: '^#workers(?!/[^/?]+[.]worker[.]ts[?]worker$)(/|$)',
  allowTypeImports: true,
  message: "Start a worker with Vite's worker import, `import ThingWorker from '#workers/thing.worker.ts?worker'`, and import only types from it: a worker module's code runs in the worker, not in the app.",
};
const imports = (...patterns) => ['error', { patterns: [noClimbing, ...patterns] }];

// --- Globals each platform lacks.
const named = (names, message) => names.map((name) => ({ name, message }));
const domGlobals = named(
  ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'history', 'self', 'alert', 'confirm', 'requestAnimationFrame', 'matchMedia'],
  'The server runs in Node: there is no DOM or browser storage here.',
);
const nodeGlobals = (message) => named(['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'setImmediate'], message);
const pureGlobals = [
  { name: 'fetch', message: 'Pass a transport in; pure layers do no I/O.' },
  { name: 'setTimeout', message: 'Pass a clock or scheduler in.' },
  { name: 'setInterval', message: 'Pass a clock or scheduler in.' },
  ...named(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'self'], 'Pure layers run on every platform: no DOM or browser storage.'),
  ...nodeGlobals('Pure layers run on every platform: no Node globals.'),
];
const browserGlobals = nodeGlobals('Browser code has no Node globals.');

// --- Syntax.
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
const noOnly = { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']", message: 'No .only in tests.' };

/**
 * The blocks for one layer: its import bans apply to its test files too,
 * except that tests (which run in Node under Vitest) may use Node built-ins.
 */
const layer = (name, { libs = [], node = true, platformGlobals, restrictedGlobals = [], syntax = baseSyntax }) => [
  {
    files: [`src/${name}/**`],
    languageOptions: { globals: platformGlobals },
    rules: {
      'no-restricted-imports': imports(...libs, ...(node ? [noNode] : [])),
      'no-restricted-globals': ['error', ...restrictedGlobals],
      'no-restricted-syntax': ['error', ...syntax],
    },
  },
  {
    files: TEST_FILES.map((glob) => `src/${name}/${glob}`),
    rules: { 'no-restricted-imports': imports(...libs) },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/root-path': import.meta.dirname,
      'import/resolver': { typescript: { alwaysTryTypes: true } },
    },
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
      'no-restricted-imports': imports(),
      'boundaries/dependencies': ['error', dependencies],
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  ...layer('shared', { libs: [uiAndStorage], platformGlobals: globals.es2021, restrictedGlobals: pureGlobals, syntax: [...baseSyntax, noDateNow, noNewDateNow] }),
  ...layer('domain', { libs: [uiAndStorage], platformGlobals: globals.es2021, restrictedGlobals: pureGlobals, syntax: [...baseSyntax, noDateNow, noNewDateNow] }),
  ...layer('db', { libs: [uiLibs], platformGlobals: globals.browser, restrictedGlobals: browserGlobals }),
  ...layer('sync', { libs: [uiLibs], platformGlobals: globals.browser, restrictedGlobals: browserGlobals }),
  ...layer('ui', { platformGlobals: globals.browser, restrictedGlobals: browserGlobals }),
  ...layer('kiosk', { libs: [workerEntriesOnly], platformGlobals: globals.browser, restrictedGlobals: browserGlobals }),
  ...layer('coordinator', { libs: [workerEntriesOnly], platformGlobals: globals.browser, restrictedGlobals: browserGlobals }),
  ...layer('workers', { libs: [workerUiLibs], platformGlobals: globals.worker, restrictedGlobals: browserGlobals }),
  ...layer('server', { libs: [uiAndStorage], node: false, platformGlobals: globals.node, restrictedGlobals: domGlobals }),
  {
    // Tests run in Node: under jsdom beside the code, with Chromium in tests/e2e.
    files: [...TEST_FILES, 'tests/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...baseSyntax, noOnly],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // e2e tests reach the page only through page objects (tests/e2e/pages/): a screen's controls are named
    // in one place, and a test reads as what a user does and sees.
    files: ['tests/e2e/**/*.e2e.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...baseSyntax,
        noOnly,
        ...[
          "MemberExpression[object.type='Identifier'][object.name='page']",
          "MemberExpression[computed=false][property.name='page']",
          "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(getBy(Role|Text|Label|Placeholder|AltText|Title|TestId)|locator|frameLocator|evaluate|evaluateHandle|evaluateAll|[$]|[$][$]|[$]eval|[$][$]eval|goto|waitForEvent|waitForFunction|waitForSelector|addScriptTag)$/]",
        ].map((selector) => ({
          selector,
          message: 'An e2e test reaches the page only through a page object in tests/e2e/pages/: add a method there named after what the user does or sees.',
        })),
      ],
    },
  },
  {
    // Tools load their config through a default export.
    files: ['vite.config.ts', 'i18next.config.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-syntax': ['error', baseSyntax[0]] },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-restricted-syntax': 'off' },
  },
);
