/**
 * What the privacy screen promises, in real Chromium: a member answers the
 * well-being question on a coach tablet, and the coach sees that face,
 * dated today, in coach mode's faces tab. The coach then takes the member's
 * photo with the tablet camera (Chromium's fake camera) after ticking the
 * member's consent, and the photo grid and the header show it instead of
 * the animal; the member's privacy screen says only what is so.
 * axe checks each screen on the way, in both orientations.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoachPage } from './pages/CoachPage.ts';

describe('the coach sees the members’ faces', () => {
  const workshop = demoWorkshopForSuite('coach-faces', { fakeCamera: true });

  it('from today’s check-in on the same tablet, and takes a member’s photo with consent', async () => {
    const context = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['camera'] });
    const coach = new CoachPage(await context.newPage());
    await coach.open(workshop.server.url);
    await coach.enrol(workshop.codeFor('Team Verpakking', 'coach'));

    // Bart has no picture PIN: a tap on his picture signs him in, and the day starts with the question.
    await coach.signIn('Bart');
    await coach.face('Niet goed').click();
    await coach.tap('Ik wil praten met mijn coach');
    await coach.tap('Klaar');
    await coach.tap('Afmelden');

    await coach.tap('Coach');
    await coach.waitForHeading('Kies een coachcode');
    for (const digit of '2468') await coach.tap(digit);
    await coach.tap('OK');
    await coach.waitForHeading('Typ dezelfde code nog eens');
    for (const digit of '2468') await coach.tap(digit);
    await coach.tap('OK');
    await coach.openTab('Gezichtjes');
    await coach.waitForHeading('Gezichtjes van de ploeg');
    await coach.toggleFacesOf('Bart');
    const today = new Intl.DateTimeFormat('nl-BE', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date());
    expect(await coach.facesTableOf('Bart')).toEqual([[today, 'Niet goed', '', 'Nog niet gezien']]);
    await coach.expectNoAxeViolations('faces tab, landscape');
    await coach.screenshot('coach-faces-1280x800');
    await coach.turn('portrait');
    await coach.expectNoAxeViolations('faces tab, portrait');
    await coach.screenshot('coach-faces-800x1280');
    await coach.turn('landscape');

    // Bart's photo: only after the consent tick, from the tablet camera.
    await coach.openTab('Mensen');
    await coach.tap('Instellingen van Bart');
    expect(await coach.button('Foto nemen', { exact: true }).isDisabled()).toBe(true);
    await coach.screenshot('coach-photo-consent-1280x800');
    await coach.tickPhotoConsent('Bart');
    await coach.tap('Foto nemen');
    await coach.waitForStepCamera();
    await coach.takeMemberPhoto();
    await coach.expectNoAxeViolations('member settings with photo');
    await coach.screenshot('coach-member-photo-1280x800');
    await coach.turn('portrait');
    await coach.screenshot('coach-member-photo-800x1280');
    await coach.turn('landscape');

    await coach.tap('Terug naar de lijst');
    await coach.tap('Coachmodus verlaten');
    await coach.member('Bart').waitFor();
    await expect.poll(() => coach.memberShowsPhoto('Bart')).toBe(true);
    expect(await coach.memberShowsPhoto('Ann')).toBe(false);
    await coach.expectNoAxeViolations('photo grid with a photo');
    await coach.screenshot('grid-photo-1280x800');
    await coach.turn('portrait');
    await coach.screenshot('grid-photo-800x1280');
    await coach.turn('landscape');

    // Signed in, Bart's photo is in the header; his privacy screen names the coach's view, and no
    // chain view while the coordinator has published no figures of this team.
    await coach.signIn('Bart');
    await expect.poll(() => coach.headerShowsPhoto()).toBe(true);
    await coach.tap('Wie ziet wat?');
    const lines = await coach.privacyLines();
    expect(lines).toContain('Je coach ziet je gezichtjes van de laatste weken.');
    expect(lines.join(' ')).not.toMatch(/keten/);
    await coach.expectNoAxeViolations('privacy screen, landscape');
    await coach.screenshot('privacy-1280x800');
    await coach.turn('portrait');
    await coach.expectNoAxeViolations('privacy screen, portrait');
    await coach.screenshot('privacy-800x1280');
    await context.close();
  });
});
