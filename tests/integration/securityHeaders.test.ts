/**
 * Every answer carries the security headers — the two apps' pages, their
 * files, the API, a 404 and a refusal — and the built app's source maps are
 * not published. That the policy lets the apps run is the e2e suites' part
 * (tests/e2e/pages/cspWatch.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR_PAGE } from '#server/http/routes/appRoutes.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Schakel</title><script type="module" src="/assets/index-abc123.js"></script>',
  [COORDINATOR_PAGE]: '<!doctype html><title>Schakel — coördinator</title>',
  'assets/index-abc123.js': 'console.log("kiosk");',
  'assets/index-abc123.js.map': '{"version":3,"sources":["../../src/kiosk/main.tsx"],"sourcesContent":["secret source"]}',
  'assets/coordinator/coordinator-def456.js.map': '{"version":3}',
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'sw.js.map': '{"version":3}',
};

let staticDir: string;
beforeAll(() => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'schakel-headers-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.join(staticDir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(staticDir, file), text);
  }
});
afterAll(() => {
  rmSync(staticDir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  const csp = String(headers['content-security-policy']);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp.split(';').map((d) => d.trim()), csp).toContain(directive);
  }
  // Nothing that would let an injected script run: no inline, no string eval.
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

describeEachEngine('security headers', (engine) => {
  describe('on the built app and the API', () => {
    const server = useTestServer(engine, () => ({ staticDir, rateLimits: false }));
    const get = (url: string) => server.app.inject({ method: 'GET', url });

    it('come with both apps\' pages, their files and the API', async () => {
      for (const url of ['/', '/coach', '/coordinator', '/coordinator/teams', '/assets/index-abc123.js', '/sw.js', '/api/health']) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expectSecurityHeaders(res.headers);
      }
    });

    it('come with a 404 and a refusal', async () => {
      for (const url of ['/api/nothing-here', '/assets/gone-999.js', '/coordinator/assets/gone-999.js']) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(404);
        expectSecurityHeaders(res.headers);
      }
      const refused = await get('/api/coordinator/overview');
      expect(refused.statusCode).toBe(401);
      expectSecurityHeaders(refused.headers);
    });

    it('leave the source maps unpublished', async () => {
      for (const url of ['/assets/index-abc123.js.map', '/assets/coordinator/coordinator-def456.js.map', '/sw.js.map', '/coordinator/assets/index-abc123.js.map']) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body).not.toContain('secret source');
        expect(res.json()).toMatchObject({ error: 'not_found', code: 'path_unknown' });
      }
    });
  });

  describe('when a budget is spent', () => {
    const server = useTestServer(engine, { rateLimits: { sync: { max: 100, timeWindowMs: 60_000 }, enrol: { max: 1, timeWindowMs: 60_000 }, signIn: { max: 100, timeWindowMs: 60_000 } } });

    it('come with the 429 too', async () => {
      const enrol = () => server.app.inject({ method: 'POST', url: '/api/enrol', payload: { code: 'AAAA-AAAA' } });
      await enrol();
      const res = await enrol();
      expect(res.statusCode).toBe(429);
      expectSecurityHeaders(res.headers);
    });
  });
});
