/**
 * The whole first path in real Chromium: enrol → sign in → well-being →
 * a task and its counts → server down and network off → reload from the
 * service worker → another task → back online → both tasks reach the
 * coordinator's database exactly once.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '#server/storage/pgliteDatabase.ts';
import { launchChromium } from '#tests/helpers/launchChromium.ts';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';
import { watchCsp } from './pages/cspWatch.ts';
import { KioskPage } from './pages/KioskPage.ts';

// Without the dashboard's demo history: the database then holds only what this tablet sent.
const ONLY_THE_WORKSHOP = { SCHAKEL_DEMO_HISTORY: '0' };

describe('walking skeleton: a task done on an offline tablet reaches the coordinator', () => {
  let dataDir: string;
  let server: RunningServer | null = null;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync('tests/e2e/artifacts', { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), 'schakel-e2e-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps both tasks through an outage and delivers each exactly once', async () => {
    const port = await freePort();
    server = await startServer({ port, dataDir, env: ONLY_THE_WORKSHOP });
    const code = server.codes.find((c) => c.team === 'Team Verpakking' && c.role === 'kiosk')?.code;
    expect(code, 'the server prints a kiosk code for Team Verpakking').toBeDefined();

    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-BE' });
    const csp = await watchCsp(context);
    const kiosk = new KioskPage(await context.newPage());
    await kiosk.open(server.url);
    await kiosk.expectNoAxeViolations('enrolment');
    await kiosk.enrol(code ?? '');

    await kiosk.member('Els').waitFor();
    await kiosk.expectNoAxeViolations('photo grid');
    await kiosk.screenshot('01-photo-grid');
    await kiosk.signIn('Els');

    await kiosk.waitForHeading('Hoe gaat het met jou?');
    await kiosk.expectNoAxeViolations('well-being');
    await kiosk.screenshot('02-wellbeing');
    await kiosk.answerWellbeing('Goed');

    await kiosk.waitForHeading('Vandaag');
    await kiosk.expectNoAxeViolations('today');
    await kiosk.screenshot('03-today');
    // Cards due on a later day wait behind that day's picture: open them to count the whole day.
    await kiosk.showAllDays();
    expect(await kiosk.openTasks().count()).toBe(2);
    const firstTask = await kiosk.openFirstTask();

    await kiosk.waitForText('Stap 1 van');
    await kiosk.expectNoAxeViolations('step player');
    await kiosk.screenshot('04-step');
    const steps = await kiosk.stepThrough();
    // Els is never at level O (the demo skills matrix), so she sees at least the key steps.
    expect(steps).toBeGreaterThanOrEqual(2);

    await kiosk.waitForHeading('Hoeveel stukken?');
    await kiosk.expectNoAxeViolations('counts');
    const plannedGood = await kiosk.countValue('Goede stukken');
    await kiosk.tap('Eén meer: Foute stukken', 2);
    await kiosk.tap('Eén minder: Goede stukken', 2);
    expect(await kiosk.countValue('Foute stukken')).toBe(2);
    await kiosk.screenshot('05-counts');
    await kiosk.finishCounts();

    await kiosk.waitForHeading('Vandaag');
    await kiosk.waitForSyncText(/Alles is verstuurd/);
    await kiosk.waitForSyncText(/Verbonden/);

    // The shell must be served by the service worker before the server goes away.
    await kiosk.waitForServiceWorker();
    await kiosk.reload();
    expect(await kiosk.isControlledByServiceWorker()).toBe(true);

    await server.stop();
    server = null;
    await context.setOffline(true);
    await kiosk.reload();
    await kiosk.member('Els').waitFor();
    await kiosk.waitForSyncText(/Geen verbinding/);
    // Offline, the photo grid's small pictograms are the precached bitmaps, every one of them whole.
    const pictures = await kiosk.shownPictures();
    expect(pictures.filter((p) => p.file.endsWith('.webp')).length).toBeGreaterThanOrEqual(10);
    expect(pictures.filter((p) => p.width === 0)).toEqual([]);
    expect(pictures.filter((p) => p.file.endsWith('.webp')).every((p) => p.width === 256)).toBe(true);
    await kiosk.signIn('Els');

    // Already answered today: straight to Today, with the first task done.
    await kiosk.waitForHeading('Vandaag');
    expect(await kiosk.openTasks().count()).toBe(1);
    const secondTask = await kiosk.openFirstTask();
    expect(secondTask).not.toBe(firstTask);
    await kiosk.stepThrough();
    await kiosk.tap('Eén meer: Foute stukken');
    await kiosk.finishCounts();
    await kiosk.waitForHeading('Vandaag');
    await kiosk.waitForSyncText(/1 wijziging wacht/);
    await kiosk.screenshot('06-offline-waiting');

    server = await startServer({ port, dataDir, env: ONLY_THE_WORKSHOP });
    await context.setOffline(false);
    await kiosk.waitForSyncText(/Alles is verstuurd/, 120_000);
    await kiosk.screenshot('07-synced');
    expect(csp.violations, 'the server\'s Content-Security-Policy let the app do all of it').toEqual([]);
    await kiosk.close();
    await context.close();
    await server.stop();
    server = null;

    const db = await openPglite(path.join(dataDir, 'pglite'));
    try {
      // What the tablet delivered: the demo history's records were written by the server, with no device.
      const completions = await db.query<{ data: { good: number; rejected: number } }>(
        "SELECT data FROM records WHERE kind = 'taskCompletion' AND device_id IS NOT NULL ORDER BY data->>'completedAt'",
      );
      expect(completions.map((c) => [c.data.good, c.data.rejected])).toEqual([
        [plannedGood - 2, 2],
        [plannedGood, 1],
      ]);
      const checkins = await db.query("SELECT 1 FROM records WHERE kind = 'checkin' AND device_id IS NOT NULL");
      expect(checkins).toHaveLength(1);
    } finally {
      await db.close();
    }
  });
});
