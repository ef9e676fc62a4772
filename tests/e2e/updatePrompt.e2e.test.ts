/**
 * A new version is announced, never forced: after a deploy the open tablet
 * shows "update available" and keeps running the old version until a
 * person taps the button.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#tests/helpers/launchChromium.ts';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('app update', () => {
  let work: string;
  let server: RunningServer | null = null;
  let browser: Browser;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'schakel-update-'));
    // The next release: same code, another build id, so a new service worker and precache.
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', path.join(work, 'next'), '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, SCHAKEL_BUILD_ID: 'next' },
      stdio: 'inherit',
    });
    cpSync('dist', path.join(work, 'live'), { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows the prompt for a new version and reloads only when tapped', async () => {
    const live = path.join(work, 'live');
    const port = await freePort();
    const serve = () => startServer({ port, dataDir: path.join(work, 'data'), env: { SCHAKEL_STATIC_DIR: live } });
    server = await serve();
    const tablet = new KioskPage(await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
    await tablet.open(server.url);
    await tablet.waitForServiceWorker();
    await tablet.reload();
    const oldVersion = await tablet.shownVersion();
    expect(oldVersion).not.toContain('next');

    // Deploy the next release (new files, server restarted) and let the tablet look for it,
    // as it does hourly and on becoming visible.
    await server.stop();
    rmSync(live, { recursive: true });
    cpSync(path.join(work, 'next'), live, { recursive: true });
    server = await serve();
    await tablet.markDocument();
    await tablet.checkForUpdate();

    await tablet.waitForUpdatePrompt(60_000);
    const waiting = await tablet.hasWaitingUpdate();
    expect(waiting).toBe(true);
    expect(await tablet.isSameDocument()).toBe(true);
    expect(await tablet.shownVersion()).toBe(oldVersion);

    await tablet.updateNow();
    await expect.poll(() => tablet.shownVersion(), { timeout: 30_000 }).toContain('+next');
    expect(await tablet.isSameDocument()).toBeUndefined();
  });
});
