/**
 * Puts the kiosk's UI store back to the state it was created with. zustand
 * keeps that state (`getInitialState()`), so a field a slice gains later is
 * reset too, without a copy of every field here going stale.
 */
import { useAppStore } from '#kiosk/state/store.ts';

export function resetAppStore(): void {
  // `true` replaces the whole state, so nothing a test set survives the reset.
  useAppStore.setState(useAppStore.getInitialState(), true);
}
