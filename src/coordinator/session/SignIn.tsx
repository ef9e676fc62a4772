import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { ApiError, KEY_WRONG, RATE_LIMITED, type CoordinatorApi } from '#coordinator/api/coordinatorApi.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';

type Problem = { readonly kind: 'empty' } | { readonly kind: 'wrong' } | { readonly kind: 'rateLimited'; readonly seconds: number | null } | { readonly kind: 'other'; readonly error: unknown };

interface Props {
  readonly api: CoordinatorApi;
  /** The last session ran out: say so above the form. */
  readonly ended: boolean;
  readonly onSignedIn: (expiresAt: string) => void;
}

/** Signing in with the coordinator key. The key goes to the server once and is forgotten here; the session is an HttpOnly cookie. */
export function SignIn({ api, ended, onSignedIn }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const errorText = useErrorText();
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  // Over the server's sign-in budget, the button rests until the wait it named is over.
  const [resting, setResting] = useState(false);
  const restSeconds = problem?.kind === 'rateLimited' ? problem.seconds : null;
  useEffect(() => {
    if (!resting) return;
    const timer = setTimeout(() => {
      setResting(false);
    }, (restSeconds ?? 60) * 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [resting, restSeconds]);
  const fieldId = useId();
  const errorId = useId();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (key.trim() === '') {
      setProblem({ kind: 'empty' });
      return;
    }
    setBusy(true);
    api.signIn(key).then(
      (session) => {
        setKey('');
        onSignedIn(session.expiresAt);
      },
      (error: unknown) => {
        setBusy(false);
        setKey('');
        if (error instanceof ApiError && error.code === KEY_WRONG) setProblem({ kind: 'wrong' });
        else if (error instanceof ApiError && (error.code === RATE_LIMITED || error.status === 429)) {
          setProblem({ kind: 'rateLimited', seconds: error.retryAfterS });
          setResting(true);
        }
        else setProblem({ kind: 'other', error });
      },
    );
  };

  const message = (() => {
    if (!problem) return null;
    switch (problem.kind) {
      case 'empty':
        return t('signIn.empty');
      case 'wrong':
        return t('signIn.wrongKey');
      case 'rateLimited':
        return problem.seconds === null ? t('signIn.rateLimited') : t('signIn.rateLimitedFor', { minutes: Math.max(1, Math.ceil(problem.seconds / 60)) });
      case 'other':
        return errorText(problem.error);
    }
  })();

  return (
    <section className="coordinator-card signin-card" aria-labelledby={`${fieldId}-title`}>
      <h1 id={`${fieldId}-title`}>
        <Pictogram name="key" size={44} />
        {t('signIn.title')}
      </h1>
      {ended ? (
        <p role="status" className="signin-ended">
          {t('signIn.ended')}
        </p>
      ) : null}
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
          aria-invalid={problem !== null && problem.kind !== 'other'}
          {...(message === null ? {} : { 'aria-describedby': errorId })}
          onChange={(event) => {
            setKey(event.target.value);
          }}
        />
        <ErrorAlert id={errorId} message={message} />
        <button type="submit" className="coordinator-primary" disabled={busy || resting}>
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
