/**
 * A coach tablet: the kiosk, plus coach mode (its code, the card editor,
 * planning, the tabs and a member's settings) and the help calls that
 * reach it. What the tablet stored is read straight from its IndexedDB,
 * the way the app itself keeps it.
 */
import type { Locator } from 'playwright-core';
import { KioskPage } from './KioskPage.ts';

export type CoachTabName = 'Mensen' | 'Gezichtjes' | 'Redenen afkeur' | 'Vaardigheden' | 'Week' | 'Bestellingen' | 'Team' | RegExp;

export class CoachPage extends KioskPage {
  async openTab(name: CoachTabName): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async nameCard(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Titel van de kaart', exact: true }).fill(title);
  }

  /** Turns on a further language for the card being edited, e.g. "Frans". */
  async addCardLanguage(language: string): Promise<void> {
    await this.page.getByRole('button', { name: `Ook in het ${language}`, pressed: false }).click();
  }

  /** The card's title in a further language ("Titel van de kaart (Frans)"). */
  async nameCardIn(language: string, title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: `Titel van de kaart (${language})` }).fill(title);
  }

  /** A step's sentence in a further language ("Zin (Frans)"). */
  async writeStepIn(n: number, language: string, sentence: string): Promise<void> {
    await this.step(n).getByRole('textbox', { name: `Zin (${language})` }).fill(sentence);
  }

  /** The editor's live preview of the selected step, beside the form. */
  stepPreview(): Locator {
    return this.page.getByRole('complementary', { name: /Zo ziet een lid stap/ });
  }

  /** Looks at the preview as a member who speaks `language` ("Frans"). */
  async previewAs(language: string): Promise<void> {
    await this.stepPreview().getByRole('button', { name: language, exact: true }).click();
  }

  /** What the preview says the member reads now, with its fallback note when there is one. */
  async previewText(): Promise<string> {
    return (await this.stepPreview().getByRole('status').textContent()) ?? '';
  }

  async chooseStation(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Werkpost' }).selectOption({ label: name });
  }

  private step(n: number): Locator {
    return this.page.getByRole('group', { name: `Stap ${String(n)}` });
  }

  async writeStep(n: number, sentence: string): Promise<void> {
    await this.step(n).getByRole('textbox', { name: 'Zin', exact: true }).fill(sentence);
  }

  async chooseStepKind(n: number, kind: 'count'): Promise<void> {
    await this.step(n).getByRole('combobox', { name: 'Soort stap' }).selectOption(kind);
  }

  async setCountTarget(n: number, count: string): Promise<void> {
    await this.step(n).getByRole('spinbutton', { name: 'Hoeveel tellen' }).fill(count);
  }

  private cameraShutter(): Locator {
    return this.page.getByRole('dialog', { name: 'Foto nemen' }).getByRole('button', { name: 'Neem foto' });
  }

  /** The camera for a step photo is open and ready to take one. */
  async waitForStepCamera(): Promise<void> {
    await this.cameraShutter().waitFor();
  }

  async takeStepPhoto(): Promise<void> {
    await this.cameraShutter().click();
  }

  /** Step `n` has a photo: its "remove photo" button shows. */
  async waitForStepPhoto(n: number): Promise<void> {
    await this.button(`Foto weghalen bij stap ${String(n)}`).waitFor();
  }

  /** Step `n` has a voice clip: its "play" button shows. */
  async waitForStepVoice(n: number): Promise<void> {
    await this.button(`Stem afspelen van stap ${String(n)}`).waitFor();
  }

  async searchPictogram(keyword: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Zoek een prentje (Nederlands, Frans of Engels)' }).fill(keyword);
  }

  /** On a narrow screen the editor covers the list; back to it when it does. */
  async backToCardListIfShown(): Promise<void> {
    if ((await this.button('Terug naar de lijst').count()) > 0) await this.tap('Terug naar de lijst');
  }

  async waitForQuestion(): Promise<void> {
    await this.page.getByRole('alertdialog').waitFor();
  }

  async waitForDialog(name: string): Promise<void> {
    await this.page.getByRole('dialog', { name }).waitFor();
  }

  async planFor(member: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Voor wie' }).selectOption({ label: member });
  }

  /** A member's detail level on a station, in her settings. */
  async setDetailLevel(station: string, level: 'I' | 'L' | 'U' | 'O'): Promise<void> {
    await this.page.getByRole('combobox', { name: `Uitleg bij ${station}` }).selectOption(level);
  }

  /** The "seen" button of a help call from a member. */
  helpCallFrom(member: string): Locator {
    return this.button(`Gezien: ${member}`);
  }

  /** Where an open help call came from, as the coach's list shows it, e.g. "Dozen inpakken, stap 3". */
  async helpCallPlaces(): Promise<string[]> {
    return this.page.getByRole('region', { name: /hulpvra/ }).getByText(/, stap \d+$/).allTextContents();
  }

  /** Each photo and voice clip the tablet holds, as "image:uploaded", "audio:pending"…, sorted. */
  async storedMedia(): Promise<string[]> {
    return this.page.evaluate(async () => {
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
  }

  /**
   * The first task completion with a defect photo that reached this tablet,
   * and what the server answers when the tablet asks for that photo's
   * bytes; null while there is none.
   */
  async deliveredDefectPhoto(): Promise<{ good: number; rejected: number; reasons: number; blobStatus: number; blobBytes: number } | null> {
    return this.page.evaluate(async () => {
      const open = indexedDB.open('schakel');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(new Error(String(request.error)));
        });
      const [device] = await all<{ token: string }>('device');
      const completion = (await all<{ good: number; rejected: number; photo?: string | null; rejectReasons?: string[] }>('taskCompletions')).find((c) => c.photo);
      db.close();
      if (!device || !completion?.photo) return null;
      const blob = await fetch(`/api/blobs/${completion.photo}`, { headers: { authorization: `Bearer ${device.token}` } });
      return { good: completion.good, rejected: completion.rejected, reasons: completion.rejectReasons?.length ?? 0, blobStatus: blob.status, blobBytes: (await blob.arrayBuffer()).byteLength };
    });
  }

  /** The digits, erase and OK of the coach code pad. */
  codePadKeys(): Locator {
    return this.page.locator('.number-pad-grid').getByRole('button');
  }

  /** Types a coach code on the pad and taps OK. */
  async typeCoachCode(code: string): Promise<void> {
    for (const digit of code) await this.tap(digit);
    await this.tap('OK');
  }

  /** Coach mode on a tablet whose coach code is not chosen yet: the code twice, then the cards tab. */
  async unlockCoachModeFirstTime(code: string): Promise<void> {
    await this.tap('Coach');
    await this.typeCoachCode(code);
    await this.typeCoachCode(code);
    await this.waitForHeading('Taakkaarten');
  }

  /** From the orders list: a call-off file picked and its customer named, up to the preview. */
  async chooseCallOff(file: string, customer: string): Promise<void> {
    await this.button('Afroep inlezen').click();
    await this.page.getByLabel('Kies een bestand (CSV of XLSX)').setInputFiles(file);
    await this.page.getByRole('combobox', { name: 'Klant' }).fill(customer);
  }

  /** In an order's detail: gives the first of its tasks to `member`. */
  async giveFirstOrderTaskTo(member: string): Promise<void> {
    await this.page.getByRole('table', { name: 'Taken van deze bestelling' }).getByRole('combobox', { name: /^Wie maakt dit op/ }).first().selectOption({ label: member });
  }

  /** In an order's detail: sets how many pieces `member`'s task asks for. */
  async resizeOrderTaskOf(member: string, pieces: number): Promise<void> {
    const field = this.page.getByRole('table', { name: 'Taken van deze bestelling' }).getByRole('textbox', { name: `Aantal voor ${member}` }).first();
    await field.fill(String(pieces));
    await field.press('Enter');
  }

  firstPassYieldTable(): Locator {
    return this.page.getByRole('table', { name: /^Eerste keer goed per werkpost en dag/ });
  }

  coachTabs(): Locator {
    return this.page.getByRole('tab');
  }

  /** Sets every station's detail level in the open member settings to `level`, and saves. */
  async setEveryDetailLevel(level: 'I' | 'L' | 'U' | 'O'): Promise<void> {
    for (const select of await this.page.getByRole('combobox', { name: /^Uitleg bij / }).all()) await select.selectOption(level);
    await this.tap('Instellingen bewaren');
    await this.waitForText('Bewaard.');
  }

  /** The "seen" buttons of the help calls shown over the screen. */
  helpCallsSeen(): Locator {
    return this.button(/^Gezien: /);
  }

  /**
   * From Els's settings: every station at I for her (each step shows), then
   * at O for Bart (the one-screen summary), whatever the skills matrix and
   * the day's cards say.
   */
  async detailForWalk(): Promise<void> {
    await this.setEveryDetailLevel('I');
    await this.backToCardListIfShown();
    await this.tap('Instellingen van Bart');
    await this.setEveryDetailLevel('O');
    await this.backToCardListIfShown();
  }

  /** In the open plan dialog: puts the card on `member`'s day and waits for the coach's confirmation. */
  async planForToday(member: string): Promise<void> {
    await this.planFor(member);
    await this.tap('Op de planning zetten');
    await this.waitForText(new RegExp(`staat vandaag bij ${member}`));
  }

  /** Faces tab: opens (or closes) one member's table of answers. */
  async toggleFacesOf(member: string): Promise<void> {
    await this.button(new RegExp(`^${member}`)).click();
  }

  /** Faces tab: each row of a member's table (newest day first) as the texts of its cells. */
  async facesTableOf(member: string): Promise<string[][]> {
    const table = this.page.getByRole('table', { name: `Gezichtjes van ${member}, nieuwste dag eerst` });
    await table.waitFor();
    return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())));
  }

  /** Members tab, in a member's settings: the tick that the member agrees to a photo. */
  async tickPhotoConsent(member: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `${member} is akkoord met een foto op de tablets van de ploeg.` }).check();
  }

  /** Takes the member's photo with the open camera and waits until it is saved. */
  async takeMemberPhoto(): Promise<void> {
    await this.cameraShutter().click();
    await this.page.getByRole('status').filter({ hasText: 'Foto bewaard.' }).waitFor();
  }
}
