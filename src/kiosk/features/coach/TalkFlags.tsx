/**
 * "I want to talk to my coach" flags on coach tablets: check-ins with
 * wantsTalk that no coach has acknowledged. Shown with the help calls, on
 * the photo grid and in coach mode, so this one module is in the main bundle
 * (with its few strings, the 'coachShell' namespace: see i18n/i18n.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { acknowledgeTalk, openTalkFlags } from '#db/coachRepository.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';

export function TalkFlags() {
  const { t, i18n } = useTranslation('coachShell');
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const flags = useLiveQuery(() => openTalkFlags(db), [db]);
  const members = useLiveQuery(async () => new Map((await db.members.toArray()).map((m) => [m.id, m])), [db]);
  if (!flags || flags.length === 0 || !members) return null;
  const timeFormat = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="help-calls talk-flags" aria-labelledby="talk-flags-title">
      <h2 id="talk-flags-title">
        <Pictogram name="talk" size={40} />
        {t('talk', { count: flags.length })}
      </h2>
      <ul>
        {flags.map((checkin) => {
          const member = members.get(checkin.memberId);
          const name = member?.name ?? '?';
          return (
            <li key={checkin.id} className="help-call">
              {member ? <MemberAvatar member={member} size={48} /> : <Pictogram name="worker" size={48} />}
              <span className="help-call-who">{name}</span>
              {/* For i18next-cli (see i18next.config.ts): t('coachShell:moments.start') t('coachShell:moments.end') */}
              <span>{t('talkWhen', { moment: t(`moments.${checkin.moment}`), time: timeFormat.format(new Date(checkin.answeredAt)) })}</span>
              <button
                type="button"
                className="primary-button"
                onClick={() =>
                  void run(async () => {
                    await acknowledgeTalk(db, checkin, { actorMemberId: null, now: now(), newId });
                    requestSync('write');
                  })
                }
              >
                <Pictogram name="eye" size={40} />
                <span>{t('acknowledge', { name })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ErrorAlert message={error} />
    </section>
  );
}
