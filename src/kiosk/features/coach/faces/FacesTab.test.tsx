import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { Checkin, Member } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';
import { useAppStore } from '#kiosk/state/store.ts';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { facesFromDay } from './FacesTab.tsx';

// The test tablet's clock stands at Wednesday 25 November 2026 (FIXED_NOW).
const answer = (member: Member, day: string, moment: Checkin['moment'], fields: Partial<Checkin>): Checkin => ({
  id: uuidv7(), teamId: member.teamId, memberId: member.id, day, moment, score: 2, answeredAt: `${day}T${moment === 'start' ? '08' : '16'}:00:00.000Z`, ...fields,
});

describe('the coach’s faces tab', { timeout: 20_000 }, () => {
  it('shows each member’s faces on the right days, with energy and talk flags, seen or not', async () => {
    const { db, member: ann } = await renderCoachTablet('unlocked');
    const bert: Member = { id: uuidv7(), teamId: ann.teamId, name: 'Bert', avatar: 'fox', language: 'nl-BE' };
    await db.members.put(bert);
    const talkSeen = answer(ann, '2026-11-23', 'end', { score: 1, wantsTalk: true });
    await db.checkins.bulkPut([
      answer(ann, '2026-11-25', 'start', { score: 5, scale: 5, energy: 3 }),
      answer(ann, '2026-11-24', 'start', { score: 3, wantsTalk: true }),
      answer(ann, '2026-11-23', 'start', { score: 2 }),
      talkSeen,
      // More than four weeks ago: not shown.
      answer(ann, '2026-10-27', 'start', { score: 1 }),
      answer(bert, '2026-10-28', 'start', { score: 3 }),
    ]);
    await db.helpAcks.put({ id: uuidv7(), teamId: ann.teamId, callId: talkSeen.id, ackedAt: '2026-11-23T17:00:00.000Z' });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('tab', { name: 'Gezichtjes' }));

    const bertRow = await screen.findByRole('button', { name: /^Bert/ });
    expect(bertRow.textContent).toContain('Geen antwoorden in de laatste 4 weken.');
    const annRow = screen.getByRole('button', { name: /^Ann/ });
    expect(annRow.getAttribute('aria-expanded')).toBe('false');
    expect(annRow.textContent).toContain('4 antwoorden');
    expect(annRow.textContent).toContain('Heel goed');
    expect(annRow.textContent).toContain('1 praatvraag open');
    await user.click(annRow);
    expect(annRow.getAttribute('aria-expanded')).toBe('true');

    const table = screen.getByRole('table', { name: 'Gezichtjes van Ann, nieuwste dag eerst' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['wo 25 nov', 'Heel goedEnergie: Veel', '', ''],
      ['di 24 nov', 'Goed', '', 'Nog niet gezien'],
      ['ma 23 nov', 'Gaat wel', 'Niet goed', 'Gezien'],
    ]);
    // The same pictures the member tapped: the 5-point "very good" face, the 3-point "not good" face.
    expect([...rows[0]!.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(expect.arrayContaining([expect.stringContaining('1F600')]));
    expect([...rows[2]!.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(expect.arrayContaining([expect.stringContaining('1F641')]));
    expect(screen.queryByText('Energie: Weinig')).toBeNull();
  });

  it('looks back four weeks in calendar days, today included', () => {
    expect(facesFromDay(new Date('2026-11-25T09:30:00'))).toBe('2026-10-29');
    // Across the end of summer time (25 October 2026 in Belgium) it is still 27 days back.
    expect(facesFromDay(new Date('2026-11-20T00:30:00'))).toBe('2026-10-24');
  });

  it('does not exist on a kiosk, even when coach mode and the faces tab are asked for', async () => {
    const { db, member } = await enrolledDb();
    await db.checkins.put(answer(member, '2026-11-25', 'start', { score: 1, wantsTalk: true }));
    renderWithServices(<App />, { db });
    act(() => {
      useAppStore.setState({ coachMode: 'unlocked', coachTab: 'faces' });
    });
    // The photo grid is what a kiosk shows instead; coach mode is decided before it renders.
    expect(await screen.findByRole('button', { name: 'Ann' })).toBeDefined();
    expect(screen.queryByRole('tab', { name: 'Gezichtjes' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Niet goed')).toBeNull();
  });
});
