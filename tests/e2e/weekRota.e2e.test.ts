/**
 * The team makes its own week (issue 10): on a kiosk two members place
 * themselves on the week board; on the coach tablet, offline, the coach
 * marks a member absent, runs Suggest (a draft at once, then the final
 * plan), moves one member with a reason, the team agrees and the coach
 * publishes; back online it syncs, and each member's Today shows the
 * station the published plan gives them. axe checks every screen on the way.
 *
 * Both tablets' clocks start on this week's Monday at 9:00, so the plan
 * for "now" is Monday morning whatever day the test runs.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { watchCsp, type CspWatch } from './pages/cspWatch.ts';
import { KioskPage } from './pages/KioskPage.ts';

function thisMondayMorning(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7), 9, 0);
}

describe('the team makes its own week', () => {
  const workshop = demoWorkshopForSuite('week-rota');
  const codeFor = (role: 'kiosk' | 'coach') => workshop.codeFor('Team Verpakking', role);
  const csp: CspWatch[] = [];
  const newContext = async () => {
    const context = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } });
    csp.push(await watchCsp(context));
    return context;
  };

  it('members place themselves, the coach repairs, suggests, overrides and publishes offline, and Today shows the station', async () => {
    const monday = thisMondayMorning();
    const kiosk = new KioskPage(await (await newContext()).newPage());
    await kiosk.startClockAt(monday);
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(codeFor('kiosk'));

    // Bart and Chloë place themselves on Monday morning, on the kiosk.
    const placeSelf = async (name: string, station: string) => {
      await kiosk.signIn(name);
      await kiosk.tap('Nu niet');
      await kiosk.tap('Mijn week');
      await kiosk.waitForHeading('Deze week');
      await kiosk.button(`Zet mij hier: ${station}, maandag voormiddag`).click();
      await kiosk.button(`${name}, zelf gekozen`).first().waitFor();
      await kiosk.expectNoAxeViolations(`member week board (${name})`);
      await kiosk.tap('Terug');
      await kiosk.signOut();
    };
    await placeSelf('Bart', 'Inpakken');
    await placeSelf('Chloë', 'Etiketteren');
    await kiosk.screenshot('week-kiosk-after-placing');
    await kiosk.waitForSyncText(/Alles is verstuurd/);

    // The coach tablet has the team's places; then the network goes.
    const coachContext = await newContext();
    const coach = new CoachPage(await coachContext.newPage());
    await coach.startClockAt(monday);
    await coach.open(workshop.server.url);
    await coach.enrol(codeFor('coach'));
    await coach.member('Els').waitFor();
    await coach.waitForServiceWorker();
    await coach.reload();
    await coach.member('Els').waitFor();
    expect(await coach.isControlledByServiceWorker()).toBe(true);
    await coach.tap('Coach');
    for (const digit of '2468') await coach.tap(digit);
    await coach.tap('OK');
    for (const digit of '2468') await coach.tap(digit);
    await coach.tap('OK');
    await coach.openTab('Week');
    await coach.waitForHeading('Deze week');
    await coach.button('Bart, zelf gekozen').first().waitFor();
    await coach.button('Chloë, zelf gekozen').first().waitFor();
    await coachContext.setOffline(true);
    await coach.waitForSyncText(/Geen verbinding/);
    await coach.expectNoAxeViolations('coach week board');

    // Dirk is ill this morning.
    await coach.tap('Wie is er?');
    await coach.button(/^Dirk, maandag voormiddag/).click();
    await coach.expectNoAxeViolations('availability choice');
    await coach.button(/^Afwezig: ziek/).click();
    await coach.button(/^Dirk, maandag voormiddag: afwezig, ziek/).waitFor();
    await coach.expectNoAxeViolations('availability');
    await coach.tap('Klaar');

    // Suggest, offline: a draft at once, then the final plan, then it is used.
    await coach.tap('Voorstel');
    await coach.waitForText(/Een eerste voorstel|Een beter voorstel|Dit is het beste plan|De tijd is om/);
    await coach.expectNoAxeViolations('suggest: draft');
    await coach.waitForText(/Dit is het beste plan|De tijd is om/);
    await coach.expectNoAxeViolations('suggest: final');
    await coach.tap('Gebruik dit voorstel');
    await coach.waitForText(/Het voorstel staat op het bord/);
    await coach.tap('Sluiten');
    await coach.waitForHeading('Deze week');
    // The two members' own places held as pins; Dirk is not on the plan this morning.
    await coach.button('Bart, zelf gekozen').first().waitFor();
    expect(await coach.button(/^Dirk, /).count()).toBeGreaterThan(0);

    // The coach moves Bart from his own choice: a reason is asked and kept.
    await coach.button('Bart, zelf gekozen').first().click();
    await coach.button('Zet Bart hier: Kwaliteitscontrole, maandag voormiddag').click();
    await coach.waitForHeading('Waarom verplaats je Bart?');
    await coach.expectNoAxeViolations('override reason');
    await coach.tap('Opleiding');
    await coach.button('Bart, door de coach').first().waitFor();

    // The team agrees around the tablet, and the coach publishes.
    await coach.tap('Wij zijn akkoord');
    await coach.expectNoAxeViolations('we agree');
    await coach.tapInDialog('Wij zijn akkoord');
    await coach.tap('Publiceren');
    await coach.waitForText('Gepubliceerd');
    await coach.expectNoAxeViolations('published week');
    await coach.screenshot('week-coach-published');
    await coach.turn('portrait');
    await coach.expectNoAxeViolations('published week, upright');
    await coach.screenshot('week-coach-published-portrait');
    await coach.turn('landscape');

    await coachContext.setOffline(false);
    await coach.waitForSyncText(/Alles is verstuurd/);

    // On the kiosk, after its next pull, Today shows each member the published place.
    await expect
      .poll(
        async () => {
          await kiosk.signIn('Bart');
          await kiosk.skipCheckinIfAsked();
          const shown = await kiosk.shownStation();
          await kiosk.signOut();
          return shown;
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe('Plaats: Kwaliteitscontrole');
    await kiosk.signIn('Chloë');
    await kiosk.waitForText('Plaats: Etiketteren');
    await kiosk.expectNoAxeViolations('member Today with the published station');
    // Suggest ran HiGHS's WebAssembly in a worker ('wasm-unsafe-eval'): the plan above is its proof, as a
    // worker's refusals reach no page's console.
    expect(csp.flatMap((watch) => watch.violations), 'the server\'s Content-Security-Policy let the app do all of it').toEqual([]);
  });
});
