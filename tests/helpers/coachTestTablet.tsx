/**
 * Test set-up for coach mode: an enrolled coach tablet with the test
 * helpers' member, station and card, rendered as the whole app. Used only by
 * the tests beside it.
 */
import { act, screen } from '@testing-library/react';
import { enrolledDb } from './enrolledDb.ts';
import { renderWithServices, type Rendered } from './renderApp.tsx';
import type { SchakelDb } from '#db/SchakelDb.ts';
import type { Card, Member } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';
import { useAppStore, type CoachMode } from '#kiosk/state/store.ts';

export interface CoachTablet extends Rendered {
  readonly db: SchakelDb;
  readonly member: Member;
  readonly card: Card;
}

/** Renders the app on a coach tablet; `coachMode: 'unlocked'` skips the PIN (tested on its own). */
export async function renderCoachTablet(coachMode: CoachMode = 'off'): Promise<CoachTablet> {
  const { db, member, card } = await enrolledDb();
  await db.device.update('self', { role: 'coach' });
  let rendered: Rendered | undefined;
  act(() => {
    rendered = renderWithServices(<App />, { db });
    useAppStore.setState({ coachMode, coachTab: 'cards' });
  });
  if (!rendered) throw new Error('not rendered');
  // The coach chunk is imported on first use; the first import in a test run is slow.
  if (coachMode === 'unlocked') await screen.findByRole('heading', { name: 'Taakkaarten' }, { timeout: 10_000 });
  return { ...rendered, db, member, card };
}
