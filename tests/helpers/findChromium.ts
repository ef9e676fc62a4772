import { existsSync } from 'node:fs';

export const CHROMIUM_MISSING =
  'No Chromium found for the browser tests: install it with `apt-get install -y chromium` (or set CHROME_PATH to a Chromium/Chrome binary).';

/** The browser the e2e tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string | null {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => typeof p === 'string' && p !== '');
  return candidates.find((p) => existsSync(p)) ?? null;
}
