/**
 * Registers the service worker through workbox-window. A new version is
 * installed in the background and then waits; the store is told, and only
 * the person's tap activates it and reloads. Nothing else ever reloads.
 */
import { Workbox } from 'workbox-window';

export function registerServiceWorker(onUpdateWaiting: (apply: () => void) => void): Workbox | null {
  if (!('serviceWorker' in navigator)) return null;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdateWaiting(() => {
      // Reload once the new worker controls this page; listening on the container catches the
      // hand-over whichever worker object workbox-window believes is its own.
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        window.location.reload();
      }, { once: true });
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
  // Tablets stay open for days: look for a new version every hour and when the app comes back into view.
  const check = () => void wb.update();
  setInterval(check, 60 * 60_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  return wb;
}
