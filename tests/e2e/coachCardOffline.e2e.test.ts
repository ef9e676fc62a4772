/**
 * A coach makes a new card on a coach tablet with no network: a step photo
 * from the tablet camera (Chromium's fake camera), a pictogram found by
 * keyword, a recorded voice clip (its fake microphone), plans it for a member today and sets her detail there to O.
 * Back online, it syncs; on the member's kiosk the new task appears as a
 * one-screen summary with the photo.
 * axe checks every coach screen on the way.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('a coach makes a card offline', () => {
  const workshop = demoWorkshopForSuite('coach-card', { fakeCamera: true });

  const codeFor = (role: 'kiosk' | 'coach') => workshop.codeFor('Team Verpakking', role);
  const newTablet = async (): Promise<{ context: BrowserContext; tablet: KioskPage }> => {
    const context = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['camera', 'microphone'] });
    return { context, tablet: new KioskPage(await context.newPage()) };
  };

  it('with a camera photo, and a member uses it on another tablet after sync', async () => {
    const { context, tablet: coach } = await newTablet();
    const page = coach.page;
    const tap = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
    await coach.open(workshop.server.url);
    await coach.enrol(codeFor('coach'));
    await coach.member('Els').waitFor();
    // Offline needs the precached shell and chunks: wait for the service worker, then let it control the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await coach.member('Els').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await coach.waitForSyncText(/Geen verbinding/);

    // Coach mode, first time on this tablet: choose a code, then type it again.
    await tap('Coach');
    await page.getByRole('heading', { name: 'Kies een coachcode' }).waitFor();
    await coach.expectNoAxeViolations('coach PIN');
    for (const digit of '2468') await tap(digit);
    await tap('OK');
    await page.getByRole('heading', { name: 'Typ dezelfde code nog eens' }).waitFor();
    for (const digit of '2468') await tap(digit);
    await tap('OK');
    await page.getByRole('heading', { name: 'Taakkaarten' }).waitFor();
    await coach.expectNoAxeViolations('coach home with cards');

    // A new card: a title, a station, a photo for step 1, a pictogram found by an English keyword for step 2.
    await tap('Nieuwe kaart');
    await page.getByRole('textbox', { name: 'Titel van de kaart' }).fill('Kisten stapelen');
    await page.getByRole('combobox', { name: 'Werkpost' }).selectOption({ label: 'Inpakken' });
    const step1 = page.getByRole('group', { name: 'Stap 1' });
    await step1.getByRole('textbox', { name: 'Zin' }).fill('Zet de kist op de stapel.');
    await tap('Foto nemen voor stap 1');
    const camera = page.getByRole('dialog', { name: 'Foto nemen' });
    await camera.getByRole('button', { name: 'Neem foto' }).waitFor();
    await coach.expectNoAxeViolations('coach camera');
    await camera.getByRole('button', { name: 'Neem foto' }).click();
    await page.getByRole('button', { name: 'Foto weghalen bij stap 1' }).waitFor();

    await tap('Stap toevoegen');
    const step2 = page.getByRole('group', { name: 'Stap 2' });
    await step2.getByRole('textbox', { name: 'Zin' }).fill('Tel drie kisten.');
    await step2.getByRole('combobox', { name: 'Soort stap' }).selectOption('count');
    await step2.getByRole('spinbutton', { name: 'Hoeveel tellen' }).fill('3');
    await tap('Prentje van stap 2');
    await page.getByRole('searchbox', { name: 'Zoek een prentje (Nederlands, Frans of Engels)' }).fill('abacus');
    await coach.expectNoAxeViolations('pictogram picker');
    await tap('tellen');
    // A voice clip for step 2 from the fake microphone: it must reach the server before the card.
    await tap('Stem opnemen voor stap 2');
    await page.getByText(/Opname loopt: [1-9]/).waitFor();
    await tap('Opname stoppen');
    await page.getByRole('button', { name: 'Stem afspelen van stap 2' }).waitFor();
    await coach.expectNoAxeViolations('card editor');
    await tap('Kaart bewaren');
    await page.getByText('Bewaard als versie 1.').waitFor();

    // Plan it for Els today, still offline. (The delete question is checked by axe and answered "keep".)
    if ((await page.getByRole('button', { name: 'Terug naar de lijst' }).count()) > 0) await tap('Terug naar de lijst');
    await tap('Verwijder Kisten stapelen');
    await page.getByRole('alertdialog').waitFor();
    await coach.expectNoAxeViolations('delete question');
    await tap('Nee, houden');
    await tap('Plan vandaag: Kisten stapelen');
    await page.getByRole('dialog', { name: 'Kisten stapelen plannen voor vandaag' }).waitFor();
    await page.getByRole('combobox', { name: 'Voor wie' }).selectOption({ label: 'Els' });
    await coach.expectNoAxeViolations('plan dialog');
    await tap('Op de planning zetten');
    await page.getByText('“Kisten stapelen” staat vandaag bij Els.').waitFor();
    await coach.waitForSyncText(/wijzigingen wachten/);

    // The other coach screens, checked by axe while we are here.
    for (const tab of ['Mensen', 'Redenen afkeur', /^Meldingen/]) {
      await page.getByRole('tab', { name: tab }).click();
      await coach.expectNoAxeViolations(`coach tab ${String(tab)}`);
    }
    // Els knows this work: her coach sets her detail at Inpakken to O, a one-screen summary.
    await page.getByRole('tab', { name: 'Mensen' }).click();
    await tap('Instellingen van Els');
    await coach.expectNoAxeViolations('member settings');
    await page.getByRole('combobox', { name: 'Uitleg bij Inpakken' }).selectOption('O');
    await tap('Instellingen bewaren');
    await page.getByText('Bewaard.').waitFor();
    await coach.screenshot('coach-member-settings');

    // Back online: card, photo and task reach the server.
    await context.setOffline(false);
    await coach.waitForSyncText(/Alles is verstuurd/);
    const uploaded = await page.evaluate(async () => {
      const open = indexedDB.open('schakel');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const blobs = await new Promise<{ mime: string; state: string }[]>((resolve, reject) => {
        const request = db.transaction('blobs').objectStore('blobs').getAll();
        request.onsuccess = () => resolve(request.result as { mime: string; state: string }[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      db.close();
      return blobs.map((b) => `${b.mime.split('/')[0] ?? ''}:${b.state}`).sort();
    });
    expect(uploaded).toEqual(['audio:uploaded', 'image:uploaded']);

    // The member's kiosk: Els finds the new task, at her level O as one screen with the coach's photo.
    const { tablet: kiosk } = await newTablet();
    await kiosk.open(workshop.server.url);
    await kiosk.enrol(codeFor('kiosk'));
    await kiosk.signIn('Els');
    await kiosk.tap('Nu niet');
    const task = kiosk.page.getByRole('button', { name: /Kisten stapelen/ });
    await task.click();
    await kiosk.page.getByText('Zet de kist op de stapel.').waitFor();
    await kiosk.page.getByText('Tel drie kisten.').waitFor();
    expect(await kiosk.page.getByRole('button', { name: 'Volgende' }).count()).toBe(0);
    const photo = kiosk.page.locator('img.step-photo');
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await kiosk.expectNoAxeViolations('member step summary with the coach photo');
    await kiosk.screenshot('member-coach-photo-summary');
    await kiosk.tap('Tellen');
    await kiosk.finishCounts();
    await kiosk.waitForSyncText(/Alles is verstuurd/);
  });
});
