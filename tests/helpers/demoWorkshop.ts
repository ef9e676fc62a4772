/**
 * For a suite of e2e tests: a coordinator with the seeded demo workshop in a
 * data folder of its own, and one Chromium, started before the suite's
 * tests and taken down after them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launchChromium.ts';
import pg from 'pg';
import { freePort, startServer, type RunningServer } from './serverProcess.ts';
import type { Engine } from './testDatabase.ts';

/** The server process on this machine's Postgres (DATABASE_URL), in a schema of its own. */
function postgresEnv(schema: string): Record<string, string> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  return { DATABASE_URL: url, SCHAKEL_DATABASE_SCHEMA: schema };
}

async function dropSchema(schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}

export interface DemoWorkshop {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A one-time enrolment code of a demo team. */
  readonly codeFor: (team: string, role: 'kiosk' | 'coach') => string;
  /** The coordinator key the server made on its first start (coordinator-key.txt in its data folder). */
  readonly coordinatorKey: () => string;
}

/** Call inside a `describe`; read the fields inside tests, once `beforeAll` has run. */
export function demoWorkshopForSuite(name: string, options: { fakeCamera?: boolean; engine?: Engine } = {}): DemoWorkshop {
  let dataDir: string | undefined;
  const schema = `e2e_${name.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), `schakel-${name}-`));
    server = await startServer({ port: await freePort(), dataDir, ...(options.engine === 'postgres' ? { env: postgresEnv(schema) } : {}) });
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (options.engine === 'postgres') await dropSchema(schema);
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
