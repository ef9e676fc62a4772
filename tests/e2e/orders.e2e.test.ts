/**
 * Orders in, work out (issue 11): on the coach tablet, offline, the coach
 * imports a customer's call-off as CSV — the preview names the bad row, and
 * it is skipped only on the confirm — and gives one task to Bart; back
 * online it syncs, the task is on Bart's Today on the kiosk, he finishes
 * it, and within 5 s the bar of that order moves on the coach's tablet, now
 * showing the day board, which warns that the order will be late; back in
 * coach mode, the team view shows the first-pass yield. axe checks every screen on the way.
 *
 * Every tablet's clock starts on this week's Monday at 9:00 and the
 * call-off is due that Monday, so the test does not depend on the day it runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { DayBoardPage } from './pages/DayBoardPage.ts';
import { KioskPage } from './pages/KioskPage.ts';

function thisMondayMorning(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7), 9, 0);
}

/** A call-off as a Belgian customer's Excel writes it: semicolons, day-first dates. */
function callOffFile(monday: Date): string {
  const day = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getFullYear())}`;
  const friday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 4);
  const rows = [
    'Bestelnummer;Artikel;Aantal;Leverdatum;Uur',
    // Due an hour after the clocks start, far more than an hour's work: the board will call it late.
    `E2E-1;Dozen inpakken;200;${day(monday)};10:00`,
    `E2E-2;Etiket kleven;30;${day(friday)};`,
    `E2E-3;XR-9;10;${day(friday)};`,
  ];
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'schakel-calloff-')), 'afroep-acme.csv');
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
  return file;
}

describe('orders in, work out', () => {
  const workshop = demoWorkshopForSuite('orders');
  const codeFor = (role: 'kiosk' | 'coach') => workshop.codeFor('Team Verpakking', role);
  const newPage = async () => (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

  it('a call-off imported offline becomes members’ tasks; a finished one moves the board within 5 s, which warns it is late; the team view shows the yield', async () => {
    const monday = thisMondayMorning();

    const kiosk = new KioskPage(await newPage());
    await kiosk.startClockAt(monday);
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(codeFor('kiosk'));

    const coachContext = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const coachPage = await coachContext.newPage();
    const coach = new CoachPage(coachPage);
    // The same tablet shows the day board later: a board is a tablet's display, not a role.
    const board = new DayBoardPage(coachPage);
    await coach.startClockAt(monday);
    await coach.open(workshop.server.url);
    await coach.enrol(codeFor('coach'));
    await coach.member('Els').waitFor();
    await coach.waitForServiceWorker();
    await coach.reload();
    await coach.member('Els').waitFor();
    await coach.unlockCoachModeFirstTime('2468');
    await coach.openTab('Bestellingen');
    await coach.waitForHeading('Bestellingen');
    await coachContext.setOffline(true);
    await coach.waitForSyncText(/Geen verbinding/);
    await coach.expectNoAxeViolations('coach orders');

    await coach.chooseCallOff(callOffFile(monday), 'Acme');
    await coach.waitForText(/Onbekend product ‘XR-9’/);
    await coach.waitForText('2 bestellingen klaar, 1 rij wordt overgeslagen.');
    await coach.expectNoAxeViolations('call-off preview');
    await coach.screenshot('orders-import-preview');
    await coach.tap('2 bestellingen inlezen, 1 rij overslaan');
    await coach.waitForText(/^Ingelezen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd\. 1 rij overgeslagen\./);
    await coach.tap('Naar de lijst');
    await coach.button(/^Acme · E2E-1/).click();
    // Bart makes the first 20 today; the rest stays with whoever the plan gave it to.
    await coach.giveFirstOrderTaskTo('Bart');
    await coach.resizeOrderTaskOf('Bart', 20);
    await coach.expectNoAxeViolations('order detail');
    await coach.screenshot('orders-detail');

    await coachContext.setOffline(false);
    await coach.waitForSyncText(/Alles is verstuurd/);
    // The coach puts this tablet on the wall as the day board.
    await coach.tap('Coachmodus verlaten');
    await board.openDayBoard();
    await board.boardCard(/^Acme · E2E-1/).waitFor();

    // Bart's Today has the task, for Acme's order number E2E-1.
    await kiosk.signIn('Bart');
    await kiosk.skipCheckinIfAsked();
    await kiosk.waitForHeading('Vandaag');
    await kiosk.openTasks().filter({ hasText: 'nr. E2E-1' }).first().waitFor({ timeout: 30_000 });
    await kiosk.expectNoAxeViolations('Today with an imported order');
    await kiosk.openTaskCard(/nr\. E2E-1/);
    await kiosk.stepThrough();
    await kiosk.finishCounts();
    await kiosk.waitForSyncText(/Alles is verstuurd/);
    const doneAt = Date.now();

    // The board on the wall moves by itself.
    await expect.poll(async () => Number(await board.boardBar(/^Acme · E2E-1/).getAttribute('aria-valuenow')), { timeout: 5_000, interval: 100 }).toBeGreaterThan(0);
    expect(Date.now() - doneAt).toBeLessThan(5_000);
    await board.boardWarning(/^Acme · E2E-1/).waitFor();
    await board.expectNoAxeViolations('day board');
    await board.screenshot('orders-day-board');

    // Back to the coach: the team view has the first-pass yield of Inpakken.
    await board.leaveDayBoard();
    await coach.tap('Coach');
    await coach.typeCoachCode('2468');
    await coach.openTab('Team');
    const fpy = coach.firstPassYieldTable();
    await expect.poll(async () => (await fpy.textContent()) ?? '', { timeout: 30_000 }).toMatch(/Inpakken[\s\S]*\d+\s?%/);
    await coach.expectNoAxeViolations('team view');
    await coach.screenshot('orders-team-view');
  });
});
