/**
 * The coordinator's web app beside the kiosk: the kiosk's service worker,
 * once it controls the browser, leaves /coordinator to the network: it
 * neither answers it with the kiosk nor keeps the coordinator's files.
 */
import { describe, expect, it } from 'vitest';
import { demoWorkshopForSuite } from '#tests/helpers/demoWorkshop.ts';
import { CoordinatorPage } from './pages/CoordinatorPage.ts';
import { KioskPage } from './pages/KioskPage.ts';

describe('the coordinator app', () => {
  const workshop = demoWorkshopForSuite('coordinator');

  it("is left to the network by the kiosk's service worker", async () => {
    const context = await workshop.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // One browser tab, seen first as the kiosk and then as the coordinator.
    const tab = await context.newPage();
    const kiosk = new KioskPage(tab);
    const coordinator = new CoordinatorPage(tab);
    await kiosk.open(workshop.server.url);
    await kiosk.waitForServiceWorker();
    // The worker installed; from the next navigation on it controls this browser's pages under /.
    expect(await kiosk.reloadFromServiceWorker(), 'the kiosk shell comes from the service worker').toBe(true);
    expect(await kiosk.isControlledByServiceWorker()).toBe(true);

    const response = await coordinator.open(workshop.server.url);
    expect(response?.fromServiceWorker(), 'the coordinator page comes from the network').toBe(false);
    expect(response?.status()).toBe(200);
    expect(await coordinator.heading().textContent()).toBe('Aanmelden');
    expect(await kiosk.enrolCodeField().count()).toBe(0);

    // Nothing of the coordinator's is precached, and the kiosk's entry is.
    const cached = await kiosk.cachedPaths();
    expect(cached.filter((u) => /^\/assets\/index-[\w-]+\.js$/.test(u))).toHaveLength(1);
    expect(cached.filter((u) => u.includes('coordinator'))).toEqual([]);

    // Offline, the kiosk still opens from its cache; the coordinator, online only, does not open as the kiosk.
    await context.setOffline(true);
    await kiosk.open(workshop.server.url);
    await kiosk.enrolCodeField().waitFor();
    const offline = await coordinator.tryOpen(workshop.server.url);
    expect(offline).toMatch(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });
});
