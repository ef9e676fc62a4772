import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectReason } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

interface Props {
  readonly reason: RejectReason;
  readonly first: boolean;
  readonly last: boolean;
  readonly onPickPicto: () => void;
  readonly onRename: (label: string) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onDelete: () => void;
}

/** One reject reason: its picture, its name (edited in place), and buttons to move or delete it. */
export function RejectReasonRow({ reason, first, last, onPickPicto, onRename, onMove, onDelete }: Props) {
  const { t } = useTranslation('coach');
  const [label, setLabel] = useState(reason.label);
  const [seen, setSeen] = useState(reason.label);
  // A rename from another tablet replaces the field unless the coach is typing here.
  if (reason.label !== seen) {
    setSeen(reason.label);
    if (label === seen) setLabel(reason.label);
  }
  const names = { label: reason.label };
  return (
    <li className="coach-row">
      <button type="button" className="picto-choice" aria-label={t('reasons.pictoOf', names)} onClick={onPickPicto}>
        <Pictogram name={reason.picto} size={56} />
      </button>
      <form
        className="reason-rename"
        onSubmit={(event) => {
          event.preventDefault();
          onRename(label);
        }}
      >
        <input className="text-input" aria-label={t('reasons.labelOf', names)} value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="tool-button" aria-label={t('reasons.rename', names)} disabled={label.trim() === reason.label}>
          <Pictogram name="done" size={40} />
        </button>
      </form>
      <button type="button" className="tool-button" aria-label={t('reasons.up', names)} disabled={first} onClick={() => onMove(-1)}>
        <Pictogram name="up" size={40} />
      </button>
      <button type="button" className="tool-button" aria-label={t('reasons.down', names)} disabled={last} onClick={() => onMove(1)}>
        <Pictogram name="down" size={40} />
      </button>
      <button type="button" className="tool-button tool-danger" aria-label={t('reasons.delete', names)} onClick={onDelete}>
        <Pictogram name="trash" size={40} />
      </button>
    </li>
  );
}
