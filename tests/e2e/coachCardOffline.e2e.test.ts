/**
 * A coach makes a new card on a coach tablet with no network: a step photo
 * from the tablet camera (Chromium's fake camera), a pictogram found by
 * keyword, a recorded voice clip (its fake microphone), plans it for a member today and sets her detail there to O.
 * Back online, it syncs; on the member's kiosk the new task appears as a
 * one-screen summary with the photo.
 * axe checks every coach screen on the way.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('a coach makes a card offline', () => {
  const workshop = demoWorkshopForSuite('coach-card', { fakeCamera: true });

  const codeFor = (role: 'kiosk' | 'coach') => workshop.codeFor('Team Verpakking', role);
  const newContext = () => workshop.browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['camera', 'microphone'] });

  it('with a camera photo, and a member uses it on another tablet after sync', async () => {
    const context = await newContext();
    const coach = new CoachPage(await context.newPage());
    const tap = (name: string) => coach.tap(name);
    await coach.open(workshop.server.url);
    await coach.enrol(codeFor('coach'));
    await coach.member('Els').waitFor();
    // Offline needs the precached shell and chunks: wait for the service worker, then let it control the page.
    await coach.waitForServiceWorker();
    await coach.reload();
    await coach.member('Els').waitFor();
    expect(await coach.isControlledByServiceWorker()).toBe(true);
    await context.setOffline(true);
    await coach.waitForSyncText(/Geen verbinding/);

    // Coach mode, first time on this tablet: choose a code, then type it again.
    await tap('Coach');
    await coach.waitForHeading('Kies een coachcode');
    await coach.expectNoAxeViolations('coach PIN');
    for (const digit of '2468') await tap(digit);
    await tap('OK');
    await coach.waitForHeading('Typ dezelfde code nog eens');
    for (const digit of '2468') await tap(digit);
    await tap('OK');
    await coach.waitForHeading('Taakkaarten');
    await coach.expectNoAxeViolations('coach home with cards');

    // A new card: a title, a station, a photo for step 1, a pictogram found by an English keyword for step 2.
    await tap('Nieuwe kaart');
    await coach.nameCard('Kisten stapelen');
    await coach.chooseStation('Inpakken');
    await coach.writeStep(1, 'Zet de kist op de stapel.');
    await tap('Foto nemen voor stap 1');
    await coach.waitForStepCamera();
    await coach.expectNoAxeViolations('coach camera');
    await coach.takeStepPhoto();
    await coach.waitForStepPhoto(1);

    await tap('Stap toevoegen');
    await coach.writeStep(2, 'Tel drie kisten.');
    await coach.chooseStepKind(2, 'count');
    await coach.setCountTarget(2, '3');
    await tap('Prentje van stap 2');
    await coach.searchPictogram('abacus');
    await coach.expectNoAxeViolations('pictogram picker');
    await tap('tellen');
    // A voice clip for step 2 from the fake microphone: it must reach the server before the card.
    await tap('Stem opnemen voor stap 2');
    await coach.waitForText(/Opname loopt: [1-9]/);
    await tap('Opname stoppen');
    await coach.waitForStepVoice(2);
    await coach.expectNoAxeViolations('card editor');
    await tap('Kaart bewaren');
    await coach.waitForText('Bewaard als versie 1.');

    // Plan it for Els today, still offline. (The delete question is checked by axe and answered "keep".)
    await coach.backToCardListIfShown();
    await tap('Verwijder Kisten stapelen');
    await coach.waitForQuestion();
    await coach.expectNoAxeViolations('delete question');
    await tap('Nee, houden');
    await tap('Plan vandaag: Kisten stapelen');
    await coach.waitForDialog('Kisten stapelen plannen voor vandaag');
    await coach.planFor('Els');
    await coach.expectNoAxeViolations('plan dialog');
    await tap('Op de planning zetten');
    await coach.waitForText('“Kisten stapelen” staat vandaag bij Els.');
    await coach.waitForSyncText(/wijzigingen wachten/);

    // The other coach screens, checked by axe while we are here.
    for (const tab of ['Mensen', 'Redenen afkeur', /^Meldingen/] as const) {
      await coach.openTab(tab);
      await coach.expectNoAxeViolations(`coach tab ${String(tab)}`);
    }
    // Els knows this work: her coach sets her detail at Inpakken to O, a one-screen summary.
    await coach.openTab('Mensen');
    await tap('Instellingen van Els');
    await coach.expectNoAxeViolations('member settings');
    await coach.setDetailLevel('Inpakken', 'O');
    await tap('Instellingen bewaren');
    await coach.waitForText('Bewaard.');
    await coach.screenshot('coach-member-settings');

    // Back online: card, photo and task reach the server.
    await context.setOffline(false);
    await coach.waitForSyncText(/Alles is verstuurd/);
    const uploaded = await coach.storedMedia();
    expect(uploaded).toEqual(['audio:uploaded', 'image:uploaded']);

    // The member's kiosk: Els finds the new task, at her level O as one screen with the coach's photo.
    const kiosk = new KioskPage(await (await newContext()).newPage());
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(codeFor('kiosk'));
    await kiosk.signIn('Els');
    await kiosk.tap('Nu niet');
    await kiosk.openTask(/Kisten stapelen/);
    await kiosk.waitForText('Zet de kist op de stapel.');
    await kiosk.waitForText('Tel drie kisten.');
    expect(await kiosk.nextButton().count()).toBe(0);
    await kiosk.stepPhoto().waitFor();
    await expect.poll(() => kiosk.isStepPhotoShown()).toBe(true);
    await kiosk.expectNoAxeViolations('member step summary with the coach photo');
    await kiosk.screenshot('member-coach-photo-summary');
    await kiosk.tap('Tellen');
    await kiosk.finishCounts();
    await kiosk.waitForSyncText(/Alles is verstuurd/);
  });
});
