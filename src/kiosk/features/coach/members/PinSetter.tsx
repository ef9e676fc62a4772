import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashPin, memberPinText, newPinSalt } from '#shared/pinHash.ts';
import type { PinHash } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { PicturePinPad } from '#kiosk/components/PicturePinPad.tsx';

interface Props {
  readonly hasPin: boolean;
  /** Resolve to false when the save failed (the caller shows why); the PIN then counts as not saved. */
  readonly onSet: (pin: PinHash) => Promise<boolean>;
  readonly onRemove: () => Promise<boolean>;
}

type Phase = { readonly step: 'idle' } | { readonly step: 'first' } | { readonly step: 'again'; readonly first: readonly string[] };

/** A member's picture PIN: tapped twice to confirm, stored only as a salted hash; or removed. */
export function PinSetter({ hasPin, onSet, onRemove }: Props) {
  const { t } = useTranslation('coach');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const complete = (pictures: readonly string[]) => {
    if (phase.step === 'first') {
      setPhase({ step: 'again', first: pictures });
      setMessage(null);
      return;
    }
    if (phase.step !== 'again') return;
    if (pictures.join('|') !== phase.first.join('|')) {
      setPhase({ step: 'first' });
      setMessage(t('members.pinMismatch'));
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        const saved = await onSet(await hashPin(memberPinText(pictures), newPinSalt()));
        setPhase({ step: 'idle' });
        setMessage(saved ? t('members.pinSaved') : null);
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <fieldset className="pin-setter">
      <legend className="field-label">{t('members.pin')}</legend>
      <p>{hasPin ? t('members.pinOn') : t('members.pinNone')}</p>
      {phase.step === 'idle' ? (
        <div className="editor-actions">
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              setMessage(null);
              setPhase({ step: 'first' });
            }}
          >
            <Pictogram name="lock" size={40} />
            <span>{hasPin ? t('members.changePin') : t('members.setPin')}</span>
          </button>
          {hasPin && (
            <button
              type="button"
              className="secondary-button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onRemove()
                  .then((removed) => setMessage(removed ? t('members.pinRemoved') : null))
                  .finally(() => setBusy(false));
              }}
            >
              <Pictogram name="trash" size={40} />
              <span>{t('members.removePin')}</span>
            </button>
          )}
        </div>
      ) : (
        <>
          <p className="pin-setter-prompt">{phase.step === 'first' ? t('members.pinFirst') : t('members.pinAgain')}</p>
          <PicturePinPad key={phase.step} onComplete={complete} disabled={busy} />
          <button type="button" className="secondary-button" onClick={() => setPhase({ step: 'idle' })}>
            <Pictogram name="back" size={40} />
            <span>{t('common.cancel')}</span>
          </button>
        </>
      )}
      <p role="status" className="save-status">
        {message}
      </p>
    </fieldset>
  );
}
