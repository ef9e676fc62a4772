import { useTranslation } from 'react-i18next';
import type { MemberWellbeing as Figures, WellbeingWeek } from '#domain/teamView/wellbeing.ts';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { ENERGY, faceOf } from '#kiosk/features/checkin/faces.ts';
import { TableWrap } from './TableWrap.tsx';
import { useTeamFormat } from './useTeamFormat.ts';

interface Props {
  readonly member: Member;
  readonly figures: Figures;
}

/**
 * One member's weeks: the average face (the picture the member knows, with
 * its word and the number), the average energy and the talk flags, open or
 * seen. Coach mode only; never on the board or sent anywhere.
 */
export function MemberWellbeing({ member, figures }: Props) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  const caption = t('wellbeing.caption', { name: member.name });
  const answered = figures.weeks.some((w) => w.answers > 0);
  const titleId = `team-wellbeing-${member.id}`;
  return (
    <li className="team-member" aria-labelledby={titleId}>
      <h4 id={titleId} className="team-member-name">
        <MemberAvatar member={member} size={48} />
        {member.name}
        {figures.talkOpen > 0 && (
          <span className="team-talk-open">
            <Pictogram name="talk" size={32} />
            {t('wellbeing.talkOpenCount', { count: figures.talkOpen })}
          </span>
        )}
      </h4>
      {!answered ? (
        <p className="team-empty">{t('wellbeing.noAnswers', { count: figures.weeks.length })}</p>
      ) : (
        <TableWrap label={caption}>
          <table className="team-table team-wellbeing-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wellbeing.week')}</th>
                <th scope="col">{t('wellbeing.face')}</th>
                <th scope="col">{t('wellbeing.energy')}</th>
                <th scope="col">{t('wellbeing.talk')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.weeks.map((week) => (
                <tr key={week.week}>
                  <th scope="row">{t('wellbeing.weekName', { week: Number(week.week.slice(-2)), day: f.day(week.monday) })}</th>
                  <td>
                    <WeekFace week={week} />
                  </td>
                  <td>
                    <WeekEnergy energy={week.energy} />
                  </td>
                  <td>{week.talk === 0 ? t('wellbeing.talkNone') : t('wellbeing.talkCount', { count: week.talk, open: week.talkOpen })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </li>
  );
}

function WeekFace({ week }: { week: WellbeingWeek }) {
  const { t } = useTranslation('team');
  // The faces' words are the member's own ('translation' namespace), as the member saw them.
  const { t: memberT } = useTranslation();
  const f = useTeamFormat();
  if (!week.face) return <span className="team-none">{t('wellbeing.noAnswersWeek')}</span>;
  const { average, scale } = week.face;
  const face = faceOf(Math.min(scale, Math.max(1, Math.round(average))), scale);
  return (
    <span className="team-face">
      <Pictogram name={face?.picto ?? 'face-unsure'} size={40} />
      <span>
        {face ? memberT(face.word) : ''} <span className="team-detail">{t('wellbeing.average', { value: f.decimal(average), scale, count: week.answers })}</span>
      </span>
    </span>
  );
}

function WeekEnergy({ energy }: { energy: number | null }) {
  const { t } = useTranslation('team');
  const { t: memberT } = useTranslation();
  const f = useTeamFormat();
  if (energy === null) return <span className="team-none">{t('wellbeing.noEnergy')}</span>;
  const level = ENERGY.find((e) => e.level === Math.round(energy)) ?? ENERGY[1];
  return (
    <span className="team-face">
      <Pictogram name={level.picto} size={32} />
      <span>
        {memberT(level.word)} <span className="team-detail">({f.decimal(energy)})</span>
      </span>
    </span>
  );
}
