/**
 * The layer rules in eslint.config.js, checked by linting small snippets as
 * if they sat at a path in the real tree: a forbidden import must fail with
 * the rule that guards it, an allowed one must pass. The imported targets are
 * real files, so the #alias imports resolve as they do in the code.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  // The snippets are not on disk, so the type-aware rules (which need the file
  // in a tsconfig project) are switched off; the rules under test need no types.
  eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  const fatal = result.messages.find((m) => m.fatal === true);
  if (fatal) throw new Error(`${filePath} did not parse: ${fatal.message}`);
  return result.messages.map((m) => m.ruleId ?? 'none');
}

describe('lint keeps the layers apart', () => {
  it.each([
    ['domain imports the database', 'src/domain/probe.ts', "import { SchakelDb } from '#db/SchakelDb.ts';\nexport const probe = SchakelDb;", 'boundaries/dependencies'],
    ['the server imports the kiosk app', 'src/server/probe.ts', "import { App } from '#kiosk/App.tsx';\nexport const probe = App;", 'boundaries/dependencies'],
    ['the server imports React', 'src/server/probe.ts', "import { useState } from 'react';\nexport const probe = useState;", 'no-restricted-imports'],
    ['sync imports React', 'src/sync/probe.ts', "import { useState } from 'react';\nexport const probe = useState;", 'no-restricted-imports'],
    ['the kiosk imports node:fs', 'src/kiosk/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;", 'no-restricted-imports'],
    ['the kiosk imports a Node built-in without the node: prefix', 'src/kiosk/probe.ts', "import { join } from 'path';\nexport const probe = join;", 'no-restricted-imports'],
    ['the server uses window', 'src/server/probe.ts', 'export const probe = window.location.href;', 'no-restricted-globals'],
    ['domain reads the time', 'src/domain/probe.ts', 'export const probe = Date.now();', 'no-restricted-syntax'],
    ['a climbing import', 'src/kiosk/features/probe.ts', "import { App } from '../App.tsx';\nexport const probe = App;", 'no-restricted-imports'],
    ['a climbing import in tests', 'tests/integration/probe.ts', "import { startTestServer } from '../helpers/testServer.ts';\nexport const probe = startTestServer;", 'no-restricted-imports'],
    ['app code imports a test helper', 'src/kiosk/probe.ts', "import { renderWithServices } from '#tests/helpers/renderApp.tsx';\nexport const probe = renderWithServices;", 'boundaries/dependencies'],
    ['the kiosk imports the server', 'src/kiosk/probe.ts', "import { readConfig } from '#server/config.ts';\nexport const probe = readConfig;", 'boundaries/dependencies'],
    ['the coordinator imports the database', 'src/coordinator/probe.ts', "import { SchakelDb } from '#db/SchakelDb.ts';\nexport const probe = SchakelDb;", 'boundaries/dependencies'],
    ['a worker imports ui', 'src/workers/probe.ts', "import { Pictogram } from '#ui/Pictogram.tsx';\nexport const probe = Pictogram;", 'boundaries/dependencies'],
  ])('fails when %s', async (_what, filePath, code, ruleId) => {
    expect(await ruleIds(filePath, code)).toContain(ruleId);
  });

  it.each([
    ['the kiosk imports sync', 'src/kiosk/probe.ts', "import { SyncScheduler } from '#sync/SyncScheduler.ts';\nexport const probe = SyncScheduler;"],
    ['sync imports the database', 'src/sync/probe.ts', "import { SchakelDb } from '#db/SchakelDb.ts';\nexport const probe = SchakelDb;"],
    ['the server imports shared and domain', 'src/server/probe.ts', "import { hashPin } from '#shared/pinHash.ts';\nimport { todayTasks } from '#domain/today.ts';\nexport const probe = [hashPin, todayTasks];"],
    ['a test beside the code imports a test helper', 'src/kiosk/probe.test.tsx', "import { renderWithServices } from '#tests/helpers/renderApp.tsx';\nexport const probe = renderWithServices;"],
    ['a same-folder import', 'src/kiosk/probe.ts', "import { App } from './App.tsx';\nexport const probe = App;"],
  ])('passes when %s', async (_what, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});
