/**
 * A member who never reads gets through a shift: this test only taps
 * pictures and buttons found by their accessible names, as a screen reader
 * or a person who knows the pictures would. Signs in with a picture PIN,
 * does a task with a timer and a count step, enters counts with a reject
 * reason and a photo of the defect, answers the well-being question, calls for help — and the coach's
 * tablet shows the call. axe checks every screen on the way.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('a member who never reads', () => {
  const workshop = demoWorkshopForSuite('never-reads', { fakeCamera: true });

  const codeFor = (role: 'kiosk' | 'coach') => workshop.codeFor('Team Verpakking', role);

  it('signs in with pictures, works a timer and a count step, reports a reject, answers, calls help; the coach sees it', async () => {
    const coach = new CoachPage(await (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
    await coach.open(workshop.server.url);
    await coach.enrol(codeFor('coach'));
    await coach.member('Ann').waitFor();

    const kiosk = new KioskPage(await (await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage());
    const tap = (name: string) => kiosk.tap(name);
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(codeFor('kiosk'));

    // Ann has a picture PIN in the demo: apple, sun, fish. A wrong one first.
    await tap('Ann');
    await kiosk.pinPicture('appel').waitFor();
    await kiosk.expectNoAxeViolations('picture PIN');
    for (const picture of ['vis', 'zon', 'appel']) await tap(picture);
    await kiosk.waitForWrongPinMessage();
    await expect.poll(() => kiosk.pinPicture('appel').isEnabled()).toBe(true);
    for (const picture of ['appel', 'zon', 'vis']) await tap(picture);

    // The well-being question: a face, then "done"; the second screen's extras are optional.
    await kiosk.face('Goed').waitFor();
    await kiosk.expectNoAxeViolations('well-being faces');
    await tap('Goed');
    await kiosk.expectNoAxeViolations('well-being extras');
    await tap('Veel');
    await tap('Klaar');

    // Today: the first task card. Every card of this team has a timer and a count step.
    await kiosk.openTasks().first().waitFor();
    await kiosk.expectNoAxeViolations('today');
    await kiosk.openTasks().first().click();
    let sawTimer = false;
    let sawCount = false;
    for (let guard = 0; guard < 12; guard++) {
      if ((await kiosk.button('Start de tijd').count()) > 0) {
        sawTimer = true;
        await kiosk.expectNoAxeViolations('timer step');
        await tap('Start de tijd');
        await kiosk.button('Wacht even').waitFor();
      }
      if ((await kiosk.button('Eén erbij').count()) > 0) {
        sawCount = true;
        await kiosk.expectNoAxeViolations('count step');
        for (let i = 0; i < 3; i++) await tap('Eén erbij');
        await tap('Ongedaan maken');
        // "Volgende" waits until the count reaches its target.
        await kiosk.countToTarget();
      }
      if ((await kiosk.button('Ja', { exact: true }).count()) > 0) {
        await kiosk.expectNoAxeViolations('check step');
        await tap('Ja');
      }
      if ((await kiosk.button('Tellen').count()) > 0) break;
      await tap('Volgende');
    }
    expect(sawTimer, 'a timer step was shown').toBe(true);
    expect(sawCount, 'a count step was shown').toBe(true);
    await tap('Tellen');

    // The quality check-in: one rejected piece, why (by picture), and the number pad.
    await tap('Eén meer: Foute stukken');
    await tap('Kapot');
    await tap('Typ het getal: Goede stukken');
    await kiosk.expectNoAxeViolations('number pad');
    for (const key of ['4', '8']) await tap(key);
    await tap('Goed zo');
    await tap('Maak een foto van de fout');
    await kiosk.waitForDefectCamera();
    await kiosk.expectNoAxeViolations('defect photo camera');
    await tap('Foto nemen');
    await kiosk.button('Foto weg').waitFor();
    await kiosk.expectNoAxeViolations('counts with a reject reason and a photo');
    await kiosk.screenshot('never-reads-counts');
    await tap('Klaar');
    await kiosk.openTasks().first().waitFor();

    // Help: the same button on every screen, a reason by picture.
    await tap('Hulp');
    await kiosk.expectNoAxeViolations('help reasons');
    const calledAt = Date.now();
    await tap('Machine kapot');
    await kiosk.button('Coach komt').waitFor();

    // The coach's tablet shows the call within 5 seconds, with no tap there.
    const seen = coach.helpCallFrom('Ann');
    await seen.waitFor({ timeout: 5_000 });
    expect(Date.now() - calledAt).toBeLessThan(5_000);
    await coach.expectNoAxeViolations('coach with a help call');

    // The completion went before the help call: the coach tablet has it, with the reason and the photo,
    // and the server hands out the photo's bytes.
    const delivered = () => coach.deliveredDefectPhoto();
    await expect.poll(delivered, { timeout: 15_000 }).toMatchObject({ good: 48, rejected: 1, reasons: 1, blobStatus: 200 });
    expect((await delivered())?.blobBytes).toBeGreaterThan(1000);
    expect((await delivered())?.blobBytes).toBeLessThanOrEqual(200 * 1024);
    await seen.click();
    await kiosk.button('Coach zag het').waitFor({ timeout: 10_000 });
    // The help dialog stayed to say where the call was; back closes it.
    await kiosk.helpBackButton().click();

    // Own history, privacy and credits screens, then home at the end of the day.
    await tap('Mijn gezichtjes');
    await kiosk.expectNoAxeViolations('face history');
    await tap('Naar mijn taken');
    await tap('Wie ziet wat?');
    await kiosk.expectNoAxeViolations('privacy');
    await tap('Naar mijn taken');
    await tap('Naar huis');
    await kiosk.expectNoAxeViolations('end of day question');
    await tap('Gaat wel');
    await tap('Klaar');
    await kiosk.member('Ann').waitFor();
    await tap('Bronnen');
    await kiosk.expectNoAxeViolations('credits');
  });
});
