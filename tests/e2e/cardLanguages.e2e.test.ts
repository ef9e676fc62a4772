/**
 * A card in the member's language, in real Chromium: a coach writes a card
 * in Dutch with a French sentence for its first step only, checks both in
 * the editor's live preview, and plans it for Hamid, who speaks French. On
 * the kiosk Hamid reads the French sentence, and the Dutch one, flagged
 * "En néerlandais", where the card has no French. Then his coach sets him
 * to level O: the one-screen summary shows the protective equipment and
 * keeps "Compter" on screen in both orientations. axe checks each screen.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('cards in the member’s language', () => {
  const workshop = demoWorkshopForSuite('card-languages');
  const codeFor = (role: 'kiosk' | 'coach') => workshop.codeFor('Team Verpakking', role);
  const newPage = async () => (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

  it('a coach writes a French sentence for a step; a French-speaking member reads it, and the Dutch one with a flag where French is missing', async () => {
    const coach = new CoachPage(await newPage());
    const tap = (name: string) => coach.tap(name);
    await coach.open(workshop.server.url);
    await coach.enrol(codeFor('coach'));
    await coach.member('Hamid').waitFor();
    await tap('Coach');
    await coach.waitForHeading('Kies een coachcode');
    for (const digit of '2468') await tap(digit);
    await tap('OK');
    await coach.waitForHeading('Typ dezelfde code nog eens');
    for (const digit of '2468') await tap(digit);
    await tap('OK');
    await coach.waitForHeading('Taakkaarten');

    await tap('Nieuwe kaart');
    await coach.nameCard('Kisten stapelen');
    await coach.chooseStation('Inpakken');
    await tap('handschoenen');
    await coach.writeStep(1, 'Zet de kist op de stapel.');
    // The picker's names wrap instead of being cut (gehoorbescherming, veiligheidsbril…).
    await tap('Prentje van stap 1');
    await coach.searchPictogram('bescherming');
    await coach.expectNoAxeViolations('pictogram picker');
    await coach.screenshot('cards-picker-landscape');
    await tap('Sluiten');
    await coach.addCardLanguage('Frans');
    await coach.nameCardIn('Frans', 'Empiler les caisses');
    await coach.writeStepIn(1, 'Frans', 'Pose la caisse sur la pile.');
    // The preview shows step 1 as a French-speaking member gets it, as the coach types.
    await coach.previewAs('Frans');
    expect(await coach.previewText()).toBe('Pose la caisse sur la pile.');
    await tap('Stap toevoegen');
    await coach.writeStep(2, 'Tel drie kisten.');
    await expect.poll(() => coach.previewText()).toBe('Tel drie kisten. — in het Nederlands, want de kaart heeft deze taal niet');
    await coach.expectNoAxeViolations('card editor with two languages and the preview');
    await coach.screenshot('cards-editor-languages-landscape');
    await coach.resize(800, 1280);
    await coach.expectNoAxeViolations('card editor in portrait');
    await coach.screenshot('cards-editor-languages-portrait');
    await coach.resize(1280, 800);
    await tap('Kaart bewaren');
    await coach.waitForText('Bewaard als versie 1.');

    // Plan it for Hamid today, at full detail at Inpakken so he steps through it (whatever the demo's levels today).
    await coach.backToCardListIfShown();
    await tap('Plan vandaag: Kisten stapelen');
    await coach.waitForDialog('Kisten stapelen plannen voor vandaag');
    await coach.planFor('Hamid');
    await tap('Op de planning zetten');
    await coach.waitForText('“Kisten stapelen” staat vandaag bij Hamid.');
    await coach.openTab('Mensen');
    await tap('Instellingen van Hamid');
    await coach.setDetailLevel('Inpakken', 'L');
    await tap('Instellingen bewaren');
    await coach.waitForText('Bewaard.');
    await coach.waitForSyncText(/Alles is verstuurd/);

    const kiosk = new KioskPage(await newPage());
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(codeFor('kiosk'));
    await kiosk.signIn('Hamid');
    await kiosk.tap('Pas maintenant');
    // Today names the card in French too.
    await kiosk.openTask(/Empiler les caisses/);
    await kiosk.waitForText('Pose la caisse sur la pile.');
    await kiosk.waitForHeading('Empiler les caisses');
    expect(await kiosk.languageFlag('En néerlandais').count()).toBe(0);
    await kiosk.expectNoAxeViolations('French step for a French-speaking member');
    await kiosk.screenshot('cards-member-french-step-landscape');

    await kiosk.tap('Suivant');
    await kiosk.waitForText('Tel drie kisten.');
    await kiosk.languageFlag('En néerlandais').waitFor();
    expect(await kiosk.stepSentence()).toBe('Tel drie kisten.');
    await kiosk.expectNoAxeViolations('Dutch fallback step with its flag');
    await kiosk.screenshot('cards-member-fallback-flag-landscape');
    await kiosk.resize(800, 1280);
    await kiosk.languageFlag('En néerlandais').waitFor();
    await kiosk.expectNoAxeViolations('Dutch fallback step in portrait');
    await kiosk.screenshot('cards-member-fallback-flag-portrait');

    // Hamid knows this work now: level O, one screen for the whole card.
    await coach.setDetailLevel('Inpakken', 'O');
    await tap('Instellingen bewaren');
    await coach.waitForText('Bewaard.');
    await coach.waitForSyncText(/Alles is verstuurd/);
    await kiosk.resize(1280, 800);
    await kiosk.tap('Retour');
    await kiosk.tap('Vers mes tâches');
    await kiosk.tap('Synchroniser maintenant');
    // The kiosk has the new level once its pull is in: until then the task still opens step by step.
    // Each try waits for the task to be drawn (its plan loads a moment after the tap) before it looks,
    // and goes back to Today only from the step player, so no tap waits on a screen without its button.
    const summary = kiosk.ppeRow('Porte ceci');
    const stepByStep = kiosk.button('Suivant');
    await expect
      .poll(
        async () => {
          const card = kiosk.button(/Empiler les caisses/);
          if ((await card.count()) > 0) await card.click();
          await summary.or(stepByStep).first().waitFor({ timeout: 5_000 });
          if ((await summary.count()) > 0) return true;
          await kiosk.tap('Vers mes tâches');
          await card.waitFor();
          return false;
        },
        { timeout: 45_000, interval: 500 },
      )
      .toBe(true);
    await kiosk.waitForText('Pose la caisse sur la pile.');
    await kiosk.languageFlag('En néerlandais').waitFor();
    for (const [width, height, orientation] of [[1280, 800, 'landscape'], [800, 1280, 'portrait']] as const) {
      await kiosk.resize(width, height);
      expect(await kiosk.isOnScreen('Compter'), `Compter on screen, ${orientation}`).toBe(true);
      await kiosk.expectNoAxeViolations(`level-O summary, ${orientation}`);
      await kiosk.screenshot(`cards-member-summary-${orientation}`);
    }
  });
});
