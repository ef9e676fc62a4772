/**
 * i18next-cli's view of each web app's strings, for `npm run lint:i18n`.
 *
 * The lint is `i18next-cli extract --ci --dry-run`: the extractor reads every
 * key the app's code uses and works out what each JSON file of each language
 * should hold; `--ci` fails when a file would change, which is when a key the
 * code uses is missing from a file, or a file has a key no code uses.
 * Nothing is written. The report below says which key, in which file.
 *
 * The extractor sees string keys, ternaries of them, and keys in comments
 * written as calls: t('help.reasons.break'), t('coach:tabs.cards') for
 * another namespace. A key built at run time from a typed union
 * (`help.reasons.${reason}`) is invisible to it, so the code that builds one
 * lists the keys it can build in such a comment, beside it: the compiler
 * checks the union against the Dutch file, the lint checks the list.
 *
 * One app per run (the CLI reads one config): the kiosk by default,
 * SCHAKEL_I18N_APP=coordinator for the coordinator.
 */
import { defineConfig, type I18nextToolkitConfig, type Plugin } from 'i18next-cli';

type TranslationResult = Parameters<NonNullable<Plugin['afterSync']>>[0][number];

const LOCALES = ['nl-BE', 'fr-BE', 'en'];

// Tests call t() with wrong keys on purpose; the .d.ts holds types, not calls.
const NOT_APP_CODE = ['**/*.test.ts', '**/*.test.tsx', '**/*.d.ts'];

const APPS = {
  kiosk: {
    input: ['src/kiosk/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    output: 'src/kiosk/i18n/locales/{{language}}/{{namespace}}.json',
    defaultNS: 'translation',
  },
  coordinator: {
    input: ['src/coordinator/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    output: 'src/coordinator/i18n/locales/{{language}}/{{namespace}}.json',
    defaultNS: 'coordinator',
  },
} as const;

type App = keyof typeof APPS;

function isApp(value: string): value is App {
  return Object.hasOwn(APPS, value);
}

function appName(value: string | undefined): App {
  if (value === undefined || value === '') return 'kiosk';
  if (isApp(value)) return value;
  throw new Error(`SCHAKEL_I18N_APP=${value}: expected one of ${Object.keys(APPS).join(', ')}`);
}

type Tree = Readonly<Record<string, unknown>>;

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'object' && value !== null) for (const [k, v] of leaves(value as Tree, `${path}.`)) found.set(k, v);
    else found.set(path, value);
  }
  return found;
}

/** Says, per file, which keys the extractor would add or take away: the reason the lint fails. */
function explainChanges(): Plugin {
  return {
    name: 'schakel-explain-changes',
    afterSync(results: TranslationResult[]) {
      for (const result of results.filter((r) => r.updated)) {
        const file = result.path.slice(process.cwd().length + 1);
        const had = leaves(result.existingTranslations);
        const wants = leaves(result.newTranslations);
        const missing = [...wants.keys()].filter((k) => !had.has(k));
        const unused = [...had.keys()].filter((k) => !wants.has(k));
        for (const key of missing) console.error(`${file}: missing key "${key}" (used in code)`);
        for (const key of unused) console.error(`${file}: unused key "${key}" (no code uses it)`);
        if (missing.length === 0 && unused.length === 0) console.error(`${file}: keys out of order (sorted as i18next-cli sorts them)`);
      }
    },
  };
}

const app = APPS[appName(process.env['SCHAKEL_I18N_APP'])];

const config: I18nextToolkitConfig = defineConfig({
  locales: LOCALES,
  extract: {
    input: [...app.input],
    ignore: NOT_APP_CODE,
    output: app.output,
    defaultNS: app.defaultNS,
    // The kiosk's words are Dutch first; the other languages must have every key too.
    primaryLanguage: 'nl-BE',
    keySeparator: '.',
    nsSeparator: ':',
    removeUnusedKeys: true,
    sort: true,
    indentation: 2,
  },
  plugins: [explainChanges()],
});

export default config;
