import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from '#kiosk/App.tsx';
import { REWARD_MS } from './TaskDoneReward.tsx';

/** Every tone started on any AudioContext the app makes, by pitch, so a test hears the chime. */
const tones: number[] = [];

class RecordingAudioContext {
  currentTime = 0;
  state = 'running';
  destination = { connect: () => undefined };
  resume() {
    return Promise.resolve();
  }
  createOscillator() {
    let frequency = 0;
    return {
      type: 'sine',
      frequency: { setValueAtTime: (v: number) => (frequency = v) },
      connect: () => undefined,
      start: () => tones.push(Math.round(frequency)),
      stop: () => undefined,
    };
  }
  createGain() {
    const param = { setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined };
    return { gain: param, connect: () => undefined };
  }
}

beforeEach(() => {
  tones.length = 0;
  vi.stubGlobal('AudioContext', RecordingAudioContext);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Ann opens a task of her day (two of the same card) and goes through its steps to the counts. */
async function toCounts(options: { alreadyDone?: boolean } = {}) {
  const setup = await enrolledDb();
  const { db, member, tasks } = setup;
  if (options.alreadyDone) {
    await db.taskCompletions.put({ id: uuidv7(), teamId: member.teamId, taskId: tasks[0]!.id, memberId: member.id, good: 20, rejected: 0, completedAt: '2026-11-25T08:30:00Z' });
  }
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } : {});
  renderWithServices(<App />, { db });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  const open = (await screen.findAllByRole('button', { name: /^Dozen inpakken/ })).find((b) => !(b as HTMLButtonElement).disabled);
  await user.click(open as HTMLElement);
  for (let i = 0; i < 3; i++) await user.click(await screen.findByRole('button', { name: /^(Volgende|Tellen)$/ }));
  await screen.findByRole('heading', { name: 'Hoeveel stukken?' });
  return { ...setup, user };
}

describe('the reward after a task', () => {
  it('shows a big tick, plays a short chime and fills the day’s progress by one, then goes back to Today', async () => {
    const { user } = await toCounts();
    await user.click(screen.getByRole('button', { name: 'Klaar' }));

    expect(await screen.findByRole('img', { name: 'Taak klaar' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Taak klaar' })).toBeDefined();
    const progress = await screen.findByRole('button', { name: '1 van 2 taken klaar' });
    expect(progress.classList.contains('day-progress-filling')).toBe(true);
    expect(progress.querySelector('.progress-new')).not.toBeNull();
    await waitFor(() => {
      expect(tones.filter((f) => f < 1200)).toEqual([784, 1047]);
    });

    await user.click(screen.getByRole('button', { name: 'Naar mijn taken' }));
    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    expect(screen.getByRole('button', { name: '1 van 2 taken klaar' })).toBeDefined();
  });

  it('says the whole day is done after the day’s last task, with a third note', async () => {
    const { user } = await toCounts({ alreadyDone: true });
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(await screen.findByRole('heading', { name: 'Alles klaar voor vandaag' })).toBeDefined();
    expect(screen.getByRole('img', { name: 'Alles klaar voor vandaag' })).toBeDefined();
    expect(await screen.findByRole('button', { name: '2 van 2 taken klaar' })).toBeDefined();
    await waitFor(() => {
      expect(tones.filter((f) => f < 1400)).toEqual([784, 1047, 1319]);
    });
  });

  it('goes back to Today by itself after a moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const { user } = await toCounts();
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await screen.findByRole('heading', { name: 'Taak klaar' });
    // A little more than the moment: React may start the reward's own timer a tick after it shows.
    await act(() => vi.advanceTimersByTimeAsync(REWARD_MS + 500));
    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
  });

  it('never offers the counts again for a task the member already finished (the tablet came back to it)', async () => {
    const { db, member, tasks } = await toCounts();
    await db.taskCompletions.put({ id: uuidv7(), teamId: member.teamId, taskId: tasks[0]!.id, memberId: member.id, good: 20, rejected: 0, completedAt: '2026-11-25T09:00:00Z' });
    expect(await screen.findByRole('heading', { name: 'Taak klaar' })).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Hoeveel stukken?' })).toBeNull();
    // Not just now finished here: no chime.
    expect(tones).toEqual([]);
    expect(await db.taskCompletions.count()).toBe(1);
  });
});
