import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberPinText, pinMatches } from '#shared/pinHash.ts';
import type { Member, PinHash } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { PicturePinPad } from '#kiosk/components/PicturePinPad.tsx';
import { RestCountdown } from '#kiosk/components/RestCountdown.tsx';
import { SayButton } from '#kiosk/components/SpeakButton.tsx';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { usePinRest } from '#kiosk/hooks/usePinRest.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';

interface Props {
  readonly member: Member;
  readonly pin: PinHash;
  readonly onCancel: () => void;
}

/**
 * The member's picture PIN: three of nine pictures, checked against the
 * salted hash on this tablet. Every third wrong try rests the pad for 30
 * seconds, also after "someone else" and back (see usePinRest); the rest
 * shows as a shrinking disc and is said aloud when it starts.
 *
 * Laid out to fit a tablet either way up without scrolling: the pad on one
 * side, and the prompt, the feedback and "someone else" beside it in
 * landscape, below it in portrait.
 */
export function PinSignIn({ member, pin, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const signIn = useAppStore((s) => s.signIn);
  const rest = usePinRest(member.id);
  const [checking, setChecking] = useState(false);
  const sayer = useSay(lang);
  const { say } = sayer;
  const { resting, secondsLeft, restSeconds } = rest;
  const restSpeech = t('pinRest.speech', { seconds: restSeconds });
  // Said once as the rest begins (and again on coming back to a resting pad), not every second.
  useEffect(() => {
    if (resting) say(restSpeech);
  }, [resting, restSpeech, say]);

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
          <MemberAvatar member={member} size={64} />
          {member.name}
        </h1>
        <SayButton text={resting ? restSpeech : `${member.name}. ${t('pin.title')}`} sayer={sayer} />
      </div>
      <div className="pin-body">
        <PicturePinPad onComplete={check} disabled={checking || resting} />
        <div className="pin-side">
          <p className="pin-title">
            <Pictogram name="lock" size={40} />
            {t('pin.title')}
          </p>
          <p className="pin-message" role="status">
            {resting ? (
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
          {resting && <RestCountdown secondsLeft={secondsLeft} totalSeconds={restSeconds} label={t('pinRest.left', { seconds: secondsLeft })} />}
          <button type="button" className="secondary-button" onClick={onCancel}>
            <Pictogram name="back" size={40} />
            <span>{t('pin.other')}</span>
          </button>
        </div>
      </div>
    </main>
  );
}
