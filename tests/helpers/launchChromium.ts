import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium } from './findChromium.ts';

/**
 * Debian's Chromium, headless, with none of its background traffic. Playwright gives every launch a fresh profile.
 * `fakeCamera` gives pages a synthetic camera (a moving test pattern) and grants it without a prompt.
 */
export async function launchChromium(options: { fakeCamera?: boolean } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.fakeCamera ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : []),
    ],
  });
}
