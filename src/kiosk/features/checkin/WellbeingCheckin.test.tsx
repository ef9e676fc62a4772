import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { hashPin, memberPinText, newPinSalt } from '#shared/pinHash.ts';
import { App } from '#kiosk/App.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

describe('the well-being check-in', () => {
  it('offers five faces to a member on the five-point scale, with optional energy and "talk to my coach"', async () => {
    const { db, member } = await enrolledDb();
    await db.members.put({ ...member, scale: 5 });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    for (const face of ['Heel goed', 'Goed', 'Gaat wel', 'Niet goed', 'Heel slecht']) expect(await screen.findByRole('button', { name: face })).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Heel slecht' }));
    await user.click(screen.getByRole('button', { name: 'Weinig' }));
    await user.click(screen.getByRole('button', { name: 'Ik wil praten met mijn coach' }));
    expect(screen.getByRole('button', { name: 'Ik wil praten met mijn coach' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Klaar' }));

    expect(await screen.findByRole('heading', { name: 'Vandaag' })).toBeDefined();
    expect(await db.checkins.toArray()).toMatchObject([{ memberId: member.id, moment: 'start', score: 1, scale: 5, energy: 1, wantsTalk: true }]);
  });

  it('goes back from the second screen to change the face, and saves only the face when nothing else is chosen', async () => {
    const { db } = await enrolledDb();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Niet goed' }));
    await user.click(screen.getByRole('button', { name: 'Terug' }));
    await user.click(screen.getByRole('button', { name: 'Gaat wel' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await screen.findByRole('heading', { name: 'Vandaag' });
    const [answer] = await db.checkins.toArray();
    expect(answer).toMatchObject({ score: 2, scale: 3 });
    expect(answer).not.toHaveProperty('energy');
    expect(answer).not.toHaveProperty('wantsTalk');
  });

  it('shows a member with a picture PIN their own faces, asks again at the end of the day, then signs out', async () => {
    const { db, member } = await enrolledDb();
    await db.members.put({ ...member, pin: await hashPin(memberPinText(['apple', 'sun', 'fish']), newPinSalt()) });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    for (const picture of ['appel', 'zon', 'vis']) await user.click(await screen.findByRole('button', { name: picture }));
    await user.click(await screen.findByRole('button', { name: 'Goed' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));

    await user.click(await screen.findByRole('button', { name: 'Mijn gezichtjes' }));
    expect(await screen.findByRole('button', { name: "woensdag 25 november. 's Morgens: Goed. 's Avonds: geen gezichtje." })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Naar mijn taken' }));

    await user.click(await screen.findByRole('button', { name: 'Naar huis' }));
    expect(await screen.findByRole('heading', { name: 'Hoe was je dag?' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Niet goed' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await waitFor(() => {
      expect(useAppStore.getState().memberId).toBeNull();
    });
    expect((await db.checkins.toArray()).map((c) => [c.moment, c.score])).toEqual([
      ['start', 3],
      ['end', 1],
    ]);
    expect(await db.faceHistory.where('memberId').equals(member.id).count()).toBe(2);
  });

  it('keeps no faces on the tablet for a member without a PIN, and says how to get them', async () => {
    const { db, member } = await enrolledDb();
    await db.faceHistory.put({ id: '01900000-0000-7000-8000-0000000009a1', memberId: member.id, day: '2026-11-24', moment: 'start', score: 3, scale: 3, answeredAt: '2026-11-24T08:00:00.000Z' });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Goed' }));
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await user.click(await screen.findByRole('button', { name: 'Mijn gezichtjes' }));
    expect(await screen.findByText('Zonder code met prentjes bewaart de tablet je gezichtjes niet. Vraag je coach een code.')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Goed/ })).toBeNull();
    expect(await db.checkins.count()).toBe(1);
    // Nothing new is kept, and what an earlier PIN kept is forgotten at sign-in.
    await waitFor(async () => {
      expect(await db.faceHistory.count()).toBe(0);
    });
  });

  it('explains in easy words who sees the faces', async () => {
    const { db } = await enrolledDb();
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    await user.click(await screen.findByRole('button', { name: 'Nu niet' }));
    await user.click(await screen.findByRole('button', { name: 'Wie ziet wat?' }));
    expect(screen.getByRole('heading', { name: 'Wie ziet je gezichtjes?' })).toBeDefined();
    expect(screen.getByText('Je collega’s zien ze niet.')).toBeDefined();
    for (const item of screen.getAllByRole('listitem')) expect(item.textContent.split(' ').length).toBeLessThanOrEqual(10);
  });
});

describe('a member who speaks French', () => {
  it('gets every screen in French, and the tablet returns to Dutch after sign-out', async () => {
    const { db, member } = await enrolledDb();
    await db.members.put({ ...member, language: 'fr-BE' });
    const user = userEvent.setup();
    renderWithServices(<App />, { db });
    await user.click(await screen.findByRole('button', { name: 'Ann' }));
    expect(await screen.findByRole('heading', { name: 'Comment ça va ?' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Pas maintenant' }));
    expect(await screen.findByRole('heading', { name: "Aujourd'hui" })).toBeDefined();
    await user.click(screen.getByRole('button', { name: /Se déconnecter/ }));
    expect(await screen.findByRole('heading', { name: 'Wie ben jij?' })).toBeDefined();
  });
});

describe('the faces themselves', () => {
  it('differ by outline as well as by colour, are said when tapped, and all said by the speak button', async () => {
    const speech = installFakeSpeech(['nl-BE']);
    try {
      const { db, member } = await enrolledDb();
      await db.members.put({ ...member, scale: 5 });
      const user = userEvent.setup();
      renderWithServices(<App />, { db });
      await user.click(await screen.findByRole('button', { name: 'Ann' }));
      const words = ['Heel goed', 'Goed', 'Gaat wel', 'Niet goed', 'Heel slecht'];
      const outlines = await Promise.all(words.map(async (w) => (await screen.findByRole('button', { name: w })).querySelector('.face-outline')));
      // Shape first: the scale reads without colour, from round (best) to pointed (worst).
      expect(outlines.map((o) => o?.getAttribute('data-shape'))).toEqual(['scallop', 'circle', 'square', 'hexagon', 'triangle']);
      expect(new Set(outlines.map((o) => o?.getAttribute('d'))).size).toBe(5);
      expect(new Set(outlines.map((o) => o?.getAttribute('fill'))).size).toBe(5);
      const mouths = words.map((w) => screen.getByRole('button', { name: w }).querySelector('.face-mouth')?.getAttribute('d'));
      expect(new Set(mouths).size).toBe(5);

      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      expect(speech.spoken).toEqual(['Hoe gaat het met jou? Heel goed. Goed. Gaat wel. Niet goed. Heel slecht.']);
      await user.click(screen.getByRole('button', { name: 'Niet goed' }));
      expect(speech.spoken.at(-1)).toBe('Niet goed');
      // The chosen face stays in sight, drawn the same, on the second screen.
      expect(screen.getByRole('heading', { name: 'Niet goed' }).querySelector('.face-outline')?.getAttribute('data-shape')).toBe('hexagon');
    } finally {
      speech.uninstall();
    }
  });
});
