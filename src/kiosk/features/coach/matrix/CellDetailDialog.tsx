import { useTranslation } from 'react-i18next';
import type { Member, Skill, Station } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MatrixDialog } from './MatrixDialog.tsx';
import { updateSkillFlags, type CellFlags } from './matrixWrites.ts';
import { useMatrixSave } from './useMatrixSave.ts';

const PREFERENCES = [
  { value: 1, picto: 'heart', key: 'likes' },
  { value: 0, picto: 'minus', key: 'neutral' },
  { value: -1, picto: 'thumbs-down', key: 'dislikes' },
] as const;

/** A cell's training goal, medical restriction and like or dislike; each tap saves. The level stays as it is. */
export function CellDetailDialog({ member, station, skill, onClose }: { member: Member; station: Station; skill: Skill | undefined; onClose: () => void }) {
  const { t } = useTranslation('coach');
  const { error, save } = useMatrixSave();
  const cell = { teamId: member.teamId, memberId: member.id, stationId: station.id };
  const set = (change: (stored: Skill | undefined) => CellFlags) => void save((db, ctx) => updateSkillFlags(db, cell, change, ctx));
  const goal = skill?.trainingGoal === true;
  const restricted = skill?.restricted === true;
  const preference = skill?.preference ?? 0;
  return (
    <MatrixDialog title={t('matrix.detailTitle', { member: member.name, station: station.name })} onClose={onClose}>
      <div className="matrix-toggles">
        <button type="button" className="secondary-button matrix-toggle" aria-pressed={goal} onClick={() => set((s) => ({ trainingGoal: s?.trainingGoal !== true }))}>
          <Pictogram name="book" size={40} />
          <span>{t('matrix.goal')}</span>
        </button>
        <button type="button" className="secondary-button matrix-toggle" aria-pressed={restricted} onClick={() => set((s) => ({ restricted: s?.restricted !== true }))}>
          <Pictogram name="stop" size={40} />
          <span>{t('matrix.restricted')}</span>
        </button>
      </div>
      <div role="group" aria-label={t('matrix.preference')} className="matrix-toggles">
        {/* For i18next-cli (see i18next.config.ts): t('coach:matrix.preferences.likes') t('coach:matrix.preferences.neutral') t('coach:matrix.preferences.dislikes') */}
        {PREFERENCES.map((p) => (
          <button key={p.key} type="button" className="secondary-button matrix-toggle" aria-pressed={preference === p.value} onClick={() => set(() => ({ preference: p.value }))}>
            <Pictogram name={p.picto} size={40} />
            <span>{t(`matrix.preferences.${p.key}`)}</span>
          </button>
        ))}
      </div>
      <ErrorAlert message={error} />
    </MatrixDialog>
  );
}
