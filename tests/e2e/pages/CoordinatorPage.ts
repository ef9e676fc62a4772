/**
 * The coordinator's page at /coordinator, found only by role and accessible
 * name. For now its shell and the sign-in to come.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
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
}
