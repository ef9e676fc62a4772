import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium } from './findChromium.ts';

function chromiumOptions(options: { fakeCamera?: boolean }) {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(CHROMIUM_MISSING);
  return {
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
  };
}

/**
 * Debian's Chromium, headless, with none of its background traffic. Playwright gives every launch a fresh profile.
 * `fakeCamera` gives pages a synthetic camera (a moving test pattern) and grants it without a prompt.
 */
export async function launchChromium(options: { fakeCamera?: boolean } = {}): Promise<Browser> {
  return chromium.launch(chromiumOptions(options));
}

/**
 * The same Chromium on a profile kept in `profileDir`: closing it and launching again is a tablet
 * switched off and on — a new browser process finding the installed app, its service worker and
 * its IndexedDB on disk.
 */
export async function launchPersistentChromium(profileDir: string, context: { viewport: { width: number; height: number }; locale: string }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...chromiumOptions({}), ...context });
}
