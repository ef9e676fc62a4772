import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { selectCanUndo, useAppStore } from '#kiosk/state/store.ts';

/** Takes back the last tap in the task: a step moved, a piece counted, an answer given. */
export function UndoButton() {
  const { t } = useTranslation();
  const canUndo = useAppStore(selectCanUndo);
  const undo = useAppStore((s) => s.undo);
  return (
    <button type="button" className="nav-button nav-undo" disabled={!canUndo} onClick={undo}>
      <Pictogram name="undo" size={56} />
      <span>{t('player.undo')}</span>
    </button>
  );
}
