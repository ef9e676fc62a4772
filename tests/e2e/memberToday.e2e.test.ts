/**
 * Today, as a member who does not read sees it: what is due today first, a
 * late task marked with a clock, and a later day's cards behind that day's
 * calendar picture until it is tapped. The tablet's clock is set to the
 * Monday afternoon of the demo's week, so the test shows the same day
 * whatever day it runs on. axe checks each state, in both orientations.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { KioskPage } from './pages/KioskPage.ts';

/** 16:00 on the Monday of this week: the demo seeds this week's orders, due Monday 15:00, Wednesday 12:00 and Friday 14:00. */
function mondayAfternoon(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7), 16, 0);
}

describe('Today for a member who does not read', () => {
  const workshop = demoWorkshopForSuite('member-today');

  it('shows today’s cards first, the late one marked, and Friday’s behind its day picture', async () => {
    const kiosk = new KioskPage(await (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
    await kiosk.startClockAt(mondayAfternoon());
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(workshop.codeFor('Team Verpakking', 'kiosk'));
    // Chloë's Monday in the demo: a card for Monday's order (due at three, so late) and one for Friday's.
    await kiosk.signIn('Chloë');
    await kiosk.tap('Nu niet');
    await kiosk.waitForHeading('Vandaag');

    await kiosk.dayPicture('vrijdag').waitFor();
    expect(await kiosk.openTasks().count()).toBe(1);
    expect(await kiosk.lateTasks().count()).toBe(1);
    expect(await kiosk.isDayOpen('vrijdag')).toBe(false);
    expect(await kiosk.dayProgress().textContent()).toContain('0 van 2 taken klaar');
    expect(await kiosk.topOf(kiosk.openTasks().first())).toBeLessThan(await kiosk.topOf(kiosk.dayPicture('vrijdag')));
    await kiosk.expectNoAxeViolations('today, later days closed');
    await kiosk.screenshot('member-today-landscape');

    await kiosk.dayPicture('vrijdag').click();
    expect(await kiosk.isDayOpen('vrijdag')).toBe(true);
    await expect.poll(() => kiosk.openTasks().count()).toBe(2);
    expect(await kiosk.lateTasks().count()).toBe(1);
    await kiosk.expectNoAxeViolations('today, Friday open');
    await kiosk.screenshot('member-today-landscape-friday');

    await kiosk.turnTo(800, 1280);
    await kiosk.expectNoAxeViolations('today in portrait');
    await kiosk.screenshot('member-today-portrait-friday');
    await kiosk.dayPicture('vrijdag').click();
    await expect.poll(() => kiosk.openTasks().count()).toBe(1);
    await kiosk.screenshot('member-today-portrait');
  });
});
