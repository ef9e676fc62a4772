/**
 * Every screen fits a tablet either way up: on each member and coach screen,
 * at 1280×800 and at 800×1280, every primary action is on screen without
 * scrolling, not covered by anything and at least 64×64 CSS px, what must
 * be seen is on screen, and axe finds nothing.
 *
 * One coach tablet walks through the screens in the order of SCREENS (a coach
 * tablet is a kiosk plus coach mode, so it shows every screen); at each one
 * the tablet is turned both ways. To add a screen, add one entry where the
 * walk passes it: how to get there from the entry before, and what on it
 * must fit.
 *
 * Independent of the day it runs on: the demo's tasks change with the
 * weekday, so the coach first sets the detail of the two members walked
 * through (Els: every step at every station, Bart: the one-screen summary)
 * instead of trusting the skills matrix, plans Bart a card with protective
 * equipment today, and the step screens are found by what is on screen,
 * not by a card's step number.
 */
import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { TABLET_SIZES, type Orientation } from './pages/TabletPage.ts';

const SHOTS = '/tmp/shots/layout';
const COACH_CODE = '2468';
const TEAM = 'Team Verpakking';

interface Screen {
  readonly name: string;
  /** From the screen before it in the list to this one. */
  readonly open: (tablet: CoachPage) => Promise<unknown>;
  /** Its primary actions: each on screen and at least 64 px each way. A locator matching several means each of them. */
  readonly primary: (tablet: CoachPage) => readonly Locator[];
  /** What else must be on screen without scrolling, whatever its size (feedback, a countdown). */
  readonly seen?: (tablet: CoachPage) => readonly Locator[];
}

const stepNav = (t: CoachPage) => [t.stepControls('plain'), t.speakButton()];

const SCREENS: readonly Screen[] = [
  // A new tablet, then the photo grid and what hangs off it.
  { name: 'enrol', open: () => Promise.resolve(), primary: (t) => [t.button('Koppelen')], seen: (t) => [t.enrolCodeField()] },
  { name: 'photo grid', open: (t) => t.enrolAndWait(workshopCode()), primary: (t) => [t.memberTiles(), t.button('Coach', { exact: true })] },
  { name: 'day board', open: (t) => t.openDayBoard(), primary: (t) => [t.button('Naar de leden')] },
  { name: 'credits', open: (t) => t.leaveDayBoard().then(() => t.creditsButton().click()), primary: (t) => [t.button('Terug')] },
  // Coach mode: the code (set twice the first time), each tab, the card editor, planning, a member's settings.
  { name: 'coach code, chosen', open: (t) => t.tap('Terug').then(() => t.tap('Coach')), primary: (t) => [t.codePadKeys(), t.button('Annuleren')] },
  { name: 'coach code, again', open: (t) => t.typeCoachCode(COACH_CODE), primary: (t) => [t.codePadKeys(), t.button('Annuleren')] },
  { name: 'coach: cards', open: (t) => t.typeCoachCode(COACH_CODE), primary: (t) => [t.coachTabs(), t.button('Nieuwe kaart'), t.button('Coachmodus verlaten')] },
  { name: 'coach: card editor', open: (t) => t.tap('Bewerk Dozen inpakken'), primary: (t) => [t.button('Terug naar de lijst'), t.button('Kaart bewaren')] },
  { name: 'coach: plan dialog', open: (t) => t.tap('Terug naar de lijst').then(() => t.tap('Plan vandaag: Dozen inpakken')), primary: (t) => [t.button('Op de planning zetten'), t.button('Annuleren')] },
  { name: 'coach: people', open: (t) => t.planForToday('Bart').then(() => t.openTab('Mensen')), primary: (t) => [t.coachTabs(), t.button('Instellingen van Ann')] },
  { name: 'coach: member settings', open: (t) => t.tap('Instellingen van Els'), primary: (t) => [t.button('Instellingen bewaren')] },
  { name: 'coach: reject reasons', open: (t) => t.detailForWalk().then(() => t.openTab('Redenen afkeur')), primary: (t) => [t.coachTabs(), t.button('Reden toevoegen')] },
  { name: 'coach: flags', open: (t) => t.openTab(/^Meldingen/), primary: (t) => [t.coachTabs()] },
  { name: 'coach: faces', open: (t) => t.openTab('Gezichtjes'), primary: (t) => [t.coachTabs(), t.button('Coachmodus verlaten')] },
  { name: 'coach: skills matrix', open: (t) => t.openTab('Vaardigheden'), primary: (t) => [t.coachTabs(), t.button('Details'), t.button(/^Ann bij /).first()] },
  { name: 'coach: orders', open: (t) => t.openTab('Bestellingen'), primary: (t) => [t.coachTabs(), t.button('Nieuwe bestelling'), t.button('Afroep inlezen')] },
  { name: 'coach: new order', open: (t) => t.tap('Nieuwe bestelling'), primary: (t) => [t.button('Terug', { exact: true })] },
  { name: 'coach: call-off import', open: (t) => t.tap('Terug').then(() => t.tap('Afroep inlezen')), primary: (t) => [t.button('Terug', { exact: true })] },
  { name: 'coach: team view', open: (t) => t.tap('Terug').then(() => t.openTab('Team')), primary: (t) => [t.coachTabs(), t.button('Laatste 4 weken')] },
  { name: 'coach: week board', open: (t) => t.openTab('Week'), primary: (t) => [t.coachTabs(), t.button('Voorstel'), t.button('Wie is er?'), t.button(/tik eerst op een foto/).first()] },
  { name: 'coach: availability', open: (t) => t.tap('Wie is er?'), primary: (t) => [t.button('Klaar', { exact: true }), t.button(/^Ann, maandag voormiddag/)] },
  // The picture PIN: as it opens, after a wrong try, and resting after the third.
  { name: 'PIN entry', open: (t) => t.tap('Klaar').then(() => t.tap('Coachmodus verlaten')).then(() => t.signIn('Ann')), primary: (t) => [t.pinPictures(), t.button('Laatste prentje weg'), t.someoneElseButton(), t.speakButton()] },
  { name: 'PIN entry, wrong', open: (t) => t.typeWrongPin(), primary: (t) => [t.pinPictures(), t.someoneElseButton()], seen: (t) => [t.wrongPinMessage()] },
  { name: 'PIN entry, resting', open: (t) => t.typeWrongPin().then(() => t.typeWrongPin()), primary: (t) => [t.someoneElseButton(), t.speakButton()], seen: (t) => [t.restMessage(), t.restCountdown()] },
  // A member's day: the first question, Today, help, each kind of step, the counts.
  { name: 'start check-in', open: (t) => t.someoneElseButton().click().then(() => t.signIn('Els')), primary: (t) => [t.faces(), t.button('Nu niet'), t.speakButton()] },
  { name: 'start check-in, more', open: (t) => t.face('Goed').click(), primary: (t) => [t.energyButtons(), t.button('Ik wil praten met mijn coach'), t.doneButton()] },
  { name: 'Today', open: (t) => t.doneButton().click(), primary: (t) => [t.openTasks(), t.todayMore(), t.helpButton(), t.signOutButton(), t.speakButton()] },
  { name: 'member week board', open: (t) => t.tap('Mijn week'), primary: (t) => [t.button(/^Zet mij hier/).first(), t.button('Terug', { exact: true })] },
  { name: 'what can I do', open: (t) => t.tap('Terug').then(() => t.tap('Wat kan ik?')), primary: (t) => [t.button('Terug', { exact: true })] },
  { name: 'help dialog', open: (t) => t.tap('Terug').then(() => t.helpButton().click()), primary: (t) => [t.helpReasons(), t.helpBackButton()] },
  { name: 'step', open: (t) => t.helpBackButton().click().then(() => t.openFirstTask()).then(() => t.showStep('plain')), primary: stepNav },
  { name: 'count step', open: (t) => t.showStep('count'), primary: (t) => [...stepNav(t), t.stepControls('count')] },
  { name: 'timer step', open: (t) => t.showStep('timer'), primary: (t) => [...stepNav(t), t.stepControls('timer')] },
  { name: 'check step', open: (t) => t.showStep('check'), primary: (t) => [...stepNav(t), t.stepControls('check')] },
  { name: 'counts', open: (t) => t.toCounts(), primary: (t) => [t.counterButtons(), t.doneButton(), t.button('Terug', { exact: true })] },
  { name: 'counts, rejected', open: (t) => t.countButton('Eén meer', 'Foute stukken').click(), primary: (t) => [t.rejectReasons(), t.defectPhotoButton(), t.doneButton()] },
  { name: 'defect photo', open: (t) => t.defectPhotoButton().click().then(() => t.waitForDefectCamera()), primary: (t) => [t.defectCameraButtons()] },
  // Back on Today: the member's own pages, and home.
  // The reward after the counts goes back to Today by itself after a few seconds, less than two turns
  // of the tablet and two axe runs take on a busy machine; TaskDoneReward.test.tsx covers it.
  { name: 'my faces', open: (t) => t.tap('Geen foto').then(() => t.finishCounts()).then(() => t.waitForHeading('Vandaag')).then(() => t.tap('Mijn gezichtjes')), primary: (t) => [t.homeButton(), t.speakButton()] },
  { name: 'privacy', open: (t) => t.homeButton().click().then(() => t.tap('Wie ziet wat?')), primary: (t) => [t.homeButton(), t.speakButton()] },
  { name: 'end-of-day check-in', open: (t) => t.homeButton().click().then(() => t.tap('Naar huis')), primary: (t) => [t.faces(), t.speakButton()] },
  // Bart at level O everywhere: the one-screen summary, with its protective equipment.
  { name: 'level-O summary', open: (t) => t.answerWellbeing('Gaat wel').then(() => t.signIn('Bart')).then(() => t.tap('Nu niet')).then(() => t.openTaskCard(/Dozen inpakken/)), primary: (t) => [t.button('Tellen'), t.homeButton(), t.speakButton()], seen: (t) => [t.ppeBanner()] },
  { name: 'idle warning', open: (t) => t.homeButton().click().then(() => t.leaveIdle()), primary: (t) => [t.stillHereButton()] },
  // A help call shows over a coach tablet's screens, the coach code among them.
  { name: 'coach code with a help banner', open: (t) => t.stillHereButton().click().then(() => t.callHelpAndLeave()).then(() => t.tap('Coach')), primary: (t) => [t.codePadKeys(), t.button('Annuleren'), t.helpCallsSeen()] },
];

let code = '';
const workshopCode = () => code;

async function expectOnScreen(tablet: CoachPage, target: Locator, what: string, orientation: Orientation, primary: boolean): Promise<void> {
  const box = await tablet.placeOf(target);
  const { width, height } = TABLET_SIZES[orientation];
  expect(box, `${what} is drawn`).not.toBeNull();
  if (!box) return;
  expect(box.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends within the screen's width`).toBeLessThanOrEqual(width + 0.5);
  expect(box.y + box.height, `${what} ends above the bottom of the screen`).toBeLessThanOrEqual(height + 0.5);
  if (!primary) return;
  expect(await tablet.isUncovered(target), `${what} is not covered by anything`).toBe(true);
  expect(box.width, `${what} is wide enough to hit`).toBeGreaterThanOrEqual(64);
  expect(box.height, `${what} is tall enough to hit`).toBeGreaterThanOrEqual(64);
}

async function expectFits(tablet: CoachPage, screen: Screen, orientation: Orientation): Promise<void> {
  await tablet.turn(orientation);
  await tablet.scrollToTop();
  const checks = [...screen.primary(tablet).map((l) => [l, true] as const), ...(screen.seen?.(tablet) ?? []).map((l) => [l, false] as const)];
  // The screen may still be drawing (coach mode loads its chunk): each declared thing appears first.
  for (const [locator] of checks) await locator.first().waitFor();
  await tablet.screenshotTo(`${SHOTS}/${orientation}-${screen.name.replaceAll(/[^a-zA-Z0-9]+/g, '-')}.png`);
  for (const [locator, primary] of checks) {
    const each = await tablet.each(locator);
    expect(each.length, `${screen.name}: ${String(locator)} is on the screen`).toBeGreaterThan(0);
    for (const [i, one] of each.entries()) {
      const name = (await one.getAttribute('aria-label')) ?? (await one.textContent()) ?? String(i);
      await expectOnScreen(tablet, one, `${orientation} ${screen.name}: "${name.trim()}"`, orientation, primary);
    }
  }
  await tablet.expectNoAxeViolations(`${orientation} ${screen.name}`);
}

describe('every screen on a tablet held either way', () => {
  const workshop = demoWorkshopForSuite('layout', { fakeCamera: true });
  let tablet: CoachPage;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    code = workshop.codeFor(TEAM, 'coach');
    const context = await workshop.browser.newContext({ viewport: TABLET_SIZES.landscape, permissions: ['camera'] });
    tablet = new CoachPage(await context.newPage());
    await tablet.takeOverClock();
    await tablet.open(workshop.server.url);
  });

  for (const screen of SCREENS) {
    it(`${screen.name}: primary actions on screen, large, and accessible`, async () => {
      await screen.open(tablet);
      for (const orientation of ['landscape', 'portrait'] as const) await expectFits(tablet, screen, orientation);
    });
  }
});
