import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { writeLocal } from '#db/localWrite.ts';
import { SchakelDb } from '#db/SchakelDb.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { UpdatePrompt } from './UpdatePrompt.tsx';

describe('the update prompt', () => {
  it('appears only when a new version waits, and updates only on a tap, after syncing', async () => {
    const user = userEvent.setup();
    let applied = 0;
    const { syncRequests } = renderWithServices(<UpdatePrompt />, { db: new SchakelDb(`u-${uuidv7()}`) });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => {
      useAppStore.getState().setUpdateAvailable(() => {
        applied += 1;
      });
    });
    expect(screen.getByRole('alertdialog').textContent).toContain('Er is een nieuwe versie.');
    expect(applied).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    await waitFor(() => {
      expect(applied).toBe(1);
    });
    expect(syncRequests).toEqual(['manual']);
  });

  it('does not reload while changes still wait, and says why', async () => {
    const user = userEvent.setup();
    const { db, member, tasks } = await enrolledDb();
    await writeLocal(db, { kind: 'taskCompletion', op: 'insert', record: { id: uuidv7(), teamId: member.teamId, taskId: tasks[0]!.id, memberId: member.id, good: 1, rejected: 0, completedAt: FIXED_NOW.toISOString() } }, { actorMemberId: member.id, now: FIXED_NOW, newId: uuidv7 });
    let applied = 0;
    renderWithServices(<UpdatePrompt />, { db });
    act(() => {
      useAppStore.getState().setUpdateAvailable(() => {
        applied += 1;
      });
    });
    await user.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Er wachten nog wijzigingen');
    expect(applied).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('can be put off with "later"', async () => {
    const user = userEvent.setup();
    renderWithServices(<UpdatePrompt />, { db: new SchakelDb(`u-${uuidv7()}`) });
    act(() => {
      useAppStore.getState().setUpdateAvailable(() => undefined);
    });
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
