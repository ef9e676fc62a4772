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

export type Orientation = 'landscape' | 'portrait';

/** The two ways a workshop tablet is held. */
export const TABLET_SIZES: Readonly<Record<Orientation, { width: number; height: number }>> = {
  landscape: { width: 1280, height: 800 },
  portrait: { width: 800, height: 1280 },
};

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

  /**
   * The pictures on screen, once every one has finished loading: each image's file name and the
   * width of what it showed (0 for a broken picture).
   */
  async shownPictures(): Promise<{ file: string; width: number }[]> {
    await this.page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    return this.page.evaluate(() => Array.from(document.images, (img) => ({ file: new URL(img.currentSrc || img.src).pathname.split('/').pop() ?? '', width: img.naturalWidth })));
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

  /** Turns the tablet: the same screen at 1280×800 or 800×1280, as a person turning it in their hands. */
  async turn(orientation: Orientation): Promise<void> {
    await this.page.setViewportSize(TABLET_SIZES[orientation]);
  }

  /**
   * Scrolls the page and every scrolling box in it back to the top, as the
   * screen first shows: what is on screen then is what a person sees
   * without scrolling (a tap by Playwright may have scrolled things).
   */
  async scrollToTop(): Promise<void> {
    await this.page.evaluate(() => {
      window.scrollTo(0, 0);
      for (const element of document.querySelectorAll('*')) if (element.scrollTop !== 0) element.scrollTop = 0;
    });
  }

  /**
   * Where a control is on screen, or null when it is not drawn at all.
   * Read after `scrollToTop`, this is where a person sees it.
   */
  async placeOf(target: Locator): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return target.boundingBox();
  }

  /** Whether a tap at the middle of the control reaches it, rather than something drawn over it (a sticky bar, a dialog). */
  async isUncovered(target: Locator): Promise<boolean> {
    return target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && (element === hit || element.contains(hit));
    });
  }

  /** Every element a locator matches (a list of cards, say), one locator each. */
  async each(target: Locator): Promise<Locator[]> {
    return target.all();
  }

  /** The tablet's own clock from now on runs under the test's hand too (call before `open`): see `waitAsIfIdle`. */
  async takeOverClock(): Promise<void> {
    await this.page.clock.install();
  }

  /** Lets `ms` of the tablet's time pass at once, firing its timers, as if nobody touched it for that long. */
  async waitAsIfIdle(ms: number): Promise<void> {
    await this.page.clock.fastForward(ms);
  }

  /** A PNG of the screen at `path` (outside the repository, for a person to look at). */
  async screenshotTo(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
