import { useId, useRef } from 'react';
import { Pictogram } from './Pictogram.tsx';
import { useDialogFocus } from './useDialogFocus.ts';

interface Props {
  readonly title: string;
  readonly text?: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before something that cannot be taken back. Focus starts on the safe choice; Escape cancels. */
export function ConfirmDialog({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useDialogFocus(cancelRef);
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <section className="coach-dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} {...(text === undefined ? {} : { 'aria-describedby': textId })}>
        <h2 id={titleId}>
          <Pictogram name="warning" size={40} />
          {title}
        </h2>
        {text !== undefined && <p id={textId}>{text}</p>}
        <div className="coach-dialog-actions">
          <button ref={cancelRef} type="button" className="secondary-button" onClick={onCancel}>
            <Pictogram name="back" size={40} />
            <span>{cancelLabel}</span>
          </button>
          <button type="button" className="primary-button danger-button" onClick={onConfirm}>
            <Pictogram name="trash" size={40} />
            <span>{confirmLabel}</span>
          </button>
        </div>
      </section>
    </div>
  );
}
