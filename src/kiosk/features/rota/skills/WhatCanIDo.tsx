import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { IluoLevel, Member, Skill, Station } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { IluoSymbol } from '#kiosk/features/coach/matrix/IluoSymbol.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import './skills.css';

interface Row {
  readonly station: Station;
  readonly skill: Skill;
}

/** Highest level first: what a member can do well is what they look for. */
const LEVEL_ORDER: Record<IluoLevel | 'none', number> = { O: 0, U: 1, L: 2, I: 3, none: 4 };

/**
 * "What can I do?": the signed-in member's own level on each station they
 * have one on (or want to learn), as the matrix's quarter-circle, in easy
 * words, each row spoken on a tap. Only this member's cells are read.
 */
export function WhatCanIDo({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation('rota');
  const lang = useLanguage();
  const { db } = useServices();
  const rows = useLiveQuery(async (): Promise<Row[]> => {
    const [skills, stations] = await Promise.all([db.skills.filter((s) => s.memberId === member.id).toArray(), db.stations.toArray()]);
    const stationById = new Map(stations.map((s) => [s.id, s]));
    return skills
      .filter((skill) => skill.level !== null || skill.trainingGoal === true)
      .flatMap((skill) => {
        const station = stationById.get(skill.stationId);
        return station ? [{ station, skill }] : [];
      })
      .sort((a, b) => LEVEL_ORDER[a.skill.level ?? 'none'] - LEVEL_ORDER[b.skill.level ?? 'none'] || a.station.name.localeCompare(b.station.name));
  }, [db, member.id]);
  return (
    <main className="what-can-i-do">
      <div className="screen-title">
        <h1>{t('skills.title')}</h1>
      </div>
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="empty-state">{t('skills.empty')}</p>
      ) : (
        <ul className="what-can-i-do-rows">
          {rows.map(({ station, skill }) => {
            // For i18next-cli (see i18next.config.ts): t('rota:skills.levels.I') t('rota:skills.levels.L') t('rota:skills.levels.U') t('rota:skills.levels.O') t('rota:skills.levels.none')
            const words = t(`skills.levels.${skill.level ?? 'none'}`);
            const sentence = t('skills.row', { station: station.name, level: words });
            const goal = skill.trainingGoal === true;
            return (
              <li key={station.id} className="what-can-i-do-row" aria-label={sentence}>
                <Pictogram name={station.picto} size={64} />
                <span className="what-can-i-do-station">{station.name}</span>
                <IluoSymbol level={skill.level} size={56} />
                <span className="what-can-i-do-words">{words}</span>
                {goal ? <Pictogram name="book" size={48} label={t('skills.goalPicture')} className="what-can-i-do-goal" /> : <span className="what-can-i-do-goal" />}
                <SpeakButton text={goal ? `${sentence}. ${t('skills.goal')}` : sentence} language={lang} />
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="primary-button" onClick={onClose}>
        <Pictogram name="back" size={48} />
        <span>{t('skills.back')}</span>
      </button>
    </main>
  );
}
