/**
 * The one way an integration suite gets its coordinator: `describeEachEngine`
 * runs the suite on PGlite always and on PostgreSQL too when DATABASE_URL is
 * set; inside it, `useTestServer` gives every test a freshly migrated and
 * seeded server (on Postgres in a schema of its own), disposed after the
 * test, and `useTestDatabase` does the same for a bare database.
 *
 * Both return a handle that always means the running test's server or
 * database, so a suite can name it once, next to its helpers:
 *
 *   describeEachEngine('blobs', (engine) => {
 *     const server = useTestServer(engine);
 *     const kiosk = () => syncedDevice(server);
 *     it('…', async () => { … });
 *   });
 */
import { afterEach, beforeEach, describe } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '#server/http/buildServer.ts';
import type { OpenCode } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { ENGINES, openTestDatabase, type Engine, type TestDatabase } from './testDatabase.ts';
import { startTestServer, type TestServer } from './testServer.ts';

export type ServerFixtureOptions = Partial<Omit<ServerOptions, 'db' | 'newId'>>;

/** `suite` once per engine, titled "<title> on pglite" / "<title> on postgres". */
export function describeEachEngine(title: string, suite: (engine: Engine) => void): void {
  describe.each(ENGINES)(`${title} on %s`, suite);
}

/**
 * A seeded server for each test of the enclosing describe. `options` may be
 * a function, called before each test, for options that hold per-test state
 * (a clock the test moves, a job scheduler).
 */
export function useTestServer(engine: Engine, options: ServerFixtureOptions | (() => ServerFixtureOptions) = {}): TestServer {
  const { current, closeEarly } = perTest(
    () => startTestServer(engine, typeof options === 'function' ? options() : options),
    (server) => server.dispose(),
  );
  return {
    get app(): FastifyInstance {
      return current().app;
    },
    set app(app: FastifyInstance) {
      current().app = app;
    },
    get db(): SqlDatabase {
      return current().db;
    },
    get codes(): OpenCode[] {
      return current().codes;
    },
    set codes(codes: OpenCode[]) {
      current().codes = codes;
    },
    freshCode: (teamName, role) => current().freshCode(teamName, role),
    enrol: (teamName, role) => current().enrol(teamName, role),
    restart: () => current().restart(),
    dispose: closeEarly,
  };
}

/** A fresh database for each test of the enclosing describe, migrated unless `migrated: false`. */
export function useTestDatabase(engine: Engine, options: { migrated?: boolean } = {}): TestDatabase {
  const { current, closeEarly } = perTest(
    () => openTestDatabase(engine, options),
    (t) => t.dispose(),
  );
  return {
    get db(): SqlDatabase {
      return current().db;
    },
    dispose: closeEarly,
  };
}

/**
 * Opens a value before each test and closes it after; `current` answers the
 * running test's value, and `closeEarly` closes it (once) before the test ends.
 */
function perTest<T>(open: () => Promise<T>, close: (value: T) => Promise<void>): { current: () => T; closeEarly: () => Promise<void> } {
  let value: { readonly it: T; closing: Promise<void> | null } | undefined;
  const current = (): T => {
    if (!value) throw new Error('the test server and database exist only while a test runs');
    return value.it;
  };
  const closeEarly = (): Promise<void> => {
    if (!value) return Promise.resolve();
    value.closing ??= close(value.it);
    return value.closing;
  };
  beforeEach(async () => {
    value = { it: await open(), closing: null };
  });
  afterEach(async () => {
    await closeEarly();
    value = undefined;
  });
  return { current, closeEarly };
}
