import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { DEVICE_ROLES, type DeviceRole } from '#shared/deviceRoles.ts';
import type { EnrolmentCodeResponse } from '#shared/protocol.ts';
import type { OverviewResponse } from '#shared/snapshots/api.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';
import { useTimeFormat } from '#coordinator/format/useTimeFormat.ts';

/**
 * A fresh one-time code for a team and a role. The server keeps no copy to
 * show again, so it is shown here, large, until the next one is asked for
 * or the screen is left, with the moment it stops working.
 */
export function EnrolmentCodeForm({ overview }: { readonly overview: OverviewResponse }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const { api } = useCoordinator();
  const errorText = useErrorText();
  const { absolute } = useTimeFormat();
  const teamField = useId();
  const teams = overview.organisations.filter((o) => o.origin === 'local').flatMap((o) => o.sites.flatMap((s) => s.teams.map((team) => ({ ...team, label: `${team.name} (${o.name}, ${s.name})` }))));
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EnrolmentCodeResponse | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (teamId === '') return;
    setBusy(true);
    setError(null);
    setResult(null);
    api.createEnrolmentCode(teamId, role).then(
      (code) => {
        setBusy(false);
        setResult(code);
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };

  return (
    <section aria-labelledby="enrolment-title" className="view-section enrolment">
      <h2 id="enrolment-title">{t('enrolment.title')}</h2>
      <p>{t('enrolment.intro')}</p>
      {teams.length === 0 ? (
        <p>{t('enrolment.noTeams')}</p>
      ) : (
        <form className="enrolment-form" onSubmit={submit}>
          <div className="control">
            <label htmlFor={teamField}>{t('enrolment.team')}</label>
            <select
              id={teamField}
              value={teamId}
              onChange={(event) => {
                setTeamId(event.target.value);
              }}
            >
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.label}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="control">
            <legend>{t('enrolment.role')}</legend>
            {DEVICE_ROLES.map((r) => (
              <label key={r}>
                <input
                  type="radio"
                  name="enrolment-role"
                  value={r}
                  checked={role === r}
                  onChange={() => {
                    setRole(r);
                  }}
                />
                {t(`roles.${r}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="coordinator-primary" disabled={busy}>
            {t('enrolment.create')}
          </button>
        </form>
      )}
      <ErrorAlert message={error === null ? null : errorText(error)} />
      <div role="status" className="enrolment-result">
        {result ? (
          <>
            <p>{t('enrolment.codeFor', { team: result.team.name, site: result.team.siteName, role: t(`roles.${result.role}`) })}</p>
            <p className="enrolment-code">{result.code}</p>
            <p>{t('enrolment.once')}</p>
            {/* Older servers send no expiry; their codes did not expire. */}
            {result.expiresAt === undefined ? null : <p>{t('enrolment.expires', { until: absolute(result.expiresAt) })}</p>}
          </>
        ) : null}
      </div>
    </section>
  );
}
