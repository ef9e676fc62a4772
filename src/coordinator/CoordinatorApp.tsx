import { useTranslation } from 'react-i18next';
import { CoordinatorHeader } from './CoordinatorHeader.tsx';
import { DashboardPreview } from './DashboardPreview.tsx';
import { COORDINATOR_NAMESPACE } from './i18n/coordinatorI18n.ts';
import { SignInPlaceholder } from './SignInPlaceholder.tsx';
import { useDocumentLanguage } from './useDocumentLanguage.ts';

declare const __APP_VERSION__: string;

/** The coordinator's page at /coordinator: for now its shell and the sign-in to come. */
export function CoordinatorApp() {
  const { t, i18n } = useTranslation(COORDINATOR_NAMESPACE);
  useDocumentLanguage(i18n, t('app.title'));
  return (
    <div className="coordinator-shell">
      <CoordinatorHeader />
      <main className="coordinator-main">
        <SignInPlaceholder />
        <DashboardPreview />
      </main>
      <footer className="coordinator-footer">{t('app.version', { version: __APP_VERSION__ })}</footer>
    </div>
  );
}
