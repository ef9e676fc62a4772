/**
 * Two tablets of one team, both online: what a member finishes on one shows
 * on the other within seconds, without a reload or a tap, through the
 * long-poll "pull now" signal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/launchChromium.ts';
import { freePort, startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('pull now', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'schakel-pullnow-'));
    const port = await freePort();
    server = await startServer({ port, dataDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows a task finished on one tablet as done on the other within 5 seconds', async () => {
    // The member's kiosk and the coach's tablet of the same team.
    const codes = (['kiosk', 'coach'] as const).map((role) => server.codes.find((c) => c.team === 'Team Verpakking' && c.role === role)?.code);
    const tablets = await Promise.all(
      codes.map(async (code) => {
        const kiosk = new KioskPage(await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
        await kiosk.open(server.url);
        await kiosk.enrol(code ?? '');
        await kiosk.signIn('Chloë');
        await kiosk.tap('Nu niet');
        await kiosk.page.getByRole('heading', { name: 'Vandaag' }).waitFor();
        return kiosk;
      }),
    );
    const [a, b] = tablets as [KioskPage, KioskPage];
    expect(await b.openTasks().count()).toBe(2);

    await a.openFirstTask();
    await a.stepThrough();
    await a.finishCounts();
    await a.waitForSyncText(/Alles is verstuurd/);
    const doneAt = Date.now();
    await expect.poll(() => b.openTasks().count(), { timeout: 5_000, interval: 100 }).toBe(1);
    expect(Date.now() - doneAt).toBeLessThan(5_000);
  });
});
