/**
 * What every screen of the installed app shares, whoever holds the tablet:
 * loading it, the service worker that keeps it working offline, the
 * version and the update prompt, the sync indicator, and the checks (axe,
 * screenshots) a test runs on any screen. Elements are found by role and
 * accessible name, as a screen reader finds them.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';

export class TabletPage {
  constructor(readonly page: Page) {}

  /** Loads the app and waits until it has drawn its first screen (it reads IndexedDB first). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('main').waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  /** Reloads, and tells whether the service worker answered that navigation (rather than the network). */
  async reloadFromServiceWorker(): Promise<boolean> {
    const response = await this.page.reload();
    return response?.fromServiceWorker() ?? false;
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  viewportSize(): { width: number; height: number } | null {
    return this.page.viewportSize();
  }

  /** Resolves once a service worker is active for the app, so its shell and chunks are precached. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  async isControlledByServiceWorker(): Promise<boolean> {
    return this.page.evaluate(() => navigator.serviceWorker.controller !== null);
  }

  /** The path of every request held in this origin's caches (the service worker's precache among them). */
  async cachedPaths(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      return paths;
    });
  }

  async waitForHeading(name: string): Promise<void> {
    await this.page.getByRole('heading', { name }).waitFor();
  }

  async waitForText(text: string | RegExp): Promise<void> {
    await this.page.getByText(text).waitFor();
  }

  syncStatus(): Locator {
    return this.page.getByRole('status', { name: 'Verbinding' });
  }

  async waitForSyncText(text: string | RegExp, timeoutMs = 60_000): Promise<void> {
    await expect.poll(async () => (await this.syncStatus().textContent()) ?? '', { timeout: timeoutMs, interval: 250 }).toMatch(text);
  }

  /** The version line at the foot of the app, e.g. "Schakel 1.2.0". */
  async shownVersion(): Promise<string | null> {
    return this.page.getByText(/^Schakel \d/).textContent();
  }

  /** Asks the service worker to look for a new version now, as the app does hourly and on becoming visible. */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  }

  async waitForUpdatePrompt(timeoutMs: number): Promise<void> {
    await this.page.getByRole('alertdialog').getByText('Er is een nieuwe versie.').waitFor({ timeout: timeoutMs });
  }

  async hasWaitingUpdate(): Promise<boolean> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
  }

  /** Taps "Nu bijwerken" and resolves when the page has loaded again. */
  async updateNow(): Promise<void> {
    await Promise.all([this.page.waitForEvent('load'), this.page.getByRole('button', { name: 'Nu bijwerken' }).click()]);
  }

  /** Leaves a mark in this document; a reload wipes it, so `isSameDocument` tells whether the page was reloaded. */
  async markDocument(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });
  }

  async isSameDocument(): Promise<boolean | undefined> {
    return this.page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage);
  }

  async expectNoAxeViolations(screen: string): Promise<void> {
    const violations = await axeViolations(this.page);
    expect(violations, `axe on ${screen}`).toEqual([]);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/artifacts/${name}.png` });
  }
}
