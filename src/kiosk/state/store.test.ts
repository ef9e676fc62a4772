import { describe, expect, it } from 'vitest';
import type { Card } from '#shared/records.ts';
import { resetAppStore } from '#tests/helpers/resetAppStore.ts';
import { createAppStore, useAppStore, type AppState } from './store.ts';

const card: Card = {
  id: 'card-1', teamId: 'team-1', stationId: 'station-1', title: 'Dozen inpakken', picto: 'package', ppe: [], version: 1,
  steps: [{ id: 'step-1', picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' }],
};

/** The state's data without its actions, which are new functions in every store. */
function dataOf(state: AppState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => typeof value !== 'function'));
}

describe('resetting the UI store between tests', () => {
  it('brings every slice back to how a fresh store starts, including the countdown and PIN rests', () => {
    const s = useAppStore.getState();
    s.signIn('member-1');
    s.openTask('task-1', card);
    useAppStore.getState().tap((p) => ({ ...p, stepIndex: 1 }));
    s.setTimerRunning(true);
    s.missPin('coach', 1_000);
    s.setOnline(false);
    s.setSyncStatus({ running: true, lastOutcome: 'ok', lastMessage: 'x', failures: 2 });
    s.setUpdateAvailable(() => undefined);
    s.askCoachPin();
    expect(useAppStore.getState()).toMatchObject({ memberId: 'member-1', taskId: 'task-1', timerRunning: true, coachMode: 'locked', online: false });
    expect(useAppStore.getState().undoStack).toHaveLength(1);

    resetAppStore();

    const reset = useAppStore.getState();
    expect(dataOf(reset)).toEqual(dataOf(createAppStore().getState()));
    expect(reset.timerRunning).toBe(false);
    expect(reset.pinMisses).toEqual({});
    expect(reset.memberId).toBeNull();
    expect(reset.card).toBeNull();
    expect(reset.applyUpdate).toBeNull();
  });

  it('keeps the actions, so the store still works after a reset', () => {
    useAppStore.getState().signIn('member-2');
    resetAppStore();
    useAppStore.getState().signIn('member-3');
    expect(useAppStore.getState().memberId).toBe('member-3');
    resetAppStore();
  });
});
