import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coachPin, setCoachPin } from '#db/coachRepository.ts';
import { coachPinText, hashPin, newPinSalt, pinMatches } from '#shared/pinHash.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { RestCountdown } from '#kiosk/components/RestCountdown.tsx';
import { usePinRest } from '#kiosk/hooks/usePinRest.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { selectLeaveCoach, selectUnlockCoach, useAppStore } from '#kiosk/state/store.ts';
import { NumberPad } from './NumberPad.tsx';

const MIN_DIGITS = 4;
const MAX_DIGITS = 6;

type Phase = { readonly step: 'enter' } | { readonly step: 'set' } | { readonly step: 'confirm'; readonly first: string };

/**
 * The door to coach mode. A tablet without a coach code asks for one twice
 * and keeps only its salted hash; after that it asks for the code. A wrong
 * code changes nothing but the message.
 */
export function CoachPinScreen({ onUnlocked }: { onUnlocked?: () => void }) {
  const { t } = useTranslation('coach');
  const { db } = useServices();
  const unlockCoach = useAppStore(selectUnlockCoach);
  const unlock = onUnlocked ?? unlockCoach;
  const cancel = useAppStore(selectLeaveCoach);
  const rest = usePinRest('coach');
  const stored = useLiveQuery(() => coachPin(db), [db]);
  const [digits, setDigits] = useState('');
  const [settingUp, setSettingUp] = useState<Phase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const phase = useMemo<Phase>(() => settingUp ?? (stored === null ? { step: 'set' } : { step: 'enter' }), [settingUp, stored]);

  const typeDigit = useCallback((digit: string) => {
    setError(null);
    setDigits((d) => (d.length < MAX_DIGITS ? d + digit : d));
  }, []);
  const erase = useCallback(() => {
    setDigits((d) => d.slice(0, -1));
  }, []);

  const { resting, miss, clear } = rest;
  const submit = useCallback(() => {
    if (busy || resting || stored === undefined) return;
    if (digits.length < MIN_DIGITS) {
      setError(t('pin.tooShort'));
      return;
    }
    const typed = digits;
    setDigits('');
    if (phase.step === 'set') {
      setSettingUp({ step: 'confirm', first: typed });
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        if (phase.step === 'confirm') {
          if (typed !== phase.first) {
            setSettingUp({ step: 'set' });
            setError(t('pin.mismatch'));
            return;
          }
          await setCoachPin(db, await hashPin(coachPinText(typed), newPinSalt()));
          unlock();
        } else if (stored && (await pinMatches(coachPinText(typed), stored))) {
          clear();
          unlock();
        } else {
          miss();
          setError(t('pin.wrong'));
        }
      } catch {
        // Nothing was stored (a full disk, most likely); the coach can try again.
        setSettingUp({ step: 'set' });
        setError(t('pin.saveFailed'));
      } finally {
        setBusy(false);
      }
    })();
  }, [busy, resting, stored, digits, phase, db, unlock, miss, clear, t]);

  if (stored === undefined) return null;
  const title = phase.step === 'enter' ? t('pin.titleEnter') : phase.step === 'set' ? t('pin.titleSet') : t('pin.titleConfirm');
  return (
    <main className="coach-pin-screen">
      {/* Side by side in landscape (CSS): a help banner above must leave the whole pad on screen. */}
      <div className="coach-pin-body">
        <div className="coach-pin-side">
          <h1>
            <Pictogram name="key" size={48} />
            {title}
          </h1>
          {phase.step === 'set' && <p>{t('pin.explainSet')}</p>}
          <ErrorAlert message={resting ? t('pin.resting') : error} />
          {resting && <RestCountdown secondsLeft={rest.secondsLeft} totalSeconds={rest.restSeconds} label={t('pin.restLeft', { seconds: rest.secondsLeft })} />}
          <button type="button" className="secondary-button" onClick={cancel}>
            <Pictogram name="back" size={40} />
            <span>{t('pin.cancel')}</span>
          </button>
        </div>
        <NumberPad
          length={digits.length}
          maxLength={MAX_DIGITS}
          disabled={busy || resting}
          typedLabel={busy ? t('pin.checking') : t('pin.typed', { count: digits.length })}
          eraseLabel={t('pin.erase')}
          okLabel={t('pin.ok')}
          onDigit={typeDigit}
          onErase={erase}
          onSubmit={submit}
        />
      </div>
    </main>
  );
}
