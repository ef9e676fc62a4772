/**
 * The kiosk as a member sees it: enrolment, the photo grid and picture
 * PIN, the well-being question, Today, the step player, the counts and the
 * help button. Found only by role and accessible name: if a test can't
 * find a control this way, neither can a screen reader.
 */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { TabletPage } from './TabletPage.ts';

/** What a step asks of the member besides reading it. */
export type StepKind = 'plain' | 'count' | 'timer' | 'check';

export class KioskPage extends TabletPage {
  /** The field for the code that links a tablet to its workshop, on the screen a new tablet opens with. */
  enrolCodeField(): Locator {
    return this.page.getByLabel('Koppelcode');
  }

  async enrol(code: string): Promise<void> {
    await this.enrolCodeField().fill(code);
    await this.page.getByRole('button', { name: 'Koppelen' }).click();
  }

  member(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Whether a member's tile on the photo grid shows their own photo (not their animal). */
  async memberShowsPhoto(name: string): Promise<boolean> {
    const src = await this.member(name).locator('img').first().getAttribute('src');
    return src?.startsWith('blob:') ?? false;
  }

  /** The header shows the signed-in member's own photo. */
  async headerShowsPhoto(): Promise<boolean> {
    const src = await this.page.getByRole('banner').locator('img').first().getAttribute('src');
    return src?.startsWith('blob:') ?? false;
  }

  /** The lines of the "who sees your faces" screen, as they are written. */
  async privacyLines(): Promise<string[]> {
    await this.page.getByRole('heading', { name: 'Wie ziet je gezichtjes?' }).waitFor();
    return this.page.getByRole('main').getByRole('listitem').allTextContents();
  }

  async signIn(name: string): Promise<void> {
    await this.member(name).click();
  }

  /** A button by what it says or shows; `exact` as Playwright has it (otherwise a case-blind part of the name). */
  button(name: string | RegExp, options: { exact?: boolean } = {}): Locator {
    return this.page.getByRole('button', { name, ...options });
  }

  /** A picture of the picture PIN, e.g. "appel". */
  pinPicture(name: string): Locator {
    return this.button(name);
  }

  async waitForWrongPinMessage(): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: /niet juist/ }).waitFor();
  }

  /** A face of the well-being question. */
  face(name: 'Goed' | 'Gaat wel' | 'Niet goed'): Locator {
    return this.button(name, { exact: true });
  }

  /** A face, then "Klaar" on the optional second screen. */
  async answerWellbeing(face: 'Goed' | 'Gaat wel' | 'Niet goed'): Promise<void> {
    await this.face(face).click();
    await this.button('Klaar', { exact: true }).click();
  }

  /** The open task cards on Today (done ones are disabled). */
  openTasks(): Locator {
    return this.page.getByRole('list').getByRole('button').and(this.page.locator(':enabled'));
  }

  async openFirstTask(): Promise<string> {
    const first = this.openTasks().first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    return name;
  }

  /** Opens the task card whose name matches. */
  async openTask(name: RegExp): Promise<void> {
    await this.button(name).click();
  }

  /** The flag on a step sentence shown in another language than the member's, by its name ("En néerlandais"). */
  languageFlag(name: string): Locator {
    return this.page.getByRole('img', { name, exact: true });
  }

  /** The step sentence on screen, in the member's step player. */
  async stepSentence(): Promise<string> {
    return (await this.page.locator('.step-say .step-text').textContent()) ?? '';
  }

  /** Whether the button is wholly on screen, without scrolling. */
  async isOnScreen(name: string): Promise<boolean> {
    const box = await this.button(name, { exact: true }).boundingBox();
    const viewport = this.viewportSize();
    return box !== null && viewport !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
  }

  /** The row of protective equipment the card asks for ("Draag dit", "Porte ceci"). */
  ppeRow(name: string): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }

  /** Turns the tablet: the same page at another screen size (1280×800 landscape, 800×1280 portrait). */
  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  /** Back to Today from a task or another screen. */
  homeButton(): Locator {
    return this.button('Naar mijn taken');
  }

  nextButton(): Locator {
    return this.button('Volgende');
  }

  /** A speak button by what it offers now: "Lees voor", or "Stop met voorlezen" while it speaks. */
  speakButtonNamed(name: string): Locator {
    return this.button(name, { exact: true }).first();
  }

  /** The step's read-aloud button (or its "no voice" stand-in). */
  speakButton(): Locator {
    return this.button(/Lees voor|Geen stem/).last();
  }

  /**
   * Taps "Volgende" until the last step, then "Tellen". Returns how many steps
   * were shown (1 for the one-screen summary a member at level O gets).
   */
  async stepThrough(): Promise<number> {
    let steps = 1;
    for (;;) {
      const next = this.nextButton();
      const toCounts = this.button('Tellen');
      await expect.poll(async () => (await next.count()) + (await toCounts.count())).toBe(1);
      // A count step holds "Volgende" until its target is counted.
      if ((await this.button('Eén erbij').count()) > 0) await this.countToTarget();
      if ((await toCounts.count()) === 1) {
        await toCounts.click();
        return steps;
      }
      await next.click();
      steps += 1;
    }
  }

  /** The photo a coach took for a step, as the step player shows it. */
  stepPhoto(): Locator {
    return this.page.locator('img.step-photo');
  }

  /** Whether the step photo has loaded and has pixels (not a broken image). */
  async isStepPhotoShown(): Promise<boolean> {
    return this.stepPhoto().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  }

  async tap(name: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.button(name, { exact: true }).click();
  }

  /** The "one less" or "one more" button of a count, e.g. `countButton('Eén meer', 'Goede stukken')`. */
  countButton(which: 'Eén minder' | 'Eén meer', label: 'Goede stukken' | 'Foute stukken'): Locator {
    return this.button(`${which}: ${label}`);
  }

  async countValue(label: 'Goede stukken' | 'Foute stukken'): Promise<number> {
    return Number(await this.page.getByRole('status', { name: label }).or(this.page.locator(`output[aria-label="${label}"]`)).first().textContent());
  }

  doneButton(): Locator {
    return this.button('Klaar', { exact: true });
  }

  async finishCounts(): Promise<void> {
    await this.doneButton().click();
  }

  /** The station Today says the member works at now ("Plaats: Inpakken"), or null when it names none within a few seconds. */
  async shownStation(): Promise<string | null> {
    return this.page.getByText(/^Plaats: /).first().textContent({ timeout: 5000 }).catch(() => null);
  }

  /** Taps a button inside the dialog on screen (where the same words may also stand behind it). */
  async tapInDialog(name: string): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
  }

  /** "Nu niet" on the day's first question, when it is asked: only at a member's first sign-in of the day. */
  async skipCheckinIfAsked(): Promise<void> {
    await this.button('Nu niet', { exact: true }).click({ timeout: 3000 }).catch(() => undefined);
  }

  async signOut(): Promise<void> {
    await this.button('Afmelden', { exact: true }).click();
  }

  /** "Stap n van m" on the step player, as numbers. */
  async stepPosition(): Promise<{ n: number; total: number }> {
    const text = (await this.page.getByText(/^Stap \d+ van \d+$/).first().textContent()) ?? '';
    const m = /Stap (\d+) van (\d+)/.exec(text);
    if (!m) throw new Error(`no "Stap n van m" on the step player (saw ${JSON.stringify(text)})`);
    return { n: Number(m[1]), total: Number(m[2]) };
  }

  /**
   * Opens the first open task that shows its steps one by one (not the one-screen
   * summary a member at level O gets on that station), going back to Today in between.
   */
  async openTaskWithSteps(): Promise<void> {
    await this.openTasks().first().waitFor();
    const count = await this.openTasks().count();
    for (let i = 0; i < count; i++) {
      await this.openTasks().nth(i).click();
      const stepOne = this.page.getByText(/^Stap 1 van \d+$/);
      await expect.poll(async () => (await stepOne.count()) + (await this.button('Tellen').count())).toBeGreaterThan(0);
      if ((await stepOne.count()) > 0) return;
      await this.homeButton().click();
    }
    throw new Error('no open task shows its steps one by one');
  }

  /** Goes on with "Volgende" (answering a check "Ja") until a count step shows; returns its step number. */
  async goToCountStep(): Promise<number> {
    for (;;) {
      const { n, total } = await this.stepPosition();
      if ((await this.button('Eén erbij').count()) > 0) return n;
      if (n === total) throw new Error('the task has no count step');
      if ((await this.button('Ja', { exact: true }).count()) > 0) await this.tap('Ja');
      await this.nextButton().click();
      await this.page.getByText(new RegExp(`^Stap ${String(n + 1)} van \\d+$`)).waitFor();
    }
  }

  /** Taps "Eén erbij" on a count step until it shows its target, e.g. "10 van 10". */
  async countToTarget(): Promise<void> {
    const m = /^(\d+) van (\d+)$/.exec(await this.countStepText());
    if (!m) throw new Error('no count step to count on');
    const [left, target] = [Number(m[2]) - Number(m[1]), m[2] ?? ''];
    if (left > 0) await this.tap('Eén erbij', left);
    await expect.poll(() => this.countStepText()).toBe(`${target} van ${target}`);
  }

  /** What a count step shows, e.g. "2 van 10". */
  async countStepText(): Promise<string> {
    return (await this.page.getByRole('region', { name: 'Tellen' }).locator('output').textContent()) ?? '';
  }

  /** Where the help call just made stands, as the help dialog says it. */
  helpDialogStatus(): Locator {
    return this.page.getByRole('dialog').getByRole('status');
  }

  async closeHelpDialog(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Terug', exact: true }).click();
  }

  /** The one-tap coach call on a step that stopped the task. */
  callCoachButton(): Locator {
    return this.button('Roep je coach', { exact: true });
  }

  /** The sentence a stopped step shows about its call, e.g. "Je coach zag je vraag.". */
  async waitForStepCallText(text: string): Promise<void> {
    await this.page.getByRole('main').getByRole('status').filter({ hasText: text }).waitFor();
  }

  /**
   * Taps "Volgende" while a stopped step holds it. It is aria-disabled, which Playwright will
   * not click unless forced; a finger (and a screen reader) can, and the step then says why.
   */
  async tapStoppedNext(): Promise<void> {
    await this.nextButton().click({ force: true });
  }

  /** Whether "Volgende" is held by a stopped step (it still answers a tap, by saying why). */
  async isNextStopped(): Promise<boolean> {
    return (await this.nextButton().getAttribute('aria-disabled')) === 'true';
  }

  /** The camera for a photo of a defect is open and ready to take one. */
  async waitForDefectCamera(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Foto nemen' }).waitFor();
  }

  // Today by day (issue 9, point 5): today's cards first, each later day's behind its day picture.

  /** Starts the tablet's clock at `time` before the app loads; it runs on from there, so a test does not depend on the day it runs. */
  async startClockAt(time: Date): Promise<void> {
    await this.page.clock.install({ time });
  }

  /** The button with a later day's picture, e.g. `dayPicture('vrijdag')`; it opens and closes that day's cards. */
  dayPicture(weekday: string): Locator {
    return this.button(new RegExp(`^Voor ${weekday}`));
  }

  async isDayOpen(weekday: string): Promise<boolean> {
    return (await this.dayPicture(weekday).getAttribute('aria-expanded')) === 'true';
  }

  /** Opens every later day that is closed, so all of the day's open cards are on screen. */
  async showAllDays(): Promise<void> {
    const closed = this.page.getByRole('button', { name: /^Voor /, expanded: false });
    // At most a week of days; a day that would not open fails the caller's count, not this loop.
    for (let days = 0; days < 7 && (await closed.count()) > 0; days++) await closed.first().click();
  }

  /** The open cards marked late (a clock and "Te laat"). */
  lateTasks(): Locator {
    return this.openTasks().filter({ hasText: 'Te laat' });
  }

  /** The day's progress row, named by what it says ("1 van 2 taken klaar"). */
  dayProgress(): Locator {
    return this.button(/taken klaar$/);
  }

  /** Where an element's top edge is on the page, in CSS pixels: what comes first on screen. */
  async topOf(element: Locator): Promise<number> {
    return (await element.boundingBox())?.y ?? Number.NaN;
  }

  async turnTo(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  /** The link to the credits under the photo grid. */
  creditsButton(): Locator {
    return this.button('Bronnen');
  }

  /** The pad's "someone else" way back to the photos. */
  someoneElseButton(): Locator {
    return this.button('Ik ben iemand anders');
  }

  /** The nine pictures of the picture PIN. */
  pinPictures(): Locator {
    return this.page.locator('.pin-grid').getByRole('button');
  }

  /** The countdown of the rest after three wrong PIN tries. */
  restCountdown(): Locator {
    return this.page.getByRole('timer');
  }

  /** Three pictures that are not the demo PIN (apple, sun, fish); resolves once the pad has checked them. */
  async typeWrongPin(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.pinPicture('bal').click();
    // Checking disables the pad; it opens again, or rests after every third wrong try.
    await this.pinPicture('bal').and(this.page.locator(':enabled')).or(this.restCountdown()).first().waitFor();
  }

  /** The well-being faces on screen (3 or 5). */
  faces(): Locator {
    return this.page.locator('.face-row').getByRole('button');
  }

  /** The big buttons of the help dialog: a reason each. */
  helpReasons(): Locator {
    return this.page.getByRole('dialog').locator('.help-reason');
  }

  helpButton(): Locator {
    return this.button('Hulp', { exact: true });
  }

  signOutButton(): Locator {
    return this.button('Afmelden');
  }

  /** The "still there?" question before the idle sign-out, and its answer. */
  stillHereButton(): Locator {
    return this.button('Ik ben er nog');
  }

  /** The step's own controls, by kind: count, timer or yes/no. */
  stepControls(kind: StepKind): Locator {
    switch (kind) {
      case 'count':
        return this.button(/^Eén (erbij|minder)$/);
      case 'timer':
        return this.button(/^(Start de tijd|Wacht even|Nog eens)$/);
      case 'check':
        return this.button(/^(Ja|Nee)$/);
      case 'plain':
        return this.page.locator('.step-nav').getByRole('button');
    }
  }

  /** The kind of the step on screen. */
  async stepKind(): Promise<StepKind> {
    for (const kind of ['count', 'timer', 'check'] as const) if ((await this.stepControls(kind).count()) > 0) return kind;
    return 'plain';
  }

  /** Back to the first step of the open task ("back" until it says "to my tasks"). */
  async backToFirstStep(): Promise<void> {
    await this.nextButton().or(this.button('Tellen')).first().waitFor();
    while ((await this.homeButton().count()) === 0) await this.button('Terug', { exact: true }).click();
  }

  /**
   * From anywhere in the open task, the first step of `kind`, going forward
   * from step 1 the way a member does: counting a count step up to its
   * target and answering "yes" to a check on the way. Fails if the task
   * has no such step.
   */
  async showStep(kind: StepKind): Promise<void> {
    await this.backToFirstStep();
    for (;;) {
      await this.nextButton().or(this.button('Tellen')).first().waitFor();
      if ((await this.stepKind()) === kind) return;
      if ((await this.nextButton().count()) === 0) throw new Error(`this task has no ${kind} step`);
      await this.passStep();
    }
  }

  /** Does what the step asks (counts to the target, answers "yes"), then "Volgende". */
  async passStep(): Promise<void> {
    const kind = await this.stepKind();
    if (kind === 'count') while ((await this.page.getByText('Genoeg geteld!').count()) === 0) await this.button('Eén erbij').click();
    if (kind === 'check') await this.button('Ja', { exact: true }).click();
    await this.nextButton().click();
  }

  /** The reject reasons of the counts screen, shown once a piece is rejected. */
  rejectReasons(): Locator {
    return this.page.locator('.reject-reasons').getByRole('button');
  }

  defectPhotoButton(): Locator {
    return this.button('Maak een foto van de fout');
  }

  /** The defect camera's buttons: take the photo, or none after all. */
  defectCameraButtons(): Locator {
    return this.page.getByRole('dialog').getByRole('button', { name: /^(Foto nemen|Geen foto)$/ });
  }

  /** The links under Today to the member's other pages, and home at the end of the day. */
  todayMore(): Locator {
    return this.page.getByRole('navigation', { name: 'Meer' }).getByRole('button');
  }

  /** Enrols the tablet and waits for the team's photos. */
  async enrolAndWait(code: string): Promise<void> {
    await this.enrol(code);
    await this.page.locator('.member-tile').first().waitFor();
  }

  /** Every photo of the sign-in grid. */
  memberTiles(): Locator {
    return this.page.locator('.member-tile');
  }

  wrongPinMessage(): Locator {
    return this.page.getByRole('status').filter({ hasText: /niet juist/ });
  }

  /** The words of the rest after three wrong tries. */
  restMessage(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Even wachten' });
  }

  /** The optional energy answer of the well-being question. */
  energyButtons(): Locator {
    return this.page.locator('.energy-row').getByRole('button');
  }

  /** The help dialog's way back without asking. */
  helpBackButton(): Locator {
    return this.page.getByRole('dialog').getByRole('button', { name: 'Terug' });
  }

  /** Every button of the two counters: less, more and the number pad. */
  counterButtons(): Locator {
    return this.page.locator('.counter').getByRole('button');
  }

  /** The protective equipment a card asks for, as the step player and summary show it. */
  ppeBanner(): Locator {
    return this.page.getByRole('list', { name: 'Draag dit' });
  }

  /** Does the rest of the task's steps as asked, then "Tellen" to the counts. */
  async toCounts(): Promise<void> {
    await this.nextButton().or(this.button('Tellen')).first().waitFor();
    while ((await this.nextButton().count()) > 0) await this.passStep();
    await this.button('Tellen').click();
    await this.waitForHeading('Hoeveel stukken?');
  }

  /** Nobody touches the tablet until it asks "still there?" (the default 15 minutes, less the warning). */
  async leaveIdle(): Promise<void> {
    await this.waitAsIfIdle(15 * 60_000 - 25_000);
    await this.stillHereButton().waitFor();
  }

  /** Calls for help (the machine), then signs out: the call stays open for the coach. */
  async callHelpAndLeave(): Promise<void> {
    await this.helpButton().click();
    await this.tap('Machine kapot');
    // The dialog stays to say where the call is; back closes it.
    await this.helpBackButton().click();
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
    await this.signOutButton().click();
    await this.memberTiles().first().waitFor();
  }

  /** Opens the first open task card on Today whose name matches (a card planned twice shows twice). */
  async openTaskCard(name: RegExp): Promise<void> {
    await this.openTasks().filter({ hasText: name }).first().click();
  }

  // The day board (issue 11): any team tablet can be one.

  /** From the photo grid: this tablet becomes a board, and stays one through reloads. */
  async openDayBoard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Dagbord', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Dagbord', level: 1 }).waitFor();
  }

  async leaveDayBoard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Naar de leden' }).click();
  }
}
