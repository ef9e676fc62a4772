import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberPinText, pinMatches } from '../../../shared/pinHash.ts';
import type { Member, PinHash } from '../../../shared/records.ts';
import { Pictogram } from '../../components/Pictogram.tsx';
import { PicturePinPad } from '../../components/PicturePinPad.tsx';
import { SpeakButton } from '../../components/SpeakButton.tsx';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { useAppStore } from '../../state/store.ts';

/** After this many wrong PINs in a row the pad rests a while, so guessing all 729 takes hours. */
const TRIES_BEFORE_PAUSE = 3;
const PAUSE_MS = 30_000;

interface Props {
  readonly member: Member;
  readonly pin: PinHash;
  readonly onCancel: () => void;
}

/** The member's picture PIN: three of nine pictures, checked against the salted hash on this tablet. */
export function PinSignIn({ member, pin, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const signIn = useAppStore((s) => s.signIn);
  const [wrong, setWrong] = useState(0);
  const [checking, setChecking] = useState(false);
  const [resting, setResting] = useState(false);
  const restTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(restTimer.current);
    },
    [],
  );

  const check = (pictures: readonly string[]) => {
    setChecking(true);
    void pinMatches(memberPinText(pictures), pin)
      .then((ok) => {
        if (ok) {
          signIn(member.id);
          return;
        }
        const tries = wrong + 1;
        setWrong(tries);
        if (tries % TRIES_BEFORE_PAUSE === 0) {
          setResting(true);
          restTimer.current = setTimeout(() => {
            setResting(false);
          }, PAUSE_MS);
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
      <PicturePinPad onComplete={check} disabled={checking || resting} />
      <p className="pin-message" role="status">
        {resting ? (
          <>
            <Pictogram name="hourglass" size={40} />
            {t('pin.wait')}
          </>
        ) : wrong > 0 ? (
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
