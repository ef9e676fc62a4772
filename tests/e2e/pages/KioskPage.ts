/**
 * The kiosk as a member and a coach see it, found only by role and
 * accessible name: if a test can't find a control this way, neither can a
 * screen reader.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';

export class KioskPage {
  constructor(readonly page: Page) {}

  /** Loads the app and waits until it has drawn its first screen (it reads IndexedDB first). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('main').waitFor();
  }

  async enrol(code: string): Promise<void> {
    await this.page.getByLabel('Koppelcode').fill(code);
    await this.page.getByRole('button', { name: 'Koppelen' }).click();
  }

  member(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async signIn(name: string): Promise<void> {
    await this.member(name).click();
  }

  /** A face, then "Klaar" on the optional second screen. */
  async answerWellbeing(face: 'Goed' | 'Gaat wel' | 'Niet goed'): Promise<void> {
    await this.page.getByRole('button', { name: face, exact: true }).click();
    await this.page.getByRole('button', { name: 'Klaar', exact: true }).click();
  }

  /** The open task cards on Today (done ones are disabled). */
  openTasks(): Locator {
    return this.page.getByRole('list').getByRole('button').and(this.page.locator(':enabled'));
  }

  async openFirstTask(): Promise<string> {
    const first = this.openTasks().first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    return name;
  }

  /**
   * Taps "Volgende" until the last step, then "Tellen". Returns how many steps
   * were shown (1 for the one-screen summary a member at level O gets).
   */
  async stepThrough(): Promise<number> {
    let steps = 1;
    for (;;) {
      const next = this.page.getByRole('button', { name: 'Volgende' });
      const toCounts = this.page.getByRole('button', { name: 'Tellen' });
      await expect.poll(async () => (await next.count()) + (await toCounts.count())).toBe(1);
      if ((await toCounts.count()) === 1) {
        await toCounts.click();
        return steps;
      }
      await next.click();
      steps += 1;
    }
  }

  async tap(name: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.getByRole('button', { name, exact: true }).click();
  }

  async countValue(label: 'Goede stukken' | 'Foute stukken'): Promise<number> {
    return Number(await this.page.getByRole('status', { name: label }).or(this.page.locator(`output[aria-label="${label}"]`)).first().textContent());
  }

  async finishCounts(): Promise<void> {
    await this.page.getByRole('button', { name: 'Klaar', exact: true }).click();
  }

  syncStatus(): Locator {
    return this.page.getByRole('status', { name: 'Verbinding' });
  }

  async waitForSyncText(text: string | RegExp, timeoutMs = 60_000): Promise<void> {
    await expect.poll(async () => (await this.syncStatus().textContent()) ?? '', { timeout: timeoutMs, interval: 250 }).toMatch(text);
  }

  async expectNoAxeViolations(screen: string): Promise<void> {
    const violations = await axeViolations(this.page);
    expect(violations, `axe on ${screen}`).toEqual([]);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/artifacts/${name}.png` });
  }
}
