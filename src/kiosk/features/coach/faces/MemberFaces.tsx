import { useTranslation } from 'react-i18next';
import type { CoachCheckinRow } from '#db/checkinRepository.ts';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { FaceCell } from './FaceCell.tsx';
import { TalkCell } from './TalkCell.tsx';

interface Props {
  readonly member: Member;
  /** Oldest first, as the repository gives them. */
  readonly rows: readonly CoachCheckinRow[];
  readonly weeks: number;
  readonly open: boolean;
  readonly onToggle: () => void;
}

/**
 * One member: a row with their latest face and any talk flag not yet seen,
 * which opens a table of their answers per day, newest first. A real table,
 * so a screen reader names the day and the moment of every face.
 */
export function MemberFaces({ member, rows, weeks, open, onToggle }: Props) {
  const { t, i18n } = useTranslation('coach');
  const latest = rows.at(-1);
  const openTalk = rows.filter((r) => r.checkin.wantsTalk === true && !r.talkSeen).length;
  const days = [...new Set(rows.map((r) => r.checkin.day))].reverse();
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short' });
  const dayName = (day: string) => dayFormat.format(new Date(`${day}T12:00:00`));
  const panelId = `faces-of-${member.id}`;
  return (
    <li className="coach-faces-member">
      <button type="button" className="coach-row coach-faces-toggle" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
        <MemberAvatar member={member} size={56} />
        <span className="coach-row-text">
          <span className="coach-row-title">{member.name}</span>
          <span className="coach-row-meta">{latest ? t('faces.answers', { count: rows.length }) : t('faces.noAnswers', { weeks })}</span>
        </span>
        {latest && <FaceCell checkin={latest.checkin} size={48} prefix={t('faces.latest', { day: dayName(latest.checkin.day) })} />}
        {openTalk > 0 && (
          <span className="coach-faces-talk-open">
            <Pictogram name="talk" size={40} />
            <span>{t('faces.talkOpenCount', { count: openTalk })}</span>
          </span>
        )}
        <Pictogram name={open ? 'up' : 'down'} size={32} />
      </button>
      {open && (
        <div id={panelId} className="coach-faces-panel">
          {days.length === 0 ? (
            <p className="empty-state">{t('faces.noAnswers', { weeks })}</p>
          ) : (
            <table className="coach-faces-table">
              <caption className="visually-hidden">{t('faces.caption', { name: member.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('faces.day')}</th>
                  <th scope="col">{t('faces.start')}</th>
                  <th scope="col">{t('faces.end')}</th>
                  <th scope="col">{t('faces.talk')}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => {
                  const ofDay = rows.filter((r) => r.checkin.day === day);
                  return (
                    <tr key={day}>
                      <th scope="row">{dayName(day)}</th>
                      {(['start', 'end'] as const).map((moment) => (
                        <td key={moment}>
                          {ofDay
                            .filter((r) => r.checkin.moment === moment)
                            .map((r) => (
                              <FaceCell key={r.checkin.id} checkin={r.checkin} size={56} withEnergy />
                            ))}
                        </td>
                      ))}
                      <td>
                        {ofDay
                          .filter((r) => r.checkin.wantsTalk === true)
                          .map((r) => (
                            <TalkCell key={r.checkin.id} seen={r.talkSeen} />
                          ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      )}
    </li>
  );
}
