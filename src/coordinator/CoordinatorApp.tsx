import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FetchLike } from './api/coordinatorApi.ts';
import { CoordinatorHeader } from './CoordinatorHeader.tsx';
import { Dashboard } from './Dashboard.tsx';
import { COORDINATOR_NAMESPACE } from './i18n/coordinatorI18n.ts';
import { CoordinatorContext, type CoordinatorServices } from './session/coordinatorContext.ts';
import { SignIn } from './session/SignIn.tsx';
import { useSession } from './session/useSession.ts';
import { useDocumentLanguage } from './useDocumentLanguage.ts';

declare const __APP_VERSION__: string;

interface Props {
  /** The server; tests pass a fake. */
  readonly fetch?: FetchLike;
  /** The clock, for "last seen 5 minutes ago". */
  readonly now?: () => number;
}

/** The coordinator's page at /coordinator: the session check on load, the sign-in, then the dashboard. */
export function CoordinatorApp({ fetch, now = Date.now }: Props) {
  const { t, i18n } = useTranslation(COORDINATOR_NAMESPACE);
  useDocumentLanguage(i18n, t('app.title'));
  const session = useSession(fetch);
  const { api } = session;
  const services = useMemo<CoordinatorServices>(() => ({ api, now }), [api, now]);
  const { state } = session;

  return (
    <CoordinatorContext value={services}>
      <div className="coordinator-shell">
        <CoordinatorHeader
          {...(state.status === 'signedIn'
            ? {
                onSignOut: () => {
                  void session.signOut();
                },
              }
            : {})}
        />
        {state.status === 'checking' ? (
          <main className="coordinator-main coordinator-checking" aria-busy="true">
            <p role="status">{t('app.checking')}</p>
          </main>
        ) : state.status === 'signedOut' ? (
          <main className="coordinator-main coordinator-signin">
            <SignIn api={api} ended={state.ended} onSignedIn={session.signedIn} />
          </main>
        ) : (
          <Dashboard />
        )}
        <footer className="coordinator-footer">{t('app.version', { version: __APP_VERSION__ })}</footer>
      </div>
    </CoordinatorContext>
  );
}
