import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech, type FakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { useAppStore } from '#kiosk/state/store.ts';
import { TimerStep } from './TimerStep.tsx';

/** How much of the disc the red sector covers, read back from the drawn path (from twelve o'clock, clockwise). */
function redShare(): number {
  const d = document.querySelector('.timer-disc-left')?.getAttribute('d') ?? '';
  if (d === '') return 0;
  const arcs = [...d.matchAll(/A[\d.]+ [\d.]+ 0 [01] 1 ([\d.]+) ([\d.]+)/g)];
  if (arcs.length === 2) return 1;
  const [, x, y] = arcs[0] ?? [];
  const angle = Math.atan2(Number(x) - 100, 100 - Number(y));
  return (angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI);
}

let speech: FakeSpeech;
beforeEach(() => {
  speech = installFakeSpeech(['nl-BE']);
});
afterEach(() => {
  speech.uninstall();
});

describe('the timer step', () => {
  it('shows a red disc that shrinks as the clock runs, with the digits, and says the time left on a tap', async () => {
    let clock = new Date('2026-11-25T10:00:00').getTime();
    const { db } = await enrolledDb();
    const user = userEvent.setup();
    renderWithServices(<TimerStep seconds={120} />, { db, now: () => new Date(clock) });
    expect(redShare()).toBe(1);
    expect(screen.getByRole('timer').textContent).toBe('2:00');

    await user.click(screen.getByRole('button', { name: 'Start de tijd' }));
    expect(useAppStore.getState().timerRunning).toBe(true);
    clock += 30_000;
    await waitFor(() => {
      expect(screen.getByRole('timer').textContent).toBe('1:30');
    });
    expect(redShare()).toBeCloseTo(0.75, 2);

    clock += 60_000;
    await waitFor(() => {
      expect(screen.getByRole('timer').textContent).toBe('0:30');
    });
    expect(redShare()).toBeCloseTo(0.25, 2);
    await user.click(screen.getByRole('button', { name: 'Hoeveel tijd nog?' }));
    expect(speech.spoken).toEqual(['Nog 30 seconden']);
  });

  it('stands still while paused, goes on from there, and at zero shows it is over without moving on', async () => {
    let clock = new Date('2026-11-25T10:00:00').getTime();
    const { db } = await enrolledDb();
    const user = userEvent.setup();
    renderWithServices(<TimerStep seconds={90} />, { db, now: () => new Date(clock) });
    await user.click(screen.getByRole('button', { name: 'Start de tijd' }));
    clock += 15_000;
    await waitFor(() => {
      expect(screen.getByRole('timer').textContent).toBe('1:15');
    });
    await user.click(screen.getByRole('button', { name: 'Wacht even' }));
    // Paused, the idle sign-out may count again, and the clock moving on takes nothing off.
    expect(useAppStore.getState().timerRunning).toBe(false);
    clock += 600_000;
    await user.click(screen.getByRole('button', { name: 'Hoeveel tijd nog?' }));
    expect(speech.spoken).toEqual(['Nog 1 minuut en 15 seconden']);
    await user.click(screen.getByRole('button', { name: 'Start de tijd' }));
    expect(screen.getByRole('timer').textContent).toBe('1:15');
    expect(redShare()).toBeCloseTo(75 / 90, 2);

    clock += 75_000;
    expect(await screen.findByRole('img', { name: 'De tijd is om' })).toBeDefined();
    expect(redShare()).toBe(0);
    // The store hears of it from an effect after the paint.
    await waitFor(() => {
      expect(useAppStore.getState().timerRunning).toBe(false);
    });
    await user.click(screen.getByRole('button', { name: 'Nog eens' }));
    expect(screen.getByRole('timer').textContent).toBe('1:30');
    expect(redShare()).toBe(1);
  });
});
