/**
 * For a suite of e2e tests: a coordinator with the seeded demo workshop in a
 * data folder of its own, and one Chromium, started before the suite's
 * tests and taken down after them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launchChromium.ts';
import { freePort, startServer, type RunningServer } from './serverProcess.ts';

export interface DemoWorkshop {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A one-time enrolment code of a demo team. */
  readonly codeFor: (team: string, role: 'kiosk' | 'coach') => string;
  /** The coordinator key the server made on its first start (coordinator-key.txt in its data folder). */
  readonly coordinatorKey: () => string;
}

/** Call inside a `describe`; read the fields inside tests, once `beforeAll` has run. */
export function demoWorkshopForSuite(name: string, options: { fakeCamera?: boolean } = {}): DemoWorkshop {
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), `schakel-${name}-`));
    server = await startServer({ port: await freePort(), dataDir });
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the demo workshop is read before beforeAll started it');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    codeFor: (team, role) => started(server).codes.find((c) => c.team === team && c.role === role)?.code ?? '',
    coordinatorKey: () => readFileSync(path.join(started(dataDir), 'coordinator-key.txt'), 'utf8').trim(),
  };
}
