import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberPinText, pinMatches } from '#shared/pinHash.ts';
import type { Member, PinHash } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { PicturePinPad } from '#kiosk/components/PicturePinPad.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { usePinRest } from '#kiosk/hooks/usePinRest.ts';
import { useAppStore } from '#kiosk/state/store.ts';

interface Props {
  readonly member: Member;
  readonly pin: PinHash;
  readonly onCancel: () => void;
}

/**
 * The member's picture PIN: three of nine pictures, checked against the
 * salted hash on this tablet. Every third wrong try rests the pad for 30
 * seconds, also after "someone else" and back (see usePinRest).
 */
export function PinSignIn({ member, pin, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const signIn = useAppStore((s) => s.signIn);
  const rest = usePinRest(member.id);
  const [checking, setChecking] = useState(false);

  const check = (pictures: readonly string[]) => {
    setChecking(true);
    void pinMatches(memberPinText(pictures), pin)
      .then((ok) => {
        if (ok) {
          rest.clear();
          signIn(member.id);
        } else {
          rest.miss();
        }
      })
      .finally(() => {
        setChecking(false);
      });
  };

  return (
    <main className="pin-screen">
      <div className="screen-title">
        <h1>
          <Pictogram name={member.avatar} size={64} />
          {member.name}
        </h1>
        <SpeakButton text={`${member.name}. ${t('pin.title')}`} language={lang} />
      </div>
      <p className="pin-title">
        <Pictogram name="lock" size={40} />
        {t('pin.title')}
      </p>
      <PicturePinPad onComplete={check} disabled={checking || rest.resting} />
      <p className="pin-message" role="status">
        {rest.resting ? (
          <>
            <Pictogram name="hourglass" size={40} />
            {t('pin.wait')}
          </>
        ) : rest.wrong > 0 ? (
          <>
            <Pictogram name="no" size={40} />
            {t('pin.wrong')}
          </>
        ) : null}
      </p>
      <button type="button" className="secondary-button" onClick={onCancel}>
        <Pictogram name="back" size={40} />
        <span>{t('pin.other')}</span>
      </button>
    </main>
  );
}
