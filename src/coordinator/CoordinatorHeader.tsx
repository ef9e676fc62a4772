import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COORDINATOR_NAMESPACE, isLanguage, LANGUAGES } from './i18n/coordinatorI18n.ts';

/** The product, the role this page is for, the language menu and, when signed in, signing out. */
export function CoordinatorHeader({ onSignOut }: { readonly onSignOut?: () => void }) {
  const { t, i18n } = useTranslation(COORDINATOR_NAMESPACE);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (isLanguage(next)) void i18n.changeLanguage(next);
  };
  return (
    <header className="coordinator-header">
      <div className="coordinator-brand">
        <img src="/icons/icon.svg" alt="" width={40} height={40} />
        <span className="coordinator-product">{t('app.product')}</span>
        <span className="coordinator-role">{t('app.role')}</span>
      </div>
      <div className="coordinator-header-tools">
      <label className="coordinator-language">
        <span>{t('app.language')}</span>
        <select value={current} onChange={choose}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {onSignOut ? (
        <button type="button" className="coordinator-secondary" onClick={onSignOut}>
          {t('app.signOut')}
        </button>
      ) : null}
      </div>
    </header>
  );
}
