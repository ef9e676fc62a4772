import { existsSync } from 'node:fs';
import { CHROMIUM_MISSING, findChromium } from '#tests/helpers/findChromium.ts';

/** Browser tests never skip silently: without a browser or a build, the run fails with one line saying why. */
export function setup(): void {
  if (findChromium() === null) throw new Error(CHROMIUM_MISSING);
  if (!existsSync('dist/index.html') || !existsSync('dist/sw.js')) {
    throw new Error('No built app in dist/: run `npm run build` first (`npm run test:e2e` does this).');
  }
}
