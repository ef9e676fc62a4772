import { useTranslation } from 'react-i18next';
import type { Member, Station } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { MatrixDialog } from './MatrixDialog.tsx';
import { VARIETY_DEFAULT } from '#domain/rota/rotaDefaults.ts';
import { updateMemberRota, type MemberRotaFields } from './matrixWrites.ts';
import { Stepper } from './Stepper.tsx';
import { useMatrixSave } from './useMatrixSave.ts';

/** What the rota needs to know of a member: needs the same place, how many stations a week, their own station. Each change saves. */
export function MemberRotaDialog({ member, stations, onClose }: { member: Member; stations: readonly Station[]; onClose: () => void }) {
  const { t } = useTranslation('coach');
  const { error, save } = useMatrixSave();
  const set = (change: (stored: Member) => MemberRotaFields) => void save((db, ctx) => updateMemberRota(db, member.id, change, ctx));
  const routine = member.routine === true;
  return (
    <MatrixDialog
      title={
        <>
          <MemberAvatar member={member} size={44} />
          {t('matrix.memberTitle', { name: member.name })}
        </>
      }
      onClose={onClose}
    >
      <button type="button" className="secondary-button matrix-toggle" aria-pressed={routine} onClick={() => set((m) => ({ routine: m.routine !== true }))}>
        <Pictogram name="home" size={40} />
        <span>{t('matrix.routine')}</span>
      </button>
      <Stepper label={t('matrix.variety')} value={Math.min(member.varietyTarget ?? VARIETY_DEFAULT, 6)} min={1} max={6} onStep={(delta) => set((m) => ({ varietyTarget: Math.min(6, Math.max(1, Math.min(m.varietyTarget ?? VARIETY_DEFAULT, 6) + delta)) }))} />
      <label className="field">
        <span className="field-label">{t('matrix.home')}</span>
        <select className="select-input" value={member.homeStationId ?? ''} onChange={(e) => {
            const homeStationId = e.target.value === '' ? null : e.target.value;
            set(() => ({ homeStationId }));
          }}>
          <option value="">{t('matrix.homeNone')}</option>
          {stations.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorAlert message={error} />
    </MatrixDialog>
  );
}
