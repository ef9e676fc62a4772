import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';
import { hashPin, memberPinText, newPinSalt } from '#shared/pinHash.ts';
import { App } from '#kiosk/App.tsx';
import { useAppStore } from '#kiosk/state/store.ts';
import { PinSignIn } from './PinSignIn.tsx';

async function withPin() {
  const setup = await enrolledDb();
  await setup.db.members.put({ ...setup.member, pin: await hashPin(memberPinText(['apple', 'sun', 'fish']), newPinSalt()) });
  return setup;
}

describe('signing in with a picture PIN', () => {
  it('opens the day only after the three right pictures in the right order', async () => {
    const { db, member } = await withPin();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByText('Tik je drie prentjes.')).toBeDefined();

    for (const name of ['zon', 'appel', 'vis']) await user.click(screen.getByRole('button', { name }));
    expect(await screen.findByText('Dat was niet juist. Probeer opnieuw.')).toBeDefined();
    expect(useAppStore.getState().memberId).toBeNull();

    for (const name of ['appel', 'zon', 'vis']) await user.click(screen.getByRole('button', { name }));
    expect(await screen.findByRole('button', { name: 'Goed' })).toBeDefined();
    expect(useAppStore.getState().memberId).toBe(member.id);
  });

  it('lets the member take back a picture, and rests the pad after three wrong tries', async () => {
    const { db } = await withPin();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'auto' }));
    expect(screen.getByRole('list', { name: '1 van 3 prentjes gekozen' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Laatste prentje weg' }));
    expect(screen.getByRole('list', { name: '0 van 3 prentjes gekozen' })).toBeDefined();

    const ball = () => screen.getByRole<HTMLButtonElement>('button', { name: 'bal' });
    for (let attempt = 0; attempt < 3; attempt++) {
      await waitFor(() => {
        expect(ball().disabled).toBe(false);
      });
      for (let tap = 0; tap < 3; tap++) await user.click(ball());
    }
    expect(await screen.findByText('Even wachten. Probeer zo opnieuw.')).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'appel' }).disabled).toBe(true);
    expect(useAppStore.getState().memberId).toBeNull();

    // Walking away and tapping the photo again does not end the rest.
    await user.click(screen.getByRole('button', { name: 'Ik ben iemand anders' }));
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByText('Even wachten. Probeer zo opnieuw.')).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'appel' }).disabled).toBe(true);
  });

  it('goes back to the photos for someone else', async () => {
    const { db } = await withPin();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Ik ben iemand anders' }));
    expect(await screen.findByRole('heading', { name: 'Wie ben jij?' })).toBeDefined();
  });
});

describe('the rest after three wrong tries', () => {
  it('shows a countdown disc that shrinks second by second, says the wait aloud, and opens the pad when it is over', async () => {
    const speech = installFakeSpeech(['nl-BE']);
    try {
      const { db, member } = await withPin();
      const pin = (await db.members.get(member.id))?.pin;
      if (!pin) throw new Error('the member has no PIN');
      let nowMs = FIXED_NOW.getTime();
      // The test moves the tablet's clock; the countdown notices at its next whole-second wake-up.
      const user = userEvent.setup();
      renderWithServices(<PinSignIn member={{ ...member, pin }} pin={pin} onCancel={() => undefined} />, { db, now: () => new Date(nowMs) });
      const ball = () => screen.getByRole<HTMLButtonElement>('button', { name: 'bal' });
      for (let attempt = 0; attempt < 3; attempt++) {
        await waitFor(() => {
          expect(ball().disabled).toBe(false);
        });
        for (let tap = 0; tap < 3; tap++) await user.click(ball());
      }

      const countdown = await screen.findByRole('timer', { name: 'Nog 30 seconden wachten' });
      expect(countdown.textContent).toBe('30');
      expect(speech.spoken).toEqual(['Drie keer niet juist. Even wachten. Over 30 seconden mag je opnieuw proberen.']);
      const left = () => countdown.querySelector('.rest-countdown-left');
      expect(left()?.tagName).toBe('circle');

      nowMs += 12_000;
      expect((await screen.findByRole('timer', { name: 'Nog 18 seconden wachten' }, { timeout: 3000 })).textContent).toBe('18');
      // Less than the whole disc is left: a slice, no longer the full circle.
      expect(left()?.tagName).toBe('path');
      expect(ball().disabled).toBe(true);
      // The speak button says the wait too, not the PIN prompt.
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      expect(speech.spoken.at(-1)).toBe('Drie keer niet juist. Even wachten. Over 30 seconden mag je opnieuw proberen.');

      nowMs += 18_000;
      await waitFor(
        () => {
          expect(ball().disabled).toBe(false);
        },
        { timeout: 3000 },
      );
      expect(screen.queryByRole('timer')).toBeNull();
      expect(speech.spoken.filter((s) => s.startsWith('Drie keer'))).toHaveLength(2);
    } finally {
      speech.uninstall();
    }
  }, 15_000);
});
