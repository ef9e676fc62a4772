/**
 * Two tablets of one team, both online: what a member finishes on one shows
 * on the other within seconds, without a reload or a tap, through the
 * long-poll "pull now" signal.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('pull now', () => {
  const workshop = demoWorkshopForSuite('pullnow');

  it('shows a task finished on one tablet as done on the other within 5 seconds', async () => {
    // The member's kiosk and the coach's tablet of the same team.
    const codes = (['kiosk', 'coach'] as const).map((role) => workshop.codeFor('Team Verpakking', role));
    const tablets = await Promise.all(
      codes.map(async (code) => {
        const kiosk = new KioskPage(await (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
        await kiosk.open(workshop.server.url);
        await kiosk.enrol(code);
        await kiosk.signIn('Chloë');
        await kiosk.tap('Nu niet');
        await kiosk.waitForHeading('Vandaag');
        return kiosk;
      }),
    );
    const [a, b] = tablets as [KioskPage, KioskPage];
    // Cards due on a later day wait behind that day's picture: open them to count the whole day.
    await b.showAllDays();
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
