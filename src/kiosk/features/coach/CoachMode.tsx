/**
 * Coach mode, loaded lazily: this module and everything it imports (editors,
 * camera, recorder) stay out of the member bundle. Its strings, the 'coach'
 * i18n namespace, are a chunk of their own that i18next loads on first use.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdleWarning } from '#kiosk/components/IdleWarning.tsx';
import { useIdleSignOut } from '#kiosk/hooks/useIdleSignOut.ts';
import { DEFAULT_LANGUAGE } from '#kiosk/i18n/i18n.ts';
import { selectCoachMode, useAppStore } from '#kiosk/state/store.ts';
import { CoachHome } from './CoachHome.tsx';
import { CoachPinScreen } from './CoachPinScreen.tsx';

export function CoachMode() {
  // Asked for here, before any child: coach mode waits for its strings behind the loading screen
  // as one, instead of screen by screen.
  const { i18n } = useTranslation('coach');
  const mode = useAppStore(selectCoachMode);
  // The coach may switch the screen's language; the photo grid is in the default one again.
  // react-i18next hands out a new `i18n` object on every language change, so hold the first
  // one: depending on it would reset the language the moment the coach picks one.
  const [instance] = useState(i18n);
  useEffect(
    () => () => {
      void instance.changeLanguage(DEFAULT_LANGUAGE);
    },
    [instance],
  );
  return mode === 'unlocked' ? <UnlockedCoachHome /> : <CoachPinScreen />;
}

/** A shared tablet left in coach mode locks itself: the team's set-up is a PIN away again. */
export const COACH_IDLE_MINUTES = 5;

/**
 * Coach mode while unlocked. After COACH_IDLE_MINUTES without a tap (with a
 * warning first) the code is asked again over the screen; the screen below
 * stays as it was, so a card half-written is still there after the code.
 */
function UnlockedCoachHome() {
  const [locked, setLocked] = useState(false);
  const lock = useCallback(() => {
    setLocked(true);
  }, []);
  const warning = useIdleSignOut(COACH_IDLE_MINUTES, lock, locked);
  return (
    <>
      <div className="coach-below-lock" inert={locked} aria-hidden={locked}>
        <CoachHome />
      </div>
      {locked && (
        <div className="coach-lock">
          <CoachPinScreen
            onUnlocked={() => {
              setLocked(false);
            }}
          />
        </div>
      )}
      {warning && !locked && <IdleWarning />}
    </>
  );
}
