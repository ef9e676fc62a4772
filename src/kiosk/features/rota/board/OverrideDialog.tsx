import { useTranslation } from 'react-i18next';
import { OVERRIDE_REASONS, type OverrideReason } from '#shared/records/kinds/rotaFields.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { BoardDialog } from './BoardDialog.tsx';

const REASON_PICTOS: Readonly<Record<OverrideReason, string>> = {
  safety: 'helmet',
  health: 'unwell',
  training: 'book',
  staffing: 'person',
  order: 'package',
  wish: 'heart',
};

/** The coach moves a member from the place they chose themself: which reason, as a picture each. */
export function OverrideDialog({ memberName, onPick, onCancel }: { memberName: string; onPick: (reason: OverrideReason) => void; onCancel: () => void }) {
  const { t } = useTranslation('rota');
  // For i18next-cli (see i18next.config.ts): t('rota:board.override.reasons.safety') t('rota:board.override.reasons.health') t('rota:board.override.reasons.training') t('rota:board.override.reasons.staffing') t('rota:board.override.reasons.order') t('rota:board.override.reasons.wish')
  return (
    <BoardDialog title={t('board.override.title', { member: memberName })} closeLabel={t('board.override.cancel')} onClose={onCancel}>
      <p>{t('board.override.text', { member: memberName })}</p>
      <div className="board-reasons">
        {OVERRIDE_REASONS.map((reason) => (
          <button key={reason} type="button" className="secondary-button board-reason" onClick={() => onPick(reason)}>
            <Pictogram name={REASON_PICTOS[reason]} size={48} />
            <span>{t(`board.override.reasons.${reason}`)}</span>
          </button>
        ))}
      </div>
    </BoardDialog>
  );
}
