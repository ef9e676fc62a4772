import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { App } from './App.tsx';
import { FirstScreenContext, readFirstScreen } from './firstScreen.ts';

describe('the first screen read ahead', () => {
  it('reads the enrolment and the members in grid order in one go', async () => {
    const { db, member } = await enrolledDb();
    await db.members.put({ ...member, id: 'm-aaron', name: 'Aaron' });

    const read = await readFirstScreen(db);

    expect(read.device?.team.name).toBe((await db.device.get('self'))?.team.name);
    expect(read.members.map((m) => m.name)).toEqual(['Aaron', 'Ann']);
  });

  it('draws the photo grid in the first render, before IndexedDB answers the hooks', async () => {
    const { db } = await enrolledDb();
    const firstScreen = await readFirstScreen(db);

    renderWithServices(
      <FirstScreenContext.Provider value={firstScreen}>
        <App />
      </FirstScreenContext.Provider>,
      { db },
    );

    // getBy, not findBy: without the read-ahead the first render is empty while the hooks wait.
    expect(screen.getByRole('button', { name: 'Ann' })).toBeDefined();
  });

  it('without it, the grid waits for IndexedDB as before', async () => {
    const { db } = await enrolledDb();

    renderWithServices(<App />, { db });

    expect(screen.queryByRole('button', { name: 'Ann' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Ann' })).toBeDefined();
  });
});
