/**
 * The kiosk as a member sees it: enrolment, the photo grid and picture
 * PIN, the well-being question, Today, the step player, the counts and the
 * help button. Found only by role and accessible name: if a test can't
 * find a control this way, neither can a screen reader.
 */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { TabletPage } from './TabletPage.ts';

export class KioskPage extends TabletPage {
  /** The field for the code that links a tablet to its workshop, on the screen a new tablet opens with. */
  enrolCodeField(): Locator {
    return this.page.getByLabel('Koppelcode');
  }

  async enrol(code: string): Promise<void> {
    await this.enrolCodeField().fill(code);
    await this.page.getByRole('button', { name: 'Koppelen' }).click();
  }

  member(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async signIn(name: string): Promise<void> {
    await this.member(name).click();
  }

  /** A button by what it says or shows; `exact` as Playwright has it (otherwise a case-blind part of the name). */
  button(name: string | RegExp, options: { exact?: boolean } = {}): Locator {
    return this.page.getByRole('button', { name, ...options });
  }

  /** A picture of the picture PIN, e.g. "appel". */
  pinPicture(name: string): Locator {
    return this.button(name);
  }

  async waitForWrongPinMessage(): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: /niet juist/ }).waitFor();
  }

  /** A face of the well-being question. */
  face(name: 'Goed' | 'Gaat wel' | 'Niet goed'): Locator {
    return this.button(name, { exact: true });
  }

  /** A face, then "Klaar" on the optional second screen. */
  async answerWellbeing(face: 'Goed' | 'Gaat wel' | 'Niet goed'): Promise<void> {
    await this.face(face).click();
    await this.button('Klaar', { exact: true }).click();
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

  /** Opens the task card whose name matches. */
  async openTask(name: RegExp): Promise<void> {
    await this.button(name).click();
  }

  /** Back to Today from a task or another screen. */
  homeButton(): Locator {
    return this.button('Naar mijn taken');
  }

  nextButton(): Locator {
    return this.button('Volgende');
  }

  /** The step's read-aloud button (or its "no voice" stand-in). */
  speakButton(): Locator {
    return this.button(/Lees voor|Geen stem/).last();
  }

  /**
   * Taps "Volgende" until the last step, then "Tellen". Returns how many steps
   * were shown (1 for the one-screen summary a member at level O gets).
   */
  async stepThrough(): Promise<number> {
    let steps = 1;
    for (;;) {
      const next = this.nextButton();
      const toCounts = this.button('Tellen');
      await expect.poll(async () => (await next.count()) + (await toCounts.count())).toBe(1);
      if ((await toCounts.count()) === 1) {
        await toCounts.click();
        return steps;
      }
      await next.click();
      steps += 1;
    }
  }

  /** The photo a coach took for a step, as the step player shows it. */
  stepPhoto(): Locator {
    return this.page.locator('img.step-photo');
  }

  /** Whether the step photo has loaded and has pixels (not a broken image). */
  async isStepPhotoShown(): Promise<boolean> {
    return this.stepPhoto().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  }

  async tap(name: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.button(name, { exact: true }).click();
  }

  /** The "one less" or "one more" button of a count, e.g. `countButton('Eén meer', 'Goede stukken')`. */
  countButton(which: 'Eén minder' | 'Eén meer', label: 'Goede stukken' | 'Foute stukken'): Locator {
    return this.button(`${which}: ${label}`);
  }

  async countValue(label: 'Goede stukken' | 'Foute stukken'): Promise<number> {
    return Number(await this.page.getByRole('status', { name: label }).or(this.page.locator(`output[aria-label="${label}"]`)).first().textContent());
  }

  doneButton(): Locator {
    return this.button('Klaar', { exact: true });
  }

  async finishCounts(): Promise<void> {
    await this.doneButton().click();
  }

  /** The camera for a photo of a defect is open and ready to take one. */
  async waitForDefectCamera(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Foto nemen' }).waitFor();
  }
}
