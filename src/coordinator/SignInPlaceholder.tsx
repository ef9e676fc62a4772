import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { COORDINATOR_NAMESPACE } from './i18n/coordinatorI18n.ts';

type Outcome = 'none' | 'empty' | 'notYet';

/**
 * The sign-in form, for now without a server to ask: the key is never sent
 * or kept, and the page says so. Signing in itself (checked by the server,
 * an HttpOnly cookie) comes with the job-quality snapshots.
 */
export function SignInPlaceholder() {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const [key, setKey] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('none');
  const fieldId = useId();
  const errorId = useId();
  const soonId = useId();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (key.trim() === '') {
      setOutcome('empty');
      return;
    }
    setKey('');
    setOutcome('notYet');
  };

  return (
    <section className="coordinator-card signin-card" aria-labelledby={`${fieldId}-title`}>
      <h1 id={`${fieldId}-title`}>
        <Pictogram name="key" size={44} />
        {t('signIn.title')}
      </h1>
      <p>{t('signIn.intro')}</p>
      <form className="signin-form" onSubmit={submit} noValidate>
        <label htmlFor={fieldId}>{t('signIn.keyLabel')}</label>
        <input
          id={fieldId}
          name="coordinator-key"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={key}
          aria-invalid={outcome === 'empty'}
          aria-describedby={outcome === 'empty' ? `${errorId} ${soonId}` : soonId}
          onChange={(event) => {
            setKey(event.target.value);
          }}
        />
        <ErrorAlert id={errorId} message={outcome === 'empty' ? t('signIn.empty') : null} />
        <button type="submit" className="coordinator-primary">
          {t('signIn.submit')}
        </button>
        <div role="status" className="signin-status">
          {outcome === 'notYet' ? <p>{t('signIn.notYet')}</p> : null}
        </div>
      </form>
      <p id={soonId} className="coordinator-note">
        <Pictogram name="info" size={32} />
        <span>{t('signIn.soon')}</span>
      </p>
    </section>
  );
}
