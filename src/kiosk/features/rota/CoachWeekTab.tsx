import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictogramName } from '#shared/pictograms.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MatrixDialog } from '#kiosk/features/coach/matrix/MatrixDialog.tsx';
import { AvailabilityScreen } from './availability/AvailabilityScreen.tsx';
import { CoachWeekBoard } from './board/CoachWeekBoard.tsx';
import { RotaConflictList } from './conflicts/RotaConflictList.tsx';
import { useRotaConflicts } from './conflicts/useRotaConflicts.ts';
import { SuggestPanel } from './suggest/SuggestPanel.tsx';
import { RotaWeightsDialog } from './weights/RotaWeightsDialog.tsx';

type Open = { readonly screen: 'suggest' | 'availability' | 'weights' | 'conflicts'; readonly teamId: string; readonly week: string } | null;

/**
 * The coach's Week tab: the board, and from its bar the screens that act on
 * the week on screen: Suggest, who is there, the weights and the clashes of
 * places. Marking someone absent from today on goes straight to Suggest, which
 * repairs the week around them (ROTA.md: the absent are not in the plan).
 */
export function CoachWeekTab() {
  const { t } = useTranslation('rota');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  if (open?.screen === 'suggest') return <SuggestPanel teamId={open.teamId} week={open.week} onClose={close} />;
  if (open?.screen === 'availability') {
    return <AvailabilityScreen teamId={open.teamId} week={open.week} onClose={close} onAbsentToday={() => setOpen({ ...open, screen: 'suggest' })} />;
  }
  return (
    <>
      <CoachWeekBoard
        toolbar={({ teamId, week }) => (
          <>
            <ToolButton picto="star" label={t('board.toolbar.suggest')} onClick={() => setOpen({ screen: 'suggest', teamId, week })} />
            <ToolButton picto="person" label={t('board.toolbar.availability')} onClick={() => setOpen({ screen: 'availability', teamId, week })} />
            <ToolButton picto="scales" label={t('board.toolbar.weights')} onClick={() => setOpen({ screen: 'weights', teamId, week })} />
            <ConflictsButton teamId={teamId} week={week} onClick={() => setOpen({ screen: 'conflicts', teamId, week })} />
          </>
        )}
      />
      {open?.screen === 'weights' && <RotaWeightsDialog teamId={open.teamId} onClose={close} />}
      {open?.screen === 'conflicts' && (
        <MatrixDialog title={t('conflicts.title')} onClose={close}>
          <RotaConflictList teamId={open.teamId} week={open.week} />
        </MatrixDialog>
      )}
    </>
  );
}

function ToolButton({ picto, label, onClick }: { picto: PictogramName; label: string; onClick: () => void }) {
  return (
    <button type="button" className="tool-button" onClick={onClick}>
      <Pictogram name={picto} size={40} />
      <span>{label}</span>
    </button>
  );
}

/** Shown only when the week has clashes of places not yet seen, with how many. */
function ConflictsButton({ teamId, week, onClick }: { teamId: string; week: string; onClick: () => void }) {
  const { t } = useTranslation('rota');
  const view = useRotaConflicts(teamId, week);
  const unseen = view?.entries.filter((c) => !c.seen).length ?? 0;
  if (unseen === 0) return null;
  return <ToolButton picto="warning" label={t('board.toolbar.conflicts', { count: unseen })} onClick={onClick} />;
}
