/** For the coordinator's component tests only: the whole page, in Dutch, against a fake server and a fixed clock. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { CoordinatorApp } from '#coordinator/CoordinatorApp.tsx';
import { createCoordinatorI18n } from '#coordinator/i18n/coordinatorI18n.ts';
import { NOW, type FakeServer } from './fakeServer.ts';

const now = () => NOW;

export function renderCoordinator(server: FakeServer) {
  render(
    <I18nextProvider i18n={createCoordinatorI18n()}>
      <CoordinatorApp fetch={server.fetch} now={now} />
    </I18nextProvider>,
  );
  return userEvent.setup();
}
