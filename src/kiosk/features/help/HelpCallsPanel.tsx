import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { acknowledgeHelp, openHelpCalls } from '#db/helpRepository.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { HelpCallPlace } from './HelpCallPlace.tsx';

const REASON_PICTO = { material: 'package', machine: 'gear', notSure: 'not-sure', break: 'break', unwell: 'unwell', checkFailed: 'thumbs-down' } as const;

/**
 * On coach tablets: the team's open help calls, oldest first, each with
 * where the member stopped (card, step, picture) when the call came from a
 * task, and a "seen" button. "I want to talk" flags are part of a well-being
 * answer, so they show only inside coach mode (FlagsTab), never to whoever holds the tablet.
 */
export function HelpCallsPanel() {
  const { t, i18n } = useTranslation();
  const { db, now, newId, requestSync } = useServices();
  const calls = useLiveQuery(() => openHelpCalls(db), [db]);
  const members = useLiveQuery(async () => new Map((await db.members.toArray()).map((m) => [m.id, m])), [db]);
  if (!calls || calls.length === 0 || !members) return null;
  return (
    <section className="help-calls" aria-labelledby="help-calls-title">
        <h2 id="help-calls-title">
          <Pictogram name="help" size={40} />
          {t('help.calls', { count: calls.length })}
        </h2>
        <ul>
          {calls.map((call) => {
            const member = members.get(call.memberId);
            const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(call.calledAt));
            return (
              <li key={call.id} className="help-call">
                <Pictogram name={member?.avatar ?? 'worker'} size={48} />
                <span className="help-call-who">{member?.name ?? '?'}</span>
                <Pictogram name={REASON_PICTO[call.reason]} size={40} label={t(`help.reasons.${call.reason}`)} />
                <span>{t(`help.reasons.${call.reason}`)}</span>
                <HelpCallPlace call={call} />
                <span className="help-call-time">{time}</span>
                <button
                  type="button"
                  className="primary-button"
                  aria-label={t('help.acknowledge', { name: member?.name ?? '' })}
                  onClick={() => {
                    void acknowledgeHelp(db, call, { actorMemberId: null, now: now(), newId }).then(() => {
                      requestSync('write');
                    });
                  }}
                >
                  {t('help.acknowledge', { name: member?.name ?? '' })}
                </button>
              </li>
            );
          })}
        </ul>
    </section>
  );
}
