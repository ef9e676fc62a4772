import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { setCoachPin } from '#db/coachRepository.ts';
import { coachPinText, hashPin, newPinSalt, pinMatches } from '#shared/pinHash.ts';
import { App } from '#kiosk/App.tsx';
import { useAppStore } from '#kiosk/state/store.ts';
import { COACH_IDLE_MINUTES } from './CoachMode.tsx';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';

async function typeCode(user: UserEvent, digits: string) {
  // The first digit may wait for the coach chunk to load.
  for (const digit of digits) await user.click(await screen.findByRole('button', { name: digit }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'OK' }));
}

describe('coach mode', () => {
  it('asks a new coach tablet for a code twice, keeps only its salted hash, and opens coach mode', async () => {
    const { db } = await renderCoachTablet();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Coach' }));
    expect(await screen.findByRole('heading', { name: 'Kies een coachcode' })).toBeDefined();
    await typeCode(user, '2580');
    expect(await screen.findByRole('heading', { name: 'Typ dezelfde code nog eens' })).toBeDefined();
    await typeCode(user, '2580');

    expect(await screen.findByRole('tab', { name: 'Kaarten', selected: true })).toBeDefined();
    const row = await db.localSettings.get('coachPin');
    const stored = row?.key === 'coachPin' ? row : undefined;
    expect(stored?.pin.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('2580');
    expect(await pinMatches(coachPinText('2580'), stored!.pin)).toBe(true);
    expect(await db.outbox.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Coachmodus verlaten' }));
    expect(await screen.findByRole('button', { name: 'Ann' })).toBeDefined();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('starts over when the two codes differ', async () => {
    const { db } = await renderCoachTablet();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Coach' }));
    await typeCode(user, '1234');
    await typeCode(user, '4321');
    expect((await screen.findByRole('alert')).textContent).toBe('De twee codes zijn niet gelijk. Begin opnieuw.');
    expect(screen.getByRole('heading', { name: 'Kies een coachcode' })).toBeDefined();
    expect(await db.localSettings.count()).toBe(0);
  });

  it('refuses a wrong code and a too short one, changing nothing, then opens with the right one', async () => {
    const { db } = await renderCoachTablet();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Coach' }));
    await typeCode(user, '135790');
    await typeCode(user, '135790');
    await screen.findByRole('tab', { name: 'Kaarten' });
    await user.click(screen.getByRole('button', { name: 'Coachmodus verlaten' }));
    const before = await db.localSettings.get('coachPin');

    await user.click(await screen.findByRole('button', { name: 'Coach' }));
    expect(await screen.findByRole('heading', { name: 'Typ de coachcode' })).toBeDefined();
    await typeCode(user, '12');
    expect((await screen.findByRole('alert')).textContent).toBe('Typ 4 tot 6 cijfers.');
    await typeCode(user, '135791');
    expect((await screen.findByRole('alert')).textContent).toBe('Verkeerde code. Er is niets veranderd. Probeer opnieuw.');
    expect(screen.queryByRole('tab')).toBeNull();
    expect(await db.localSettings.get('coachPin')).toEqual(before);

    // A hardware keyboard works too.
    await user.keyboard('135790{Enter}');
    expect(await screen.findByRole('tab', { name: 'Kaarten' })).toBeDefined();
  });

  it('is not offered on kiosk tablets, and never opens there even if asked to', async () => {
    const { db } = await enrolledDb();
    renderWithServices(<App />, { db });
    await screen.findByRole('button', { name: 'Ann' });
    expect(screen.queryByRole('button', { name: 'Coach' })).toBeNull();
    act(() => {
      useAppStore.setState({ coachMode: 'unlocked' });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ann' })).toBeDefined();
  });

  it('is not offered on a coach tablet while a member is signed in', async () => {
    await renderCoachTablet();
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('button', { name: 'Coach' })).toBeDefined();
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await screen.findByRole('button', { name: 'Goed' });
    expect(screen.queryByRole('button', { name: 'Coach' })).toBeNull();
  });

  it('switches its own screen language and goes back to Dutch for the photo grid', async () => {
    await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Taal van het scherm' }), 'fr-BE');
    expect(await screen.findByRole('tab', { name: 'Fiches' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Quitter le mode coach' }));
    const header = await screen.findByRole('banner');
    await waitFor(() => {
      expect(within(header).getByRole('button', { name: 'Coach' })).toBeDefined();
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Wie ben jij?');
  });
});

describe('a coach tablet left alone', () => {
  it('warns, then asks the code again after five minutes without a tap, keeping the half-written card', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      const { db } = await renderCoachTablet('unlocked');
      await setCoachPin(db, await hashPin(coachPinText('1357'), newPinSalt()));
      const user = userEvent.setup({ delay: null, advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      await user.click(screen.getByRole('button', { name: 'Nieuwe kaart' }));
      await user.type(screen.getByRole('textbox', { name: 'Titel van de kaart' }), 'Half werk');

      act(() => {
        vi.advanceTimersByTime(COACH_IDLE_MINUTES * 60_000 - 30_000);
      });
      expect(await screen.findByRole('alertdialog', { name: 'Ben je er nog?' })).toBeDefined();
      act(() => {
        vi.advanceTimersByTime(30_000);
      });
      expect(await screen.findByRole('heading', { name: 'Typ de coachcode' })).toBeDefined();
      expect(screen.queryByRole('textbox', { name: 'Titel van de kaart' })).toBeNull();

      await typeCode(user, '1357');
      expect(await screen.findByRole('textbox', { name: 'Titel van de kaart' })).toHaveProperty('value', 'Half werk');
      expect(useAppStore.getState().coachMode).toBe('unlocked');
    } finally {
      vi.useRealTimers();
    }
  });

  it('rests the code pad after three wrong codes, also after leaving and coming back', async () => {
    const { db } = await renderCoachTablet();
    await setCoachPin(db, await hashPin(coachPinText('1357'), newPinSalt()));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Coach' }));
    for (let i = 0; i < 3; i++) {
      await typeCode(user, '0000');
      await screen.findByRole('alert');
    }
    expect(await screen.findByText('Drie keer fout. Wacht 30 seconden en probeer opnieuw.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await user.click(await screen.findByRole('button', { name: 'Coach' }));
    expect(await screen.findByText('Drie keer fout. Wacht 30 seconden en probeer opnieuw.')).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '1' }).disabled).toBe(true);
  });
});
