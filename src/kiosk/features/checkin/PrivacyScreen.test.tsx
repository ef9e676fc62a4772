import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { PrivacyScreen } from './PrivacyScreen.tsx';

const CHAIN = 'De keten ziet alleen cijfers van de hele ploeg.';
const COACH = 'Je coach ziet je gezichtjes van de laatste weken.';

describe('who sees your faces', () => {
  it('says the coach sees them, and names the chain only once the coordinator has published team figures', async () => {
    const { db, member } = await enrolledDb();
    await db.teamSettings.put({ id: uuidv7(), teamId: member.teamId, defaultStationId: null });
    renderWithServices(<PrivacyScreen onClose={() => undefined} />, { db });
    expect(await screen.findByText(COACH)).toBeDefined();
    expect(screen.getByText('Je collega’s zien ze niet.')).toBeDefined();
    expect(screen.queryByText(CHAIN)).toBeNull();

    // The server sets this when the team's first weekly figures exist (SNAPSHOTS.md).
    await db.teamSettings.toCollection().modify({ chainFiguresSince: '2026-11-16' });
    expect(await screen.findByText(CHAIN)).toBeDefined();
  });

  it('does not name the chain on a tablet that has no team settings yet', async () => {
    const { db } = await enrolledDb();
    renderWithServices(<PrivacyScreen onClose={() => undefined} />, { db });
    expect(await screen.findByText(COACH)).toBeDefined();
    await waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(5);
    });
    expect(screen.queryByText(CHAIN)).toBeNull();
  });
});
