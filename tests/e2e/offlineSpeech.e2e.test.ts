/**
 * Speech must always speak: headless Chromium has no platform voice at all,
 * like many tablets lack an nl-BE or fr-BE one. Installed and then offline,
 * the speak button still says its sentence, in Dutch on the photo grid and
 * in French for a French-speaking member, through the offline synthesizer
 * the service worker precached; a second tap stops it.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { watchCsp } from './pages/cspWatch.ts';
import { KioskPage } from './pages/KioskPage.ts';
import { SpeechTap, type PlayedSound } from './pages/SpeechTap.ts';

// eSpeak's speech sits around 0.08 RMS; silence, or a buffer of zeros, is 0.
const AUDIBLE_RMS = 0.02;

describe('offline speech on a tablet without voices', () => {
  const workshop = demoWorkshopForSuite('offline-speech');

  it('speaks Dutch and French from the precached synthesizer with the network off', async () => {
    const context = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-BE' });
    await SpeechTap.install(context);
    const csp = await watchCsp(context);
    const page = await context.newPage();
    const kiosk = new KioskPage(page);
    const tap = new SpeechTap(page);
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(workshop.codeFor('Team Verpakking', 'kiosk'));
    await kiosk.member('Els').waitFor();
    expect(await tap.platformVoiceCount(), 'headless Chromium offers no platform voice').toBe(0);

    // Installed: the service worker has precached the synthesizer; then the network goes.
    await kiosk.waitForServiceWorker();
    await kiosk.reload();
    await kiosk.member('Els').waitFor();
    expect(await kiosk.isControlledByServiceWorker()).toBe(true);
    const cached = await kiosk.cachedPaths();
    expect(cached).toContain('/speech/espeak-ng-nl-fr-en.data');
    expect(cached.some((p) => /\/assets\/speech\.worker-[\w-]+\.js$/.test(p))).toBe(true);
    await context.setOffline(true);
    await kiosk.waitForSyncText(/Geen verbinding/);

    // Dutch, on the photo grid: not the crossed-out speaker, but a voice.
    await kiosk.speakButtonNamed('Lees voor').click();
    await kiosk.speakButtonNamed('Stop met voorlezen').waitFor();
    await kiosk.expectNoAxeViolations('photo grid, speaking');
    await expect.poll(async () => (await tap.played()).length, { timeout: 60_000 }).toBe(1);
    expectSpeech((await tap.played())[0]);
    await kiosk.speakButtonNamed('Lees voor').waitFor();
    await kiosk.screenshot('offline-speech-grid');

    // French, for Hamid: the well-being question, spoken until he taps again.
    await kiosk.signIn('Hamid');
    await kiosk.waitForHeading('Comment ça va ?');
    await kiosk.speakButtonNamed('Lire à voix haute').click();
    await expect.poll(async () => (await tap.played()).length, { timeout: 60_000 }).toBe(2);
    expectSpeech((await tap.played())[1]);
    const stopsBefore = await tap.stops();
    await kiosk.screenshot('offline-speech-speaking');
    await kiosk.speakButtonNamed('Arrêter la lecture').click();
    await kiosk.speakButtonNamed('Lire à voix haute').waitFor();
    expect(await tap.stops()).toBe(stopsBefore + 1);

    // The credits name the offline voice and its licence (GPL-3.0).
    await kiosk.tap('Se déconnecter');
    await kiosk.tap('Bronnen');
    await kiosk.waitForText(/eSpeak NG\. Licentie: GPL-3\.0/);
    await kiosk.expectNoAxeViolations('credits');
    // The synthesizer's worker, its data and the audio it makes all pass the policy: the sounds above are its proof.
    expect(csp.violations, 'the server\'s Content-Security-Policy let the app do all of it').toEqual([]);
    await context.close();
  });
});

function expectSpeech(sound: PlayedSound | undefined): void {
  expect(sound, 'a sound was played').toBeDefined();
  expect(sound?.rms).toBeGreaterThan(AUDIBLE_RMS);
  expect(sound?.seconds).toBeGreaterThan(0.5);
}
