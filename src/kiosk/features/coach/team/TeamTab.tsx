/**
 * The coach's team view, a coach-mode tab loaded lazily (with Chart.js
 * behind it, loaded on the first chart): quality over the last 1, 4 or 13
 * weeks, and each member's well-being over the last weeks. Well-being is
 * shown here only: coach mode exists only on coach tablets, the only ones
 * that hold other members' answers; never on the board, never sent to the
 * coordinator. Every chart has a table with the same numbers.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WELLBEING_WEEKS } from '#domain/teamView/wellbeing.ts';
import { useTeamMembers } from '#kiosk/hooks/useTeamMembers.ts';
import { FirstPassYield } from './FirstPassYield.tsx';
import { HelpCalls } from './HelpCalls.tsx';
import { MemberWellbeing } from './MemberWellbeing.tsx';
import { PiecesAgainstPlan } from './PiecesAgainstPlan.tsx';
import { RejectPareto } from './RejectPareto.tsx';
import { useTeamFormat } from './useTeamFormat.ts';
import { QUALITY_WEEKS, useTeamQuality, type QualityWeeks } from './useTeamQuality.ts';
import { useTeamWellbeing } from './useTeamWellbeing.ts';
import './team.css';

export function TeamTab() {
  const { t } = useTranslation('team');
  const [weeks, setWeeks] = useState<QualityWeeks>(4);
  return (
    <div className="coach-section team-view">
      <h2>{t('title')}</h2>
      <section className="team-part" aria-labelledby="team-quality-title">
        <div className="team-part-head">
          <h3 id="team-quality-title" className="team-part-title">{t('quality.title')}</h3>
          <div role="group" aria-label={t('range.label')} className="team-range">
            {QUALITY_WEEKS.map((w) => (
              <button key={w} type="button" className="team-range-button" aria-pressed={w === weeks} onClick={() => setWeeks(w)}>
                {t('range.weeks', { count: w })}
              </button>
            ))}
          </div>
        </div>
        <Quality weeks={weeks} />
      </section>
      <Wellbeing />
    </div>
  );
}

function Quality({ weeks }: { weeks: QualityWeeks }) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  const quality = useTeamQuality(weeks);
  if (!quality) return <p className="team-loading">{t('loading')}</p>;
  const range = t('range.span', { from: f.day(quality.fromDay), to: f.day(quality.toDay) });
  return (
    <>
      <p className="team-range-span">{range}</p>
      <FirstPassYield table={quality.yieldTable} stations={quality.stations} range={range} />
      <RejectPareto rows={quality.pareto} reasons={quality.reasons} range={range} />
      <PiecesAgainstPlan days={quality.plan} range={range} />
      <HelpCalls summary={quality.help} range={range} />
    </>
  );
}

function Wellbeing() {
  const { t } = useTranslation('team');
  const members = useTeamMembers();
  const figures = useTeamWellbeing(members);
  return (
    <section className="team-part team-wellbeing" aria-labelledby="team-wellbeing-title">
      <h3 id="team-wellbeing-title" className="team-part-title">{t('wellbeing.title')}</h3>
      <p>{t('wellbeing.intro', { count: WELLBEING_WEEKS })}</p>
      {!members || !figures ? (
        <p className="team-loading">{t('loading')}</p>
      ) : members.length === 0 ? (
        <p className="team-empty">{t('wellbeing.noMembers')}</p>
      ) : (
        <ul className="team-members">
          {members.map((member) => {
            const own = figures.find((w) => w.memberId === member.id);
            return own && <MemberWellbeing key={member.id} member={member} figures={own} />;
          })}
        </ul>
      )}
    </section>
  );
}
