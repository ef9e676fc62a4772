import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import type { CardStep } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

const step = (text: string, extra: Partial<CardStep> = {}): CardStep => ({ id: uuidv7(), picto: 'package', text, speech: text, ...extra });

/** Ann at step 2 of 3 of her first task, with 3 of 5 pieces counted. */
async function midTask() {
  const setup = await enrolledDb();
  const { db, member, card } = setup;
  await db.cards.put({ ...card, steps: [step('Neem een doos.'), step('Tel vijf stukken.', { kind: 'count', target: 5 }), step('Zet de doos op de kar.')] });
  await db.checkinPrompts.put({ memberId: member.id, day: '2026-11-25', outcome: 'skipped' });
  const user = userEvent.setup();
  const rendered = renderWithServices(<App />, { db });
  await user.click(await screen.findByRole('button', { name: 'Ann' }));
  await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
  await user.click(await screen.findByRole('button', { name: 'Volgende' }));
  for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Eén erbij' }));
  expect(screen.getByText('3 van 5')).toBeDefined();
  return { ...setup, user, rendered };
}

async function expectBackAtTheCount() {
  expect(await screen.findByText('Stap 2 van 3')).toBeDefined();
  expect(screen.getByText('3 van 5')).toBeDefined();
}

describe('an open task kept on the tablet', () => {
  it('resumes at the same step with the same counts after signing out and in, and undo still takes back the last tap', async () => {
    const { user } = await midTask();
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await expectBackAtTheCount();
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.getByText('2 van 5')).toBeDefined();
  });

  it('stores each tap while the task stays on screen, once it is drawn, and at once when the page is hidden', async () => {
    const { db, member, user } = await midTask();
    // Nothing closes or unmounts here: the write goes out on its own after the tap is painted.
    await waitFor(async () => {
      const progress = (await db.openTasks.get(member.id))?.progress;
      expect(progress?.stepIndex).toBe(1);
      expect(Object.values(progress?.counted ?? {})).toEqual([3]);
    });

    await user.click(screen.getByRole('button', { name: 'Eén erbij' }));
    window.dispatchEvent(new Event('pagehide'));
    // Written before the next frame: hidden pages get no frames.
    expect(await db.openTasks.get(member.id).then((row) => Object.values(row?.progress.counted ?? {}))).toEqual([4]);
  });

  it('resumes after the idle sign-out, which signs out the same way', async () => {
    const { user } = await midTask();
    act(() => {
      useAppStore.getState().signOut();
    });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await expectBackAtTheCount();
  });

  it('resumes after a reload: the app starts over with nothing in memory, the tablet still has the task', async () => {
    const { db, user, rendered } = await midTask();
    rendered.unmount();
    renderWithServices(<App />, { db });
    expect(useAppStore.getState().taskId).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await expectBackAtTheCount();
  });

  it('starts fresh when the task was closed on purpose, or finished on another tablet', async () => {
    const { db, member, tasks, user } = await midTask();
    await user.click(screen.getByRole('button', { name: 'Terug' }));
    await user.click(screen.getByRole('button', { name: 'Naar mijn taken' }));
    await screen.findByRole('heading', { name: 'Vandaag' });
    await waitFor(async () => {
      expect(await db.openTasks.count()).toBe(0);
    });

    await user.click((await screen.findAllByRole('button', { name: /Dozen inpakken/ }))[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Volgende' }));
    await waitFor(async () => {
      expect(await db.openTasks.get(member.id)).toMatchObject({ taskId: tasks[0]!.id, progress: { stepIndex: 1 } });
    });
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    await db.taskCompletions.put({ id: uuidv7(), teamId: member.teamId, taskId: tasks[0]!.id, memberId: member.id, good: 20, rejected: 0, completedAt: '2026-11-25T11:00:00.000Z' });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    expect(useAppStore.getState().taskId).toBeNull();
  });
});
