/**
 * One server, two web apps: /coordinator and every page under it get the
 * coordinator's page, every other page the kiosk's, and a missing file under
 * /coordinator is a 404, not a page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR_PAGE } from '#server/http/routes/appRoutes.ts';
import { startTestServer, type TestServer } from '#tests/helpers/testServer.ts';

const KIOSK_HTML = '<!doctype html><title>Schakel</title><p>kiosk shell</p>';
const COORDINATOR_HTML = '<!doctype html><title>Schakel — coördinator</title><p>coordinator shell</p>';

describe('pages of the two web apps', () => {
  let staticDir: string;
  let server: TestServer;

  beforeAll(async () => {
    staticDir = mkdtempSync(path.join(tmpdir(), 'schakel-pages-'));
    writeFileSync(path.join(staticDir, 'index.html'), KIOSK_HTML);
    mkdirSync(path.join(staticDir, path.dirname(COORDINATOR_PAGE)), { recursive: true });
    writeFileSync(path.join(staticDir, COORDINATOR_PAGE), COORDINATOR_HTML);
    server = await startTestServer('pglite', { staticDir, rateLimits: false });
  });

  afterAll(async () => {
    await server.dispose();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it.each(['/coordinator', '/coordinator/', '/coordinator/teams/week-48', '/coordinator?lang=en'])('answers %s with the coordinator page', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(COORDINATOR_HTML);
  });

  it.each(['/', '/coach', '/member/ann', '/coordinators', '/coordinatorx/'])('answers %s with the kiosk page', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(KIOSK_HTML);
  });

  it('answers a missing file under /coordinator with a 404, not a page', async () => {
    const res = await get('/coordinator/assets/gone-1234.js');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });

  it('leaves the API alone', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });
});
