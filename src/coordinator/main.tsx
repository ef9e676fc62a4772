import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { CoordinatorApp } from './CoordinatorApp.tsx';
import { createCoordinatorI18n } from './i18n/coordinatorI18n.ts';
import './coordinator.css';

// Online only: no service worker is registered here, and the kiosk's leaves /coordinator to the network.
const root = document.getElementById('root');
if (!root) throw new Error('src/coordinator/index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createCoordinatorI18n()}>
      <CoordinatorApp />
    </I18nextProvider>
  </StrictMode>,
);
