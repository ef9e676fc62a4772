import { act, screen } from '@testing-library/react';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { writeLocal } from '#db/localWrite.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { SyncIndicator } from './SyncIndicator.tsx';

describe('the sync indicator', () => {
  it('shows offline, how many changes wait, and the last sync', async () => {
    const { db, member, tasks } = await enrolledDb();
    await db.syncState.put({ key: 'self', cursor: 5, lastSyncAt: new Date('2026-11-25T08:05:00').toISOString() });
    await writeLocal(db, { kind: 'taskCompletion', op: 'insert', record: { id: uuidv7(), teamId: member.teamId, taskId: tasks[0]?.id ?? '', memberId: member.id, good: 1, rejected: 0, completedAt: FIXED_NOW.toISOString() } }, { actorMemberId: member.id, now: FIXED_NOW, newId: uuidv7 });
    renderWithServices(<SyncIndicator />, { db });
    act(() => {
      useAppStore.getState().setOnline(false);
    });
    const status = await screen.findByRole('status', { name: 'Verbinding' });
    await screen.findByText('1 wijziging wacht');
    expect(status.textContent).toMatch(/Geen verbinding/);
    expect(status.textContent).toMatch(/Bijgewerkt om 08:05/);
  });

  it('warns when changes have waited for more than an hour', async () => {
    const { db, member, tasks } = await enrolledDb();
    const twoHoursAgo = new Date(FIXED_NOW.getTime() - 2 * 3_600_000);
    await writeLocal(db, { kind: 'taskCompletion', op: 'insert', record: { id: uuidv7(), teamId: member.teamId, taskId: tasks[0]?.id ?? '', memberId: member.id, good: 1, rejected: 0, completedAt: twoHoursAgo.toISOString() } }, { actorMemberId: member.id, now: twoHoursAgo, newId: uuidv7 });
    const { container } = renderWithServices(<SyncIndicator />, { db });
    await screen.findByText('1 wijziging wacht');
    expect(container.querySelector('.sync-waiting-long')).not.toBeNull();
  });

  it.each([
    ['upgradeRequired', 'Nieuwe versie nodig'],
    ['unauthorised', 'Tablet opnieuw koppelen'],
    ['server', 'Server heeft een probleem'],
    ['ok', 'Verbonden'],
  ] as const)('says what a %s outcome means for the person', async (outcome, text) => {
    const { db } = await enrolledDb();
    renderWithServices(<SyncIndicator />, { db });
    act(() => {
      useAppStore.getState().setSyncStatus({ running: false, lastOutcome: outcome, lastMessage: null, failures: 1 });
    });
    expect((await screen.findByRole('status', { name: 'Verbinding' })).textContent).toContain(text);
  });
});
