import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_PIN_LENGTH, PIN_PICTURES } from '#shared/pinHash.ts';
import { pictogramWord } from '#shared/pictograms.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

interface Props {
  /** Called with the three pictures once the third is tapped; the pad then clears itself. */
  readonly onComplete: (pictures: readonly string[]) => void;
  readonly disabled?: boolean;
}

/**
 * Nine pictures; tap three in order. The picked ones show as dots-with-pictures
 * the member can see but a bystander cannot read from the screen's text.
 * Each picture is named by its word, so a screen reader can use the pad too.
 */
export function PicturePinPad({ onComplete, disabled = false }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [picked, setPicked] = useState<readonly string[]>([]);
  const tap = (picture: string) => {
    const next = [...picked, picture];
    if (next.length < MEMBER_PIN_LENGTH) {
      setPicked(next);
      return;
    }
    setPicked([]);
    onComplete(next);
  };
  return (
    <div className="pin-pad">
      {/* The picked dots and the way to take one back side by side: one row less to fit on screen. */}
      <div className="pin-picked">
        <ol className="pin-slots" aria-label={t('pin.picked', { n: picked.length, total: MEMBER_PIN_LENGTH })}>
          {Array.from({ length: MEMBER_PIN_LENGTH }, (_, i) => (
            <li key={i} className={i < picked.length ? 'pin-slot pin-slot-filled' : 'pin-slot'} />
          ))}
        </ol>
        <button type="button" className="secondary-button" disabled={disabled || picked.length === 0} onClick={() => setPicked(picked.slice(0, -1))}>
          <Pictogram name="undo" size={40} />
          <span>{t('pin.undo')}</span>
        </button>
      </div>
      <div className="pin-grid">
        {PIN_PICTURES.map((picture) => (
          <button key={picture} type="button" className="pin-button" disabled={disabled} aria-label={pictogramWord(picture, lang)} onClick={() => tap(picture)}>
            <Pictogram name={picture} size={72} />
          </button>
        ))}
      </div>
    </div>
  );
}
