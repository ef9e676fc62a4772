/**
 * The member's path through the kiosk for the UI bench, found by role and
 * accessible name like the e2e page object, and tolerant of the screens
 * that may come between the photo grid and a task: the day's well-being
 * question ("Nu niet" skips it) and a picture PIN (refused with a clear
 * message: the bench signs in a member without one).
 */
import type { Page } from 'playwright-core';
import type { KioskPage } from '#tests/e2e/pages/KioskPage.ts';
import { STEP_PROBE, type StepSample } from './inPage.ts';

const STEP_TEXT = /Stap (\d+) van (\d+)/;

/** Polls `check` every 100 ms until it returns a value; throws `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function visible(page: Page, role: 'button' | 'heading', name: string | RegExp): Promise<boolean> {
  return page.getByRole(role, { name }).first().isVisible();
}

/** Taps the member's tile and gets past the well-being question to Today. */
export async function signInToToday(kiosk: KioskPage, name: string): Promise<void> {
  const { page } = kiosk;
  await kiosk.member(name).click();
  await waitFor(`Today after signing in ${name}`, async () => {
    if (await visible(page, 'heading', 'Vandaag')) return true;
    if (await visible(page, 'button', 'Nu niet')) await page.getByRole('button', { name: 'Nu niet' }).click();
    else if (await visible(page, 'button', 'Ik ben iemand anders')) {
      throw new Error(`${name} is asked for a PIN: pick a member without one for the bench`);
    }
    return null;
  });
}

async function stepPosition(page: Page): Promise<{ n: number; total: number }> {
  const text = (await page.getByText(STEP_TEXT).first().textContent()) ?? '';
  const m = STEP_TEXT.exec(text);
  if (!m) throw new Error(`no "Stap n van m" on the step player (saw ${JSON.stringify(text)})`);
  return { n: Number(m[1]), total: Number(m[2]) };
}

async function waitForStep(page: Page, n: number): Promise<void> {
  await page.getByText(new RegExp(`Stap ${String(n)} van \\d+`)).first().waitFor();
}

/**
 * Taps "Volgende" until `taps` taps are measured. At the last step (where the
 * button says "Tellen" instead) it walks back to step 1 with "Terug", not
 * measured, and goes on. Each sample is timed in the page (see STEP_PROBE).
 */
export async function measureNextTaps(page: Page, taps: number): Promise<StepSample[]> {
  await page.evaluate(STEP_PROBE);
  const samples: StepSample[] = [];
  while (samples.length < taps) {
    const { n, total } = await stepPosition(page);
    if (total < 2) throw new Error('the task has a single step: nothing to tap "Volgende" for');
    if (n < total) {
      await page.evaluate('window.__schakelBench.armStep()');
      await page.getByRole('button', { name: 'Volgende' }).click({ timeout: 30_000 });
      const sample = await page.evaluate<StepSample>('window.__schakelBench.step');
      if (sample.to !== n + 1) throw new Error(`"Volgende" on step ${String(n)} showed step ${String(sample.to)}`);
      samples.push(sample);
    } else {
      for (let k = n; k > 1; k--) {
        await page.getByRole('button', { name: 'Terug' }).click({ timeout: 30_000 });
        await waitForStep(page, k - 1);
      }
    }
  }
  return samples;
}
