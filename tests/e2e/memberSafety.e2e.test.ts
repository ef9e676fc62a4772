/**
 * Safety and honesty of the task flow in real Chromium: a member's place in
 * a task survives signing out and a reload; an offline help call says it
 * waits (walk to your coach) and turns to "seen" once the coach taps it; a
 * count below its target holds the task until the coach has seen the call
 * made from that step, and the coach sees which card and step it came from.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('the task flow is safe and honest', () => {
  const workshop = demoWorkshopForSuite('member-safety');

  it('brings a member back to the same step and counts after signing out, and after a reload', async () => {
    const kiosk = new KioskPage(await (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(workshop.codeFor('Team Verpakking', 'kiosk'));
    // Els: the demo skills matrix never puts her at level O, whatever the day's tasks.
    await kiosk.signIn('Els');
    await kiosk.tap('Nu niet');
    await kiosk.openTaskWithSteps();
    const n = await kiosk.goToCountStep();
    await kiosk.tap('Eén erbij', 2);
    const counted = await kiosk.countStepText();
    expect(counted).toMatch(/^2 van \d+$/);

    await kiosk.signOut();
    await kiosk.signIn('Els');
    await kiosk.waitForText(`Stap ${String(n)} van`);
    expect(await kiosk.countStepText()).toBe(counted);

    // A reload straight after a tap, before the next frame: the tap is kept every time.
    for (const expected of [3, 4, 5]) {
      await kiosk.tap('Eén erbij');
      await kiosk.reload();
      await kiosk.signIn('Els');
      await kiosk.waitForText(`Stap ${String(n)} van`);
      expect(await kiosk.countStepText()).toMatch(new RegExp(`^${String(expected)} van \\d+$`));
    }
    await kiosk.expectNoAxeViolations('resumed count step');
  });

  it('says an offline call waits and the member should walk to the coach, then "seen"; a short count waits for the coach', async () => {
    const coach = new CoachPage(await (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
    await coach.open(workshop.server.url);
    await coach.enrol(workshop.codeFor('Team Montage', 'coach'));
    await coach.member('Tom').waitFor();

    const kioskContext = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const kiosk = new KioskPage(await kioskContext.newPage());
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(workshop.codeFor('Team Montage', 'kiosk'));
    // Offline pictures come from the service worker's precache: let it control the page first.
    await kiosk.waitForServiceWorker();
    await kiosk.reload();
    // Each kiosk code works once, so another team's tablet. Tom, like Els, is never at level O in the demo.
    await kiosk.signIn('Tom');
    await kiosk.tap('Nu niet');
    await kiosk.openTaskWithSteps();
    const n = await kiosk.goToCountStep();

    // Offline: the call stays on the tablet, and the tablet says so.
    await kioskContext.setOffline(true);
    await kiosk.waitForSyncText(/Geen verbinding/);
    await kiosk.tap('Hulp');
    await kiosk.tap('Machine kapot');
    await expect.poll(() => kiosk.helpDialogStatus().textContent()).toBe('Je vraag is nog niet verstuurd: geen verbinding. Ga zelf naar je coach.');
    await kiosk.button('Wacht nog').waitFor();
    await kiosk.expectNoAxeViolations('offline help call');
    await kiosk.screenshot('safety-offline-help');

    await kioskContext.setOffline(false);
    await expect.poll(() => kiosk.helpDialogStatus().textContent(), { timeout: 60_000 }).toBe('Je vraag is bij je coach. Je coach komt.');
    await coach.helpCallFrom('Tom').click();
    await expect.poll(() => kiosk.helpDialogStatus().textContent(), { timeout: 30_000 }).toBe('Je coach zag je vraag.');
    await kiosk.button('Coach zag het').waitFor();
    await kiosk.closeHelpDialog();

    // A count below its target: "Volgende" holds, one tap calls the coach with the step attached.
    expect(await kiosk.isNextStopped()).toBe(true);
    await kiosk.tapStoppedNext();
    await kiosk.waitForText(`Stap ${String(n)} van`);
    await kiosk.callCoachButton().click();
    await kiosk.expectNoAxeViolations('count held for the coach');
    await kiosk.screenshot('safety-count-stop');
    await coach.helpCallFrom('Tom').waitFor({ timeout: 30_000 });
    await expect.poll(() => coach.helpCallPlaces()).toEqual([expect.stringMatching(/, stap \d+$/)]);
    await coach.screenshot('safety-coach-call-place');
    await coach.helpCallFrom('Tom').click();
    await kiosk.waitForStepCallText('Je coach zag je vraag.');
    await expect.poll(() => kiosk.isNextStopped(), { timeout: 30_000 }).toBe(false);
    await kiosk.nextButton().click();
    await kiosk.waitForText(new RegExp(`^Stap ${String(n + 1)} van|^Hoeveel stukken\\?$`));
  });
});
