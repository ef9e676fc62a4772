import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { createI18n } from './i18n/i18n.ts';
import { registerServiceWorker } from './pwa/registerServiceWorker.ts';
import { createBrowserServices } from './services/createBrowserServices.ts';
import { ServicesContext } from './services/servicesContext.ts';
import { useAppStore } from './state/store.ts';
import './styles.css';

const services = createBrowserServices();
const i18n = createI18n();

if (import.meta.env.PROD) {
  registerServiceWorker((apply) => {
    useAppStore.getState().setUpdateAvailable(apply);
  });
}

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
