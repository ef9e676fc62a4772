/**
 * The coordinator's page at /coordinator, found only by role and accessible
 * name: the sign-in, and the dashboard's views (side by side, trends,
 * tablets, export).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page, Response } from 'playwright-core';
import { axeViolations } from './axe.ts';

export class CoordinatorPage {
  constructor(readonly page: Page) {}

  /** Goes to /coordinator and waits for the sign-in form; returns the page's response, to see who answered it. */
  async open(serverUrl: string): Promise<Response | null> {
    const response = await this.page.goto(`${serverUrl}/coordinator`);
    await this.signInButton().waitFor();
    return response;
  }

  /**
   * Goes to /coordinator and waits for nothing: 'opened', or the browser's reason it could not open the
   * page (e.g. net::ERR_INTERNET_DISCONNECTED).
   */
  async tryOpen(serverUrl: string): Promise<string> {
    return this.page.goto(`${serverUrl}/coordinator`).then(
      () => 'opened',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
  }

  /** The title a browser tab shows. */
  async title(): Promise<string> {
    return this.page.title();
  }

  /** The page's language (`lang` on <html>), which screen readers pronounce by. */
  async language(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  header(): Locator {
    return this.page.getByRole('banner');
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  heading(): Locator {
    return this.main().getByRole('heading', { level: 1 });
  }

  keyField(): Locator {
    return this.page.getByLabel('Coördinatorsleutel');
  }

  signInButton(): Locator {
    return this.page.getByRole('button', { name: 'Aanmelden' });
  }

  async signIn(key: string): Promise<void> {
    await this.keyField().fill(key);
    await this.signInButton().click();
  }

  /** The answer to a sign-in, spoken by screen readers as it appears. */
  status(): Locator {
    return this.page.getByRole('status');
  }

  async expectNoAxeViolations(screen: string): Promise<void> {
    expect(await axeViolations(this.page), `axe on ${screen}`).toEqual([]);
  }

  async screenshot(file: string): Promise<void> {
    mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, fullPage: true });
  }

  /** Signs in and waits for the dashboard's menu. */
  async signInToDashboard(key: string): Promise<void> {
    await this.signIn(key);
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Afmelden' }).click();
    await this.signInButton().waitFor();
  }

  /** Opens a view from the dashboard's menu: Naast elkaar, Verloop, Tablets, Uitvoer. */
  async openView(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** The side-by-side table's column headings (teams, totals). */
  async columnHeadings(): Promise<string[]> {
    const table = this.page.getByRole('table').first();
    await table.waitFor();
    return table.getByRole('columnheader').allTextContents();
  }

  /** The text of one field's row in the side-by-side table, by the field's name. */
  async rowText(field: string): Promise<string> {
    const row = this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) }).first();
    return (await row.textContent()) ?? '';
  }

  /** Opens the help of a field and returns its dialog's text. */
  async fieldHelp(field: string): Promise<string> {
    await this.page.getByRole('rowheader', { name: field, exact: true }).getByRole('button').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    return (await dialog.textContent()) ?? '';
  }

  async closeFieldHelp(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** The trend chart's accessible summary once it is drawn, and the text of its table for screen readers. */
  async trend(): Promise<{ chart: string; table: string }> {
    const chart = this.page.getByRole('img').filter({ has: this.page.locator('xpath=self::canvas') }).first();
    await chart.waitFor();
    const table = this.page.getByRole('region').filter({ has: this.page.getByRole('table') }).first();
    return { chart: (await chart.getAttribute('aria-label')) ?? '', table: (await table.textContent()) ?? '' };
  }

  /** Switches a tablet off from the fleet list, through the confirm step; returns its row's text after. */
  async revoke(device: string, team: string): Promise<string> {
    await this.page.getByRole('button', { name: `Uitschakelen: ${device}` }).click();
    await this.page.getByRole('button', { name: 'Ja, uitschakelen' }).click();
    // A switched-off tablet has no button left; its row says so, under its team.
    const row = this.page.getByRole('row').filter({ hasText: team }).filter({ hasText: 'uitgeschakeld' }).first();
    await row.waitFor();
    return (await row.textContent()) ?? '';
  }

  /** Clicks a download link and returns the downloaded file's name and text. */
  async download(linkName: RegExp): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('link', { name: linkName }).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  }

  async mainText(): Promise<string> {
    return (await this.main().textContent()) ?? '';
  }
}
