import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useDialogFocus } from '#ui/useDialogFocus.ts';

/** A dialog over the matrix whose controls save as they are tapped; "Done" or Escape closes it. */
export function MatrixDialog({ title, onClose, children }: { title: ReactNode; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('coach');
  const titleId = useId();
  const doneRef = useRef<HTMLButtonElement>(null);
  useDialogFocus(doneRef);
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <section className="coach-dialog matrix-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="coach-dialog-actions">
          <button ref={doneRef} type="button" className="primary-button" onClick={onClose}>
            <Pictogram name="done" size={40} />
            <span>{t('matrix.done')}</span>
          </button>
        </div>
      </section>
    </div>
  );
}
