import { useId, useRef, type ReactNode } from 'react';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useDialogFocus } from '#ui/useDialogFocus.ts';

/** A dialog over the week board; the way back is always the first thing in focus, and Escape takes it too. */
export function BoardDialog({ title, closeLabel, onClose, children, actions }: { title: ReactNode; closeLabel: string; onClose: () => void; children: ReactNode; actions?: ReactNode }) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  useDialogFocus(closeRef);
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <section className="coach-dialog board-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="coach-dialog-actions">
          <button ref={closeRef} type="button" className="secondary-button" onClick={onClose}>
            <Pictogram name="back" size={40} />
            <span>{closeLabel}</span>
          </button>
          {actions}
        </div>
      </section>
    </div>
  );
}
