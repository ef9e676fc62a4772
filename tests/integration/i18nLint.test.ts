/**
 * `npm run lint:i18n` (i18next-cli, configured in i18next.config.ts) on a
 * copy of the kiosk's code and strings: it must fail on a key the code uses
 * that a language's file lacks, and on a key a file has that no code uses,
 * and say which; the untouched copy and the real tree must pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'node_modules/.bin/i18next-cli');

interface Outcome {
  readonly status: number | null;
  readonly output: string;
}

function run(command: string, args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Outcome {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The kiosk's sources and strings and the lint config, in a folder of their own. */
function kioskCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'schakel-i18n-lint-'));
  copies.push(dir);
  for (const part of ['i18next.config.ts', 'src/kiosk', 'src/ui']) cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  // The config imports i18next-cli; resolve it from the project's own packages.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

type Tree = { [key: string]: string | Tree };

function editStrings(dir: string, file: string, change: (tree: Tree) => void): void {
  const full = path.join(dir, 'src/kiosk/i18n/locales', file);
  const tree = JSON.parse(readFileSync(full, 'utf8')) as Tree;
  change(tree);
  writeFileSync(full, `${JSON.stringify(tree, null, 2)}\n`);
}

function group(tree: Tree, key: string): Tree {
  const found = tree[key];
  if (typeof found !== 'object') throw new Error(`no group ${key}`);
  return found;
}

const lintKiosk = (dir: string) => run(cli, ['extract', '--ci', '--dry-run'], dir);

describe('the strings lint', () => {
  it('passes on an untouched copy of the kiosk', () => {
    const outcome = lintKiosk(kioskCopy());
    expect(outcome.output).not.toMatch(/missing key|unused key/);
    expect(outcome.status).toBe(0);
  });

  it('fails when one language lacks a key the code uses, and names it', () => {
    const dir = kioskCopy();
    editStrings(dir, 'fr-BE/translation.json', (tree) => {
      delete group(tree, 'common')['next'];
    });
    const outcome = lintKiosk(dir);
    expect(outcome.status).not.toBe(0);
    expect(outcome.output).toContain('src/kiosk/i18n/locales/fr-BE/translation.json: missing key "common.next"');
    expect(outcome.output).not.toContain('nl-BE/translation.json');
  });

  it('fails when the code uses a key that no file has', () => {
    const dir = kioskCopy();
    const file = path.join(dir, 'src/kiosk/components/IdleWarning.tsx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const probe = (t: (key: string) => string) => t('idle.brandNew');\n`);
    const outcome = lintKiosk(dir);
    expect(outcome.status).not.toBe(0);
    for (const language of ['nl-BE', 'fr-BE', 'en']) expect(outcome.output).toContain(`${language}/translation.json: missing key "idle.brandNew"`);
  });

  it('fails when a file has a key no code uses, and names it', () => {
    const dir = kioskCopy();
    editStrings(dir, 'nl-BE/coach.json', (tree) => {
      group(tree, 'common')['nobodySaysThis'] = 'Niemand zegt dit';
    });
    const outcome = lintKiosk(dir);
    expect(outcome.status).not.toBe(0);
    expect(outcome.output).toContain('src/kiosk/i18n/locales/nl-BE/coach.json: unused key "common.nobodySaysThis"');
  });

  it('sees a key built from a union only through the list beside it', () => {
    const dir = kioskCopy();
    const file = path.join(dir, 'src/kiosk/components/SyncIndicator.tsx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(" t('sync.serverProblem')", ''));
    const outcome = lintKiosk(dir);
    expect(outcome.status).not.toBe(0);
    expect(outcome.output).toContain('nl-BE/translation.json: unused key "sync.serverProblem"');
  });

  it('passes on the real tree, for both web apps', () => {
    const outcome = run('npm', ['run', '--silent', 'lint:i18n'], root);
    expect(outcome.output).not.toMatch(/missing key|unused key/);
    expect(outcome.status).toBe(0);
  });
});
