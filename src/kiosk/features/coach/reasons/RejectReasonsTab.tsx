import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addRejectReason, deleteRejectReason, moveRejectReason, rejectReasonsInOrder, updateRejectReason } from '#db/coachRepository.ts';
import { pictogramWord } from '#shared/pictograms.ts';
import { rejectReason, type RejectReason } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { ConfirmDialog } from '#ui/ConfirmDialog.tsx';
import { PictogramPicker } from '#kiosk/features/coach/PictogramPicker.tsx';
import { RejectReasonRow } from './RejectReasonRow.tsx';

const validLabel = (label: string) => rejectReason.shape.label.safeParse(label).success;

/** The team's reasons for rejected pieces: add, rename, reorder, delete. Each change saves at once. */
export function RejectReasonsTab({ teamId }: { teamId: string }) {
  const { t } = useTranslation('coach');
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const reasons = useLiveQuery(() => rejectReasonsInOrder(db), [db]);
  const [label, setLabel] = useState('');
  const [picto, setPicto] = useState('broken');
  const [picking, setPicking] = useState<{ readonly reason: RejectReason | null } | null>(null);
  const [confirming, setConfirming] = useState<RejectReason | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const change = (work: () => Promise<unknown>) =>
    void run(async () => {
      await work();
      requestSync('write');
    });
  const ctx = () => ({ actorMemberId: null, now: now(), newId });

  if (!reasons) return null;
  return (
    <div className="coach-section">
      <h2>{t('reasons.title')}</h2>
      {reasons.length === 0 ? (
        <p className="empty-state">{t('reasons.empty')}</p>
      ) : (
        <ul className="coach-list">
          {reasons.map((reason, index) => (
            <RejectReasonRow
              key={reason.id}
              reason={reason}
              first={index === 0}
              last={index === reasons.length - 1}
              onPickPicto={() => setPicking({ reason })}
              onRename={(next) => {
                if (!validLabel(next)) {
                  setProblem(t('reasons.labelMissing'));
                  return;
                }
                setProblem(null);
                change(() => updateRejectReason(db, reason.id, { label: next.trim() }, ctx()));
              }}
              onMove={(delta) => change(() => moveRejectReason(db, reason.id, delta, ctx()))}
              onDelete={() => setConfirming(reason)}
            />
          ))}
        </ul>
      )}
      <form
        className="reason-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!validLabel(label)) {
            setProblem(t('reasons.labelMissing'));
            return;
          }
          setProblem(null);
          // Cleared at once so the next name can be typed straight away; given back if the save fails.
          const text = label;
          setLabel('');
          change(async () => {
            try {
              await addRejectReason(db, { teamId, picto, label: text }, ctx());
            } catch (failure) {
              setLabel(text);
              throw failure;
            }
          });
        }}
      >
        <button type="button" className="picto-choice" aria-label={`${t('reasons.newPicto')}: ${pictogramWord(picto, lang)}`} onClick={() => setPicking({ reason: null })}>
          <Pictogram name={picto} size={56} />
        </button>
        <label className="field">
          <span className="field-label">{t('reasons.newLabel')}</span>
          <input className="text-input" value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" className="primary-button">
          <Pictogram name="plus" size={40} />
          <span>{t('reasons.add')}</span>
        </button>
      </form>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <ErrorAlert message={error} />
      {picking && (
        <PictogramPicker
          current={picking.reason?.picto ?? picto}
          onPick={(name) => {
            const reason = picking.reason;
            if (reason === null) setPicto(name);
            else change(() => updateRejectReason(db, reason.id, { picto: name }, ctx()));
          }}
          onClose={() => setPicking(null)}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('reasons.confirmDelete', { label: confirming.label })}
          confirmLabel={t('common.confirmDelete')}
          cancelLabel={t('common.keep')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const id = confirming.id;
            setConfirming(null);
            change(() => deleteRejectReason(db, id, ctx()));
          }}
        />
      )}
    </div>
  );
}
