import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { FirstScreenContext, readFirstScreen, type FirstScreenData } from './firstScreen.ts';
import { createI18n } from './i18n/i18n.ts';
import { createBrowserServices } from './services/createBrowserServices.ts';
import { ServicesContext } from './services/servicesContext.ts';
import { loadMemberDay } from './loadMemberDay.ts';
import { useAppStore } from './state/store.ts';
import { STARTUP_MARKS, markStartup } from './startupMarks.ts';
import './styles.css';

markStartup(STARTUP_MARKS.entryEvaluated);

const { services, start } = createBrowserServices();
// Asked for before anything else, so IndexedDB works while i18n and React get ready.
const firstScreenRead = readFirstScreen(services.db);
const i18n = createI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const reactRoot = createRoot(root);
const render = (firstScreen: FirstScreenData | null) => {
  reactRoot.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <FirstScreenContext.Provider value={firstScreen}>
            <App />
          </FirstScreenContext.Provider>
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
};
// A failed read (a blocked upgrade, say) only costs the head start: the hooks read for themselves.
void firstScreenRead.then(render, () => render(null));

// Sync and the service worker wait until the first screen is drawn: on a slow tablet the
// person sees their photo grid first, and neither needs to be in the first chunk.
afterFirstScreen(root, () => {
  // The start-up read is for the first screen only: a screen mounted later reads fresh data.
  render(null);
  start();
  // Ready before anyone signs in (precached, so offline too).
  void loadMemberDay();
  if (import.meta.env.PROD) {
    void import('./pwa/registerServiceWorker.ts').then(({ registerServiceWorker }) => {
      registerServiceWorker((apply) => {
        useAppStore.getState().setUpdateAvailable(apply);
      });
    });
  }
});

/**
 * Runs `fn` when the browser is next idle after the app shows its first screen (every screen is
 * a <main> landmark; the shell shows none while it reads IndexedDB). Not waiting for idle time
 * alone: there is plenty of it while IndexedDB answers, before anything is on screen.
 */
function afterFirstScreen(container: HTMLElement, fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
    if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 2_000 });
    else setTimeout(fn, 200);
  };
  const observer = new MutationObserver(() => {
    if (container.querySelector('main')) run();
  });
  observer.observe(container, { childList: true, subtree: true });
  // Whatever the screen, sync must not wait for ever.
  const fallback = setTimeout(run, 5_000);
}
