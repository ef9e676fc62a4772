import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { createI18n } from './i18n/i18n.ts';
import { createBrowserServices } from './services/createBrowserServices.ts';
import { ServicesContext } from './services/servicesContext.ts';
import { useAppStore } from './state/store.ts';
import './styles.css';

const { services, start } = createBrowserServices();
const i18n = createI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);

// Sync and the service worker wait until the first screen is drawn: on a slow tablet the
// person sees their photo grid first, and neither needs to be in the first chunk.
afterFirstScreen(() => {
  start();
  if (import.meta.env.PROD) {
    void import('./pwa/registerServiceWorker.ts').then(({ registerServiceWorker }) => {
      registerServiceWorker((apply) => {
        useAppStore.getState().setUpdateAvailable(apply);
      });
    });
  }
});

function afterFirstScreen(fn: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 2_000 });
  else setTimeout(fn, 500);
}
